import Testing

@testable import TingleKit

/// `RedFlagChecker` on its own: a rule fires on one of its patterns, in the runner's own
/// present words, or when every fact of one of its `when` sets is known; each says why.
@Suite("RedFlagChecker")
struct RedFlagCheckerTests {
    let brain = TriageFixture.brain

    func check(_ line: String, facts: Set<String> = []) -> [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)]
    {
        let input = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
        return RedFlagChecker(brain: brain).check(FindingsInput(input).reported, facts: facts)
    }

    @Test("A 'when' set fires only when all its facts are known; any one set is enough")
    func whenSets() {
        #expect(check("hello", facts: ["symptom.weakness"]).isEmpty)
        #expect(check("hello", facts: ["symptom.pain", "risk.diabetes"]).map(\.rule.id) == [])
        let first = check("hello", facts: ["symptom.weakness", "symptom.pain"])
        #expect(first.map(\.rule.id) == ["weak_and_sore"])
        #expect(first.first?.byFacts == true)
        #expect(first.first?.because.text == "on the facts symptom.weakness + symptom.pain")
        let second = check("hello", facts: ["symptom.weakness", "risk.diabetes"])
        #expect(second.first?.because.text == "on the facts symptom.weakness + risk.diabetes")
    }

    @Test("A pattern fires on the runner's own words and names the words and the pattern's place")
    func pattern() {
        let raised = check("it went numb in my groin")
        #expect(raised.map(\.rule.id) == ["numb_groin"])
        #expect(raised.first?.byFacts == false)
        #expect(raised.first?.because.text.hasPrefix("on \"") == true)
        #expect(raised.first?.because.text.contains(", the pattern at triage.yaml:") == true, "\(raised)")
    }

    @Test("A reason is put in words only when asked: the words its pattern names, its place if known, or its facts")
    func reasonText() {
        let input = FindingsInput(MatchInput(text: brain.analyzer.analyze("it went numb in my groin"), brain: brain))
            .reported
        let rule = brain.redFlags.first { $0.id == "numb_groin" }!
        let words = input.quote(input.wordsNamed(by: rule.patterns[0], in: 0..<input.tokens.count))
        #expect(!words.isEmpty)
        #expect(RedFlagReason.pattern(rule.patterns[0], at: nil, in: input).text == "on \"\(words)\"")
        let place = rule.patternLocations[0]
        #expect(
            RedFlagReason.pattern(rule.patterns[0], at: place, in: input).text
                == "on \"\(words)\", the pattern at \(place)")
        #expect(RedFlagReason.facts(["risk.diabetes", "reported"]).text == "on the facts risk.diabetes + reported")
    }

    @Test("Words denied, or said of someone else, raise nothing")
    func ownPresentWordsOnly() {
        #expect(check("no numbness in my groin").isEmpty)
        #expect(check("my dad's groin went numb").isEmpty)
    }

    @Test("A rule with both fires on its pattern before its facts; rules come in the brain's order")
    func patternBeforeFactsAndOrder() {
        let raised = check(
            "it went numb in my groin, a diabetic foot",
            facts: ["risk.diabetes", "reported", "symptom.weakness", "symptom.pain"])
        #expect(raised.map(\.rule.id) == ["weak_and_sore", "numb_groin", "diabetic_report"])
        #expect(raised.map(\.byFacts) == [true, false, false])
        let byFacts = check("hello", facts: ["risk.diabetes", "reported"])
        #expect(byFacts.map(\.rule.id) == ["diabetic_report"])
        #expect(byFacts.first?.byFacts == true)
    }

    @Test("A sentence that says a rule's benign look-alike ('except') raises nothing; another sentence still can")
    func exceptTakesTheSentence() throws {
        let flags = """
            redFlags:
              - id: legs_gone
                level: emergency
                label: legs gone weak
                patterns: ["{legs weak today}"]
                except: ["* legs * weak * after * race *"]
                message: "Call now."
            """
        let brain = try TingleKitTests.brain(["base.yaml": PatternTests.minimalRest, "flags.yaml": flags])
        func raised(_ line: String) -> [String] {
            let input = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
            return RedFlagChecker(brain: brain).check(FindingsInput(input).reported, facts: []).map(\.rule.id)
        }
        #expect(raised("my legs went weak today") == ["legs_gone"])
        #expect(raised("my legs went weak today after the race") == [])
        #expect(raised("my legs went weak today after the race. now my legs are weak today again") == ["legs_gone"])
        // The pattern across both sentences, with the look-alike in one of them, does not count.
        #expect(raised("my legs are weak after the race. and today") == [])
    }
}
