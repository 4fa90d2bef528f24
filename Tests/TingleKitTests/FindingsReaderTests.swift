import Testing

@testable import TingleKit

/// The findings stage on its own: one reading of a line gives the slots, symptoms (and denied
/// ones), risks and the red flags of the runner's own words, and triage reads the red flags
/// from it rather than matching again.
@Suite("FindingsReader")
struct FindingsReaderTests {
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
