import Testing

@testable import TingleKit

/// `Assessor` on its own, over conversations built by hand: the level from floors and the
/// red flags held, the causes scored on evidence and cut at their thresholds, the reasons in
/// the runner's words, the tips, and the unknowns.
@Suite("Assessor")
struct AssessorTests {
    let assessor = Assessor(brain: TriageFixture.brain)

    func assess(_ conversation: Conversation, redFlags: [String] = []) -> Assessment {
        assessor.assess(conversation, redFlags: redFlags)
    }

    @Test("With nothing but the report, the level is self-care and only the common causes show, unranked")
    func nothingKnown() {
        let view = assess(TriageFixture.conversation(reported: false))
        #expect(view.level == .selfcare)
        #expect(view.levelReasons.isEmpty)
        #expect(view.causes.map(\.cause.id) == ["laces", "cold"])
        #expect(view.isUncertain)
    }

    @Test("A floor whose facts all hold sets the level; only a floor at doctor or above gives a reason")
    func floors() {
        let pain = assess(TriageFixture.conversation(symptoms: ["pain"]))
        #expect(pain.level == .selfcare)
        #expect(pain.levelReasons.isEmpty)
        let diabetes = assess(TriageFixture.conversation(risks: ["diabetes"]))
        #expect(diabetes.level == .doctor)
        #expect(diabetes.levelReasons == ["with diabetes a doctor should look"])
    }

    @Test("A red flag held raises the level to its own; an unknown id raises nothing")
    func redFlagsHeld() {
        #expect(assess(TriageFixture.conversation(), redFlags: ["numb_groin"]).level == .emergency)
        #expect(assess(TriageFixture.conversation(risks: ["diabetes"]), redFlags: ["weak_and_sore"]).level == .urgent)
        #expect(assess(TriageFixture.conversation(), redFlags: ["no_such_flag"]).level == .selfcare)
    }

    @Test("A cause without base needs a score of 2 and a reason: one weak hint does not name it")
    func threshold() {
        let oneHint = assess(TriageFixture.conversation(symptoms: ["pain"]))
        #expect(!oneHint.causes.contains { $0.cause.id == "nerve" })
        let twoHints = assess(TriageFixture.conversation(symptoms: ["pain"], risks: ["diabetes"]))
        let nerve = twoHints.causes.first
        #expect(nerve?.cause.id == "nerve")
        #expect(nerve?.score == 3)
        #expect(nerve?.reasons == ["you feel pain", "you have diabetes"])
        #expect(!twoHints.isUncertain)
        // Evidence against (a negative weight) lowers the score and gives no reason.
        let against = assess(TriageFixture.conversation(symptoms: ["pain", "weakness"], risks: ["diabetes"]))
        #expect(!against.causes.contains { $0.cause.id == "nerve" })
    }

    @Test("Causes rank by score, ties in the brain's order; a reason quotes the slot it names")
    func ranking() {
        let view = assess(TriageFixture.conversation(onset: "after about 3 miles"))
        #expect(view.causes.map(\.cause.id) == ["laces", "cold"])
        #expect(view.causes.map(\.score) == [2, 1])
        #expect(view.causes[0].reasons == ["it starts after about 3 miles"])
        let tie = assess(TriageFixture.conversation(reported: false))
        #expect(tie.causes.map(\.score) == [1, 1])
        #expect(tie.causes.map(\.cause.id) == ["laces", "cold"])
    }

    @Test("Every cause listed gets its first tip; at most five in all; none twice")
    func tips() {
        let view = assess(TriageFixture.conversation(symptoms: ["pain"], risks: ["diabetes"]))
        #expect(view.causes.map(\.cause.id) == ["nerve", "laces", "cold"])
        #expect(view.tips.count == Assessor.maxTips)
        #expect(view.tips.contains("loosen") && view.tips.contains("warm socks") && view.tips.first == "see a doctor")
        #expect(Set(view.tips).count == view.tips.count)
    }

    @Test("A question answered 'not sure' is named among the unknowns")
    func unknowns() {
        var conversation = TriageFixture.conversation()
        conversation.slots["footwear"] = .init(skipped: true)
        #expect(assess(conversation).unknowns == ["footwear"])
        #expect(assess(TriageFixture.conversation()).unknowns.isEmpty)
    }

    @Test("The view gives its own level; the conversation's level does not drop to it")
    func levelHolds() {
        var triage = TriageRecord()
        triage.adviceLevel.raise(to: .urgent)
        let view = assess(TriageFixture.conversation(symptoms: ["pain"]))
        #expect(view.level == .selfcare)
        triage.adviceLevel.raise(to: view.level)
        #expect(triage.level == .urgent)
        triage.adviceLevel.reset(afterWithdrawalTo: view.level)
        #expect(triage.level == .selfcare)
    }
}
