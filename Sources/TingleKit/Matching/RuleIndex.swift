/// Maps term ids to the patterns that need them, every pattern of the brain (intents,
/// slot extractors, symptoms, red flags), so a turn only considers the patterns whose
/// requirements the input meets: the cost of a turn grows with the length of the input,
/// not with the size of the brain. Also maps terms to the intents they are keywords of.
public struct RuleIndex: Sendable {
    /// What a numbered pattern belongs to: which intent, slot, symptom, risk, circumstance
    /// or red flag (`rule`, an index into the brain's list of that kind), and which of its
    /// patterns or extractors (`item`). A turn goes from the patterns that could match to
    /// their rules, never through the rules that cannot.
    struct Owner: Sendable {
        enum Kind: UInt8, Sendable {
            case intent, extractor, none, symptom, risk, context, redFlag
        }

        let kind: Kind
        let rule: Int32
        let item: Int32
    }

    private(set) var owners: [Owner] = []
    /// Each pattern's required sets as term ids (see `Pattern.requirements`).
    private var requirements: [[[Int32]]] = []
    /// Term id → the patterns filed under it: each pattern is filed under the terms of its
    /// rarest required set, so it is looked at only when one of them is present.
    private var postings: [[Int32]] = []
    /// Patterns with no required term (all wildcards or optional words): always tried.
    private var unconditional: [Int32] = []
    private var keywordPostings: [[(intent: Int32, weight: Double)]] = []

    init() {}

    /// `patterns` in number order (their `Linked.number`), with their owners; `keywords` per intent.
    init(patterns: [(Pattern, Owner)], keywords: [[Term: Double]], terms: TermTable) {
        owners = patterns.map(\.1)
        requirements = patterns.map { $0.0.linked?.requirementIDs ?? [] }
        var frequency = [Int](repeating: 0, count: terms.count)
        for sets in requirements { for set in sets { for id in set { frequency[Int(id)] += 1 } } }
        postings = [[Int32]](repeating: [], count: terms.count)
        for (number, sets) in requirements.enumerated() {
            let best = sets.min { a, b in
                let costA = a.reduce(0) { $0 + frequency[Int($1)] }
                let costB = b.reduce(0) { $0 + frequency[Int($1)] }
                return costA != costB ? costA < costB : a.lexicographicallyPrecedes(b)
            }
            guard let best else { unconditional.append(Int32(number)); continue }
            for id in best { postings[Int(id)].append(Int32(number)) }
        }
        keywordPostings = [[(intent: Int32, weight: Double)]](repeating: [], count: terms.count)
        for (intent, list) in keywords.enumerated() {
            for (term, weight) in list.sorted(by: { $0.key < $1.key }) {
                if let id = terms.id(of: term) { keywordPostings[Int(id)].append((Int32(intent), weight)) }
            }
        }
    }

    var patternCount: Int { owners.count }

    /// The patterns whose every required set meets `present` (the input's terms, denied or
    /// not, listed in `terms`): ascending, and as bits.
    func viablePatterns(terms: [Int32], present: BitSet) -> ([Int32], BitSet) {
        var viable = BitSet(capacity: owners.count)
        var list: [Int32] = []
        list.reserveCapacity(64)
        func consider(_ number: Int32) {
            // A pattern filed under several present terms is tested again: cheaper than
            // keeping a second set of the patterns already looked at.
            guard !viable.contains(number) else { return }
            for set in requirements[Int(number)] where !set.contains(where: present.contains) { return }
            viable.insert(number)
            list.append(number)
        }
        for number in unconditional { consider(number) }
        for id in terms where Int(id) < postings.count {
            for number in postings[Int(id)] { consider(number) }
        }
        list.sort()
        return (list, viable)
    }

    /// Summed keyword weights per intent for the terms present, in intent order.
    func keywordScores(for terms: [Int32]) -> [(intent: Int32, score: Double)] {
        var scores: [(intent: Int32, score: Double)] = []
        for id in terms where Int(id) < keywordPostings.count {
            for (intent, weight) in keywordPostings[Int(id)] {
                if let i = scores.firstIndex(where: { $0.intent == intent }) {
                    scores[i].score += weight
                } else {
                    scores.append((intent, weight))
                }
            }
        }
        return scores.sorted { $0.intent < $1.intent }
    }
}
