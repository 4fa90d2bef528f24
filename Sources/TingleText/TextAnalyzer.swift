/// The text pipeline of one turn: normalise → tokenise (contractions; typos corrected; regional
/// phrasings rewritten; quantities, clauses, clause starts in run-on text) → stem → mark negation.
public struct TextAnalyzer: Sendable {
    public let rewriter: PhraseRewriter
    public let corrector: TypoCorrector
    public let negation: Negation
    /// The discourse markers that may open a sentence before what it says ("so", "ok",
    /// "quick question"), each as its words: the brain's `~lead_words`, when it has them.
    public let leadIns: [[String]]
    /// Their first words: most sentences open with none, and are passed over on one lookup.
    private let leadInStarts: Set<String>

    public init(rewriter: PhraseRewriter, corrector: TypoCorrector, negation: Negation, leadIns: [[String]] = []) {
        self.rewriter = rewriter
        self.corrector = corrector
        self.negation = negation
        self.leadIns = leadIns.filter { !$0.isEmpty }
        self.leadInStarts = Set(self.leadIns.map { $0[0] })
    }

    public func analyze(_ raw: String) -> AnalyzedText {
        let normalized = TextNormalizer.normalize(raw)
        let words = Tokenizer.words(in: normalized, rewriter: rewriter, correct: corrector.correction(for:))
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count)
        // Each token is made in the array and marked there, and each word read in place: a
        // token built in a variable was copied into the array (three strings and a
        // quantity), and so was each word taken out of its array, for every word of a line.
        for i in words.indices {
            if let measure = words[i].measure {
                tokens.append(
                    Token(
                        text: words[i].text, stem: measure.stem, measure: measure, clause: words[i].clause,
                        sentence: words[i].sentence))
            } else {
                tokens.append(
                    Token(
                        text: words[i].text, typed: words[i].typed ?? words[i].text, clause: words[i].clause,
                        sentence: words[i].sentence))
            }
            if words[i].endsQuestion { tokens[tokens.count - 1].endsQuestion = true }
            if words[i].endsLabel { tokens[tokens.count - 1].endsLabel = true }
            if words[i].opensClause { tokens[tokens.count - 1].opensClause = true }
            // Still marked once "'s" before a verb was read back as "is" or "has" (the verb
            // restored keeps the mark, the noun loses it): whose.
            if words[i].saidIs, words[i].text != "is", words[i].text != "has" {
                tokens[tokens.count - 1].possessive = true
            }
        }
        negation.mark(&tokens)
        markLeadIns(&tokens)
        return AnalyzedText(raw: raw, normalized: normalized, tokens: tokens)
    }

    /// Marks the discourse markers that open each sentence, one after another ("ok so").
    /// The last word of a sentence is never one: "ok" alone is what was said.
    private func markLeadIns(_ tokens: inout [Token]) {
        guard !leadIns.isEmpty else { return }
        var at = 0
        while at < tokens.count {
            let sentence = tokens[at].sentence
            var end = at
            while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
            var k = at
            marking: while k < end - 1, leadInStarts.contains(tokens[k].text) {
                for words in leadIns where k + words.count < end {
                    if words.indices.allSatisfy({ tokens[k + $0].text == words[$0] }) {
                        for j in k..<(k + words.count) { tokens[j].leadIn = true }
                        k += words.count
                        continue marking
                    }
                }
                break
            }
            at = end
        }
    }
}

/// The result of the text pipeline for one line of input.
public struct AnalyzedText: Sendable {
    public let raw: String
    public let normalized: String
    public let tokens: [Token]
    /// The line's clauses, in order (see `Clauses`).
    public let clauses: [Range<Int>]

    package init(raw: String, normalized: String, tokens: [Token]) {
        self.raw = raw
        self.normalized = normalized
        self.tokens = tokens
        clauses = Clauses.of(0..<tokens.count, in: tokens)
    }

