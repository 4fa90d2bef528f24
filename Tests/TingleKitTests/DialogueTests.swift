import Foundation
import Testing

@testable import TingleKit

@Suite("Dialogue")
struct DialogueTests {
    @Test("A report starts the assessment and asks only for what is missing")
    func asksForMissing() {
        let results = converse(["my feet go numb after 3 miles"])
        #expect(results[0].intent == "report_numbness")
        #expect(results[0].onset == "after about 3 miles")
        #expect(results[0].asking == "footwear")
        #expect(results[0].state == .assessing)
    }

    @Test("Several slots in one sentence; a denial in passing answers 'anything else?' before it is asked")
    func multiSlot() {
        let r = converse(["my toes go numb 20 minutes in, since I got new Hokas, no pain"])[0]
        #expect(r.onset?.contains("after about 20 minutes") == true)
        #expect(r.footwear?.contains("new hokas") == true)
        #expect(r.symptoms == [])
        #expect(r.asking == "course")  // only what happens after the run is left to ask
        // Without the denial, the screening question is still asked.
        let asked = converse(["my toes go numb 20 minutes in, since I got new Hokas"])[0]
        #expect(asked.symptoms == nil)
        #expect(asked.asking == "symptoms")
    }

    @Test("A general question is not taken as an answer about the user")
    func questionsAreNotAnswers() {
        let results = converse([
            "my feet go numb after 3 miles", "how tight should my laces be?", "should i get insoles",
        ])
        #expect(results[1].footwear == nil)
        #expect(results[1].asking == "footwear")
        #expect(results[1].reply.contains(builtInBrain.message(.backToQuestion)))
        #expect(results[2].footwear == nil)
    }

    @Test("Something else heard while a question is pending is noted before the question comes again")
    func notesWhatElseWasSaid() {
        let results = converse([
            "my forefoot tingles on runs", "only on the pavement", "new hokas, laced tight",
            "it burns a bit and i have diabetes", "what causes it?",
        ])
        #expect(results[1].asking == "onset")
        #expect(results[1].reply.hasPrefix("Noted: hard surfaces.\n"), "\(results[1].reply)")
        // The answer to a later question is kept and named, and that question is not asked.
        #expect(results[2].reply.hasPrefix("Noted: new hokas, laces tied tight.\n"), "\(results[2].reply)")
        #expect(results[2].footwear?.contains("new hokas") == true)
        #expect(results[3].reply.hasPrefix("Noted: burning, diabetes.\n"), "\(results[3].reply)")
        #expect(results[3].asking == "onset")
        // A question of one's own is answered, not noted.
        #expect(!results[4].reply.contains("Noted:"))
    }

