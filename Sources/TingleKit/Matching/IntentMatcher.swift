/// Ranks the brain's intents for one sentence of input.
///
/// Score of an intent = specificity of its best matching pattern (literal word 3,
/// concept 2, wildcard 0) + the weights of its keywords present + its priority
/// + `expectedBoost` when the dialogue expects it next. An intent with no matching
/// pattern qualifies on keywords alone when they reach `keywordThreshold`.
/// Ties: a pattern match beats keywords alone, then the more specific pattern,
/// then the intent declared first (files in path order, intents in file order).
public struct IntentMatcher: Sendable {
    public struct Candidate: Sendable, Equatable {
        public let intent: String
        public let score: Double
        /// The pattern that matched, or nil when the intent qualified on keywords.
        public let pattern: String?
        public let patternScore: Double
        public let keywordScore: Double
        let order: Int
        /// The tokens of the sentence it was ranked for.
        public let sentence: Range<Int>
        /// Which of the intent's patterns matched (its place in `Intent.patterns`).
        public let patternIndex: Int?
    }

    let brain: Brain

    public init(brain: Brain) { self.brain = brain }

    /// The optional concept of words that close a sentence as discourse markers do
    /// ("anyway", "lol", "out of interest"); without it, nothing is trimmed.
    static let tailConcept = "tail_words"

    /// What a whole line was understood as.
    public struct Understanding: Sendable {
        /// The best intent of each sentence, in order, without repeats; the intent that
        /// starts an assessment goes first (the report drives the dialogue).
        public var intents: [String] = []
        /// The top candidates considered, for `/why`.
        public var candidates: [Candidate] = []
        /// Questions won by a topic intent ("how tight should my laces be?"): general
        /// questions, not statements about the user.
        public var topicSentences: [Range<Int>] = []
        /// Topic intents won by a statement that asks nothing ("Hoka Rincons, already half a
        /// size up"): the session drops them when the statement told it something.
        public var statementTopics: [String] = []
    }

