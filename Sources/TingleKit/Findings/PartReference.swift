/// A body part the runner named in an earlier turn, pointed back to in a later one by "it" or
/// "they" ("my soles buzz by the third mile" … "today it went white and cold and really hurts"). The
/// warning signs are written with the part ("~foot … white … cold"), so the later line,
/// which names none, raised nothing: a foot gone white, cold and painful was a doctor's
/// matter. The line is read a second time with the pronoun as the part, for warning signs
/// only (what it tells of slots and symptoms stays as said), and only in a sentence that names
/// no part of its own, where the pronoun has nothing nearer to point to.
///
/// The words are data (`Intents/concepts/context.yaml`): the pronouns (`context_refers_back`),
/// the parts they may point back to (`context_referent_part`) and any part a sentence may name
/// of its own (`context_any_part`). Without them, nothing changes.
struct PartReference: Sendable {
    let pronouns: Int32?
    let parts: Int32?
    /// Any part a sentence may name of its own (`context_any_part`): its "it" points there.
    let anyPart: Int32?

    static let pronounConcept = "context_refers_back"
    static let partConcept = "context_referent_part"
    static let anyPartConcept = "context_any_part"

    init(terms: TermTable) {
        pronouns = terms.id(of: .concept(Self.pronounConcept))
        parts = terms.id(of: .concept(Self.partConcept))
        anyPart = terms.id(of: .concept(Self.anyPartConcept)) ?? parts
    }

    /// A part named: its stem, and its terms (the stem's and those of the concepts that one
    /// word is a phrase of), kept so a later line is tested against them without reading it.
    struct Named: Sendable, Equatable {
        let stem: String
        let terms: [Int32]
    }

    /// The first part the runner names as their own, affirmed, in a line (a one-word part:
    /// "foot", "toes", "leg"), or nil.
    func named(in findings: FindingsInput) -> Named? {
        guard let parts else { return nil }
        let input = findings.whole
        for i in input.tokens.indices where i < findings.contexts.count && findings.contexts[i].context == .affirmed {
            let marks = input.marks(at: i)
            guard marks.contains(where: { $0.concept == parts && $0.length == 1 }) else { continue }
            let terms = [input.units[i].term] + marks.filter { $0.length == 1 }.map(\.concept)
            return Named(stem: input.tokens[i].stem, terms: terms.filter { $0 >= 0 })
        }
        return nil
    }

    /// The line with each pointing word read as `part` in every sentence that names no part of
    /// its own; nil when there is none, or when it could raise no warning sign the line does
    /// not raise as said (no red flag's pattern would become viable with the part's terms
    /// added: most lines with an "it" in them), so such a line is not read again. One look at
    /// each word's marks and at the patterns filed under the line's terms: linear in the line.
    func reading(_ input: MatchInput, as part: Named) -> MatchInput? {
        guard let pronouns, anyPart != nil else { return nil }
        var pointing: [Int] = []
        for sentence in input.text.sentences {
            var here: [Int] = []
            var namesPart = false
            for i in sentence {
                for mark in input.marks(at: i) {
                    if mark.concept == anyPart { namesPart = true }
                    if mark.concept == pronouns, mark.length == 1 { here.append(i) }
                }
            }
            if !namesPart { pointing += here }
        }
        guard !pointing.isEmpty else { return nil }
        var terms = input.present
        for term in part.terms { terms.insert(term) }
        guard
            input.brain.index.anyNewRedFlag(
                filedUnder: input.presentList + part.terms, in: terms, besides: input.viableBits)
        else { return nil }
        return input.reading(pointing.map { ($0, part.stem) })
    }
}
