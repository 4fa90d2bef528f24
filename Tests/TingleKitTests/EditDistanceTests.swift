import BrainFormat
import Testing

/// `editDistance` compares plain ASCII words byte by byte and any other as Characters: both
/// ways must give the distance of the words as written.
@Suite("Edit distance")
struct EditDistanceTests {
    @Test("Plain words: insertions, deletions, substitutions, swaps of neighbours, the limit")
    func plain() {
        #expect(editDistance("waht", "what", limit: 2) == 1)
        #expect(editDistance("numb", "numbb", limit: 2) == 1)
        #expect(editDistance("shoes", "shoe", limit: 2) == 1)
        #expect(editDistance("tingle", "tangle", limit: 2) == 1)
        #expect(editDistance("abc", "abc", limit: 1) == 0)
        #expect(editDistance("", "abc", limit: 3) == 3)
        #expect(editDistance("abcdef", "ghijkl", limit: 2) == 3)  // past the limit: limit + 1
    }

    @Test("Accented letters and a CR LF pair count as one Character each")
    func characters() {
        #expect(editDistance("cafe", "café", limit: 2) == 1)
        #expect(editDistance("café", "cafe\u{301}", limit: 2) == 0)  // the same Character, composed or not
        // As bytes "\r\n" and "\n\r" are one swap apart; as Characters, one Character against two.
        #expect(editDistance("\r\n", "\n\r", limit: 2) == 2)
    }
}
