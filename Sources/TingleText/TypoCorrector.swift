import BrainFormat
import Foundation

/// Corrects a misspelled word to a word of the brain's vocabulary: one edit for words
/// of 4+ letters, two for 8+ (an edit is an insertion, deletion, substitution or swap of
/// neighbours). A word that is itself known, to the brain or to the lexicon of common
/// English, is never changed: "shoe" stays "shoe" even though "shoes" is close.
///
/// Candidates come from a symmetric-delete index (every vocabulary word with one or
/// two letters removed), so a lookup costs the same whatever the size of the vocabulary.
public struct TypoCorrector: Sendable {
    /// The brain's words, which corrections lead to.
    package let vocabulary: WordSet
    private let knownStems: WordSet
    private let lexicon: Lexicon
    /// Built the first time a word needs correcting: most lines have no typo, and building
    /// it is a large part of loading a brain.
    private let index: DeletesIndex
    /// The answers already worked out, shared by every copy of the corrector.
    private let memo: CorrectionMemo

    public init(vocabulary: Set<String>, lexicon: Set<String>) {
        self.init(vocabulary: vocabulary, lexicon: Lexicon(words: lexicon))
    }

    package init(vocabulary: Set<String>, lexicon: Lexicon, memoCapacity: Int = 4_096) {
        self.vocabulary = WordSet(vocabulary)
        self.knownStems = WordSet(vocabulary.map(Stemmer.stem))
        self.lexicon = lexicon
        self.index = DeletesIndex(vocabulary: self.vocabulary)
        self.memo = CorrectionMemo(capacity: memoCapacity)
    }

    /// Every vocabulary word with up to two letters removed, computed on demand, and kept
    /// compact: 64-bit keys, each a variant's FNV-1a hash with its low bits replaced by the
    /// number of its word (8 bytes a variant instead of a dictionary of strings), grouped by
    /// their top bits. Two variants share the rest of a hash only by a 1-in-2^44 accident or
    /// so, and a word it brought in would still have to pass the edit-distance test.
    ///
    /// In two tiers, each built the first time it is needed: every word and its variants
    /// less one letter (`near`), which is all a correction of one edit needs (a word within
    /// one edit of another shares a variant less at most one letter with it); and the
    /// variants less two letters of the words of seven letters or more (`far`), which only
    /// a typo of eight letters or more, allowed two edits, needs. They are three quarters of
    /// the keys, and most typos are shorter.
    private final class DeletesIndex: @unchecked Sendable {
        private let vocabulary: WordSet
        private let lock = NSLock()
        /// The words by number, and the mask of a key's bits that hold the number.
        private var numbered: (words: [String], wordMask: UInt64)?
        private var near: KeyBuckets?
        private var far: KeyBuckets?

        init(vocabulary: WordSet) { self.vocabulary = vocabulary }

        /// Builds both tiers on another thread now, so the first typo need not wait for
        /// them; a lookup meanwhile waits on the lock for the one build.
        func buildInBackground() {
            DispatchQueue.global(qos: .userInitiated).async { _ = self.tiers(upTo: 2) }
        }