    public func understand(_ input: MatchInput, expected: Set<String> = []) -> Understanding {
        var result = Understanding()
        let sentences = input.text.sentences
        result.candidates.reserveCapacity(3 * sentences.count)
        // The topic the sentence before was answered with, if any.
        var previousTopic: String?
        // Whether the sentence before was a forum title that names the numbness as a bare
        // question ("Runner's numbness?", "Numbness on long runs?").
        var afterNumbTitle = false
        for range in sentences {
            let ranked = rank(input, range: range, expected: expected)
            result.candidates += ranked.prefix(3)
            // The body of such a title that refers back to it ("It's the outer two toes and it
            // started when I upped my miles", "Mine began with new shoes") tells the runner's
            // own numbness: a report, whatever topic its words also match.
            let bodyOfTitle =
                afterNumbTitle && !input.text.isQuestion(range) && Self.opensReferringBack(input.text.tokens, range)
                && !input.hasMark(.bodyElsewhere, in: range)
            afterNumbTitle =
                input.text.isQuestion(range) && !input.text.opensQuestion(range) && input.hasMark(.numb, in: range)
                && !input.hasMark(.bodyElsewhere, in: range)
                && !ranked.contains { $0.intent == brain.settings.startIntent && $0.pattern != nil }
            if bodyOfTitle, !result.intents.contains(brain.settings.startIntent) {
                result.intents.append(brain.settings.startIntent)
            }
            guard var best = ranked.first else {
                previousTopic = nil
                continue
            }
            // "My fingers fizz on a jog, is that normal?": a question that refers back ("is
            // that", "is it") asks about the topic just answered, whose answer says; it does not
            // ask its own general question on top.
            defer { previousTopic = brain.intents[best.order].isTopic ? best.intent : nil }
            if previousTopic != nil, brain.intents[best.order].isTopic, input.text.isQuestion(range),
                Self.refersBack(input.text.tokens, range)
            {
                continue
            }
            // A statement is never answered as a topic question: "feet go numb running in
            // winter" tells what happens (a report), it does not ask about running in the cold.
            // A bare noun phrase ("diabetes and numb feet") is a query, not a statement: the
            // report must be told as something happening (an ordered pattern) or of oneself.
            if brain.intents[best.order].isTopic, !input.text.isQuestion(range),
                let report = ranked.first(where: { $0.intent == brain.settings.startIntent && $0.pattern != nil }),
                matchedPattern(of: report)?.isOrdered == true || input.hasMark(.selfWords, in: range)
            {
                best = report
            }
            // A report that runs on into a question about it ("toes go numb about 4 miles in,
            // maybe it's time for new ones?") opens like a report, anchored at the start of the
            // sentence: it is both, the report first, and what it tells is read.
            // So is a question that asks why of the runner's own runs, counted ("why does sole go
            // dead every single run?"), or any question of a single part named bare, its "my"
            // left out ("does heel usually go numb?"): what it asks is still answered
            // (`OwnRecurrence.swift`).
            let opensAsReport =
                brain.intents[best.order].isTopic && input.text.isQuestion(range)
                && ranked.contains { c in
                    c.intent == brain.settings.startIntent
                        && (matchedPattern(of: c)?.isAnchoredAtStart == true
                            || c.pattern != nil
                                && (asksWhyOfOwnRuns(input, in: range) || asksOfOwnBarePart(input, in: range)))
                }
            if opensAsReport {
                if !result.intents.contains(brain.settings.startIntent) {
                    result.intents.append(brain.settings.startIntent)
                }
            } else if brain.intents[best.order].isTopic && input.text.isQuestion(range) {
                // "Is it my new trainers?" asks, and tells: what it tells is still read.
                if !input.hasMark(.presupposes, in: range) { result.topicSentences.append(range) }
            } else if brain.intents[best.order].isTopic && !input.hasMark(.request, in: range) {
                result.statementTopics.append(best.intent)
            }
            if !result.intents.contains(best.intent) { result.intents.append(best.intent) }
            // A report that also names what the runner fears ("my toes keep going numb and I'm
            // terrified it's MS") is both: the report, and the feared condition's answer, as the
            // worry said on its own would get it (a topic pattern that requires the worry).
            // Any of the topic's patterns that names the worry counts, not only its best:
            // "been reading about MS and now I'm scared" matches MS's reading pattern first.
            // A condition named ("…scared it's MS") is answered before the worry said of the
            // numbness in general ("…and I'm really worried", a pattern that names the
            // numbness itself), which answers it only when no condition is named.
            if best.intent == brain.settings.startIntent, input.hasMark(.worry, in: range),
                let worry = brain.terms.id(of: .concept(ConceptKey.worry.rawValue))
            {
                let numb = brain.terms.id(of: .concept(ConceptKey.numb.rawValue))
                let fears = ranked.filter { c in
                    brain.intents[c.order].isTopic
                        && brain.intents[c.order].patterns.contains { p in
                            p.names(concept: worry) && PatternMatcher.matches(p, in: input, range: range)
                        }
                }
                let named = fears.first { c in
                    !brain.intents[c.order].patterns.contains { p in
                        p.names(concept: worry) && numb.map { p.names(concept: $0) } == true
                            && PatternMatcher.matches(p, in: input, range: range)
                    }
                }
                if let feared = named ?? fears.first, !result.intents.contains(feared.intent) {
                    result.intents.append(feared.intent)
                }
            }
            // A report typed on into a question with no punctuation between ("feet go numb every
            // run is this something serious", "toes numb at mile 3 and im panicking its
            // something serious"): the question's clause asks what it would ask alone.
            if best.intent == brain.settings.startIntent, let asked = askedAfterReport(input, in: range, expected),
                !result.intents.contains(asked)
            {
                result.intents.append(asked)
            }
        }
        if sentences.count > 1 && result.intents.isEmpty {
            let ranked = rank(input, range: 0..<input.tokens.count, expected: expected)
            result.candidates += ranked.prefix(3)
            if let best = ranked.first { result.intents.append(best.intent) }
        }
        if let i = result.intents.firstIndex(of: brain.settings.startIntent), i > 0 {
            result.intents.remove(at: i)
            result.intents.insert(brain.settings.startIntent, at: 0)
        }
        return result
    }

