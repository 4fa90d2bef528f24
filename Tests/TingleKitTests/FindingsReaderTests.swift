import Testing

@testable import TingleKit

/// The findings stage on its own: one reading of a line gives the slots, symptoms (and denied
/// ones), risks and the red flags of the runner's own words, and triage reads the red flags
/// from it rather than matching again.
@Suite("FindingsReader")
struct FindingsReaderTests {
    @Test("A value heard is added unless it says nothing new; a longer one replaces one it contains")
    func addToValue() {
        var value = SlotValue()
        FindingsReader.add("hokas", facts: ["shoe.hoka"], to: &value)
        FindingsReader.add("new hokas", facts: ["shoe.hoka", "shoe.new"], to: &value)
        #expect(value.descriptions == ["new hokas"])
        FindingsReader.add("hokas", facts: ["shoe.hoka"], to: &value)  // within "new hokas"
        FindingsReader.add("new shoes", facts: ["shoe.new"], to: &value)  // no fact it lacks
        #expect(value.descriptions == ["new hokas"])
        FindingsReader.add("tight laces", facts: ["laces.tight"], to: &value)
        #expect(value.descriptions == ["new hokas", "tight laces"])
        #expect(value.facts == ["shoe.hoka", "shoe.new", "laces.tight"])
    }

    @Test("replacingFirst replaces the first occurrence only and keeps all that follows it")
    func replacingFirstOnly() {
        #expect("a {x} b {x} é".replacingFirst("{x}", with: "yy") == "a yy b {x} é")
        #expect("no match".replacingFirst("{x}", with: "yy") == "no match")
        #expect("{x}".replacingFirst("{x}", with: "") == "")
        #expect("ab".replacingFirst("", with: "z") == "ab")
    }

    let brain = TriageFixture.brain

    func read(_ line: String) -> (FindingsInput, Findings) {
        let findings = FindingsInput(MatchInput(text: brain.analyzer.analyze(line), brain: brain))
        return (findings, FindingsReader(brain: brain).read(findings, asking: nil))
    }

    func ids(_ hits: [RedFlagHit]) -> [String] { hits.map { brain.redFlags[Int($0.rule)].id } }

    @Test("One reading holds symptoms, denied symptoms, risks and the red flags of the runner's words")
    func oneReading() {
        let (_, found) = read("it goes numb in the groin and my feet feel weak, no pain, I have diabetes")
        #expect(found.symptoms == ["weakness"])
        #expect(found.deniedSymptoms == ["pain"])
        #expect(found.risks == ["diabetes"])
        #expect(ids(found.redFlagHits) == ["numb_groin"])
        #expect(ids(read("no numbness in my groin at all").1.redFlagHits).isEmpty, "denied: not the runner's finding")
    }

    @Test("Triage raises what the findings hold: the checker reads hits, it does not match again")
    func triageReadsFindings() {
        let (findings, found) = read("I went numb round the groin on the run")
        let checker = RedFlagChecker(brain: brain)
        #expect(checker.check(found.redFlagHits, in: findings.reported, facts: []).map(\.rule.id) == ["numb_groin"])
        // The same line with no hits handed over raises nothing from its words.
        #expect(checker.check([], in: findings.reported, facts: []).isEmpty)
        // Facts still raise their rules without any hit.
        #expect(
            checker.check([], in: findings.reported, facts: ["symptom.weakness", "symptom.pain"]).map(\.rule.id)
                == ["weak_and_sore"])
    }
}