        /// The vocabulary words that share a variant with `bytes` less up to `limit` letters
        /// (bytes of an ASCII word: each byte a letter). The variants are hashed as the index
        /// hashed its own, straight from the bytes: making each one a string in a set was
        /// most of the cost of a line full of unknown words.
        ///
        /// In the vocabulary's sorted order, without repeats: the numbers are sorted to drop
        /// repeats, then the few words they name are sorted (numbering the words in sorted
        /// order instead meant sorting the whole vocabulary to build the index).
        func words(sharingDeletionsOf bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> [String] {
            let (words, wordMask, tiers) = self.tiers(upTo: limit)
            let hashMask = ~wordMask
            var found: [Int] = []
            DeletesIndex.forEachDeletion(of: bytes, upTo: limit) { hash in
                for keys in tiers {
                    keys.forEach(matching: hash & hashMask, mask: hashMask) { key in
                        found.append(Int(key & wordMask))
                    }
                }
            }
            guard !found.isEmpty else { return [] }
            found.sort()
            // Room for all at once: growing the array as it filled was several allocations
            // for a big brain's word, which has more neighbours.
            var named: [String] = []
            named.reserveCapacity(found.count)
            for (k, number) in found.enumerated() where k == 0 || number != found[k - 1] {
                named.append(words[number])
            }
            named.sort()
            return named
        }

        /// The FNV-1a hash of the word and of each variant of it less one letter, and less
        /// two when `limit` is 2 (a variant reached two ways is given twice).
        ///
        /// FNV-1a reads bytes in order, so the hash of the bytes before a deleted letter is
        /// shared by every variant that deletes there or later: each variant hashes only the
        /// bytes after its first deletion, and a pair of deletions only those after its second
        /// (about a third of the bytes hashing every variant whole took).
        /// With `fewest` 2, only the variants less two letters (the far tier).
        static func forEachDeletion(
            of bytes: UnsafeBufferPointer<UInt8>, fewest: Int = 0, upTo limit: Int, _ body: (UInt64) -> Void
        ) {
            let n = bytes.count
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n + 1) { prefix in
                // prefix[k]: the hash of the first k bytes.
                prefix[0] = StableHash.fnv1aBasis
                for k in 0..<n { prefix[k + 1] = fnv1a(prefix[k], bytes[k]) }
                func finish(_ start: UInt64, from first: Int) -> UInt64 {
                    var hash = start
                    for k in first..<n { hash = fnv1a(hash, bytes[k]) }
                    return hash
                }
                if fewest <= 0 { body(prefix[n]) }
                guard n > 1 else { return }
                if fewest <= 1 { for i in 0..<n { body(finish(prefix[i], from: i + 1)) } }
                guard limit >= 2, n > 2 else { return }
                for i in 0..<n {
                    // The bytes before i, then those between the two deletions, grown a byte at a time.
                    var before = prefix[i]
                    for j in (i + 1)..<n {
                        body(finish(before, from: j + 1))
                        before = fnv1a(before, bytes[j])
                    }
                }
            }
        }

        /// `StableHash.fnv1a`'s step for one byte, here so it is inlined: it is in another
        /// module, and calling it for every byte of every variant cost as much as the hashing
        /// (`DeletionHashTests` checks the hashes agree with `StableHash`'s).
        @inline(__always) private static func fnv1a(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
            (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }

        /// The words by number, and the tiers a lookup allowed `limit` edits reads, built
        /// if they are not yet.
        private func tiers(upTo limit: Int) -> (words: [String], wordMask: UInt64, tiers: [KeyBuckets]) {
            lock.lock()
            defer { lock.unlock() }
            let (words, wordMask) =
                numbered
                ?? {
                    let words = Array(vocabulary)
                    let wordBits = max(1, UInt64.bitWidth - (words.count).leadingZeroBitCount)
                    return (words, (1 << UInt64(wordBits)) - 1)
                }()
            numbered = (words, wordMask)
            let near = self.near ?? Self.keys(of: words, wordMask: wordMask, far: false)
            self.near = near
            guard limit >= 2 else { return (words, wordMask, [near]) }
            let far = self.far ?? Self.keys(of: words, wordMask: wordMask, far: true)
            self.far = far
            return (words, wordMask, [near, far])
        }

        /// The keys of one tier: each word and its variants less one letter, or (`far`) the
        /// variants less two letters of the words of seven letters or more.
        private static func keys(of words: [String], wordMask: UInt64, far: Bool) -> KeyBuckets {
            // Room for every key at once (at most one a variant): grown as it filled, a big
            // brain's array was copied several times and ended with room to spare, at the
            // peak of a first typo.
            var keys: [UInt64] = []
            keys.reserveCapacity(
                words.reduce(0) { room, word in
                    let n = word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : word.count
                    return room + (far ? (n >= 7 ? n * (n - 1) / 2 : 0) : (n >= 3 ? n + 1 : 0))
                })
            // Each variant is hashed straight from the word's bytes, skipping the deleted
            // letters: no string or set is made (making them was most of a first typo's
            // cost). A variant reached two ways ("running" less either n) is listed twice,
            // which finds the same word.
            for (number, word) in words.enumerated() {
                // The far tier has only words of seven letters or more, so seven bytes or more
                // (a letter is a byte or several): the rest are passed over before any test.
                if far && word.utf8.count < 7 { continue }
                let tag = UInt64(number)
                // ASCII letters are checked on the bytes: `Character.isLetter` looks up Unicode
                // properties, and cost as much as hashing the variants for a big brain.
                let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
                if isASCII {
                    guard word.utf8.count >= 3, word.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
                    else { continue }
                } else {
                    guard word.count >= 3, word.allSatisfy(\.isLetter) else { continue }
                }
                guard isASCII else {
                    // A letter of several bytes (é): deleted as a letter, the slow way.
                    guard !far || word.count >= 7 else { continue }
                    let variants =
                        far
                        ? TypoCorrector.deletions(of: word, upTo: 2).subtracting(
                            TypoCorrector.deletions(of: word, upTo: 1))
                        : TypoCorrector.deletions(of: word, upTo: 1)
                    for variant in variants { keys.append(StableHash.fnv1a(variant) & ~wordMask | tag) }
                    continue
                }
                guard !far || word.utf8.count >= 7 else { continue }
                let (fewest, limit) = far ? (2, 2) : (0, 1)
                // The word's own bytes where it keeps them together (copying each word to an
                // array was a tenth of building the index).
                let hashed: Void? = word.utf8.withContiguousStorageIfAvailable { bytes in
                    DeletesIndex.forEachDeletion(of: bytes, fewest: fewest, upTo: limit) {
                        keys.append($0 & ~wordMask | tag)
                    }
                }
                if hashed == nil {
                    Array(word.utf8).withUnsafeBufferPointer { bytes in
                        DeletesIndex.forEachDeletion(of: bytes, fewest: fewest, upTo: limit) {
                            keys.append($0 & ~wordMask | tag)
                        }
                    }
                }
            }
            return KeyBuckets(keys)
        }
    }

