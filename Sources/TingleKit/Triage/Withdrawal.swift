/// Corrections and withdrawals of warning signs. The advice level never drops, with one
/// exception: the runner takes back the finding that raised it. A symptom denied after it
/// was reported is withdrawn, and every red flag that only its facts raised goes with it; a
/// red flag raised by the runner's own words and then denied is asked about once, plainly,
/// before it is dropped. The level is then what the findings still held give.
struct Withdrawal {
    let brain: Brain

    /// The red flags held only by facts that no longer hold.
    func flagsNoLongerHeld(in conversation: Conversation) -> [RedFlagRule] {
        guard conversation.flagRaisedByFacts.values.contains(true) else { return [] }
        let facts = conversation.facts
        return conversation.redFlags.compactMap { id in
            guard conversation.flagRaisedByFacts[id] == true, let rule = brain.redFlags.first(where: { $0.id == id }),
                !rule.when.contains(where: { $0.allSatisfy(facts.contains) })
            else { return nil }
            return rule
        }
    }

    /// Red flags raised earlier by the runner's words that this turn denies ("no, my foot
    /// doesn't drag"): they match what the line mentions, and not what it affirms.
    func flagsDenied(by findings: FindingsInput, in conversation: Conversation) -> [RedFlagRule] {
        guard let mentioned = findings.mentioned, conversation.flagRaisedByFacts.values.contains(false) else {
            return []
        }
        let checker = RedFlagChecker(brain: brain)
        let affirmed = Set(checker.check(findings.reported, facts: []).map(\.rule.id))
        return checker.check(mentioned, facts: []).map(\.rule).filter { rule in
            conversation.redFlags.contains(rule.id) && conversation.flagRaisedByFacts[rule.id] == false
                && !affirmed.contains(rule.id)
        }
    }

    /// The level the conversation's findings give now: the red flags still held, and the
    /// assessment's floors when one has been given.
    func level(of conversation: Conversation, assessed: Bool) -> EscalationLevel? {
        let flags = conversation.redFlags.compactMap { id in brain.redFlags.first { $0.id == id }?.level }.max()
        guard assessed else { return flags }
        let assessment = Assessor(brain: brain).assess(conversation).level
        return max(flags ?? .selfcare, assessment)
    }
}
