/// What a sentence does in the conversation, besides its topic: a question, a statement,
/// an answer word (yes, no, unsure), a correction, a feeling, or small talk. Read from the
/// sentence's form, its best intent, and concept marks named in `Intents/concepts/acts.yaml`.
enum DialogueActs {
    /// Role intents and the act each stands for.
    static let intentActs: [String: String] = [
        "yes": "yes", "no": "no", "dont_know": "unsure", "greeting": "greeting", "thanks": "thanks",
        "goodbye": "goodbye",
    ]

    static func of(_ range: Range<Int>, in input: MatchInput, best: String?, brain: Brain) -> [String] {
        var acts: [String] = []
        if let best, let act = intentActs[best] { acts.append(act) }
        if input.text.isQuestion(range) { acts.append("question") }
        if has(.correction, in: range, input) { acts.append("correction") }
        if has(.feeling, in: range, input) { acts.append("feeling") }
        if acts.isEmpty || acts == ["correction"] || acts == ["feeling"] { acts.append("statement") }
        return acts
    }

    static func has(_ concept: ConceptKey, in range: Range<Int>, _ input: MatchInput) -> Bool {
        has(concept.rawValue, in: range, input)
    }

    static func has(_ concept: String, in range: Range<Int>, _ input: MatchInput) -> Bool {
        guard let id = input.brain.terms.id(of: .concept(concept)) else { return false }
        // "not worried" is no feeling to acknowledge: a denied mark does not count.
        return range.contains { i in
            input.marks(at: i).contains {
                $0.concept == id && MatchInput.isAsserted(input.units, i..<(i + Int($0.length)))
            }
        }
    }
}
