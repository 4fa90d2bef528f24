import Testing

@testable import TingleKit

/// Answers read in the light of the question asked (Rasa's slot mappings): what a bare
/// quantity, a brand or "just numb" means depends on the question pending.
@Suite("Answers read against the question")
struct AnswersTests {
    /// The state after a report and then `answers`, one per question.
    func after(_ report: String, _ answers: [String]) -> [TurnResult] {
        converse([report] + answers)
    }

    @Test(
        "A bare quantity, range, marker or point in the run answers 'when does it start?'",
        arguments: [
            ("20 minutes", "after about 20 minutes"), ("5k", "after about 5 km"), ("mile 6", "around mile 6"),
            ("around 6 or 7 miles", "after about 6 or 7 miles"), ("between mile 8 and 11", "around mile 8 to 11"),
            ("an hour and a half", "after about an hour and a half"), ("by the end", "late in the run"),
            ("the final few km", "in the last few km"), ("halfway", "part-way into the run"),
            ("within a few minutes", "from the start of the run"), ("20-25 mins", "after about 20 to 25 minutes"),
            ("couple of miles", "after a couple of miles"), ("few minutes in", "after a few minutes"),
        ])
    func onsetAnswers(answer: String, value: String) {
        let results = after("my toes go numb when I run", [answer])
        #expect(results[1].onset?.hasPrefix(value) == true, "\(answer) → \(results[1].onset ?? "nil")")
        #expect(results[1].asking == "footwear")
    }

    @Test(
        "A number with no unit answers 'when does it start?' and the next answers stay in step",
        arguments: [
            ("around 45", "after about 45 minutes ("), ("maybe 30?", "after about 30 minutes ("),
            ("like 3", "after about 3 miles or km (you didn't say which)"), ("after about 45 or 50", "after about 45"),
            ("forty five", "after about forty five minutes ("),
        ])
    func bareNumberOnset(answer: String, value: String) {
        let results = after("pins and needles under my left foot when jogging", [answer, "Brooks", "no"])
        #expect(results[1].onset?.hasPrefix(value) == true, "\(answer) → \(results[1].onset ?? "nil")")
        #expect(results[1].asking == "footwear")
        #expect(results[2].asking == "symptoms")
        #expect(results[3].asking != "symptoms")
        // Not asked about onset, a number alone fills nothing.
        #expect(converse([answer])[0].onset == nil)
    }

    @Test("An answer that opens with a condition ('when it's hot, …') is an answer, not a question")
    func conditionFirstAnswer() {
        let results = after("toes get tingly while i run", ["when it's over 25 degrees, after about half an hour"])
        #expect(results[1].onset?.hasPrefix("after about 30 minutes") == true, "\(results[1].onset ?? "nil")")
        #expect(results[1].asking == "footwear")
        // A question after the condition is still a question.
        #expect(converse(["when the numbness comes on, should I loosen my laces"])[0].intent == "topic.lacing")
    }

    @Test(
        "'When' before a verb in '-ing' with no '?' is a time clause that answers, not a question",
        arguments: [
            ("when racing", "when running fast or hard"), ("when going uphill", "on hills or inclines"),
            ("when sprinting for the line", "when running fast or hard"),
        ])
    func clippedWhenClauseAnswers(answer: String, value: String) {
        #expect(!builtInBrain.analyzer.analyze(answer).isQuestion(0..<2))
        let results = after("my toes go numb on runs", [answer])
        #expect(results[1].onset?.hasPrefix(value) == true, "\(answer) → \(results[1].onset ?? "nil")")
        #expect(results[1].asking == "footwear")
    }

    @Test("'When' before a word in '-ing' still asks with '?', a question after it, or a noun")
    func clippedWhenClauseStillAsks() {
        let analyzer = builtInBrain.analyzer
        #expect(analyzer.analyze("when racing?").isQuestion(0..<2))
        #expect(analyzer.analyze("when racing should i stop").isQuestion(0..<5))
        #expect(analyzer.analyze("when morning comes").isQuestion(0..<3))
    }

    @Test("After the run: an answer in any word order is said back in the runner's words")
    func courseQuoted() {
        let results = after("toes numb up on runs", ["5k", "hokas", "no", "it clears ten minutes after i finish"])
        #expect(results[4].reply.contains("Got it: goes within 10 minutes."), "\(results[4].reply)")
        #expect(!results[4].reply.contains("{"))
    }

    @Test(
        "After the run: an hour or more, in any words, lingers (a doctor's check)",
        arguments: ["it lasts an hour", "it hangs about for a good hour or two", "sticks around a couple of hours"])
    func courseLingers(answer: String) {
        let results = after("toes numb up on runs", ["5k", "hokas", "no", answer])
        #expect(results[4].escalation == .doctor, "\(answer) → \(String(describing: results[4].escalation))")
        #expect(!results[4].reply.contains("{"))
    }

    @Test("A question word with 'not' and no '?' is a statement that left out its subject")
    func droppedSubject() {
        let results = after("toes numb up on runs", ["5k", "hokas", "wouldnt say painful, just weird"])
        #expect(results[3].symptoms == [])
        #expect(results[3].asking != "symptoms")
        // Asked with a "?", it is still a question.
        #expect(builtInBrain.analyzer.analyze("wouldn't it be the laces?").isQuestion(0..<6))
    }