    /// The topic a question typed on after a report asks, in the same sentence: from a verb
    /// put before a word that points back ("… is this serious", "… should i be worried"),
    /// or from a clause of the runner's worry ("… and im panicking its something serious"),
    /// to the sentence's end, ranked as a sentence of its own. Only a topic whose pattern
    /// matched counts, and only one whose asking words are there: a clause that tells more
    /// of the runs ("… and it is worse on hills") asks nothing.
    func askedAfterReport(_ input: MatchInput, in range: Range<Int>, _ expected: Set<String>) -> String? {
        let tokens = input.text.tokens
        guard range.count > 3 else { return nil }
        for p in (range.lowerBound + 2)..<(range.upperBound - 1) {
            let verbFirst =
                Self.taggingVerbs.contains(tokens[p].text) && Self.taggedSubjects.contains(tokens[p + 1].text)
                && !Self.takesClause.contains(tokens[p - 1].text) && !Self.taggingVerbs.contains(tokens[p - 1].text)
            let worried =
                tokens[p].clause != tokens[p - 1].clause && input.hasMark(.worry, in: p..<range.upperBound)
            guard verbFirst || worried else { continue }
            let rest = p..<range.upperBound
            guard let first = rank(input, range: rest, expected: expected).first,
                first.pattern != nil, brain.intents[first.order].isTopic,
                first.intent != brain.settings.startIntent
            else { continue }
            return first.intent
        }
        return nil
    }
    private static let taggingVerbs: WordSet = [
        "is", "are", "could", "can", "should", "would", "will", "does", "do", "might", "am",
    ]
    private static let taggedSubjects: WordSet = ["this", "that", "it", "i", "these", "those", "they"]
    /// Words after which a verb and its subject are a clause they take, not a question:
    /// "not sure if it is", "no idea why it does", "what it is".
    private static let takesClause: WordSet = [
        "if", "whether", "why", "what", "how", "when", "where", "that", "which", "who", "know", "sure", "wonder",
        "think", "guess", "because", "cause", "as", "so",
    ]

    /// Whether the sentence opens with a verb and a word that points back to what was just
    /// said ("is that normal", "is it serious", "could this be why").
    static func refersBack(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        return referringVerbs.contains(tokens[range.lowerBound].text)
            && pointingBack.contains(tokens[range.lowerBound + 1].text)
    }
    private static let referringVerbs: WordSet = [
        "is", "are", "could", "can", "would", "will", "should", "does", "do",
    ]
    private static let pointingBack: WordSet = ["that", "it", "this", "they", "those", "these"]

    /// Whether the sentence, after its discourse markers, opens with a word that points back
    /// to what was just named ("it's both feet", "mine started…", "they go at 5k").
    static func opensReferringBack(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let start = range.first(where: { !tokens[$0].leadIn }) else { return false }
        return referringSubjects.contains(tokens[start].text)
    }
    private static let referringSubjects: WordSet = ["it", "they", "mine"]

    /// Analyses and understands one line on its own, as the first turn of a conversation.
    public func understand(_ line: String) -> Understanding {
        understand(MatchInput(text: brain.analyzer.analyze(line), brain: brain))
    }

