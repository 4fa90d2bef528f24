/// Numbers every word stem and concept the brain knows, so matching compares small
/// integers and tests bits instead of hashing and comparing strings. The table grows
/// while a brain compiles and is frozen once the brain is built.
public struct TermTable: Sendable {
    private(set) var ids: [Term: Int32] = [:]
    /// Each id's term, to name a concept a pattern captured.
    private(set) var terms: [Term] = []

    public init() {}

    var count: Int { ids.count }

    /// The id of a term the table knows.
    func id(of term: Term) -> Int32? { ids[term] }

    /// The id of a term, assigning the next one the first time.
    mutating func id(for term: Term) -> Int32 {
        if let id = ids[term] { return id }
        let id = Int32(ids.count)
        ids[term] = id
        terms.append(term)
        return id
    }
}

/// A fixed-size set of small integers (term ids, pattern numbers), one bit each.
struct BitSet: Sendable, Equatable {
    private(set) var words: [UInt64]

    init(capacity: Int) { words = [UInt64](repeating: 0, count: (capacity + 63) / 64) }

    @inline(__always) func contains(_ i: Int32) -> Bool {
        let word = Int(i) >> 6
        return i >= 0 && word < words.count && words[word] & (1 << UInt64(i & 63)) != 0
    }

    /// Adds `i`; true when it was not there before.
    @inline(__always) @discardableResult mutating func insert(_ i: Int32) -> Bool {
        let word = Int(i) >> 6, bit: UInt64 = 1 << UInt64(i & 63)
        guard i >= 0, word < words.count, words[word] & bit == 0 else { return false }
        words[word] |= bit
        return true
    }
}
