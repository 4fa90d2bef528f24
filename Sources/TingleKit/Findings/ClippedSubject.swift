/// A clause of the runner's own typed clipped, its "my" left out: a single body part named
/// bare as the subject of a clause ("what if heel goes numb on run?", "should worry if arch
/// stays numb for days?", "…and back hurts"). English names one body part with a word in
/// front of it ("my", "the", "your", "a"); a runner typing on a phone leaves out only their
/// own "my", where a general question keeps its "your" or "the", or names parts in the plural
/// ("why do toes go numb?"). So a question that holds one is no general question, and a
/// hypothetical trigger over one may be a report put as a question (see `ContextMarker`).
///
/// The subject itself is read by `BareSubject` (in `Matching/`, which the intents share), from
/// the words of `Intents/concepts/context.yaml`; a verb with its "I" left out straight after
/// the opening word (`context_dropped_i`: "what if lost feeling between legs?") is a clipped
/// clause of the runner's own too.
/// A sentence that names anyone in general ("your", "someone", "runners": `context_generic`)
/// asks in general, bare part or not ("what if someone's leg goes weak and foot drags?").
struct ClippedSubject: Sendable {
    let bare: BareSubject
    let generic: Int32?
    let selfWords: Int32?

    init(terms: TermTable) {
        bare = BareSubject(terms: terms)
        generic = terms.id(of: .concept(FindingContext.genericConcept))
        selfWords = terms.id(of: .concept(FindingContext.selfConcept))
    }

    /// For every token, whether a clipped subject of the runner's own starts there: once a
    /// line, in two passes over it.
    func mark(_ input: MatchInput) -> [Bool] {
        let tokens = input.tokens
        guard bare.isAvailable, let sentences = tokens.lazy.map(\.sentence).max() else {
            return [Bool](repeating: false, count: tokens.count)
        }
        // The sentences that name anyone in general ("anyone else" is the runner asking).
        var general = [Bool](repeating: false, count: sentences + 1)
        for i in tokens.indices
        where bare.longest(generic, at: i, in: input) > 0 && bare.longest(selfWords, at: i, in: input) == 0 {
            general[tokens[i].sentence] = true
        }
        return tokens.indices.map { i in !general[tokens[i].sentence] && bare.starts(at: i, in: input) }
    }
}
