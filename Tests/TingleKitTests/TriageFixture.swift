@testable import TingleKit

/// A small brain for the triage stage's own tests: two symptoms, a risk, red flags raised by
/// words and by sets of facts, floors and causes, each with values chosen so that every
/// rule of `Assessor` and `RedFlagChecker` shows (a threshold just met or just missed).
enum TriageFixture {
    static let triage = """
        symptoms:
          - {id: pain, label: pain, patterns: ["* pain *"]}
          - {id: weakness, label: weakness, patterns: ["* weak *"]}
        risks:
          - {id: diabetes, label: diabetes, patterns: ["* diabetes *"]}
        redFlags:
          - id: weak_and_sore
            level: urgent
            label: weakness with pain
            when: [[symptom.weakness, symptom.pain], [symptom.weakness, risk.diabetes]]
            message: "Get seen today."
          - id: numb_groin
            level: emergency
            label: numb groin
            patterns: ["* numb * groin *"]
            message: "Call now."
          - id: diabetic_report
            level: doctor
            label: numbness with diabetes
            patterns: ["* diabetic foot *"]
            when: [[risk.diabetes, reported]]
            message: "Book a doctor this week."
        floors:
          - {facts: [symptom.pain], level: selfcare, reason: "pain alone is for self-care"}
          - {facts: [risk.diabetes], level: doctor, reason: "with diabetes a doctor should look"}
        causes:
          - id: laces
            title: Tight laces
            explanation: x
            base: 1
            evidence: [{fact: reported, weight: 1, reason: "it starts {onset}"}]
            tips: [loosen, relace, wider shoes]
          - id: nerve
            title: Nerve
            explanation: y
            evidence:
              - {fact: symptom.pain, weight: 1, reason: "you feel pain"}
              - {fact: risk.diabetes, weight: 2, reason: "you have diabetes"}
              - {fact: symptom.weakness, weight: -3}
            tips: [see a doctor, check feet, a, b, c, d]
          - id: cold
            title: Cold
            explanation: z
            base: 1
            evidence: []
            tips: [warm socks]
        """

    static let brain: Brain = {
        do {
            return try TingleKitTests.brain(["base.yaml": PatternTests.minimalRest, "triage.yaml": triage])
        } catch {
            fatalError("the triage fixture does not load:\n\(error)")
        }
    }()

    /// A conversation that holds these findings, as a session would have recorded them.
    static func conversation(
        symptoms: [String] = [], risks: [String] = [], reported: Bool = true,
        onset: String? = nil
    ) -> Conversation {
        var c = Conversation()
        c.reported = reported
        if !symptoms.isEmpty { c.slots["symptoms"] = .init(ids: symptoms) }
        if let onset { c.slots["onset"] = .init(descriptions: [onset]) }
        c.risks = risks
        return c
    }
}
