import Testing

@testable import TingleKit

/// The triage stage on its own: red flags over findings, the assessment's level and causes,
/// withdrawals, screening, and the level that holds the conversation.
@Suite("Triage")
struct TriageTests {
    func flags(_ line: String) -> [String] {
        let input = MatchInput(text: builtInBrain.analyzer.analyze(line), brain: builtInBrain)
        return RedFlagChecker(brain: builtInBrain).check(FindingsInput(input).reported, facts: []).map(\.rule.id)
    }

    @Test("A red flag reads the runner's own present findings only")
    func flagsReadFindings() {
        #expect(flags("my groin went numb on my run").contains("cauda_equina"))
        #expect(flags("no numbness in my groin").isEmpty)
        #expect(flags("my dad's groin went numb").isEmpty)
        #expect(flags("what if my groin went numb").isEmpty)
    }

    @Test("A flag raised by facts says so; one raised by words says which pattern")
    func flagReasons() {
        let rule = builtInBrain.redFlags.first { !$0.when.isEmpty }!
        let facts = Set(rule.when[0])
        let input = MatchInput(text: builtInBrain.analyzer.analyze("hello"), brain: builtInBrain)
        let raised = RedFlagChecker(brain: builtInBrain).check(input, facts: facts).first { $0.rule.id == rule.id }
        #expect(raised?.byFacts == true)
        #expect(raised?.because.text.hasPrefix("on the facts ") == true)
    }

    @Test("The assessment gives its own level; the session keeps the highest")
    func assessorLevel() {
        var session = Session(brain: builtInBrain)
        _ = session.respond(to: "my toes go numb after 3 miles in new hokas, no pain")
        let assessment = Assessor(brain: builtInBrain).assess(session.conversation, redFlags: session.triage.redFlags)
        #expect(assessment.level == .selfcare)
        #expect(assessment.causes.first?.reasons.isEmpty == false)
        #expect(!assessment.isUncertain)
    }

    @Test("With nothing known, the view is uncertain and names what is not known")
    func uncertain() {
        let results = converse(["my toes tingle on runs", "not sure", "skip", "idk", "no idea"])
        #expect(results[4].reply.contains("I can't say which cause is most likely"))
        #expect(!results[4].reply.contains("most likely first"))
        #expect(results[4].reply.contains("Book a doctor within a week or two if"))
    }

    @Test("A symptom withdrawn takes back the doctor flag only it raised, and the level with it")
    func withdrawal() {
        let results = converse([
            "my toes go numb after 3 miles and stay numb for hours", "actually it goes away once I stop",
        ])
        #expect(results[0].escalation == .doctor)
        #expect(results[1].redFlags.isEmpty)
        #expect(results[1].escalation == nil)
        #expect(results[1].symptoms == nil)
    }

    @Test("A red flag of the runner's words is dropped only after they confirm it")
    func confirmation() {
        let kept = converse(["my foot drags on runs", "no, my foot doesn't drag", "no"])
        #expect(kept[1].reply.contains("are you telling me there is no"))
        #expect(kept[2].escalation == .urgent)
        let dropped = converse(["my foot drags on runs", "no, my foot doesn't drag", "yes"])
        let urgentFlags = Set(builtInBrain.redFlags.filter { $0.level >= .urgent }.map(\.id))
        #expect(dropped[2].redFlags.allSatisfy { !urgentFlags.contains($0) })
        #expect(dropped[2].escalation.map { $0 < .urgent } ?? true)
    }

