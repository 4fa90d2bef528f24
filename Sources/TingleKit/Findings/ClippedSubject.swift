/// A clause of the runner's own typed clipped, its "my" left out: a single body part named
/// bare as the subject of a clause ("what if heel goes numb on run?", "should worry if arch
/// stays numb for days?", "…and back hurts"). English names one body part with a word in
/// front of it ("my", "the", "your", "a"); a runner typing on a phone leaves out only their
/// own "my", where a general question keeps its "your" or "the", or names parts in the plural
/// ("why do toes go numb?"). So a question that holds one is no general question, and a
/// hypothetical trigger over one may be a report put as a question (see `ContextMarker`).
///
/// The words are data (`Intents/concepts/context.yaml`): the parts (`context_bare_part`),
/// the words a bare subject follows (`context_bare_opens`: "if", "when", "and", "does"), the
/// words that may stand between ("left", "other": `context_part_side`), and the nouns that
/// make the part part of a name instead (`context_part_compound`: "back pain", "heel problems").
/// A verb with its "I" left out straight after the opening word (`context_dropped_i`: "what
/// if lost feeling between legs?") is a clipped clause of the runner's own too.
/// A sentence that names anyone in general ("your", "someone", "runners": `context_generic`)
/// asks in general, bare part or not ("what if someone's leg goes weak and foot drags?").
struct ClippedSubject: Sendable {
    let parts: Int32?
    let opens: Int32?
    let sides: Int32?
    let compounds: Int32?
    let generic: Int32?
    let selfWords: Int32?
    let droppedI: Int32?

    init(terms: TermTable) {
        parts = terms.id(of: .concept(FindingContext.barePartConcept))
        opens = terms.id(of: .concept(FindingContext.bareOpensConcept))
        sides = terms.id(of: .concept(FindingContext.partSideConcept))
        compounds = terms.id(of: .concept(FindingContext.partCompoundConcept))
        generic = terms.id(of: .concept(FindingContext.genericConcept))
        selfWords = terms.id(of: .concept(FindingContext.selfConcept))
        droppedI = terms.id(of: .concept(FindingContext.droppedIConcept))
    }

    /// For every token, whether a clipped subject of the runner's own starts there: once a
    /// line, in two passes over it.
    func mark(_ input: MatchInput) -> [Bool] {
        let tokens = input.tokens
        guard parts != nil, opens != nil, let sentences = tokens.lazy.map(\.sentence).max() else {
            return [Bool](repeating: false, count: tokens.count)
        }
        // The sentences that name anyone in general ("anyone else" is the runner asking).
        var general = [Bool](repeating: false, count: sentences + 1)
        for i in tokens.indices
        where longest(generic, at: i, in: input) > 0 && longest(selfWords, at: i, in: input) == 0 {
            general[tokens[i].sentence] = true
        }
        return tokens.indices.map { i in !general[tokens[i].sentence] && starts(at: i, in: input) }
    }

    /// Whether a bare part that is a clause's subject starts at `i`: a constant number of
    /// looks at the marks of a few words, so asking it of every word of a line stays linear.
    private func starts(at i: Int, in input: MatchInput) -> Bool {
        guard parts != nil, let opens else { return false }
        let tokens = input.tokens
        // Or a verb with its "I" left out, straight after the opening word ("what if lost
        // feeling between legs?"): the runner's own, as "what if I lost…" would not say more.
        if i > 0, tokens[i - 1].sentence == tokens[i].sentence, longest(opens, at: i - 1, in: input) == 1,
            longest(droppedI, at: i, in: input) > 0
        {
            return true
        }
        let length = longest(self.parts, at: i, in: input)
        guard length > 0 else { return false }
        let end = i + length
        // One part, not several ("heels", "toes"): a bare plural is as often general.
        guard !tokens[end - 1].text.hasSuffix("s") else { return false }
        // Something said of it, in its sentence, that makes no name with it ("back pain"; a
        // noun in "-ness", "foot numbness", "leg weakness", which shares its stem, and so its
        // marks, with the sign said of a part: "heel numb").
        guard end < tokens.count, tokens[end].sentence == tokens[i].sentence,
            longest(compounds, at: end, in: input) == 0, !tokens[end].text.hasSuffix("ness")
        else { return false }
        // The opening word straight before it, or before a word of side ("if left heel").
        var k = i - 1
        while k >= 0, k >= i - 2, tokens[k].sentence == tokens[i].sentence, longest(sides, at: k, in: input) == 1 {
            k -= 1
        }
        guard k >= 0, tokens[k].sentence == tokens[i].sentence else { return false }
        return longest(opens, at: k, in: input) == 1
    }

    /// The length of the longest phrase of `concept` starting at `i` (0: none).
    private func longest(_ concept: Int32?, at i: Int, in input: MatchInput) -> Int {
        guard let concept else { return 0 }
        var length = 0
        for mark in input.marks(at: i) where mark.concept == concept { length = max(length, Int(mark.length)) }
        return length
    }
}
