import Testing

@testable import TingleKit

/// `Session+YesToWarning`: after tingle warns of a warning sign asked about in general and
/// says "if it is you, tell me", a yes straight after, however it is put, makes the sign the
/// runner's own (or, said of someone with them now, theirs); a no, a yes of long ago, or a
/// yes after a question with no warning sign raises nothing.
@Suite("A yes to a warning asked in general")
struct YesToWarningTests {
    let brain = builtInBrain

    /// The session once its lines are said.
    func session(after lines: [String]) -> Session {
        var session = Session(brain: brain)
        for line in lines { _ = session.respond(to: line) }
        return session
    }

    func raised(after lines: [String]) -> [String] { session(after: lines).triage.redFlags }

    @Test("A yes, bare, hedged, with when, or by how often, claims the sign warned of")
    func yesClaims() {
        for yes in [
            "yes", "yeah", "yep, sometimes", "i think so", "afraid so", "yes, on my run this morning", "only once",
            "a couple of times yeah", "i do", "it did, on the long run", "happening right now",
        ] {
            #expect(raised(after: ["is saddle numbness serious?", yes]) == ["cauda_equina"], "\(yes)")
        }
    }

    @Test("A no, a yes of long ago or only looked into, or a later turn claims nothing")
    func noClaim() {
        for answer in ["no", "not that i know of", "don't think so", "yeah but years ago", "yes, had it checked, fine"]
        {
            #expect(raised(after: ["is saddle numbness serious?", answer]).isEmpty, "\(answer)")
        }
        #expect(raised(after: ["is saddle numbness serious?", "thanks", "yes"]).isEmpty)
        #expect(raised(after: ["do tight laces cause numb toes?", "yes"]).isEmpty)
    }

    @Test("The warning ends the reply: no offer after it for a yes to answer")
    func noOfferAfterWarning() {
        #expect(session(after: ["is saddle numbness serious?"]).conversation.pendingOffer == nil)
    }

    @Test("A yes that names someone with the runner now is theirs; someone somewhere is no one's")
    func someoneElse() {
        let theirs = session(after: ["is chest pain on a run serious?", "yes, my husband, right now"])
        #expect(theirs.triage.ofSomeoneElse == ["chest_pain"])
        #expect(raised(after: ["is chest pain on a run serious?", "my friend has it"]).isEmpty)
    }

    @Test("A question asked of \"you\" warns as one asked of \"I\" does")
    func askedOfYou() {
        #expect(
            raised(after: ["is it a worry if you can't hold your wee after a long run?", "yes"]) == ["cauda_equina"])
    }

    @Test("A first report of someone else's numbness raises the warning signs it tells of them")
    func firstReportOfSomeoneElse() {
        let told = session(after: ["my husband's foot went numb and his face drooped on his run"])
        #expect(told.triage.redFlags == ["stroke"])
        #expect(told.conversation.aboutDependant)
        #expect(raised(after: ["my running buddy got chest pain on our run and his toes were numb"]) == ["chest_pain"])
        #expect(raised(after: ["my husband's toes go numb on his runs, he had a stroke years ago"]).isEmpty)
    }
}
