import Testing

@testable import TingleKit

/// `Session+SomeoneElsesSign`: an emergency sign told of someone else with no word of when
/// may be going on now. tingle warns first and asks; the answer decides, and the runner's own
/// level never moves on the warning alone.
@Suite("Someone else's sign told with no word of when")
struct SomeoneElsesSignTests {
    let brain = builtInBrain

    /// The session and the reply to the last line once its lines are said.
    func said(_ lines: [String]) -> (session: Session, reply: String) {
        var session = Session(brain: brain)
        var reply = ""
        for line in lines { reply = session.respond(to: line).reply }
        return (session, reply)
    }

    @Test("The warning leads the reply, in place of the fallback, and raises nothing")
    func warns() {
        for line in [
            "my uncle's face dropped on one side on his run", "my girlfriend got chest pain on her jog",
            "she went all floppy and her words came out wrong", "a guy at parkrun keeled over near the finish",
        ] {
            let (session, reply) = said([line])
            #expect(reply.hasPrefix("WARNING:"), "\(line)")
            #expect(!reply.contains("didn't quite get that"), "\(line)")
            #expect(session.triage.level == nil && session.triage.redFlags.isEmpty, "\(line)")
        }
    }

    @Test("A yes, a word of now or of the same day escalates for them")
    func now() {
        for answer in ["yes", "yeah she's still in pain", "just now", "about an hour ago", "no, she still can't talk"] {
            let (session, reply) = said(["my girlfriend got chest pain on her jog", answer])
            #expect(session.triage.ofSomeoneElse.contains("chest_pain"), "\(answer)")
            #expect(reply.hasPrefix("EMERGENCY"), "\(answer)")
        }
    }

    @Test("A no, a date or a check goes on calmly, and the question waited on is asked again")
    func over() {
        for answer in ["no", "not now", "that was last year", "she's fine now, got checked"] {
            let (session, reply) = said([
                "my toes go numb after 3 miles", "my girlfriend got chest pain on her jog", answer,
            ])
            #expect(session.triage.redFlags.isEmpty, "\(answer)")
            #expect(session.conversation.asking == "footwear", "\(answer)")
            #expect(reply.contains("Back to my question"), "\(answer)")
        }
    }

    @Test("A story dated or over, or told beside the runner's own numbness, gets no warning")
    func noWarning() {
        for line in [
            "my mate fainted at parkrun last week", "my uncle collapsed at a 10k once and was fine",
            "my mate fainted after crossing the line, my own toes just tingle a bit on runs",
        ] {
            #expect(!said([line]).reply.hasPrefix("WARNING:"), "\(line)")
        }
    }
}