    @Test("A corrected answer is named once, by the update, not noted again")
    func correctionIsNotNotedTwice() {
        let results = converse(["my feet go numb, new hokas laced tight", "actually they are old asics, and it burns"])
        #expect(results[1].asking == "onset")
        #expect(
            results[1].reply.hasPrefix(builtInBrain.message(.updated).components(separatedBy: "{changes}")[0]),
            "\(results[1].reply)")
        #expect(results[1].reply.contains("\nNoted: burning.\n"), "\(results[1].reply)")
        #expect(!results[1].reply.contains("Noted: worn shoes"), "\(results[1].reply)")
    }

    @Test("An answer that also answers another question, or tells a symptom, is said back whole")
    func acknowledgesEverythingHeard() {
        let results = converse(["my feet go numb when I run", "in my new vaporflys, about 3 miles in"])
        #expect(results[1].reply.hasPrefix("Got it: after about 3 miles; new vaporflys.\n"), "\(results[1].reply)")
        #expect(results[1].asking == "symptoms")
        let burning = converse(["toes tingle when running", "halfway through, and it burns a bit"])
        #expect(burning[1].reply.hasPrefix("Got it: part-way into the run; burning.\n"), "\(burning[1].reply)")
        // To "anything else?", the symptom is the answer: said once.
        let once = converse(["toes tingle when running", "5k", "asics", "a bit of burning"])
        #expect(once[3].reply.components(separatedBy: "burning").count == 2, "\(once[3].reply)")
    }

    @Test("A line opening 'more like' before another amount puts the earlier amount right")
    func comparativeCorrects() {
        let results = converse(["toes tingle when running", "after 5k", "saucony, pretty snug", "more like 8k"])
        #expect(results[3].onset == "after about 8 km")
        #expect(results[3].footwear == "shoes feel tight, saucony")
        // Inside a line, "more like" corrects nothing.
        let size = converse(["toes tingle when running", "after 5k", "asics, size 9 but my feet are more like an 8.5"])
        #expect(size[2].onset == "after about 5 km")
    }

    @Test("A description beside not knowing the shoes' name answers the shoes")
    func describedBesideUnsure() {
        let pink = converse(["my feet go numb when I run", "after 3 miles", "dunno the name, the pink ones"])
        #expect(pink[2].footwear == "the pink ones")
        #expect(pink[2].asking == "symptoms")
        // Manners or nothing beside it: still not known.
        for line in ["dunno the name, sorry", "no idea of the brand"] {
            let results = converse(["my feet go numb when I run", "after 3 miles", line])
            #expect(results[2].footwear == builtInBrain.message(.slotNotKnown), "\(line)")
        }
    }

    @Test("A correction replaces only the part of the answer it puts right")
    func correctionKeepsTheRest() {
        let lacing = converse([
            "my feet go numb when I run", "after 3 miles", "brooks, laced tight", "actually I lace them loose",
        ])
        #expect(lacing[3].footwear == "brooks, a loose or roomy fit")
        let size = converse([
            "toes tingle when running", "after 2 miles", "new pegasus, laced tight", "actually they're a size up",
        ])
        #expect(size[3].footwear == "new pegasus, a size up from usual")
        // A name for a name replaces it whole, as before.
        let name = converse(["toes tingle when running", "after 2 miles", "hokas", "sorry I meant brooks"])
        #expect(name[3].footwear == "brooks")
    }

    @Test("'Since new shoes' says how long, not when in a run: onset is still asked")
    func onsetNeedsTiming() {
        let r = converse(["my toes go numb since i got new shoes"])[0]
        #expect(r.onset == "since new shoes")
        #expect(r.asking == "onset")
    }

    @Test("--json-style state for slash commands, and a red flag on the first line is reported in the summary")
    func redFlagSummary() {
        var session = Session(brain: builtInBrain)
        _ = session.respond(to: "my groin went numb on my run")
        let summary = reply(to: .summary, in: &session)
        #expect(summary.contains("Reported: warning signs"))
    }

    @Test("The questions come one at a time, in order, and end in an assessment")
    func transitions() {
        let results = converse([
            "hi", "my feet go numb", "about 20 minutes in", "new nikes, laced tight", "a bit of burning",
            "gone within a few minutes",
        ])
        #expect(results.map(\.state) == [.greeting, .assessing, .assessing, .assessing, .assessing, .assessed])
        #expect(results.map(\.asking) == [nil, "onset", "footwear", "symptoms", "course", nil])
        #expect(results[4].symptoms == ["burning"])
        #expect(results[5].reply.contains("Pressure from tight laces or shoes"))
    }

    @Test("A correction updates the slot and says so")
    func correction() {
        let results = converse(["my feet go numb after 3 miles", "actually it starts straight away"])
        #expect(results[1].onset == "from the start of the run")
        #expect(results[1].reply.contains("updated"))
    }

    @Test("A correction that answers nothing asked now puts right the answer the turn before")
    func correctionOfTheAnswerBefore() {
        let results = converse(["my soles go numb", "around 5 miles", "oops, i mistyped, 50 minutes", "brooks"])
        #expect(results[2].onset == "after about 50 minutes")
        #expect(results[2].asking == "footwear")
        #expect(results[2].footwear == nil)
        #expect(results[3].footwear == "brooks")
        // Only the turn straight after: later, the same words are not read against it.
        let later = converse(["my soles go numb", "around 5 miles", "brooks", "oops, i mistyped, 50 minutes"])
        #expect(later[3].onset == "after about 5 miles")
    }

    @Test("'No, sorry, I meant …' puts right an earlier answer and does not answer 'anything else?'")
    func noThatCorrects() {
        let results = converse(["my soles go numb", "around 5 miles", "asics", "no sorry, i meant 8 miles"])
        #expect(results[3].onset == "after about 8 miles")
        #expect(results[3].symptoms == nil)
        #expect(results[3].asking == "symptoms")
        // A plain "no" still answers it.
        #expect(converse(["my soles go numb", "around 5 miles", "asics", "no"])[3].symptoms == [])
    }

    @Test("A bare number that corrects an answer given with a unit takes that unit")
    func bareNumberTakesTheUnit() {
        let miles = converse(["my toes go numb while running", "3 miles", "sorry i meant 8 not 3"])
        #expect(miles[2].onset == "after about 8 miles")
        #expect(miles[2].footwear == nil)
        #expect(
            converse(["my toes go numb while running", "20 minutes", "no sorry 30"])[2].onset
                == "after about 30 minutes")
        // Said later, it still puts right the answer with the unit.
        #expect(
            converse(["my toes go numb while running", "5k", "asics", "actually 7"])[3].onset == "after about 7 km")
        // "5, not 3" denies the 3 said before: a correction with no word of one.
        #expect(converse(["my toes go numb while running", "3 miles", "5 not 3"])[2].onset == "after about 5 miles")
    }

    @Test("A bare number is given no unit the earlier answer did not have, nor one that counts something else")
    func bareNumberInventsNoUnit() {
        #expect(
            converse(["my toes go numb while running", "halfway", "sorry i meant 8"])[2].onset
                == "part-way into the run")
        #expect(
            converse(["my toes go numb while running", "3 miles", "hokas", "actually they're size 9"])[3].onset
                == "after about 3 miles")
        #expect(
            converse(["my toes go numb while running", "3 miles", "actually i've had them 2 years"])[2].onset
                == "after about 3 miles")
        // Not a correction: nothing is put right.
        #expect(converse(["my toes go numb while running", "3 miles", "asics", "8"])[3].onset == "after about 3 miles")
        // Nor is a number and an apology a description of shoes.
        #expect(converse(["my toes go numb while running", "3 miles", "sorry, 30"])[2].footwear == nil)
    }

    @Test("A correction that only adds a circumstance adds to the answer; another alternative replaces it")
    func correctionAddsOrReplaces() {
        let hills = converse([
            "my toes go numb while running", "after 3 miles", "old hokas", "actually it's worse on hills",
        ])
        #expect(hills[3].onset == "after about 3 miles, on hills or inclines")
        let long = converse(["my toes go numb while running", "after 20 minutes", "actually it's mostly on long runs"])
        #expect(long[2].onset == "after about 20 minutes, on long runs")
        let tight = converse([
            "my toes go numb while running", "after 20 minutes", "new shoes", "actually they're quite tight",
        ])
        #expect(tight[3].footwear == "new shoes, a snug fit")
        // Another of a set of alternatives puts the answer right.
        let start = converse(["my toes go numb while running", "after 3 miles", "actually it starts straight away"])
        #expect(start[2].onset == "from the start of the run")
        let old = converse([
            "my toes go numb while running", "after 20 minutes", "new shoes", "actually they're pretty old",
        ])
        #expect(old[3].footwear?.contains("new") == false)
    }

    @Test("putsRight: a slot with no alternatives is put right by any correction")
    func putsRightWithoutAlternatives() {
        let screening = builtInBrain.slots.first { $0.alternatives.isEmpty && !$0.yesFacts.isEmpty }
        #expect(screening != nil)
        let old = SlotValue(descriptions: ["yes"], facts: ["a"])
        let new = SlotValue(descriptions: ["no"], facts: ["b"])
        #expect(Session.putsRight(old, with: new, in: screening))
        let onset = builtInBrain.slots.first { $0.id == "onset" }
        #expect(
            !Session.putsRight(
                SlotValue(descriptions: ["after about 3 miles"], facts: ["onset.delayed"]),
                with: SlotValue(descriptions: ["on hills or inclines"], facts: ["onset.hills"]), in: onset))
    }

    @Test("A correction of which foot is thanked, not 'didn't catch that', and the question asked again")
    func correctionOfWhichFoot() {
        let results = converse([
            "my left foot goes numb on runs", "3 miles", "actually it's the right foot, not the left",
        ])
        #expect(results[2].reply.hasPrefix(builtInBrain.message(.correctionThanks)), "\(results[2].reply)")
        #expect(!results[2].reply.contains(builtInBrain.message(.didNotCatch)))
        #expect(results[2].asking == "footwear")
        #expect(results[2].footwear == nil)
        // Without a word of correction, a line that only says which side is thanked too, and
        // understood; one that says anything else nothing understood is still not caught.
        let plain = converse(["my left foot goes numb on runs", "it's the other foot"])
        #expect(plain[1].reply.hasPrefix(builtInBrain.message(.sideThanks)), "\(plain[1].reply)")
        #expect(plain[1].intent == "inform")
        #expect(plain[1].asking == "onset")
        let other = converse(["my heel goes numb when running", "it's the other foot that bothers the physio"])
        #expect(other[1].reply.hasPrefix(builtInBrain.message(.didNotCatch)), "\(other[1].reply)")
    }

    @Test("A maker of shoe denied and named in the shoes' answer takes that answer back")
    func deniedShoeCorrects() {
        let results = converse(["my toes go numb while running", "3 miles", "hokas", "sorry they're brooks not hokas"])
        #expect(results[3].footwear == "brooks")
        // Not denied, the new maker is added, as before.
        #expect(
            converse(["my toes go numb while running", "3 miles", "hokas", "i also have some brooks"])[3].footwear?
                .contains(
                    "hokas") == true)
        // A maker denied that the answer did not name corrects nothing.
        #expect(
            converse(["my toes go numb while running", "3 miles", "new shoes", "brooks, not nikes"])[3].footwear?
                .contains(
                    "new shoes") == true)
    }

    @Test("A bare yes to a question that lists things asks which, in place of the question")
    func yesAsksWhich() {
        let results = converse(["my soles go numb", "around 5 miles", "asics", "yes"])
        #expect(results[3].asking == "symptoms")
        #expect(results[3].reply == builtInBrain.message(.whichOnes))
    }

    @Test("A greeting before a question, or thanks after a report, is not answered on its own")
    func manners() {
        let greeted = converse(["hello everyone, new here. what can cause numb toes on runs?"])
        #expect(greeted[0].intents == ["faq.causes"])
        let thanked = converse(["my arches burn on long runs. thanks for any help"])
        #expect(thanked[0].intents == [builtInBrain.settings.startIntent])
        // Manners alone are still answered.
        #expect(converse(["hello there"])[0].intent == "greeting")
    }

    @Test("A question about something else, with an amount in it, is not heard as an answer")
    func questionAboutSomethingElse() {
        let asked = converse(["how far should I run before a marathon?"])[0]
        #expect(asked.intents.isEmpty)
        let notedPrefix = String(builtInBrain.message(.noted).prefix { $0 != "{" })
        #expect(!notedPrefix.isEmpty && !asked.reply.hasPrefix(notedPrefix))
        // Said as a statement, the amount is heard.
        let told = converse(["about 3 miles in"])[0]
        #expect(
            told.reply.hasPrefix(builtInBrain.message(.noted).replacingFirst("{value}", with: "after about 3 miles")))
    }

    @Test("An amount alone, given to the shoes question, is no description of the shoes")
    func amountIsNoFootwear() {
        let late = converse(["toes numb at 5k", "about 8 k"])[1]
        #expect(late.footwear == nil)
        #expect(late.asking == "footwear")
        // A description with an amount in it still is one.
        #expect(converse(["toes numb at 5k", "Pegasus, 500 miles on them"])[1].footwear != nil)
    }

    @Test("'I don't know' moves on")
    func dontKnow() {
        let results = converse(["my feet go numb", "i don't know", "skip"])
        #expect(results[1].asking == "footwear")
        #expect(results[1].onset == "not known")
        #expect(results[2].asking == "symptoms")
    }

    @Test("A correction of the amount puts it right beside how often, which stays")
    func correctionBesideEveryRun() {
        // "Every jog" is how often (a fact of another kind than when it starts): the amount
        // said after it is still put right by "closer to an hour", not added to.
        let results = converse(["forefeet go dead every jog", "roughly 4k", "correction: closer to an hour"])
        #expect(results[1].onset == "on every run, after about 4 km")
        #expect(results[2].onset == "on every run, after about an hour")
    }

    @Test("'I don't know' moves on when the question holds only a detail that answers nothing")
    func dontKnowBesideADetail() {
        // "Every run" tells how often, not when in a run it starts: the onset slot holds it
        // but is not answered, so "not sure" leaves it not known and the shoes come next.
        let results = converse(["my toes go numb on every run", "not entirely sure"])
        #expect(results[0].asking == "onset")
        #expect(results[1].asking == "footwear")
        #expect(results[1].onset == "not known")
    }

    @Test("A digression is answered, then the pending question is asked again")
    func digression() {
        let results = converse(["my feet go numb after 3 miles", "is surgery ever needed?"])
        #expect(results[1].intent == "faq.surgery")
        #expect(results[1].asking == "footwear")
        #expect(results[1].reply.contains(builtInBrain.message(.backToQuestion)))
        #expect(results[1].reply.hasSuffix(builtInBrain.slots[1].question))
    }

    @Test("Two questions in one line get two answers")
    func twoQuestions() {
        let r = converse(["what causes it and should I see a doctor?"])[0]
        #expect(r.intents == ["faq.causes", "faq.see_doctor"])
    }

    @Test("Not understood twice: a numbered menu, and a number picks from it")
    func fallbackMenu() {
        let results = converse(["blorp", "zzzz qqq", "1"])
        #expect(results[0].intent == nil)
        #expect(results[1].intent == nil)
        #expect(results[1].reply.contains("1. "))
        #expect(results[2].intent == builtInBrain.section(MenuSection.self)?.intents.first)
    }

    @Test("An offer can be accepted with yes")
    func offerYes() throws {
        let results = converse(["can tight laces cause numb feet", "yes please"])
        let offer = try #require(builtInBrain.intent("faq.tight_shoes")?.offer)
        #expect(results[0].reply.hasSuffix(offer.ask))
        #expect(results[1].intent == "yes")
        let answer = try #require(builtInBrain.intent(offer.intent)?.answer.flatMap { builtInBrain.content[$0] })
        #expect(results[1].reply.contains(answer.text))
    }

    @Test("/restart forgets everything")
    func restart() {
        var session = Session(brain: builtInBrain)
        _ = session.respond(to: "my feet go numb after 3 miles and my groin is numb")
        #expect(session.triage.level == .emergency)
        _ = session.perform(.restart, name: "restart", argument: nil)
        #expect(session.triage.level == nil)
        #expect(session.conversation.slots.isEmpty)
        #expect(session.respond(to: "hello").escalation == nil)
    }

    @Test("/summary and /why describe the conversation")
    func summaryAndWhy() {
        var session = Session(brain: builtInBrain)
        _ = session.respond(to: "my toes tingle after 5k in new hokas")
        _ = session.respond(to: "no pain, nothing else")
        _ = session.respond(to: "it wears off a minute after I stop")
        let summary = reply(to: .summary, in: &session)
        #expect(summary.contains("after about 5 km"))
        #expect(summary.contains("new hokas"))
        #expect(summary.contains("Denied: pain"))
        let why = reply(to: .why, in: &session)
        #expect(why.contains("Turn 3: \"it wears off a minute after I stop\""))
        #expect(why.contains("Red flags: \(builtInBrain.redFlags.count) checked"))
        #expect(why.contains("State: assessing → assessed"))
    }

    @Test("The same lines give the same replies")
    func deterministic() {
        let lines = ["hi", "my feet go numb after 3 miles", "tight laces", "burning", "what about surgery?", "/why"]
        #expect(converse(lines).map(\.jsonLine) == converse(lines).map(\.jsonLine))
    }

    @Test("JSON lines follow the contract")
    func jsonContract() {
        let r = converse(["my feet go numb after 3 miles"])[0]
        #expect(
            r.jsonLine.hasPrefix(
                #"{"turn":1,"input":"my feet go numb after 3 miles","intent":"report_numbness","slots":{"onset":"after about 3 miles","footwear":null,"symptoms":null},"asking":"footwear","escalation":null,"redFlags":[],"redFlagsOfSomeoneElse":[],"state":"assessing","reply":"#
            ))
        #expect(!r.jsonLine.contains("\n"))
        let weird = converse(["tab\there \u{1B}[31m\"quoted\" back\\slash \u{0}"])[0].jsonLine
        #expect(!weird.unicodeScalars.contains { $0.value < 0x20 })
        #expect(weird.contains(#"\"quoted\""#))
        #expect(weird.contains(#"back\\slash"#))
    }

    @Test(
        "The JSON writer escapes every control, C1 control and line separator, and keeps the rest byte for byte",
        arguments: [
            "plain", "", "quote \" and \\", "nul \u{0} bel \u{7} del \u{7F}", "c1 \u{85} \u{9F}",
            "js \u{2028}\u{2029}", "tab\tcr\rlf\n", "café – 日本 🏃", "\u{80}\u{2027}\u{202A}",
        ])
    func jsonWriterEscapes(_ value: String) throws {
        var json = JSONWriter()
        json.beginObject()
        json.key("v")
        json.string(value)
        json.key("n")
        json.number(-12)
        json.endObject()
        let line = json.text
        #expect(
            !line.unicodeScalars.contains {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029
            })
        let decoded = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(decoded?["v"] as? String == value)
        #expect(decoded?["n"] as? Int == -12)
    }

    @Test("After the view, a new detail gets what it changed, never the whole view again")
    func viewChangesOnly() {
        let results = converse([
            "my little toes lose feeling around the 20 minute mark", "new nikes and i lace them tight", "nothing else",
            "feeling comes back pretty quickly once i stop", "most of my running is on concrete pavements",
            "they are nike pegasus",
        ])
        let view = results[3].reply
        #expect(view.contains(builtInBrain.message(.tipsHeading)), "the view: \(view)")
        let change = results[4].reply
        #expect(change.hasPrefix(builtInBrain.message(.viewChanged)))
        #expect(!change.contains(builtInBrain.message(.tipsHeading)), "tips already given are not repeated")
        #expect(!change.contains(builtInBrain.message(.seeDoctorIf)))
        let firstCause = view.split(separator: "\n").first { $0.hasPrefix("  1. ") }.map(String.init) ?? "?"
        #expect(!change.contains(firstCause), "an unchanged cause is not listed again")
        #expect(results[5].reply.hasSuffix(builtInBrain.message(.viewUnchanged)))
    }

    @Test("'ok.' before a question is a preamble: the question is answered, with no 'what would you like to know?'")
    func okBeforeQuestion() {
        let reply = converse(["ok. can my trainers be too small?"])[0]
        #expect(reply.intents.contains("faq.tight_shoes"))
        #expect(!reply.reply.contains(builtInBrain.message(.noOfferPending)))
        #expect(converse(["ok"])[0].reply.contains(builtInBrain.message(.noOfferPending)), "alone it still is")
    }

    @Test("Greetings and thanks around a report are manners: the report is answered, not 'Hi! Tell me what happens'")
    func mannersAroundAReport() {
        let greeting = builtInBrain.content["greeting"]?.text ?? "?"
        let thanks = builtInBrain.content["thanks"]?.text ?? "?"
        for line in [
            "hey folks, first post here. my toes lose feeling around 8k on most runs, cheers in advance",
            "Morning all! Both feet fizz after about 40 minutes. Thanks for any help",
        ] {
            let reply = converse([line])[0]
            #expect(reply.intent == "report_numbness", "\(line)")
            #expect(!reply.reply.contains(greeting) && !reply.reply.contains(thanks), "\(reply.reply)")
        }
        #expect(converse(["hello there"])[0].reply.contains(greeting), "alone, a greeting is answered")
    }

    @Test("Asked what is felt, a feeling other than numbness is the report, said back and said to be other")
    func feelingOtherThanNumbAnswersWhatIsFelt() {
        let other = builtInBrain.message(.feltOtherThanNumb)
        for answer in ["its a cramping thing really", "burning mostly", "just an ache in the ball of my foot"] {
            let results = converse(["it starts about 2 miles in", answer])
            #expect(results[0].reply.contains(builtInBrain.message(.unnamedEpisode)))
            #expect(results[1].intent == "report_numbness", "\(answer)")
            #expect(results[1].reply.contains(other), "\(results[1].reply)")
            #expect(!results[1].reply.contains(builtInBrain.message(.noOfferPending)), "\(answer)")
            #expect(results[1].onset == "after about 2 miles", "what was told first is kept")
            // Said once, even when the line is a report of its own.
            #expect(results[1].reply.components(separatedBy: "Noted:").count <= 2, "\(results[1].reply)")
        }
        let numb = converse(["it starts about 2 miles in", "they go numb"])[1]
        #expect(numb.intent == "report_numbness")
        #expect(!numb.reply.contains(other), "numbness is the plain report")
        // Not asked what is felt, a cramp is no such answer.
        #expect(!converse(["my toes go numb", "its a cramping thing really"])[1].reply.contains(other))
    }

    @Test("A first report of numb calves, shins or legs, and no feet, opens about that part in the runner's words")
    func reportNamesTheLegPart() {
        let feet = builtInBrain.message(.reportIntroCautious)
        for (line, part) in [
            ("my calves go numb", "in the calves on runs"),
            ("shins get all tingly after about 3 miles", "in the shins"),
            ("my left leg goes dead on long runs", "in the left leg"),
            ("both legs fall asleep when i jog", "in the legs on runs"),
        ] {
            let reply = converse([line])[0]
            #expect(reply.intent == "report_numbness", "\(line)")
            #expect(reply.reply.contains(part), "\(reply.reply)")
            #expect(!reply.reply.contains(feet), "\(line)")
        }
        // The feet named too: the feet's opening.
        #expect(converse(["my calves get tight and my feet go numb"])[0].reply.contains(feet))
        // The part denied is not the one named.
        #expect(converse(["my thighs go numb on runs, not my calves"])[0].reply.contains("in the thighs"))
    }

    @Test("'Should I worry?' straight after a line that told something with a topic of its own asks about it too")
    func worryAsksAboutWhatWasJustTold() {
        let hands = builtInBrain.content["hands"]?.text ?? "?"
        let start = ["my toes go numb when i run", "20 minutes", "nike pegasus", "my hands tingle too sometimes"]
        let next = converse(start + ["should i worry?"])[4]
        #expect(next.reply.contains(hands), "\(next.reply)")
        #expect(next.intents.contains("topic.hands"))
        // A line later, the worry is about the numbness in general.
        let later = converse(start + ["they go within a few minutes", "should i worry?"])[5]
        #expect(!later.reply.contains(hands), "\(later.reply)")
        // Nothing told with a topic of its own: the general answer alone.
        let plain = converse(["my toes go numb when i run", "20 minutes", "should i worry?"])[2]
        #expect(!plain.reply.contains(hands))
    }

    @Test("Hedges and pointers alone ('kinda both', 'same as before') are no description of the shoes")
    func vagueLineIsNoShoes() {
        let start = ["my toes go numb when i run", "20 min"]
        for line in ["kinda both", "same as before", "sort of", "lol"] {
            let reply = converse(start + [line])[2]
            #expect(reply.footwear == nil, "\(line): \(reply.footwear ?? "")")
            #expect(reply.asking == "footwear", "\(line)")
        }
        // A description among them still is one.
        #expect(converse(start + ["kinda old asics"])[2].footwear?.contains("asics") == true)
        #expect(converse(start + ["the same brooks as before"])[2].footwear?.contains("brooks") == true)
    }
}
