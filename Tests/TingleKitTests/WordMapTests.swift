import Testing
import TingleText

/// `WordMap` and `WordSet` look words up by their bytes, and must answer exactly as the
/// standard library's `Dictionary` and `Set` do, whose `==` is canonical equivalence.
@Suite("Word map")
struct WordMapTests {
    @Test("Answers as a Set<String>, for words that are and are not in it, as it grows")
    func sameAsSet() {
        var generator = SeededGenerator(seed: 5)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var words: [String] = []
        for _ in 0..<2_000 {
            words.append(
                String(
                    (0..<Int.random(in: 1...9, using: &generator)).map { _ in letters.randomElement(using: &generator)!
                    }))
        }
        let inside = Array(words.prefix(1_000))
        let set = Set(inside)
        let wordSet = WordSet(inside)
        #expect(wordSet.count == set.count)
        for word in words { #expect(wordSet.contains(word) == set.contains(word), "\(word)") }
        // Iterated in the order first given, each word once.
        var seen: Set<String> = []
        var firsts: [String] = []
        for word in inside where seen.insert(word).inserted { firsts.append(word) }
        #expect(Array(wordSet) == firsts)
    }

    @Test(
        "A word canonically equal to one inside is found, whatever its bytes",
        arguments: [
            ("caf\u{E9}", "cafe\u{301}"),  // é precomposed and decomposed
            ("\u{212A}m", "Km"),  // the Kelvin sign is K
            ("a\u{37E}", "a;"),  // the Greek question mark is a semicolon
            ("\u{1FEF}x", "`x"),  // the Greek varia is a grave accent
        ])
    func canonicalEquivalence(inside: String, asked: String) {
        #expect(Set([inside]).contains(asked))
        #expect(WordSet([inside]).contains(asked))
        #expect(WordSet([asked]).contains(inside))
        #expect(!WordSet([inside]).contains(asked + "s"))
        #expect(WordSet([inside, asked]).count == 1)
    }

    @Test("Values are set, replaced and emptied like a Dictionary's")
    func values() {
        var map = WordMap<String?>()
        map["numb"] = .some("numb")
        map["tingly"] = .some(nil)
        #expect(map["numb"] == .some("numb"))
        #expect(map["tingly"] == .some(nil))
        #expect(map["toes"] == nil)
        map["numb"] = .some("number")
        #expect(map["numb"] == .some("number"))
        #expect(map.count == 2)
        let insertedAgain = map.insert("tingly", "x")
        #expect(!insertedAgain && map["tingly"] == .some(nil))
        map.removeAll(keepingCapacity: true)
        #expect(map.count == 0 && map["numb"] == nil)
        map["toes"] = .some("toe")
        #expect(map["toes"] == .some("toe") && map.count == 1)
    }
}