    @Test("An urgent or emergency level holds: reminder first, no offers, no self-care, downplaying answered")
    func holding() {
        let results = converse([
            "my groin went numb and I can't pee", "it's probably nothing, I'll sleep it off",
            "what causes it?", "can I keep running?", "zzzz",
        ])
        for result in results.dropFirst() { #expect(result.reply.hasPrefix("Reminder — EMERGENCY"), "\(result.reply)") }
        #expect(results[1].reply.contains("not tomorrow"))
        #expect(!results[2].reply.contains("Want"))
        #expect(results[3].reply.contains("Please don't run on it"))
        #expect(!results[4].reply.contains("Sorry"))
        #expect(results.allSatisfy { $0.escalation == .emergency })
    }

    @Test("A screening question is asked after a doctor-level flag; yes escalates at once")
    func screening() {
        let yes = converse(["my toes go numb after 3 miles", "old nikes", "a bit of back pain", "yes"])
        #expect(yes[2].asking == "screen_cauda")
        #expect(yes[3].escalation == .emergency)
        let no = converse(["my toes go numb after 3 miles", "old nikes", "a bit of back pain", "no"])
        #expect(no[3].escalation == .doctor)
        #expect(no[3].asking == nil)
        // Without the finding, the question is never asked.
        let plain = converse(["my toes go numb after 3 miles", "old nikes", "nothing else"])
        #expect(plain.allSatisfy { $0.asking != "screen_cauda" })
    }

    @Test(
        "A screening question answered no in words; a sign named in the same line is still a yes",
        arguments: [
            ("waterworks are normal", EscalationLevel.doctor), ("nothing of the sort", .doctor),
            ("no numbness down there, the back is just stiff", .doctor),
            ("bladder is fine but one leg keeps giving way", .emergency),
        ])
    func screeningNoInWords(answer: String, level: EscalationLevel) {
        let results = converse(["my toes go numb after 3 miles", "old nikes", "a bit of back pain", answer])
        #expect(results[3].escalation == level)
        #expect(results[3].asking == nil)
    }

    @Test("Not sure to a screening question: told what to do if those signs come, and not asked again")
    func screeningUnsure() {
        let results = converse([
            "my toes go numb after 3 miles", "old nikes", "a bit of back pain", "not sure", "ok",
        ])
        #expect(results[3].asking == nil)
        #expect(results[3].reply.contains(builtInBrain.message(.screeningUnsure)))
        #expect(!results[3].reply.contains(builtInBrain.message(.skipped)))
        #expect(!results[4].reply.contains("One important check"))
    }

    @Test("A warning-sign question comes straight after the escalation; the view waits for its answer")
    func screeningLeadsTheReply() throws {
        let results = converse(["my left leg has gone weak and my toes are numb", "no, it built up over weeks"])
        let lines = results[0].reply.split(separator: "\n").map(String.init)
        let check = try #require(lines.firstIndex { $0.hasPrefix("One important check about that weakness") })
        // The level and the sign's message, then the check, and nothing after it.
        #expect(check == 2)
        #expect(check == lines.count - 1)
        #expect(!results[0].reply.contains(builtInBrain.message(.tipsHeading)))
        #expect(results[1].reply.contains(builtInBrain.message(.screeningClearView)))
        #expect(results[1].reply.contains(builtInBrain.message(.tipsHeading)))
    }

    @Test("A warning-sign question goes ahead of an answer given in the same reply")
    func screeningAheadOfAnswer() throws {
        let reply = converse(["I've got a blister on my numb big toe, can I keep running on it?"])[0].reply
        let check = try #require(reply.range(of: "Do you have diabetes"))
        let answer = try #require(reply.range(of: "Better not to run on through it"))
        #expect(check.lowerBound < answer.lowerBound)
        #expect(!reply.contains(builtInBrain.message(.backToQuestion)))
    }
}

@Suite("Explanations")
struct ExplanationTests {
    @Test("/why says when a line used up its matching budget, and not otherwise")
    func budgetSpent() {
        var session = Session(brain: builtInBrain)
        let result = session.respond(to: "my toes go numb after 3 miles")
        let plain = TurnExplainer(brain: builtInBrain).explain(result)
        #expect(!plain.contains("Matching stopped early"))
        var trace = result.trace
        trace.budgetSpent = true
        let spent = TurnResult(
            turn: result.turn, input: result.input, intent: result.intent, intents: result.intents, onset: result.onset,
            footwear: result.footwear, symptoms: result.symptoms, asking: result.asking, escalation: result.escalation,
            redFlags: result.redFlags, state: result.state, reply: result.reply, trace: trace)
        #expect(TurnExplainer(brain: builtInBrain).explain(spent).contains("Matching stopped early"))
    }

    @Test("The advice level only rises; a withdrawal is the one way down")
    func adviceLevelNeverDrops() {
        var level = AdviceLevel()
        #expect(level.value == nil)
        level.raise(to: .doctor)
        level.raise(to: .selfcare)
        #expect(level.value == .doctor)
        level.raise(to: .emergency)
        level.raise(to: .urgent)
        #expect(level.value == .emergency)
        level.reset(afterWithdrawalTo: .selfcare)
        #expect(level.value == .selfcare)
    }

    @Test("Under an escalation, no lower warning sign's message contradicts it ('book within a week' after 'call now')")
    func noLowerMessageUnderEscalation() {
        var checked = 0
        for rule in builtInBrain.redFlags where rule.level >= .urgent {
            for example in rule.examples {
                let result = converse([example.text])[0]
                guard let level = result.escalation else { continue }
                for other in builtInBrain.redFlags where other.level < level {
                    #expect(
                        !result.reply.contains(other.message), "\(example.text): \(other.id)'s message under \(level)")
                }
                checked += 1
            }
        }
        #expect(checked > 30)
        // The classic case: a fall with back pain and numbness raises the injury flag (an
        // emergency) and numbness-with-pain (a doctor's appointment) together.
        let fall = converse(["i fell off my bike and hurt my back yesterday and now my feet are numb"])[0]
        #expect(fall.escalation == .emergency)
        #expect(!fall.reply.contains("within a week or two"))
    }

    @Test("Every cause a view lists gets at least one tip; at most five; the diabetic foot check is not cut")
    func tipPerListedCause() {
        let results = converse([
            "my toes go numb after 5k, i have type 2 diabetes", "new nike pegasus laced tight", "nothing else",
            "it goes soon after",
        ])
        let view = results[3].reply
        #expect(view.contains("Check your feet every day"), "\(view)")
        var session = Session(brain: builtInBrain)
        for line in [
            "my toes go numb after 5k, i have type 2 diabetes", "new nike pegasus laced tight", "nothing else",
        ] {
            _ = session.respond(to: line)
        }
        let assessment = Assessor(brain: builtInBrain).assess(session.conversation, redFlags: session.triage.redFlags)
        #expect(assessment.causes.count >= 2)
        #expect(assessment.tips.count <= Assessor.maxTips)
        for ranked in assessment.causes where !ranked.cause.tips.isEmpty {
            #expect(ranked.cause.tips.contains(where: assessment.tips.contains), "\(ranked.cause.id) has no tip shown")
        }
    }
}
