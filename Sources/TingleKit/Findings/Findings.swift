/// What one turn told tingle about the runner (`FindingsReader`): slot values, symptoms
/// (and the ones denied), risk factors, circumstances, and the red flags their own words
/// raise. The dialogue records them; triage reads the red flags from here.
struct Findings: Sendable {
    /// New values for slots, keyed by slot id (descriptions and facts).
    var values: [String: SlotValue] = [:]
    var symptoms: [String] = []
    var deniedSymptoms: [String] = []
    var risks: [String] = []
    var context: [String] = []
    /// A "none" answer for a list slot ("nothing else", "no").
    var noneFor: Set<String> = []
    /// The "nothing else" heard rests only on a "no" that opens the line ("no wait, the left
    /// foot"): a correction's, should the line prove to be one.
    var noneOnlyByOpeningNo = false
    /// What each extractor that fired heard, for `/why` (described only when asked).
    var heard: [Heard] = []
    /// What an extractor heard only in clauses about another part of the body (`elsewhere:`),
    /// and so did not count: for `/why`.
    var setAside: [Heard] = []
    /// The user signalled a correction ("actually", "I meant"): replace, don't add.
    var isCorrection = false
    /// The red flags whose patterns the runner's own words match, in rule order.
    var redFlagHits: [RedFlagHit] = []

    var isEmpty: Bool {
        values.isEmpty && symptoms.isEmpty && risks.isEmpty && context.isEmpty && noneFor.isEmpty
            && deniedSymptoms.isEmpty
    }
}

/// A red-flag rule whose pattern matched a line: the rule's and the pattern's numbers.
struct RedFlagHit: Sendable, Equatable {
    let rule: Int32
    let pattern: Int32
}

/// What was said for one slot.
public struct SlotValue: Sendable, Equatable {
    public var descriptions: [String] = []
    public var facts: Set<String> = []
    public var ids: [String] = []
    public var skipped = false
    /// The amount the answer was said in ("after about 3 miles": 3 miles), nil when it named
    /// none: a bare number that corrects the answer ("sorry, 8 not 3") takes its unit, and a
    /// number said against it ("5, not 3") puts it right.
    public var amount: Measure?
    /// What each description is about: its facts, and the concepts its words were taken from
    /// ("{shoe_brand}" for "brooks"), so a correction replaces only the part it puts right
    /// ("actually I lace them loose" takes "laces tied tight" out of "brooks, laces tied
    /// tight", and keeps "brooks"). A description missing here tells nothing of its kind.
    public var kinds: [String: Set<String>] = [:]
    /// The words each description quotes from the line, by the concept that matched them
    /// ("{shoe_brand}": "hokas" in "new hokas"), amounts left out: a correction that puts
    /// right another part of a description keeps the name it quotes ("no, not new, they've
    /// done 500 miles" to "new hokas" keeps "hokas").
    public var quoted: [String: [Quote]] = [:]

    /// Words of a description and the concept, in braces, that matched them.
    public struct Quote: Sendable, Equatable {
        public let concept: String
        public let words: String
    }

    /// What was said, as the summary and `--json` show it; nil when nothing was.
    public func summary(in brain: Brain) -> String? {
        if skipped { return brain.message(.slotNotKnown) }
        guard let first = descriptions.first else { return nil }
        // Joined by hand: `joined(separator:)` went through the standard library's generic
        // code, several thousand instructions for two or three words, on every turn.
        var text = first
        for description in descriptions.dropFirst() {
            text += ", "
            text += description
        }
        return text
    }
}

