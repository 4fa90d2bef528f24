extension Session {
    /// A line of the runner's own past that nothing read, while a question is asked ("fell off
    /// my bike in 2019 but that healed up", "broke my ankle years ago, fully healed now"): it
    /// is noted as history (`historyHeard`) and the question asked again, no answer to it
    /// (nor the shoes' free-text answer), and not "Sorry, I didn't catch that". Nil for any
    /// other line (`tellsPastHistory`).
    func pastHistory(_ input: MatchInput, findings: FindingsInput, asking: String?) -> [ReplyPart]? {
        guard let asking, let slot = brain.slots.first(where: { $0.id == asking }),
            Self.tellsPastHistory(input, findings: findings)
        else { return nil }
        return [.message(brain.message(.historyHeard)), .question(slot, retry: false)]
    }

    /// Whether a line tells something of the runner's own past: a word of their own
    /// (`context_self`: "my", "I") is told as over (`historical`), no one else is spoken of
    /// ("my wife broke her foot years ago" is hers), and it asks nothing.
    static func tellsPastHistory(_ input: MatchInput, findings: FindingsInput) -> Bool {
        let contexts = findings.contexts
        guard contexts.contains(where: { $0.context == .historical }),
            !contexts.contains(where: { $0.context == .otherPerson }), input.isPresent(.selfWords),
            !input.text.sentences.contains(where: input.text.isQuestion)
        else { return false }
        return contexts.indices.contains { i in
            contexts[i].context == .historical && input.covers(.selfWords, at: i)
        }
    }
}
