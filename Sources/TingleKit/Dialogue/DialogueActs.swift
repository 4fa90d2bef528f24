/// What a sentence does in the conversation, besides its topic: a question, a statement,
/// an answer word (yes, no, unsure), a correction, a feeling, or small talk. Read from the
/// sentence's form, its best intent, and concept marks named in `Intents/concepts/acts.yaml`.
enum DialogueActs {
    /// Role intents and the act each stands for.
    static let intentActs: [RoleIntent: String] = [
        .yes: "yes", .no: "no", .dontKnow: "unsure", .greeting: "greeting", .thanks: "thanks", .goodbye: "goodbye",
    ]

    static func of(_ range: Range<Int>, in input: MatchInput, best: String?, brain: Brain) -> [String] {
        var acts: [String] = []
        if let best, let role = RoleIntent(rawValue: best), let act = intentActs[role] { acts.append(act) }
        if input.text.isQuestion(range) { acts.append("question") }
        if input.hasMark(.correction, in: range) { acts.append("correction") }
        if input.hasMark(.feeling, in: range) { acts.append("feeling") }
        if acts.isEmpty || acts == ["correction"] || acts == ["feeling"] { acts.append("statement") }
        return acts
    }
}