    package static let longestCorrectable = 24

    /// Starts building the index of misspellings on the other core (an interactive chat calls
    /// this once its brain is loaded: nearly every real first message has a word to correct,
    /// and building the index costs as much as a fifth of the start).
    public func prepareInBackground() { index.buildInBackground() }

    public func isKnown(_ word: String) -> Bool {
        vocabulary.contains(word) || lexicon.contains(word) || knownStems.contains(Stemmer.stem(word))
    }

    /// The vocabulary word `word` was most likely meant to be, or nil to keep it.
    public func correction(for word: String) -> String? {
        // Most words are too short to correct, or not only letters: told on the bytes. Most
        // others are the brain's own words, told by one lookup, which is no dearer than the
        // memo's: the memo is left to the words that take more to tell.
        guard word.utf8.withContiguousStorageIfAvailable(Self.isCorrectable) ?? Self.isCorrectable(Array(word.utf8)),
            !vocabulary.contains(word)
        else { return nil }
        if let remembered = memo.answer(for: word) { return remembered }
        let answer = workedOutCorrection(for: word)
        memo.remember(answer, for: word)
        return answer
    }

    /// Whether a word's bytes are a word the corrector may change. Not one longer than any word
    /// worth correcting: the candidates of a 2,000-letter "word" would take seconds and
    /// gigabytes to list. ASCII letters only, checked on the bytes (`Character.isLetter`
    /// looks up Unicode properties); each byte is then a Character.
    private static func isCorrectable(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.count >= 4 && bytes.count <= longestCorrectable
            && bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
    }

    /// The correction of a word that `isCorrectable` and not in the vocabulary, worked out
    /// (not remembered).
    private func workedOutCorrection(for word: String) -> String? {
        // The word's bytes in one piece (a native String's always are): the checks, the
        // variants and the ranking read them without walking the String again.
        if let corrected = word.utf8.withContiguousStorageIfAvailable({ correction(for: word, bytes: $0) }) {
            return corrected
        }
        return Array(word.utf8).withUnsafeBufferPointer { correction(for: word, bytes: $0) }
    }

    private func correction(for word: String, bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // `isKnown`, less the vocabulary, which `correction(for:)` has asked.
        guard !lexicon.contains(word), !knownStems.contains(Stemmer.stem(word)) else { return nil }
        // A letter held for emphasis ("sooooo numbbb", "tinglyyyy"): runs of three or more
        // become two, then one, before any other correction.
        if Self.hasRunOfThree(bytes), let squeezed = Self.squeezed(word, keeping: 2) {
            if isKnown(squeezed) { return squeezed }
            let single = Self.squeezed(squeezed, keeping: 1) ?? squeezed
            if isKnown(single) { return single }
            return correction(for: squeezed) ?? correction(for: single)
        }
        let allowed = bytes.count >= 8 ? 2 : 1
        let candidates = index.words(sharingDeletionsOf: bytes, upTo: allowed)
        // Most unknown words have no word of the brain near them: nothing to rank.
        guard !candidates.isEmpty else { return nil }
        var best: (word: String, rank: Rank)?
        for candidate in candidates {
            // A candidate of ASCII letters is ranked on the bytes, as the word is; one with other
            // letters ("café") as Characters.
            var rank: Rank?
            let ranked = candidate.utf8.withContiguousStorageIfAvailable { other -> Bool in
                guard other.allSatisfy({ $0 < 0x80 }) else { return false }
                rank = Self.rank(of: other, for: bytes, allowed: allowed)
                return true
            }
            if ranked != true { rank = Self.rank(of: candidate, for: word, allowed: allowed) }
            guard let rank else { continue }
            if let current = best, current.rank <= rank { continue }
            best = (candidate, rank)
        }
        return best?.word
    }

