/// A body part the runner named in an earlier turn, pointed back to in a later one by "it" or
/// "they" ("my soles buzz by the third mile" … "today it went white and cold and really hurts"). The
/// warning signs are written with the part ("~foot … white … cold"), so the later line,
/// which names none, raised nothing: a foot gone white, cold and painful was a doctor's
/// matter. The line is read a second time with the pronoun as the part, for warning signs
/// only (what it tells of slots and symptoms stays as said), and only in a sentence that names
/// no part of its own, where the pronoun has nothing nearer to point to.
///
/// The words are data (`Intents/concepts/context.yaml`): the pronouns (`context_refers_back`)
/// and the parts they may point back to (`context_referent_part`). Without them, nothing
/// changes.
struct PartReference: Sendable {
    let pronouns: Int32?
    let parts: Int32?

    static let pronounConcept = "context_refers_back"
    static let partConcept = "context_referent_part"

    init(terms: TermTable) {
        pronouns = terms.id(of: .concept(Self.pronounConcept))
        parts = terms.id(of: .concept(Self.partConcept))
    }

    /// The stem of the first part the runner names as their own, affirmed, in a line (a
    /// one-word part: "foot", "toes", "leg"), or nil.
    func named(in findings: FindingsInput) -> String? {
        guard let parts else { return nil }
        let input = findings.whole
        for i in input.tokens.indices where i < findings.contexts.count && findings.contexts[i].context == .affirmed {
            if input.marks(at: i).contains(where: { $0.concept == parts && $0.length == 1 }) {
                return input.tokens[i].stem
            }
        }
        return nil
    }

    /// The line with each pointing word read as `part` in every sentence that names no part of
    /// its own; nil when there is none. One look at each word's marks: linear in the line.
    func reading(_ input: MatchInput, as part: String) -> MatchInput? {
        guard let pronouns, let parts else { return nil }
        var tokens = input.tokens
        var changed = false
        for sentence in input.text.sentences {
            var pointing: [Int] = []
            var namesPart = false
            for i in sentence {
                for mark in input.marks(at: i) {
                    if mark.concept == parts { namesPart = true }
                    if mark.concept == pronouns, mark.length == 1 { pointing.append(i) }
                }
            }
            guard !namesPart, !pointing.isEmpty else { continue }
            for i in pointing { tokens[i].stem = part }
            changed = true
        }
        guard changed else { return nil }
        let text = AnalyzedText(raw: input.text.raw, normalized: input.text.normalized, tokens: tokens)
        var read = MatchInput(text: text, brain: input.brain)
        read.budget = input.budget
        return read
    }
}
