import Testing

@testable import TingleKit

/// Finding concepts in a line (`PhraseIndex.marks`): a word that opens many phrases is
/// searched by the word after it, and must mark exactly what trying every phrase in order marks.
@Suite("Phrase index")
struct PhraseIndexTests {
    /// "in" opens sixty phrases (as a concept under "in ~past_year" does), "of" three; some
    /// phrases are one word, some share their second word.
    static let table: ConceptTable = {
        var phrases: [String: [[String]]] = ["dated": [], "short": [["of"], ["of", "a"], ["in"]], "pair": []]
        for k in 0..<60 { phrases["dated"]!.append(["in", "y\(k % 20)"] + (k >= 20 ? ["z\(k % 3)"] : [])) }
        phrases["pair"] = [["in", "y3"], ["of", "y3", "z1"], ["in", "y3", "z1"]]
        return ConceptTable(phrases: phrases)
    }()

    /// Every entry tried at every token, in entry order: what the index must give.
    static func expected(_ index: PhraseIndex, _ units: [MatchInput.Unit]) -> [[ConceptMark]] {
        units.indices.map { i in
            var marks: [ConceptMark] = []
            for e in 0..<index.count {
                let phrase = Int(index.stemStart[e])..<Int(index.stemStart[e + 1])
                guard i + phrase.count <= units.count,
                    (0..<phrase.count).allSatisfy({ units[i + $0].term == index.stems[phrase.lowerBound + $0] })
                else { continue }
                for c in Int(index.conceptStart[e])..<Int(index.conceptStart[e + 1]) {
                    marks.append(ConceptMark(concept: index.concepts[c], length: Int32(phrase.count)))
                }
            }
            return marks
        }
    }

    @Test("A word that opens many phrases marks what trying them all marks, in the same order")
    func searchedBySecondWord() {
        var terms = TermTable()
        let index = Self.table.link(&terms)
        let words = ["in", "of", "a", "y3", "z1", "y7", "z0", "toe"].map { terms.id(of: .word($0)) ?? -1 }
        #expect(words[0] >= 0 && words[1] >= 0)
        // Lines of random words (a fixed generator, so every run tests the same lines).
        var seed: UInt64 = 42
        for _ in 0..<200 {
            var units: [MatchInput.Unit] = []
            for _ in 0..<12 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                units.append(
                    MatchInput.Unit(
                        term: words[Int(seed >> 33) % words.count], deniedBy: -1, marksStart: 0, marksEnd: 0,
                        isCue: false))
            }
            let expected = Self.expected(index, units)
            let marks = index.marks(in: &units)
            #expect(units.indices.map { Array(marks[Int(units[$0].marksStart)..<Int(units[$0].marksEnd)]) } == expected)
        }
    }
}