    /// How good a correction a candidate is, the smaller the better: its edit distance, then 0
    /// for a word with the same letters (a swap of neighbours, the commonest typo: "waht" →
    /// "what", not "wait") and 1 for others, then the longer shared beginning (negated); ties
    /// after that go to the alphabetically first.
    private typealias Rank = (distance: Int, letters: Int, prefix: Int)

    /// The rank of a candidate more than `allowed` edits away is nil. Both words are plain
    /// ASCII bytes, each byte a Character.
    private static func rank(
        of candidate: UnsafeBufferPointer<UInt8>, for word: UnsafeBufferPointer<UInt8>, allowed: Int
    )
        -> Rank?
    {
        let distance = editDistance(word, candidate, limit: allowed)
        guard distance <= allowed else { return nil }
        var prefix = 0
        while prefix < min(word.count, candidate.count), word[prefix] == candidate[prefix] { prefix += 1 }
        return (distance, haveSameBytes(word, candidate) ? 0 : 1, -prefix)
    }

    /// The rank of a candidate with letters beyond ASCII, compared as Characters.
    private static func rank(of candidate: String, for word: String, allowed: Int) -> Rank? {
        let distance = editDistance(word, candidate, limit: allowed)
        guard distance <= allowed else { return nil }
        let prefix = zip(word, candidate).prefix { $0 == $1 }.count
        return (distance, candidate.sorted() == word.sorted() ? 0 : 1, -prefix)
    }

    /// Whether two ASCII words have the same bytes as often each, in any order: what comparing
    /// their sorted Characters tells, without making and sorting arrays of them.
    package static func haveSameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        return withUnsafeTemporaryAllocation(of: Int8.self, capacity: 128) { counts in
            counts.initialize(repeating: 0)
            for byte in a { counts[Int(byte & 0x7F)] &+= 1 }
            // The same number of bytes each: none is short unless another is over.
            for byte in b {
                counts[Int(byte & 0x7F)] &-= 1
                if counts[Int(byte & 0x7F)] < 0 { return false }
            }
            return true
        }
    }

    /// Whether three equal bytes follow one another: the only words `squeezed(_:keeping:)`
    /// can change when keeping two, asked of the bytes of an ASCII word (walking its
    /// Characters to find out cost more than the rest of a word's check).
    package static func hasRunOfThree(_ bytes: some Sequence<UInt8>) -> Bool {
        var run = 0
        var last: UInt8 = 0
        for byte in bytes {
            run = byte == last ? run + 1 : 1
            last = byte
            if run >= 3 { return true }
        }
        return false
    }

    /// `word` with every run of more than `keeping` equal letters cut to `keeping`, or nil
    /// when it has no run that long (for `keeping` 2: no run of three or more).
    package static func squeezed(_ word: String, keeping: Int) -> String? {
        var out = ""
        var run = 0
        var last: Character?
        var cut = false
        for letter in word {
            run = letter == last ? run + 1 : 1
            last = letter
            if run > keeping {
                cut = true
                continue
            }
            out.append(letter)
        }
        return cut ? out : nil
    }

    /// The FNV-1a hash of an ASCII word and of each variant of it less up to `limit` letters,
    /// as the index of misspellings hashes them (a variant reached two ways given twice);
    /// with `fewest` 2, only those less two letters.
    package static func deletionHashes(of word: String, fewest: Int = 0, upTo limit: Int) -> [UInt64] {
        var hashes: [UInt64] = []
        Array(word.utf8).withUnsafeBufferPointer { bytes in
            DeletesIndex.forEachDeletion(of: bytes, fewest: fewest, upTo: limit) { hashes.append($0) }
        }
        return hashes
    }

    /// The word itself and every string made by deleting up to `limit` letters.
    package static func deletions(of word: String, upTo limit: Int) -> Set<String> {
        var result: Set<String> = [word]
        var frontier: Set<String> = [word]
        for _ in 0..<limit {
            var next: Set<String> = []
            for w in frontier where w.count > 1 {
                let letters = Array(w)
                for i in letters.indices {
                    var shorter = letters
                    shorter.remove(at: i)
                    next.insert(String(shorter))
                }
            }
            result.formUnion(next)
            frontier = next
        }
        return result
    }

}
