import BrainFormat

/// Words mapped to values, asked about on every word of every turn: open addressing over an
/// FNV-1a hash of the UTF-8 bytes. `Set<String>` and `[String: V]` hash with the standard
/// library's seeded SipHash, which for a short word costs more than the rest of the work on
/// it, and the text stage asks several tables about each word (the typo corrector's
/// vocabulary and its memo, clause openers, verbs).
///
/// It answers exactly as a `[String: V]` does, though `String`'s `==` is canonical
/// equivalence and bytes are not: a word of plain ASCII other than "K", ";" and "`" is
/// canonically equivalent only to itself and to words that hold a non-ASCII scalar or one of
/// those three (U+212A, U+037E and U+1FEF decompose to them), so bytes decide for it, and any
/// other word is looked up in a `[String: Int]` of the words that are not such plain ASCII.
package struct WordMap<Value: Sendable>: Sendable {
    /// The distinct words, in the order first given (so iterating is the same every run).
    package private(set) var keys: [String] = []
    package private(set) var values: [Value] = []
    /// Each key's hash, to pass slots of other words without comparing strings.
    private var hashes: [UInt64] = []
    /// Each slot's index in `keys`, -1 when empty; at most half full.
    private var slots: [Int32] = [-1, -1]
    /// The words that bytes alone cannot tell (see above), with their index in `keys`.
    private var unsure: [String: Int] = [:]

    package init() {}

    package var count: Int { keys.count }

    /// Room for `count` words, so a big table is not rehashed as it grows.
    package mutating func reserve(_ count: Int) {
        keys.reserveCapacity(count)
        values.reserveCapacity(count)
        hashes.reserveCapacity(count)
        var size = slots.count
        while size < count * 2 { size *= 2 }
        if size > slots.count { rehash(size) }
    }

    package subscript(word: String) -> Value? {
        get {
            let index = index(of: word)
            return index >= 0 ? values[index] : nil
        }
        set {
            guard let newValue else { preconditionFailure("a WordMap keeps its words; removeAll empties it") }
            let index = index(of: word)
            if index >= 0 {
                values[index] = newValue
            } else {
                insertNew(word, newValue)
            }
        }
    }

    /// Sets `word`'s value if it has none; whether it was new.
    @discardableResult
    package mutating func insert(_ word: String, _ value: Value) -> Bool {
        guard index(of: word) < 0 else { return false }
        insertNew(word, value)
        return true
    }

    package mutating func removeAll(keepingCapacity: Bool) {
        keys.removeAll(keepingCapacity: keepingCapacity)
        values.removeAll(keepingCapacity: keepingCapacity)
        hashes.removeAll(keepingCapacity: keepingCapacity)
        unsure.removeAll(keepingCapacity: keepingCapacity)
        slots = [Int32](repeating: -1, count: keepingCapacity ? slots.count : 2)
    }

    /// The index in `keys` of `word`, or -1.
    package func index(of word: String) -> Int {
        let (hash, plain) = Self.hash(word)
        guard plain else { return unsure[word] ?? -1 }
        let mask = slots.count - 1
        var slot = Self.start(hash, mask)
        while case let index = Int(slots[slot]), index >= 0 {
            if hashes[index] == hash, keys[index] == word { return index }
            slot = (slot + 1) & mask
        }
        return -1
    }

    private mutating func insertNew(_ word: String, _ value: Value) {
        let (hash, plain) = Self.hash(word)
        if !plain { unsure[word] = keys.count }
        if (keys.count + 1) * 2 > slots.count { rehash(slots.count * 2) }
        var slot = Self.start(hash, slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(keys.count)
        keys.append(word)
        values.append(value)
        hashes.append(hash)
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int32](repeating: -1, count: size)
        for (index, hash) in hashes.enumerated() {
            var slot = Self.start(hash, size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
    }

    @inline(__always) private static func start(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// FNV-1a of the word's bytes, and whether they are plain ASCII other than "K", ";", "`".
    private static func hash(_ word: String) -> (UInt64, plain: Bool) {
        func hash(_ bytes: some Sequence<UInt8>) -> (UInt64, plain: Bool) {
            var hash = StableHash.fnv1aBasis
            var plain = true
            for byte in bytes {
                hash = StableHash.fnv1a(hash, byte)
                if byte >= 0x80 || byte == UInt8(ascii: "K") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "`") {
                    plain = false
                }
            }
            return (hash, plain)
        }
        return word.utf8.withContiguousStorageIfAvailable(hash) ?? hash(word.utf8)
    }
}

/// A set of words with `WordMap`'s lookup: the text stage's word lists, and the typo
/// corrector's vocabulary.
package struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private var map = WordMap<Bool>()

    package init() {}

    package init(_ words: some Sequence<String>) {
        map.reserve(words.underestimatedCount)
        for word in words { map.insert(word, true) }
    }

    package init(arrayLiteral words: String...) { self.init(words) }

    package var count: Int { map.count }
    package var isEmpty: Bool { map.count == 0 }

    package func makeIterator() -> IndexingIterator<[String]> { map.keys.makeIterator() }

    package func contains(_ word: String) -> Bool { map.index(of: word) >= 0 }

    /// These words and `others`.
    package func union(_ others: some Sequence<String>) -> WordSet {
        var union = self
        for word in others { union.map.insert(word, true) }
        return union
    }
}
