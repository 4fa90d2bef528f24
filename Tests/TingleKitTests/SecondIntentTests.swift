import Testing

@testable import TingleKit

/// What one sentence tells beside the report: a worry answered as well as the report, a
/// question typed on with no punctuation, and readings of one clause that cannot both hold.
@Suite("A report and what else its sentence says")
struct SecondIntentTests {
    @Test(
        "A worry beside the report adds an answer: the feared condition's, else whether it is serious",
        arguments: [
            ("my arches go numb on every long run, read up on MS last night and now I'm scared stiff", "topic.ms"),
            ("toes tingle after about 8k and honestly I'm panicking it's something serious", "faq.serious"),
            ("left forefoot goes dead halfway round my loop is that something to worry about", "faq.serious"),
            ("worried sick, both feet fizz on every tempo session", "faq.worried_report"),
        ])
    func worryBesideReport(line: String, answer: String) {
        let understood = intents(of: line)
        #expect(understood.first == "report_numbness")
        #expect(understood.contains(answer))
    }

    @Test("No worry, no extra answer: the report alone")
    func noWorry() {
        #expect(intents(of: "not bothered really, my toes just tingle on long runs") == ["report_numbness"])
        #expect(intents(of: "my toes go numb and it is annoying") == ["report_numbness"])
    }

    @Test("A paragraph is composed once in a reply; short lines and list items may repeat")
    func paragraphOnce() {
        let reason = "Numbness that lingers for an hour or more after a run is worth a doctor's check."
        let kept = ResponseComposer.once([reason, "Heading:\n  - a tip\n" + reason, "Heading:\n  - a tip"])
        #expect(kept == [reason, "Heading:\n  - a tip", "Heading:\n  - a tip"])
    }

    @Test("A paragraph is long by its characters, not its bytes")
    func paragraphByCharacters() {
        // 39 characters, 46 bytes: a short line, which may recur.
        let short = "Noted — café, naïve, façade — all fine!"
        #expect(short.count < ResponseComposer.minimumParagraph)
        #expect(short.utf8.count >= ResponseComposer.minimumParagraph)
        #expect(ResponseComposer.once([short, short]) == [short, short])
        // 40 characters with the same marks: a paragraph, said once.
        let long = short + "!"
        #expect(long.count == ResponseComposer.minimumParagraph)
        #expect(ResponseComposer.once([long, "a\n" + long]) == [long, "a"])
    }

    @Test("How it ends, read twice in one clause, keeps the reading that asks more care")
    func oneReadingPerClause() {
        let results = converse([
            "my toes go numb about 40 minutes in", "kayanos", "nothing else", "takes a good while to come back",
        ])
        #expect(results.last?.escalation == .doctor)
        let reply = results.last?.reply ?? ""
        let reason = "Numbness that lingers for an hour or more after a run is worth a doctor's check"
        #expect(reply.components(separatedBy: reason).count == 2)
        #expect(!reply.contains("goes soon after the run, lingers"))
    }
}
