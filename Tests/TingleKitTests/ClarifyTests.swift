import Testing

@testable import TingleKit

@Suite("Questions about tingle's own question")
struct ClarifyTests {
    private func slot(_ id: String) -> Slot { builtInBrain.slots.first { $0.id == id }! }

    @Test("'What do you mean?' puts the pending question another way, with examples, and keeps asking it")
    func meaning() throws {
        let r = converse(["both soles buzz whenever i jog", "huh?"])[1]
        #expect(r.intent == "clarify")
        #expect(r.asking == "onset")
        let rephrase = try #require(slot("onset").rephrase)
        #expect(r.reply.hasPrefix(rephrase))
        #expect(!r.reply.contains(builtInBrain.message(.didNotCatch)))
        #expect(!r.reply.contains(builtInBrain.message(.backToQuestion)))
    }

    @Test("'Why do you ask?' says why the answer matters, then asks the question again")
    func why() throws {
        let r = converse(["both soles buzz whenever i jog", "why does that matter?"])[1]
        #expect(r.intent == "ask_why")
        let why = try #require(slot("onset").why)
        #expect(r.reply == why + " " + slot("onset").question)
    }

    @Test("Asking what a question means is no failed answer: a line not understood after it is the first miss")
    func notAMiss() {
        let results = converse(["both soles buzz whenever i jog", "like what?", "xqzt vvrp"])
        #expect(results[2].asking == "onset")
        #expect(results[2].reply.hasPrefix(builtInBrain.message(.didNotCatch)))
    }

    @Test("The same asked again straight after is taken as not knowing; 'why?' after 'what?' is answered")
    func askedTwice() {
        let twice = converse(["both soles buzz whenever i jog", "huh?", "sorry, what?"])
        #expect(twice[2].asking == "footwear")
        #expect(twice[2].reply.hasPrefix(builtInBrain.message(.skipped)))
        let other = converse(["both soles buzz whenever i jog", "huh?", "why?"])
        #expect(other[2].asking == "onset")
        #expect(other[2].intent == "ask_why")
    }

    @Test("An answer that asks about the question is taken as the answer")
    func answerWins() {
        let r = converse(["both soles buzz whenever i jog", "what do you mean? like after 3 miles?"])[1]
        // "Whenever I jog" is how often, kept beside the answer.
        #expect(r.onset == "on every run, after about 3 miles")
        #expect(r.asking == "footwear")
    }

    @Test("'Could that matter?' after the runner's own sentence asks about that sentence, not the question")
    func aboutTheirOwnWords() {
        let lines = ["both soles buzz whenever i jog", "I had frostbite as a kid, could that matter?"]
        let r = converse(lines)[1]
        #expect(r.intent != "ask_why")
        #expect(!r.reply.hasPrefix(slot("onset").why!))
        // Small talk before it leaves it a question about the question.
        let okWhy = converse(["both soles buzz whenever i jog", "ok. why?"])[1]
        #expect(okWhy.intents.contains("ask_why"))
        #expect(okWhy.reply.hasPrefix(slot("onset").why!))
    }

    @Test("A line that only tells something, with nothing to answer, is still said back")
    func heardStillSaid() {
        // Asked nothing, a detail with no intent is noted, never turned into an empty answer.
        let r = converse(["flat road, always on long runs"])[0]
        #expect(r.reply.hasPrefix("Noted:"))
    }

    @Test("With nothing asked: what to tell tingle first; an offer is explained and still open")
    func nothingAsked() {
        let first = converse(["what do you mean?"])[0]
        #expect(first.reply == builtInBrain.message(.clarifyStart))
        let offered = converse(["what causes numb feet?", "what do you mean?", "yes"])
        #expect(offered[1].reply.hasPrefix(builtInBrain.message(.clarifyOffer)))
        #expect(offered[2].reply.hasPrefix("A few habits go a long way"))
        // Before a report, "huh." is an opener: the report is answered, with no "what to tell me".
        let report = converse(["huh. both soles buzz whenever i jog"])[0]
        #expect(report.asking == "onset")
        #expect(!report.reply.contains(builtInBrain.message(.clarifyStart)))
    }

    @Test("After an urgent escalation, 'what do you mean?' shows the advice again, not a reminder")
    func escalationAgain() {
        let results = converse(["my feet go numb and my face is drooping on one side", "what do you mean?"])
        #expect(results[0].escalation == .emergency)
        let title = builtInBrain.levels[.emergency]!.title
        #expect(results[1].reply.hasPrefix(title + ":"))
        #expect(!results[1].reply.hasPrefix("Reminder"))
    }

    @Test("Every question of the built-in brain can be put another way and says why it is asked")
    func everySlotExplained() {
        #expect(BrainChecker(brain: builtInBrain).unexplainedQuestions().isEmpty)
        for slot in builtInBrain.slots {
            #expect(slot.rephrase?.isEmpty == false, "\(slot.id)")
            #expect(slot.why?.isEmpty == false, "\(slot.id)")
        }
    }
}
