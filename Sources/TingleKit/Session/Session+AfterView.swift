extension Session {
    /// Words a reaction opens with ("no, it's fine", "yeah ok", "actually no"): with nothing
    /// else read, a short line that opens so reacts to what was said.
    static let reactionOpeners: WordSet = [
        "no", "nope", "nah", "yes", "yeah", "yep", "ok", "okay", "oh", "ah", "hmm", "actually", "well", "right",
    ]

    /// After the view (or a doctor-level escalation whose questions are done), with nothing
    /// asked or offered, a line that no intent and no finding read: a reaction to the view
    /// ("fair enough", "no, it comes back", `act_reaction`) is acknowledged, and a statement of
    /// the runner's own ("I mostly run in the mornings") is thanked and said to change nothing
    /// that could be read. Nil before the view, for a question, or for anything else, which
    /// keeps "I didn't catch that".
    func afterView(_ input: MatchInput) -> [ReplyPart]? {
        guard afterView, let first = input.text.tokens.first else { return nil }
        let text = input.text
        // A question mark asks; "ok will try that" does not, though "will" opens it.
        guard !text.tokens.contains(where: \.endsQuestion) else { return nil }
        let short = text.tokens.count <= 10
        // "Also it's mainly the left foot": which side, which is not kept ("right" is no
        // reaction there).
        if Self.saysOnlyWhichSide(input) { return [.message(brain.message(.sideThanks))] }
        if short && input.mentions(concept: ConceptKey.reaction.rawValue) {
            return [.message(brain.message(.reactionHeard))]
        }
        if !text.sentences.contains(where: text.isQuestion), input.isPresent(.selfWords) || input.isPresent(.answerBack)
        {
            return [.message(brain.message(.asideHeard))]
        }
        if short && Self.reactionOpeners.contains(first.text) { return [.message(brain.message(.reactionHeard))] }
        return nil
    }

    /// The view given (or a doctor-level escalation's advice), its warning-sign questions
    /// answered: nothing is asked, and a line is a reaction to it or something added.
    var afterView: Bool {
        (conversation.state == .assessed || conversation.state == .escalated && holdingEscalation == nil)
            && conversation.reported
    }
}