    @Test("The same words mean nothing on their own, before the question is asked")
    func notWithoutTheQuestion() {
        #expect(converse(["20 minutes"])[0].onset == nil)
        #expect(converse(["by the end"])[0].onset == nil)
        #expect(converse(["kinvaras"])[0].footwear != nil)  // a brand is a shoe whenever it is said
    }

    @Test(
        "A brand or model alone, a shoe's age or mileage, or a shop answers 'what do you run in?'",
        arguments: [
            ("kinvaras", "kinvaras"), ("on cloudflows", "cloudflows"), ("my old pegasus", "worn shoes"),
            ("had them since last spring, maybe 400 miles on them", "about 400 miles on them"),
            ("whatever was cheapest at the sports shop", "whatever was cheapest at the sports shop"),
        ])
    func footwearAnswers(answer: String, value: String) {
        let results = after("my toes go numb after 3 miles", [answer])
        #expect(results[1].footwear?.contains(value) == true, "\(answer) → \(results[1].footwear ?? "nil")")
        #expect(results[1].asking == "symptoms")
        // Mileage on the shoes is not when the numbness starts.
        #expect(results[1].onset == "after about 3 miles")
    }

    @Test("A brand and then its model is said back once, as the model, whichever comes first")
    func brandThenModel() {
        #expect(
            after("my toes go numb after 3 miles", ["saucony ride, laced tight"])[1].footwear
                == "laces tied tight, saucony ride")
        #expect(after("my toes go numb after 3 miles", ["new hokas"])[1].footwear == "new hokas")
    }

    @Test(
        "'just numb', 'nope' and 'maybe a slight ache' answer 'anything else?'",
        arguments: [("just numb", [String]()), ("nope", []), ("not really, maybe a slight ache", ["pain"])])
    func symptomAnswers(answer: String, ids: [String]) {
        let results = after("my toes go numb after 3 miles in old asics", [answer])
        #expect(results[1].symptoms == ids, "\(answer) → \(String(describing: results[1].symptoms))")
        #expect(results[1].asking != "symptoms")
    }

    @Test(
        "'Gone in a minute', 'it lingers for hours' answer 'once you stop, does it go?'; said before, it is never asked",
        arguments: [
            ("it wears off soon after I pull up", false), ("it lingers for hours", true),
            ("pretty much straight away", false),
        ])
    func courseAnswers(answer: String, lingers: Bool) {
        let results = after("my toes go numb after 3 miles in old asics", ["nothing else", answer])
        #expect(results[1].asking == "course")
        #expect(results[2].asking == nil)
        #expect(
            results[2].escalation == (lingers ? .doctor : .selfcare),
            "\(answer) → \(String(describing: results[2].escalation))")
        let told = converse([
            "my toes go numb after 3 miles in old asics and it goes as soon as I stop", "nothing else",
        ])
        #expect(told[1].asking == nil)
        #expect(told[1].escalation == .selfcare)
    }

    @Test("A correction replaces only an answer to the same question")
    func corrections() {
        let results = after(
            "my toes go numb 3 miles in",
            [
                "old asics", "sorry, I meant 5 miles not 3",
                "actually it has got worse since yesterday",
            ])
        #expect(results[2].onset?.contains("5 miles") == true)
        #expect(
            results[3].onset?.contains("5 miles") == true,
            "a 'since when' is not a new onset: \(results[3].onset ?? "nil")")
    }
}

@Suite("Dialogue acts")
struct DialogueActTests {
    @Test("A worry or a frustration is acknowledged first; a denied one is not")
    func feelings() {
        #expect(
            converse(["my toes go numb when I run and I'm really worried"])[0].reply.hasPrefix("That sounds worrying"))
        #expect(
            converse(["so fed up, my toes go numb on every run"])[0].reply.hasPrefix("That sounds really frustrating"))
        #expect(!converse(["my toes go numb when I run, I'm not worried"])[0].reply.hasPrefix("That sounds"))
    }

    @Test("A worry that names a condition gets that condition's answer")
    func worryAboutACondition() {
        #expect(converse(["my toes go numb on runs", "I'm scared this is MS"])[1].intent == "topic.ms")
    }

    @Test("A statement of one's own is a report, not a topic question")
    func statementIsAReport() {
        #expect(converse(["feet go numb running in winter"])[0].intent == "report_numbness")
        #expect(intents(of: "diabetes and numb feet") == ["topic.diabetes"])
    }

    @Test("What was heard in a first message with no intent is said back, never 'I didn't understand'")
    func heardIsSaidBack() {
        let r = converse(["burning soles on long runs"])[0]
        #expect(r.intent == "report_numbness")
        #expect(r.reply.hasPrefix("Noted: on long runs, burning"), "\(r.reply)")
        #expect(!r.reply.contains("didn't"))
    }

    @Test("Acts of each sentence, as analyze shows them")
    func acts() {
        let analysis = LineAnalysis(brain: builtInBrain, line: "hi. actually it's worse. what causes it? I'm scared")
        #expect(
            analysis.sentences.map(\.acts) == [
                ["greeting"], ["correction", "statement"], ["question"], ["feeling", "statement"],
            ])
    }

    @Test("A template's value is filled from the line even when its concept was matched in any order; never braces")
    func anyOrderTemplate() {
        let results = converse([
            "my toes go numb late in my long runs", "about 12 miles", "hoka clifton, laces fairly loose", "nope",
            "it calms down maybe ten minutes after the finish",
        ])
        #expect(results[4].reply.contains("goes within 10 minutes"), "\(results[4].reply)")
        for result in results { #expect(!result.reply.contains("{"), "\(result.reply)") }
    }
}
