import BrainFormat
import Testing

@testable import TingleKit

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

    @Test("Given as bytes, plain words are as far apart as given as Strings")
    func bytes() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<3_000 {
            // Few letters, so that many pairs are near and some are swaps of neighbours.
            let a = String(
                (0..<Int.random(in: 0...9, using: &generator)).map { _ in "abcE".randomElement(using: &generator)! })
            let b = String(
                (0..<Int.random(in: 0...9, using: &generator)).map { _ in "abcE".randomElement(using: &generator)! })
            let limit = Int.random(in: 0...3, using: &generator)
            let asBytes = Array(a.utf8).withUnsafeBufferPointer { a in
                Array(b.utf8).withUnsafeBufferPointer { b in editDistance(a, b, limit: limit) }
            }
            #expect(asBytes == editDistance(a, b, limit: limit), "\(a) \(b) \(limit)")
        }
    }

    @Test("Accented letters and a CR LF pair count as one Character each")
    func characters() {
        #expect(editDistance("cafe", "café", limit: 2) == 1)
        #expect(editDistance("café", "cafe\u{301}", limit: 2) == 0)  // the same Character, composed or not
        // As bytes "\r\n" and "\n\r" are one swap apart; as Characters, one Character against two.
        #expect(editDistance("\r\n", "\n\r", limit: 2) == 2)
    }
}
