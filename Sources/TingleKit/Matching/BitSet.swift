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
        let word = Int(i) >> 6
        let bit: UInt64 = 1 << UInt64(i & 63)
        guard i >= 0, word < words.count, words[word] & bit == 0 else { return false }
        words[word] |= bit
        return true
    }
}
