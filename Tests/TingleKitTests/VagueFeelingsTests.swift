import Testing

@testable import TingleKit

/// A vague word for a feeling is numbness only in a clause that names the feet.
@Suite("Vague words for the feeling")
struct VagueFeelingsTests {
    func hasNumb(_ line: String) -> Bool {
        MatchInput(text: builtInBrain.analyzer.analyze(line), brain: builtInBrain).isPresent(.numb)
    }

    @Test(
        "In a clause with the feet, wherever they stand, a vague word is numbness",
        arguments: [
            "my heel goes weird when i jog", "feel funny in the arches after a while",
            "something strange with my toes on the treadmill", "both soles feel off on hills",
            "how come both heels get so funny on hills", "my toes went odd", "peculiar toes",
        ])
    func withTheFeet(line: String) {
        #expect(hasNumb(line), "\(line)")
    }

    @Test(
        "Without the feet, in another clause, denied, or as an aside or a look, it is not",
        arguments: [
            "my tummy went funny at mile 10", "my quads felt odd and heavy afterwards",
            "my chest felt weird but my toes were fine", "weird question about my feet",
            "my toes look strange after long runs",
        ])
    func withoutTheFeet(line: String) {
        #expect(!hasNumb(line), "\(line)")
    }

    @Test("A denied vague word is a denied numbness")
    func denied() {
        let text = builtInBrain.analyzer.analyze("no odd feeling in either foot")
        let input = MatchInput(text: text, brain: builtInBrain)
        #expect(!input.isPresent(.numb))
        #expect(input.undenied().isPresent(.numb))
    }
}
