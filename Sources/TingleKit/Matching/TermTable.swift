/// Numbers every word stem and concept the brain's patterns require, so the matcher's
/// first test ("could this pattern match this line at all?") is a few bit tests instead
/// of hashing strings for every pattern of every turn.
public struct TermTable: Sendable {
    private(set) var ids: [Term: Int] = [:]

    public init() {}

    /// The id of a term, assigning the next one the first time.
    mutating func id(for term: Term) -> Int {
        if let id = ids[term] { return id }
        let id = ids.count
        ids[term] = id
        return id
    }

    /// A bit set with the ids of the given terms that the table knows.
    func bits(for terms: Set<Term>) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (ids.count + 63) / 64)
        for term in terms {
            if let id = ids[term] { bits[id >> 6] |= 1 << UInt64(id & 63) }
        }
        return bits
    }

    /// Gives a pattern the ids of its required terms.
    mutating func link(_ pattern: inout Pattern) {
        pattern = pattern.linked(pattern.requirements.map { set in set.map { id(for: $0) }.sorted() })
    }
}
