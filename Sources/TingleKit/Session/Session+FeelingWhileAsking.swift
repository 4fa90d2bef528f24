extension Session {
    /// While a question waits, a line that only says how the runner feels ("honestly I'm
    /// freaking out a bit": `act_worry`, `act_frustration`) or only reacts ("ok cool", "got
    /// it": `act_reaction`), and that nothing else read, answers nothing and misreads nothing:
    /// the feeling is acknowledged as on any turn and the question is asked again, plainly,
    /// never "Sorry, I didn't catch that", and it counts as no failed answer. Nil for a line
    /// that asks, for a long line, and for anything else.
    func feelingWhileAsking(_ input: MatchInput, asking: String?) -> [ReplyPart]? {
        guard let asking, let slot = brain.slots.first(where: { $0.id == asking }) else { return nil }
        let text = input.text
        guard text.tokens.count <= 12, !text.tokens.contains(where: \.endsQuestion) else { return nil }
        let all = 0..<input.tokens.count
        let feels = input.hasMark(.worry, in: all) || input.hasMark(.frustration, in: all)
        guard feels || input.mentions(concept: ConceptKey.reaction.rawValue) else { return nil }
        return [.question(slot, retry: false)]
    }
}
