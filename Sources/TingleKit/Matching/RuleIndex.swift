/// Maps word stems and concepts to the rules that need them, so a turn only tries
/// the patterns whose rarest required term is in the input: the cost of a turn grows
/// with the length of the input, not with the number of intents.
public struct RuleIndex: Sendable {
    public struct RuleID: Sendable, Hashable, Comparable {
        public let intent: Int
        public let pattern: Int

        public static func < (a: RuleID, b: RuleID) -> Bool { (a.intent, a.pattern) < (b.intent, b.pattern) }
    }

    private var postings: [Term: [RuleID]] = [:]
    /// Patterns with no required term (all wildcards or optional words): always tried.
    private(set) var unconditional: [RuleID] = []
    private var keywordPostings: [Term: [(intent: Int, weight: Double)]] = [:]

    public init(intents: [Intent]) {
        var frequency: [Term: Int] = [:]
        for intent in intents {
            for pattern in intent.patterns {
                for set in pattern.requiredTermSets { for term in set { frequency[term, default: 0] += 1 } }
            }
        }
        for (i, intent) in intents.enumerated() {
            for (p, pattern) in intent.patterns.enumerated() {
                let rule = RuleID(intent: i, pattern: p)
                // File under the required set whose terms are rarest overall.
                let best = pattern.requiredTermSets.min { a, b in
                    let costA = a.reduce(0) { $0 + frequency[$1, default: 0] }
                    let costB = b.reduce(0) { $0 + frequency[$1, default: 0] }
                    return costA != costB ? costA < costB : a.sorted().lexicographicallyPrecedes(b.sorted())
                }
                guard let best else { unconditional.append(rule); continue }
                for term in best { postings[term, default: []].append(rule) }
            }
            for (term, weight) in intent.keywords {
                keywordPostings[term, default: []].append((i, weight))
            }
        }
    }

    /// The rules worth trying for an input, in a deterministic order.
    func candidateRules(for terms: Set<Term>) -> [RuleID] {
        var rules = Set(unconditional)
        for term in terms { if let list = postings[term] { rules.formUnion(list) } }
        return rules.sorted()
    }

    /// Summed keyword weights per intent for the terms present.
    func keywordScores(for terms: Set<Term>) -> [Int: Double] {
        var scores: [Int: Double] = [:]
        for term in terms {
            for (intent, weight) in keywordPostings[term] ?? [] { scores[intent, default: 0] += weight }
        }
        return scores
    }
}
