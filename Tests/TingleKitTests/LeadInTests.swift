import Testing
import TingleText

@testable import TingleKit

/// A question may open with discourse markers (the brain's `~lead_words`): "so", "ok",
/// "hmm", "quick question". Without a question mark, what follows them decides.
@Suite struct LeadInTests {
    func firstSentenceAsks(_ line: String, analyzer: TextAnalyzer = builtInBrain.analyzer) -> Bool {
        let text = analyzer.analyze(line)
        return text.isQuestion(text.sentences[0])
    }

    @Test(arguments: [
        "so can i keep running on tingly toes",
        "ok so should i stop when my feet go numb",
        "hmm can tight laces do that",
        "right so what makes feet go dead on long runs",
        "and should i see a doctor about it",
        "wait could the new laces be doing this",
    ])
    func asksAfterMarkers(_ line: String) {
        #expect(firstSentenceAsks(line))
    }

    @Test(arguments: [
        // Goes on from a sentence before, its subject left out.
        "and is still pale a day later",
        "but is fine once i stop",
        // Statements, markers or not.
        "so my arches tingle by the third mile",
        "ok thanks",
    ])
    func tellsAfterMarkers(_ line: String) {
        #expect(!firstSentenceAsks(line))
    }

    @Test(
        "A pattern anchored at the start is tried again after the markers; a marker that is what was said still counts",
        arguments: [
            ("so toes tingle when jogging in the cold", "report_numbness"),
            ("ok so soles go dead on frosty runs", "report_numbness"), ("so why do soles fizz", "faq.causes"),
            ("thanks so much", "thanks"), ("ok", "yes"),
        ])
    func patternsAfterMarkers(line: String, intent: String) {
        #expect(intents(of: line).first == intent)
    }

    @Test(
        "A diary line with its 'I' left out tells; the same verb before a subject asks",
        arguments: [
            ("did a tempo run in the snow and two toes went grey", false), ("was a bit tingly after parkrun", false),
            ("had a long run planned but my foot went dead", false),
            ("did my first ultra and lost feeling in my heel", false),
            ("did you ever get this", true), ("was it my laces", true), ("has anyone had this from new shoes", true),
            // A modal before "be" or "have" with no "?" tells too; with a subject, or a "?", it asks.
            ("might be daft but left foot went icy and purple", false),
            ("could be nothing but calf is swollen", false), ("could it be my shoes", true),
            ("can numbness in the groin be serious", true), ("could be my shoes?", true),
        ])
    func diaryLines(line: String, asks: Bool) {
        #expect(firstSentenceAsks(line) == asks)
    }

    @Test(
        "A pattern anchored at the end is tried again without the words that close the sentence",
        arguments: [
            ("why do soles fizz anyway", "faq.causes"), ("is that bad lol", "faq.serious"),
            ("should i get it checked then", "faq.see_doctor"), ("cheers", "thanks"),
        ])
    func patternsBeforeTailWords(line: String, intent: String) {
        #expect(intents(of: line).first == intent)
    }

    @Test func markersAreMarkedOnlyAtTheStartOfASentence() {
        let text = builtInBrain.analyzer.analyze("ok so my feet go numb so i stop")
        #expect(text.tokens.prefix(2).allSatisfy { $0.leadIn })
        #expect(text.tokens.dropFirst(2).allSatisfy { !$0.leadIn })
        // A word alone is what was said, not a marker before it.
        #expect(!builtInBrain.analyzer.analyze("ok").tokens[0].leadIn)
    }

    @Test func aBrainWithoutMarkersReadsTheFirstWord() {
        let plain = builtInBrain.analyzer
        let without = TextAnalyzer(rewriter: plain.rewriter, corrector: plain.corrector, negation: plain.negation)
        #expect(!firstSentenceAsks("so can i keep running on tingly toes", analyzer: without))
        #expect(firstSentenceAsks("can i keep running on tingly toes", analyzer: without))
    }
}
