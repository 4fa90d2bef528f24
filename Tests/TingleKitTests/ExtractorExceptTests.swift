import Testing

@testable import TingleKit

/// An extractor's `except` patterns take its reading: only the words both captured, when
/// both captured a concept of the same name; otherwise the whole sentence.
@Suite struct ExtractorExceptTests {
    let brain = builtInBrain

    func linked(_ source: String) throws -> Pattern {
        try Pattern(parsing: source).linked(to: brain.terms)
    }

    @Test func anExceptionTakesSharedWordsOrTheSentence() throws {
        let input = MatchInput(
            text: brain.analyzer.analyze("numb after 20 minutes and it clears within 5 minutes"), brain: brain)
        let sentence = 0..<input.tokens.count
        let onset = try linked("* after ~duration *")
        let reading = try #require(PatternMatcher.match(onset, in: input, range: sentence))
        #expect(reading.captures.count == 1)

        // Capturing other words ("5 minutes"): the onset's "20 minutes" stands.
        #expect(
            !FindingsReader.isExcepted(
                reading, by: [try linked("* clears within ~duration *")], in: input, range: sentence))
        // Capturing the same words: taken.
        #expect(
            FindingsReader.isExcepted(reading, by: [try linked("* numb after ~duration *")], in: input, range: sentence)
        )
        // Capturing another concept only ("numb" is a concept): the sentence is taken.
        #expect(FindingsReader.isExcepted(reading, by: [try linked("* ~numb after *")], in: input, range: sentence))
        // Capturing nothing: the sentence is taken.
        #expect(FindingsReader.isExcepted(reading, by: [try linked("* clears *")], in: input, range: sentence))
        // Not matching: nothing is taken.
        #expect(!FindingsReader.isExcepted(reading, by: [try linked("* lingers *")], in: input, range: sentence))
        #expect(!FindingsReader.isExcepted(reading, by: [], in: input, range: sentence))
    }

    @Test func aReadingThatCapturedNothingLosesTheSentence() throws {
        let input = MatchInput(text: brain.analyzer.analyze("numb for 3 hours after my runs"), brain: brain)
        let sentence = 0..<input.tokens.count
        let reading = try #require(PatternMatcher.match(try linked("* after my runs *"), in: input, range: sentence))
        #expect(reading.captures.isEmpty)
        #expect(
            FindingsReader.isExcepted(
                reading, by: [try linked("* for * ~duration after *")], in: input, range: sentence))
    }
}