extension FindingsReader {
    /// The first pattern of each red-flag rule that matches `input`, in rule order. Only the
    /// patterns that could match are tried (`MatchInput.viable`, numbered in rule order).
    /// `among`, when given, says which rules are asked about (by their place in
    /// `brain.redFlags`): the others are not tried.
    static func redFlagHits(in input: MatchInput, brain: Brain, among: ((Int32) -> Bool)? = nil) -> [RedFlagHit] {
        let whole = 0..<input.tokens.count
        let owners = brain.index.owners
        var hits: [RedFlagHit] = []
        for number in input.viable {
            let owner = owners[Int(number)]
            guard owner.kind == .redFlag, hits.last?.rule != owner.rule else { continue }
            if let among, !among(owner.rule) { continue }
            let rule = brain.redFlags[Int(owner.rule)]
            let pattern = rule.patterns[Int(owner.item)]
            // A pattern that must end where the sentence ends ("* ~cannot_stand [~stand_how]")
            // is anchored to each sentence, as the pattern language says, not only to the line:
            // "I can't stand. My toes are numb" says it in its first sentence. Only a line of
            // several sentences, and only such a pattern, is tried sentence by sentence.
            guard
                PatternMatcher.matches(pattern, in: input, range: whole)
                    || pattern.isAnchoredAtEnd && Self.endsAnEarlierSentence(pattern, in: input)
            else { continue }
            if !rule.except.isEmpty {
                // Where the benign look-alike is said, the pattern must match again in a
                // sentence that does not say it, or in that sentence outside the words that
                // say it ("the queue was so long I nearly wet myself lol, also I can't feel the
                // loo roll" keeps its loo roll); where it is not said, nothing changes.
                var excepted = false
                var found = false
                for sentence in input.text.sentences {
                    let vetoes = rule.except.compactMap { Self.span(of: $0, in: input, within: sentence) }
                    if vetoes.isEmpty {
                        found = PatternMatcher.matches(pattern, in: input, range: sentence)
                    } else {
                        excepted = true
                        found = Self.outside(vetoes, in: sentence).contains {
                            PatternMatcher.matches(pattern, in: input, range: $0)
                        }
                    }
                    if found { break }
                }
                if excepted, !found { continue }
            }
            hits.append(RedFlagHit(rule: owner.rule, pattern: owner.item))
        }
        return hits
    }

    /// Whether `pattern` matches a sentence of `input` before its last (the last is the end
    /// of the line, where a match over the whole line already looked).
    static func endsAnEarlierSentence(_ pattern: Pattern, in input: MatchInput) -> Bool {
        guard input.text.tokens.first?.sentence != input.text.tokens.last?.sentence else { return false }
        return input.text.sentences.dropLast().contains { PatternMatcher.matches(pattern, in: input, range: $0) }
    }

    /// The fewest words of `sentence` that `pattern` still matches (its own words, once the
    /// words around them are left out), or nil when it does not match there. Each end is
    /// found by halving (an `except` opens and closes with `*`, so dropping words from an end
    /// matches until its own words go): a few matches a sentence, where moving each end a
    /// word at a time was two matches a word, and a long sentence's cost grew as its square.
    static func span(of pattern: Pattern, in input: MatchInput, within sentence: Range<Int>) -> Range<Int>? {
        guard PatternMatcher.matches(pattern, in: input, range: sentence) else { return nil }
        // The latest start that still matches: `low` always does, `high` never (or is the end).
        var low = sentence.lowerBound
        var high = sentence.upperBound
        while high - low > 1 {
            let mid = (low + high) / 2
            if PatternMatcher.matches(pattern, in: input, range: mid..<sentence.upperBound) {
                low = mid
            } else {
                high = mid
            }
        }
        let start = low
        // The earliest end that still matches: `high` always does, `low` never.
        low = start
        high = sentence.upperBound
        while high - low > 1 {
            let mid = (low + high) / 2
            if PatternMatcher.matches(pattern, in: input, range: start..<mid) { high = mid } else { low = mid }
        }
        return start..<high
    }

    /// The stretches of `sentence` outside every one of `spans`.
    static func outside(_ spans: [Range<Int>], in sentence: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = sentence.lowerBound
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if span.lowerBound > start { pieces.append(start..<span.lowerBound) }
            start = max(start, span.upperBound)
        }
        if start < sentence.upperBound { pieces.append(start..<sentence.upperBound) }
        return pieces
    }
}