    /// All qualifying intents for `range` of the input, best first.
    public func rank(_ input: MatchInput, range: Range<Int>, expected: Set<String> = []) -> [Candidate] {
        // The best pattern of each intent that matches, in intent order (patterns are numbered
        // intent by intent, so the first of equally specific patterns wins).
        var best: [(intent: Int32, score: Double, pattern: Int32)] = []
        let owners = brain.index.owners
        // Viable for the line is not viable for this sentence: what another sentence says
        // cannot make a pattern match here.
        let terms = input.allTerms(in: range)
        // Discourse markers opening the sentence ("so", "ok so", "one more thing") stand outside
        // what it says: a pattern anchored at the start that fails on the whole sentence is
        // tried again after them, so "ok so soles fizz in the cold" reads as "soles fizz in the cold".
        let tokens = input.text.tokens
        var said = range.lowerBound
        while said < range.upperBound, tokens[said].leadIn { said += 1 }
        // Words that close a sentence as markers do ("what causes it anyway?", "is that bad
        // lol"): a pattern anchored at the end is tried without them too.
        var end = range.upperBound
        if let tail = brain.tailWords {
            trailing: while end - said > 1 {
                for j in max(said + 1, end - 3)..<end
                where input.marks(at: j).contains(where: { $0.concept == tail && j + Int($0.length) == end }) {
                    end = j
                    continue trailing
                }
                break
            }
        }
        let trimmed = said..<end
        for number in input.viable {
            let owner = owners[Int(number)]
            guard owner.kind == .intent else { continue }
            let pattern = brain.intents[Int(owner.rule)].patterns[Int(owner.item)]
            let score = pattern.specificity
            let current = best.last?.intent == owner.rule ? best.count - 1 : nil
            if let current, best[current].score >= score { continue }
            guard input.couldMatch(number, where: terms),
                PatternMatcher.matches(pattern, in: input, range: range)
                    || trimmed != range
                        && (said > range.lowerBound && !pattern.shape.opensWithWildcard
                            || end < range.upperBound && !pattern.shape.endsWithWildcard)
                        && PatternMatcher.matches(pattern, in: input, range: trimmed)
            else { continue }
            if let current {
                best[current] = (owner.rule, score, owner.item)
            } else {
                // Room for a few at the first: growing a step at a time costs an allocation
                // each, and a sentence nothing matches should cost none.
                if best.isEmpty { best.reserveCapacity(8) }
                best.append((owner.rule, score, owner.item))
            }
        }
        let keywordScores = brain.index.keywordScores(for: input.presentTerms(in: range))
        var candidates: [Candidate] = []
        if !best.isEmpty || !keywordScores.isEmpty { candidates.reserveCapacity(best.count + keywordScores.count) }
        var b = 0
        var k = 0
        // Both lists are in intent order: walk them together.
        while b < best.count || k < keywordScores.count {
            let i = min(
                b < best.count ? best[b].intent : .max, k < keywordScores.count ? keywordScores[k].intent : .max)
            let patternHit = b < best.count && best[b].intent == i ? best[b] : nil
            if patternHit != nil { b += 1 }
            var keywords = 0.0
            if k < keywordScores.count, keywordScores[k].intent == i {
                keywords = keywordScores[k].score
                k += 1
            }
            guard patternHit != nil || keywords >= brain.settings.keywordThreshold else { continue }
            // Fields read in place: copying an `Intent` out of the brain costs a reference count per field.
            let id = brain.intents[Int(i)].id
            let boost = expected.contains(id) ? brain.settings.expectedBoost : 0
            let score = (patternHit?.score ?? 0) + keywords + brain.intents[Int(i)].priority + boost
            candidates.append(
                Candidate(
                    intent: id, score: score,
                    pattern: patternHit.map { brain.intents[Int(i)].patterns[Int($0.pattern)].source },
                    patternScore: patternHit?.score ?? 0, keywordScore: keywords, order: Int(i), sentence: range,
                    patternIndex: patternHit.map { Int($0.pattern) }))
        }
        candidates.sort(by: Self.ranksBefore)
        return candidates
    }

    /// The pattern that matched for a candidate, nil when it qualified on keywords.
    func matchedPattern(of candidate: Candidate) -> Pattern? {
        candidate.patternIndex.map { brain.intents[candidate.order].patterns[$0] }
    }

    static func ranksBefore(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if (a.pattern != nil) != (b.pattern != nil) { return a.pattern != nil }
        if a.patternScore != b.patternScore { return a.patternScore > b.patternScore }
        return a.order < b.order
    }
}
