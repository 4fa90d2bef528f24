/// Numbers every word stem and concept the brain knows, so matching compares small
/// integers and tests bits instead of hashing and comparing strings. The table grows
/// while a brain compiles and is frozen once the brain is built.
public struct TermTable: Sendable {
    private(set) var ids: [Term: Int32] = [:]
    /// Each id's term, to name a concept a pattern captured.
    private(set) var terms: [Term] = []

    public init() {}

    var count: Int { ids.count }

    /// Room for `count` terms, so a big brain's table is not rehashed as it grows.
    mutating func reserve(_ count: Int) {
        ids.reserveCapacity(count)
        terms.reserveCapacity(count)
    }

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

/// Stem → term id, asked for every word of every turn: open addressing over an FNV-1a hash
/// of the UTF-8 bytes, several times cheaper than hashing a `Term` with the standard
/// library's seeded hasher. Built once the table is frozen.
final class WordIDs: Sendable {
    private let keys: [String]
    /// The id in each slot, -1 for an empty one.
    private let ids: [Int32]
    private let mask: Int

    init(_ table: TermTable) {
        let words = table.ids.compactMap { term, id -> (String, Int32)? in
            if case .word(let stem) = term { return (stem, id) } else { return nil }
        }
        var size = 16
        while size < words.count * 2 { size *= 2 }
        var keys = [String](repeating: "", count: size)
        var ids = [Int32](repeating: -1, count: size)
        for (stem, id) in words.sorted(by: { $0.1 < $1.1 }) {
            var slot = Self.hash(stem) & (size - 1)
            while ids[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = stem
            ids[slot] = id
        }
        self.keys = keys
        self.ids = ids
        self.mask = size - 1
    }

    /// The term id of a stem, or -1 for a word the brain does not know.
    func id(of stem: String) -> Int32 {
        var slot = Self.hash(stem) & mask
        while ids[slot] >= 0 {
            if keys[slot] == stem { return ids[slot] }
            slot = (slot + 1) & mask
        }
        return -1
    }

    private static func hash(_ text: String) -> Int {
        let hash = StableHash.fnv1a(text)
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