    /// The token ranges of each sentence or question, in order.
    public var sentences: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for i in tokens.indices.dropFirst() where tokens[i].sentence != tokens[i - 1].sentence {
            ranges.append(start..<i)
            start = i
        }
        if !tokens.isEmpty { ranges.append(start..<tokens.count) }
        return ranges
    }

    /// Whether a sentence asks something: it ends with "?" or opens with a question word
    /// ("how tight should my laces be", "should i get insoles").
    public func isQuestion(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        return tokens[last].endsQuestion || opensQuestion(range)
    }

    /// Whether the sentence starts with a question word ("should I…", "can you…"). A
    /// question word with "not" and no "?" is a statement whose subject was left out:
    /// "wouldn't say painful, just weird", "doesn't hurt", "can't feel my toes".
    public func opensQuestion(_ range: Range<Int>) -> Bool {
        // After discourse markers ("so can I keep running on numb toes", "hmm, can tight laces
        // do it"). After a joining word, only a wh-word or a verb with its subject ("and should
        // I stop"): "and is still pale a day later" goes on from the sentence before, its
        // subject left out.
        guard let start = range.first(where: { !tokens[$0].leadIn }) else { return false }
        if start > range.lowerBound, Self.joiningWords.contains(tokens[start - 1].text),
            start + 1 < range.upperBound, !Self.whWords.contains(tokens[start].text),
            !Tokenizer.subjectStarters.contains(tokens[start + 1].text)
        {
            return false
        }
        // A preposition before a wh-word asks too: "at what point…", "after how long…".
        let asked =
            start + 1 < range.upperBound && Self.prepositions.contains(tokens[start].text)
                && Self.whWords.contains(tokens[start + 1].text) ? start + 1 : start
        let range = asked..<range.upperBound
        guard let first = range.first, let last = range.last,
            Tokenizer.questionOpeners.contains(tokens[first].text)
        else { return false }
        if range.count >= 2, !tokens[last].endsQuestion {
            let second = tokens[first + 1].text
            // "when it's hot, after half an hour": "when" with a subject after it and no "?"
            // opens a condition, not a question, unless a question follows it ("when the
            // numbness comes on, should I loosen my laces").
            if tokens[first].text == "when", Tokenizer.subjectStarters.contains(second), !asksLater(range) {
                return false
            }
            // So does "when" straight before a verb in "-ing" ("when racing", "when going
            // uphill"): the same time clause with its "I" left out, as an answer to "when does
            // it start?" says it. A question puts a verb with its subject there ("when does").
            if tokens[first].text == "when", Self.isClippedVerb(tokens[first + 1]), !asksLater(range) {
                return false
            }
            // A question word with "not" and no "?" is a statement.
            if second == "not" { return false }
            // A diary line with its "I" left out ("did a long run at -18 and…", "was a bit numb
            // after", "did my first half"): these verbs open a question only before a subject.
            if Self.diaryVerbs.contains(tokens[first].text), !Self.askedSubjects.contains(second) { return false }
            // A modal straight before "be" or "have", with no "?", is a statement whose "I" or
            // "it" a phone left out ("could be nothing but left foot went icy and purple",
            // "might be daft but…"): a question puts its subject there ("could it be").
            if Self.modals.contains(tokens[first].text), Self.unaskedAfterModal.contains(second) { return false }
        }
        return true
    }

    /// Whether a word is a verb in "-ing" ("racing", "going"), not a noun or preposition that
    /// only ends so ("during", "morning", "something") nor a short word ("king", "ring").
    private static func isClippedVerb(_ token: Token) -> Bool {
        token.measure == nil && token.text.utf8.count >= 5 && token.text.hasSuffix("ing")
            && !notVerbsInIng.contains(token.text)
    }
    private static let notVerbsInIng: WordSet = [
        "during", "morning", "mornings", "evening", "evenings", "nothing", "something", "anything", "everything",
        "thing", "things", "spring",
    ]

    /// Modals that open a question only with a subject after them, and the words after one
    /// that show its subject was left out instead (see `opensQuestion`).
    private static let modals: WordSet = ["might", "could", "may", "must", "should", "would", "can"]
    private static let unaskedAfterModal: WordSet = ["be", "have", "just", "well", "probably", "possibly"]
    /// Verbs that open a runner's diary line as often as a question.
    private static let diaryVerbs: WordSet = ["did", "was", "were", "has", "have", "had"]
    /// Who such a verb asks about in a question ("did you", "was it", "have they"), "my" aside:
    /// "did my first half" tells.
    private static let askedSubjects: WordSet = [
        "i", "you", "he", "she", "it", "we", "they", "this", "that", "there", "anyone", "anybody", "someone",
        "somebody", "everyone", "your",
    ]

    private static let whWords: WordSet = ["what", "why", "how", "where", "which", "who"]
    private static let joiningWords: WordSet = ["and", "but", "or", "then", "also"]
    private static let prepositions: WordSet = ["at", "in", "after", "by", "for", "from", "to", "on", "with"]

    /// Whether a question follows later in the sentence: a verb put before its subject
    /// ("should I", "is it", "can you").
    private func asksLater(_ range: Range<Int>) -> Bool {
        let verbs: WordSet = ["should", "can", "could", "would", "will", "do", "does", "did", "is", "are", "am"]
        let subjects: WordSet = ["i", "you", "it", "we", "my", "this", "that", "they"]
        guard range.count > 3 else { return false }
        for i in (range.lowerBound + 2)..<(range.upperBound - 1)
        where verbs.contains(tokens[i].text) && subjects.contains(tokens[i + 1].text) {
            return true
        }
        return false
    }

    /// Words corrected by the typo corrector, as (typed, corrected).
    /// Every turn asks (for its trace), so the tokens are read in place, the cheap test first.
    public var corrections: [(String, String)] {
        var found: [(String, String)] = []
        for i in tokens.indices where tokens[i].typed != tokens[i].text && tokens[i].measure == nil {
            let typed = tokens[i].typed
            if !Self.hasSpace(typed) { found.append((typed, tokens[i].text)) }
        }
        return found
    }

    /// Whether a space is one of the word's Characters. In ASCII a space is always a Character
    /// of its own, so the bytes tell; Foundation's search, which other text takes, cost some
    /// 4,000 instructions a corrected word.
    package static func hasSpace(_ word: String) -> Bool {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.contains(0x20) : nil
        }
        if let ascii, let ascii { return ascii }
        return word.contains(" ")
    }
}
