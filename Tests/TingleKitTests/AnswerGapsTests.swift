import Testing

@testable import TingleKit

/// Gaps in reading answers against the question asked: an amount said to another question, a
/// clue about bare feet, a plan, one race, laces pulled hard, a negation over a list.
@Suite("Answer gaps")
struct AnswerGapsTests {
    @Test("An amount alone said while the shoes are asked answers a skipped onset late")
    func bareAmountAnswersSkippedOnset() {
        let results = converse(["my toes tingle on runs", "no idea", "about 12k"])
        #expect(results[2].onset == "after about 12 km")
        #expect(results[2].asking == "footwear")
        #expect(results[2].footwear == nil)
    }

    @Test("An amount alone said when the onset holds one already is asked about, not taken")
    func bareAmountWithOnsetHeld() {
        let results = converse(["my toes tingle on runs", "after 3 miles", "15k"])
        #expect(results[2].onset == "after about 3 miles")
        #expect(results[2].asking == "footwear")
        #expect(results[2].reply.hasPrefix("I'm not sure where 15 km fits"))
    }

    @Test("Fine barefoot is a clue, not the shoes: what they run in is still asked")
    func fineBarefoot() {
        let results = converse(["my toes tingle on runs", "20 minutes in", "barefoot it's fine"])
        #expect(results[2].footwear == nil)
        #expect(results[2].asking == "footwear")
    }

    @Test(
        "A race or run still to come fills no slot",
        arguments: [
            "got a race on saturday and my feet keep going numb", "race on sunday and my toes keep going numb",
            "half marathon next month and my toes keep going numb",
        ])
    func plansFillNothing(line: String) {
        #expect(converse([line])[0].onset == nil, "\(line)")
    }

    @Test("A race told as past still says when it came on")
    func pastRaceReads() {
        #expect(converse(["i raced a 10k on saturday and my toes went numb"])[0].onset == "when running fast or hard")
    }

    @Test("One race done in the shoes is not their mileage")
    func oneRaceIsNoMileage() {
        let results = converse([
            "my arches go numb on runs", "4 miles in", "brooks ghost, did a 50k in them last month",
        ])
        #expect(results[2].footwear == "brooks ghost")
    }

    @Test(
        "Laces pulled hard are tight laces",
        arguments: ["i cranked the laces", "new pegasus, laced right up", "i yank them down hard"])
    func lacesPulledHard(answer: String) {
        let results = converse(["my toes tingle on runs", "20 minutes in", answer])
        #expect(
            results[2].footwear?.contains("laces tied tight") == true, "\(answer) → \(results[2].footwear ?? "nil")")
    }

    @Test("A number with 'ish' is said back once rough, with a note on its unit")
    func roughNumberSaidBack() {
        #expect(FindingsReader.numberSaidRoughly("20ish") == "20")
        #expect(FindingsReader.numberSaidRoughly("ish") == nil)
        #expect(FindingsReader.numberSaidRoughly("radish") == nil)
        let results = converse(["my toes tingle on runs", "after about 20ish"])
        #expect(results[1].onset == "after about 20 minutes (if I've got the unit right)")
        #expect(Assessor.withoutClosingNote(results[1].onset ?? "") == "after about 20 minutes")
        #expect(Assessor.withoutClosingNote("(a note)") == "(a note)")
    }

    @Test(
        "A negation covers every item of a list",
        arguments: [
            ("no burning or weakness", ["burning", "weakness"]), ("neither pain nor weakness", ["pain", "weakness"]),
            ("no pain, swelling or weakness", ["pain", "weakness", "swelling"]),
        ])
    func negatedList(answer: String, denied: [String]) {
        let findings = FindingsInput(MatchInput(text: builtInBrain.analyzer.analyze(answer), brain: builtInBrain))
        let found = FindingsReader(brain: builtInBrain).read(findings, asking: "symptoms")
        #expect(Set(found.deniedSymptoms) == Set(denied), "\(answer) → \(found.deniedSymptoms)")
        #expect(found.symptoms.isEmpty)
    }

    @Test("A line that told something with nothing to ask is not answered as a bare 'ok'")
    func notedNothingAsked() {
        let result = converse(["I run mostly on trails"])[0]
        #expect(result.reply.hasPrefix("Noted: running on trails"))
        #expect(!result.reply.contains("Okay. What would you like to know?"))
    }

    @Test("A seat check answered in the line closes with what to watch for, not 'What would you like to know?'")
    func seatToldClear() {
        let result = converse(["my butt goes numb sitting at my desk, fine once i stand"])[0]
        #expect(result.asking == nil)
        #expect(result.escalation == nil)
        #expect(!result.reply.contains("What would you like to know?"))
        #expect(result.reply.contains("don't wait: get help straight away"))
    }
}
