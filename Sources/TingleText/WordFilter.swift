/// A quick "certainly not one of these words" before a Set or Dictionary lookup. The text
/// pipeline asks several small tables about every word (contractions, clause openers,
/// number words, rewrites, negation cues) and almost every answer is no, but hashing a
/// String costs more than the rest of the work on a word. This looks at the length and the
/// first and last bytes only, in a bitmap of 1,024 bits.
package struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 16)
    /// Cleared when bytes alone cannot tell: `String`'s `==` is canonical equivalence, and
    /// a word can equal a table's word without the same bytes if the table's word has
    /// non-ASCII letters, or "K", ";" or "`" (which U+212A, U+037E and U+1FEF are).
    private var exact = true

    package init(_ words: some Sequence<String>) {
        for word in words {
            let unsure = word.utf8.contains {
                $0 >= 0x80 || $0 == UInt8(ascii: "K") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "`")
            }
            guard !unsure, let bit = Self.bit(word) else {
                exact = false
                continue
            }
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// False only if `word` is certainly not one of the words.
    package func mayContain(_ word: String) -> Bool {
        guard exact, let bit = Self.bit(word) else { return true }
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(_ word: String) -> Int? {
        // The bytes in one piece: `utf8.last` steps back through the String's index checks.
        word.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return 0 }
            return (Int(first) &* 31 &+ Int(last) &* 7 &+ bytes.count &* 131) & 1023
        }
    }
}
