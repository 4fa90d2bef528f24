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
        public let match: PatternMatch?
        let order: Int
    }

    let brain: Brain

    public init(brain: Brain) { self.brain = brain }

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
    }

    public func understand(_ input: MatchInput, expected: Set<String> = []) -> Understanding {
        var result = Understanding()
        let sentences = input.text.sentences
        for range in sentences {
            let ranked = rank(input, range: range, expected: expected)
            result.candidates += ranked.prefix(3)
            guard let best = ranked.first else { continue }
            if brain.intent(best.intent)?.isTopic == true && input.text.isQuestion(range) {
                result.topicSentences.append(range)
            }
            if !result.intents.contains(best.intent) { result.intents.append(best.intent) }
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

    /// Analyses and understands one line on its own, as the first turn of a conversation.
    public func understand(_ line: String) -> Understanding {
        understand(MatchInput(text: brain.analyzer.analyze(line), concepts: brain.concepts))
    }

    /// All qualifying intents for `range` of the input, best first.
    public func rank(_ input: MatchInput, range: Range<Int>, expected: Set<String> = []) -> [Candidate] {
        let whole = range.count == input.tokens.count
        let terms = whole ? input.presentTerms : presentTerms(input, range)
        var best: [Int: (score: Double, pattern: Int, match: PatternMatch)] = [:]
        for rule in brain.index.candidateRules(for: whole ? input.allTerms : allTerms(input, range)) {
            let pattern = brain.intents[rule.intent].patterns[rule.pattern]
            guard let match = PatternMatcher.match(pattern, in: input, range: range) else { continue }
            let score = pattern.specificity
            if let current = best[rule.intent], current.score >= score { continue }
            best[rule.intent] = (score, rule.pattern, match)
        }
        let keywordScores = brain.index.keywordScores(for: terms)
        var candidates: [Candidate] = []
        for i in Set(best.keys).union(keywordScores.keys) {
            let intent = brain.intents[i]
            let keywords = keywordScores[i] ?? 0
            let patternHit = best[i]
            guard patternHit != nil || keywords >= brain.settings.keywordThreshold else { continue }
            let boost = expected.contains(intent.id) ? brain.settings.expectedBoost : 0
            let score = (patternHit?.score ?? 0) + keywords + intent.priority + boost
            candidates.append(Candidate(intent: intent.id, score: score,
                                        pattern: patternHit.map { intent.patterns[$0.pattern].source },
                                        patternScore: patternHit?.score ?? 0, keywordScore: keywords,
                                        match: patternHit?.match, order: i))
        }
        return candidates.sorted(by: Self.ranksBefore)
    }

    static func ranksBefore(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if (a.pattern != nil) != (b.pattern != nil) { return a.pattern != nil }
        if a.patternScore != b.patternScore { return a.patternScore > b.patternScore }
        return a.order < b.order
    }

    private func allTerms(_ input: MatchInput, _ range: Range<Int>) -> Set<Term> {
        var terms: Set<Term> = []
        for i in range {
            terms.insert(.word(input.tokens[i].stem))
            for mark in input.conceptMarks[i] { terms.insert(.concept(mark.concept)) }
        }
        return terms
    }

    private func presentTerms(_ input: MatchInput, _ range: Range<Int>) -> Set<Term> {
        var terms: Set<Term> = []
        for i in range {
            if input.tokens[i].deniedBy == nil { terms.insert(.word(input.tokens[i].stem)) }
            for mark in input.conceptMarks[i] where i + mark.length <= range.upperBound
                && MatchInput.isAsserted(input.tokens, i..<(i + mark.length)) {
                terms.insert(.concept(mark.concept))
            }
        }
        return terms
    }
}
