/// Numbers every word stem and concept the brain knows, so matching compares small
/// integers and tests bits instead of hashing and comparing strings. The table grows
/// while a brain compiles and is frozen once the brain is built.
public struct TermTable: Sendable {
    /// While the brain compiles: each term's id by slot, -1 for an empty slot (open
    /// addressing over `hash(_:)`; the term in a slot is `terms[id]`). Linking asks it for
    /// every word and concept of every pattern, and a `[Term: Int32]` dictionary, hashing
    /// each with the standard library's seeded hasher, was a tenth of the built-in brain's
    /// start-up. `frozen` hands lookups to `words` and `conceptIDs` and leaves this empty.
    private var slots: [Int32] = []
    /// Each id's hash, so growing the slots hashes no text again.
    private var hashes: [UInt64] = []
    /// Each id's term, to name a concept a pattern captured.
    private(set) var terms: [Term] = []
    /// Once frozen: stem → id (see `WordIDs`), asked for every word of every turn.
    private(set) var words: WordIDs? = nil
    private var conceptIDs: [String: Int32] = [:]

    public init() {}

    var count: Int { terms.count }

    /// Room for `count` terms, so a big brain's table is not rehashed as it grows.
    mutating func reserve(_ count: Int) {
        terms.reserveCapacity(count)
        hashes.reserveCapacity(count)
        if slots.count < count * 2 { rehash(toHold: count) }
    }

    /// The id of a term the table knows.
    func id(of term: Term) -> Int32? {
        guard let words else {
            guard !slots.isEmpty else { return nil }
            let id = slots[slot(of: term, hash: Self.hash(term))]
            return id >= 0 ? id : nil
        }
        switch term {
        case .word(let stem):
            let id = words.id(of: stem)
            return id >= 0 ? id : nil
        case .concept(let name): return conceptIDs[name]
        }
    }

    /// The id of a term, assigning the next one the first time (not once frozen).
    mutating func id(for term: Term) -> Int32 {
        guard words == nil else {
            guard let id = id(of: term) else { preconditionFailure("a frozen term table cannot grow") }
            return id
        }
        if (terms.count + 1) * 2 > slots.count { rehash(toHold: terms.count + 1) }
        let hash = Self.hash(term)
        let slot = slot(of: term, hash: hash)
        if slots[slot] >= 0 { return slots[slot] }
        let id = Int32(terms.count)
        slots[slot] = id
        hashes.append(hash)
        terms.append(term)
        return id
    }

    /// The slot holding `term`, or the empty slot where it would go.
    private func slot(of term: Term, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while case let id = slots[slot], id >= 0 {
            if terms[Int(id)] == term { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// Slots for `count` terms at most half full, every known id placed again.
    private mutating func rehash(toHold count: Int) {
        var size = 16
        while size < count * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// FNV-1a of the term's text, a concept's after a "~" no stem holds, so a word and a
    /// concept of the same name fall apart.
    private static func hash(_ term: Term) -> UInt64 {
        switch term {
        case .word(let stem): StableHash.fnv1a(stem)
        case .concept(let name):
            StableHash.fnv1a(StableHash.fnv1a(StableHash.fnv1aBasis, UInt8(ascii: "~")), name)
        }
    }

    /// The table as a finished brain keeps it: no more terms, lookups by `words` and
    /// `conceptIDs`. A new value, sharing `terms`: this one's slots are freed with it.
    func frozen() -> TermTable {
        guard words == nil else { return self }
        var table = TermTable()
        table.terms = terms
        table.words = WordIDs(terms)
        for (id, term) in terms.enumerated() {
            if case .concept(let name) = term { table.conceptIDs[name] = Int32(id) }
        }
        return table
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

    /// `terms` by id: filled in id order, so the same table gives the same slots every time.
    init(_ terms: [Term]) {
        var size = 16
        while size < terms.count * 2 { size *= 2 }
        var keys = [String](repeating: "", count: size)
        var ids = [Int32](repeating: -1, count: size)
        for (id, term) in terms.enumerated() {
            guard case .word(let stem) = term else { continue }
            var slot = Self.hash(stem) & (size - 1)
            while ids[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = stem
            ids[slot] = Int32(id)
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
