import Foundation
import Testing

@testable import TingleKit

/// A turn tries a pattern on a sentence only when the sentence holds what the pattern
/// requires (`MatchInput.allTerms(in:)`, `couldMatch`). That skip must never hide a match.
@Suite("Sentence requirements")
struct SentenceRequirementsTests {
    /// Every pattern of the brain that has a number in its rule index.
    static let numbered: [Pattern] = {
        let brain = builtInBrain
        var patterns = brain.intents.flatMap(\.patterns)
        patterns += brain.slots.flatMap { $0.extractors.map(\.pattern) + $0.none }
        patterns += (brain.symptoms + brain.risks + brain.context).flatMap { $0.patterns + $0.denials + $0.except }
        patterns += brain.redFlags.flatMap(\.patterns)
        return patterns.filter { $0.number >= 0 }
    }()

    @Test("A pattern that matches a sentence is never ruled out for it, on any line of the eval cases")
    func neverHidesAMatch() throws {
        let text = try String(contentsOf: packageRoot.appending(path: "Tests/Eval/cases.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n").compactMap { line -> [String]? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["turns"] as? [String]
        }.flatMap { $0 }
        #expect(lines.count > 1_000)
        var matches = 0
        for line in lines {
            let input = MatchInput(text: builtInBrain.analyzer.analyze(line), brain: builtInBrain)
            let undenied = input.undenied()
            for range in input.text.sentences + [0..<input.tokens.count] {
                let terms = input.allTerms(in: range)
                for pattern in Self.numbered where input.viableBits.contains(pattern.number) {
                    let matched =
                        PatternMatcher.matches(pattern, in: input, range: range)
                        || PatternMatcher.matches(pattern, in: undenied, range: range)
                    guard matched else { continue }
                    matches += 1
                    #expect(input.couldMatch(pattern.number, where: terms), "\(pattern.source) on \"\(line)\"")
                }
            }
        }
        #expect(matches > 1_000)
    }

    @Test("What only another sentence says rules a pattern out")
    func otherSentence() throws {
        let input = MatchInput(
            text: builtInBrain.analyzer.analyze("i ran ten miles. my toes go numb"), brain: builtInBrain)
        let sentences = input.text.sentences
        try #require(sentences.count == 2)
        let report = try #require(
            Self.numbered.first { $0.source == "* my * ~foot * ~numb *" && input.viableBits.contains($0.number) })
        #expect(!input.couldMatch(report.number, where: input.allTerms(in: sentences[0])))
        #expect(input.couldMatch(report.number, where: input.allTerms(in: sentences[1])))
        #expect(input.allTerms(in: 0..<input.tokens.count) == nil)  // the whole line: every viable pattern
        #expect(input.couldMatch(report.number, where: nil))
    }
}
