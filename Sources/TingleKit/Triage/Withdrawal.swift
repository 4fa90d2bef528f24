/// Corrections and withdrawals of warning signs. The advice level never drops, with one
/// exception: the runner takes back the finding that raised it. A symptom denied after it
/// was reported is withdrawn, and every red flag that only its facts raised goes with it; a
/// red flag raised by the runner's own words and then denied is asked about once, plainly,
/// before it is dropped. The level is then what the findings still held give.
struct Withdrawal {
    let brain: Brain

    /// The red flags held only by facts that no longer hold.
    func flagsNoLongerHeld(in conversation: Conversation, _ triage: TriageRecord) -> [RedFlagRule] {
        guard triage.flagRaisedByFacts.values.contains(true) else { return [] }
        let facts = conversation.facts
        return triage.redFlags.compactMap { id in
            guard triage.flagRaisedByFacts[id] == true, let rule = brain.redFlags.first(where: { $0.id == id }),
                !rule.when.contains(where: { $0.allSatisfy(facts.contains) })
            else { return nil }
            return rule
        }
    }

    /// Red flags raised earlier by the runner's words that this turn denies ("no, my foot
    /// doesn't drag"): they match what the line mentions, and not what it affirms.
    /// `found` is what the findings stage read in the line as affirmed; the line read with its
    /// denials lifted (`FindingsInput.mentioned`) is matched here, as only a withdrawal asks it.
    func flagsDenied(by findings: FindingsInput, found: Findings, in triage: TriageRecord) -> [RedFlagRule] {
        guard let mentioned = findings.mentioned, triage.flagRaisedByFacts.values.contains(false) else {
            return []
        }
        let affirmed = Set(found.redFlagHits.map { brain.redFlags[Int($0.rule)].id })
        // Only the flags this could deny are matched: those raised by words and not affirmed
        // again (matching every red flag of the line again was a twentieth of a long turn).
        func deniable(_ id: String) -> Bool {
            triage.redFlags.contains(id) && triage.flagRaisedByFacts[id] == false && !affirmed.contains(id)
        }
        return FindingsReader.redFlagHits(in: mentioned, brain: brain, among: { deniable(brain.redFlags[Int($0)].id) })
            .map { brain.redFlags[Int($0.rule)] }
    }

    /// The level the conversation's findings give now: the red flags still held, and the
    /// assessment's floors when one has been given.
    func level(of conversation: Conversation, _ triage: TriageRecord, assessed: Bool) -> EscalationLevel? {
        let flags = triage.redFlags.compactMap { id in brain.redFlags.first { $0.id == id }?.level }.max()
        guard assessed else { return flags }
        let assessment = Assessor(brain: brain).assess(conversation, redFlags: triage.redFlags).level
        return max(flags ?? .selfcare, assessment)
    }
}
