import Testing

@testable import TingleKit

/// `QuestionClaim`: a general question's warning sign is the runner's own once they claim it,
/// in a later sentence of the line or in the next turn; a claim denied, of someone else, of
/// the past or only looked into claims nothing.
@Suite("General question claimed")
struct QuestionClaimTests {
    let brain = builtInBrain

    func input(_ line: String) -> MatchInput { MatchInput(text: brain.analyzer.analyze(line), brain: brain) }

    /// The sentences of the line that claim, by their order in it.
    func claiming(_ line: String) -> [Int] {
        let read = input(line)
        let marks = brain.contextMarker.mark(read)
        let numbers = brain.contextMarker.claim.claiming(read, marks: marks)
        let sentences = read.text.sentences
        return sentences.indices.filter { numbers.contains(read.tokens[sentences[$0].lowerBound].sentence) }
    }

    /// The red flags a conversation has raised once its lines are said.
    func raised(after lines: [String]) -> [String] {
        var session = Session(brain: brain)
        for line in lines { _ = session.respond(to: line) }
        return session.triage.redFlags
    }

    @Test("A claim is a sentence of the runner's own, now")
    func claims() {
        #expect(claiming("is chest pain serious? i had it yesterday") == [1])
        #expect(claiming("what makes a foot go white? mine did on my run") == [1])
        #expect(claiming("yes i have it") == [0])
        #expect(claiming("same here") == [0])
        // Denied, someone else's, in the past, or only looked into: no claim.
        #expect(claiming("is chest pain serious? i've never had it").isEmpty)
        #expect(claiming("is chest pain serious? my mate had it").isEmpty)
        #expect(claiming("is chest pain serious? i had it years ago").isEmpty)
        #expect(claiming("is chest pain serious? i had it checked and it was fine").isEmpty)
        #expect(claiming("is chest pain serious? asking for a friend").isEmpty)
    }

    @Test("The general question before a claim is the runner's own; without one it stays general")
    func sameLine() {
        let general = brain.contextMarker.mark(input("is chest pain on a run serious?"))
        #expect(general.allSatisfy { $0.context == .hypothetical && $0.generalQuestion })
        let claimed = brain.contextMarker.mark(input("is chest pain on a run serious? i had it yesterday"))
        #expect(!claimed.contains { $0.generalQuestion })
        #expect(raised(after: ["is chest pain on a run serious? i had it yesterday"]) == ["chest_pain"])
        #expect(raised(after: ["is chest pain on a run serious? asking for a friend"]).isEmpty)
        #expect(raised(after: ["is chest pain on a run serious? my mate had it"]).isEmpty)
        #expect(raised(after: ["is chest pain on a run serious? i've never had it"]).isEmpty)
        #expect(raised(after: ["is chest pain on a run serious? i had it checked and it was fine years ago"]).isEmpty)
    }

    @Test("A claim the next turn lifts the question of the turn before, and no earlier one")
    func nextTurn() {
        #expect(raised(after: ["is saddle numbness serious?", "yes i have it"]) == ["cauda_equina"])
        #expect(raised(after: ["is saddle numbness serious?", "that's me"]) == ["cauda_equina"])
        #expect(raised(after: ["is saddle numbness serious?", "i've got that now"]) == ["cauda_equina"])
        #expect(raised(after: ["is saddle numbness serious?", "my mate had it"]).isEmpty)
        #expect(raised(after: ["is saddle numbness serious?", "no i don't have it"]).isEmpty)
        #expect(raised(after: ["is saddle numbness serious?", "thanks", "i have it"]).isEmpty)
    }

    @Test("Which of several questions a claim means cannot be told: each before it is lifted")
    func severalQuestions() {
        #expect(
            raised(after: ["is chest pain on a run serious? how tight should laces be? i had it yesterday"])
                == ["chest_pain"])
        #expect(
            Set(raised(after: ["is chest pain on a run serious? and what about saddle numbness?", "i have it"]))
                == ["chest_pain", "cauda_equina"])
        #expect(raised(after: ["is chest pain on a run serious? how tight should laces be? my mate had it"]).isEmpty)
    }

    @Test("A question asked of \"you\" and claimed reads its \"you\" as the runner's \"I\"")
    func youAsI() {
        #expect(
            raised(after: ["is it bad if you cant control your bladder after a run?", "that's me"]) == ["cauda_equina"])
        #expect(raised(after: ["what if your leg suddenly gives way? that happened to me"]) == ["sudden_weakness"])
        #expect(raised(after: ["is it bad if you cant control your bladder after a run? my friend has that"]).isEmpty)
        #expect(raised(after: ["what if your leg gives way? never happened to me"]).isEmpty)
    }

    @Test("A warning sign asked about in general says first what to do if it is the runner's own")
    func askedInGeneral() {
        var session = Session(brain: brain)
        let asked = session.respond(to: "is chest pain on a run serious?")
        #expect(asked.escalation == nil)
        #expect(asked.reply.hasPrefix("You asked in general"))
        #expect(asked.reply.contains("emergency number"))
        var other = Session(brain: brain)
        #expect(
            !other.respond(to: "what are the signs of compartment syndrome?").reply.contains("You asked in general"))
        // No "Sorry, I didn't get that" after it.
        var weak = Session(brain: brain)
        #expect(!weak.respond(to: "what causes sudden weakness in one leg while running?").reply.contains("Sorry"))
    }
}
