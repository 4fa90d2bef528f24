import Testing

@testable import TingleKit

/// The typo corrector ranks a candidate of ASCII letters on the bytes and one with other
/// letters as Characters: both must rank as the Characters of the words would.
@Suite("Typo ranking")
struct TypoRankingTests {
    @Test("Two words have the same bytes in any order exactly when their sorted Characters are equal")
    func sameBytes() {
        var generator = SeededGenerator(seed: 3)
        func word() -> String {
            String((0..<Int.random(in: 0...6, using: &generator)).map { _ in "abAB".randomElement(using: &generator)! })
        }
        var anagrams = 0
        for _ in 0..<5_000 {
            let a = word()
            // Half the time a shuffle of the first, so that many pairs are anagrams.
            let b = Bool.random(using: &generator) ? String(a.shuffled(using: &generator)) : word()
            let same = Array(a.utf8).withUnsafeBufferPointer { a in
                Array(b.utf8).withUnsafeBufferPointer { b in TypoCorrector.haveSameBytes(a, b) }
            }
            #expect(same == (a.sorted() == b.sorted()), "\(a) \(b)")
            if same { anagrams += 1 }
        }
        #expect(anagrams > 1_000)
    }

    @Test("A swap of neighbours wins a tie; a candidate with an accented letter is still found")
    func ties() {
        #expect(TypoCorrector(vocabulary: ["wait", "what"], lexicon: []).correction(for: "waht") == "what")
        #expect(TypoCorrector(vocabulary: ["tingle", "tingel"], lexicon: []).correction(for: "tinglx") == "tingle")
        #expect(TypoCorrector(vocabulary: ["cafés"], lexicon: []).correction(for: "cafes") == "cafés")
        #expect(TypoCorrector(vocabulary: ["cafés", "cafxs"], lexicon: []).correction(for: "cafes") == "cafxs")
    }
}
