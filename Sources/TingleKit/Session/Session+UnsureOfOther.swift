extension Session {
    /// The question a "not sure" belongs to when it names another's subject than the one asked
    /// ("by the way, I'm not sure when it starts" while the shoes are asked): that question, or
    /// nil when it names the one asked, none, or the line answered the one asked.
    func unsureOfOther(_ input: MatchInput, found: Findings) -> Slot? {
        guard let asking = conversation.asking, found.values[asking] == nil,
            let asked = brain.slots.first(where: { $0.id == asking }),
            !(asked.subject.map { input.mentions(concept: $0) } ?? false)
        else { return nil }
        return brain.slots.first { slot in
            slot.id != asking && slot.when.isEmpty && slot.subject.map { input.mentions(concept: $0) } == true
        }
    }
}
