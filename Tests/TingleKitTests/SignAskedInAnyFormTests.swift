import Testing

@testable import TingleKit

/// A warning sign asked about in any question form (`Session.signAskedInGeneral`): the part
/// with a clause about it ("a foot that suddenly goes weak", "a foot to go floppy") is read as
/// the part told of; a question of what a sign means, asked of "you", is general too; the
/// warning leads the reply, and a yes after it escalates.
@Suite("Warning sign asked in any question form")
struct SignAskedInAnyFormTests {
    let brain = builtInBrain

    func input(_ line: String) -> MatchInput { MatchInput(text: brain.analyzer.analyze(line), brain: brain) }

    /// The words `relativesAfterParts` leaves out of the line's one sentence, as typed.
    func leftOut(_ line: String) -> [String] {
        let read = input(line)
        return Session.relativesAfterParts(read, in: read.text.sentences).sorted().map { read.tokens[$0].typed }
    }

    /// The red flags a conversation has raised once its lines are said.
    func raised(after lines: [String]) -> [String] {
        var session = Session(brain: brain)
        for line in lines { _ = session.respond(to: line) }
        return session.triage.redFlags
    }

    @Test("Only the first word of a clause straight after a part is left out")
    func relatives() {
        #expect(leftOut("what causes a foot that suddenly goes weak?") == ["that"])
        #expect(leftOut("what causes toes which stay purple?") == ["which"])
        #expect(leftOut("what would cause a foot to suddenly go floppy?") == ["to"])
        // Not after a word that is no part, nor "to" before a part.
        #expect(leftOut("is it true that a foot can go weak?").isEmpty)
        #expect(leftOut("why does numbness spread from your heel to your arch?").isEmpty)
    }

    @Test("The question's sign gets the warning first, and a yes claims it")
    func warnsThenEscalates() {
        var session = Session(brain: brain)
        let asked = session.respond(to: "should you be worried when numbness creeps from your bum into the groin?")
        #expect(asked.escalation == nil)
        #expect(asked.reply.hasPrefix("You asked in general"))
        #expect(asked.reply.contains("That sounds worrying"))
        #expect(session.respond(to: "yes, that's me").escalation == .emergency)
        #expect(raised(after: ["what causes a foot that all of a sudden goes weak?", "yes"]) == ["sudden_weakness"])
        #expect(raised(after: ["what makes a runner lose control of their bladder?", "yes"]) == ["cauda_equina"])
    }

    @Test("A question that denies the sign, or asks of a colour that recovers, warns of nothing")
    func lookAlikes() {
        var denied = Session(brain: brain)
        #expect(
            !denied.respond(to: "is it bad if the numbness never spreads to the groin?").reply.contains("You asked"))
        var recovers = Session(brain: brain)
        #expect(
            !recovers.respond(to: "why do toes that go white in the cold pink up again within minutes?").reply.contains(
                "You asked"))
    }

    @Test("A question of what a sign means, asked of anyone, is general as well as possible")
    func possibleAndGeneral() {
        let marks = brain.contextMarker.mark(input("is it serious if you cant feel your groin?"))
        #expect(marks.contains { $0.context == .possible && $0.generalQuestion })
        let own = brain.contextMarker.mark(input("is it serious if i cant feel my groin?"))
        #expect(!own.contains { $0.generalQuestion })
    }
}
