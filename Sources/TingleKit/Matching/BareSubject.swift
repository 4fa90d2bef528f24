/// A single body part named bare as the subject of a clause, its "my" left out ("if heel goes
/// numb", "why does sole go dead…"), or a verb with its "I" left out straight after the word
/// that opens the clause ("what if lost feeling…"). English names one body part with a word in
/// front of it ("my", "the", "your", "a"); a runner typing on a phone leaves out only their own
/// "my", where a general question keeps its "your" or "the", or names parts in the plural
/// ("why do toes go numb?"). So such a subject is the runner's own.
///
/// Two stages read it: the findings (`ClippedSubject`: a hypothetical trigger over one may be
/// a report put as a question) and the intents (`OwnRecurrence`: asking why of counted runs
/// is a report only when someone of the runner's own suffers them). It lives here, in the
/// earlier stage, so both share one reading.
///
/// The words are data (`Intents/concepts/context.yaml`): the parts (`context_bare_part`), the
/// words a bare subject follows (`context_bare_opens`: "if", "when", "and", "does"), the words
/// that may stand between ("left", "other": `context_part_side`), the nouns that make the part
/// part of a name instead (`context_part_compound`: "back pain", "heel problems"), and the
/// verbs said with their "I" left out (`context_dropped_i`).
struct BareSubject: Sendable {
    static let partConcept = "context_bare_part"
    static let opensConcept = "context_bare_opens"
    static let sideConcept = "context_part_side"
    static let compoundConcept = "context_part_compound"
    static let droppedIConcept = "context_dropped_i"

    let parts: Int32?
    let opens: Int32?
    let sides: Int32?
    let compounds: Int32?
    let droppedI: Int32?

    init(terms: TermTable) {
        parts = terms.id(of: .concept(Self.partConcept))
        opens = terms.id(of: .concept(Self.opensConcept))
        sides = terms.id(of: .concept(Self.sideConcept))
        compounds = terms.id(of: .concept(Self.compoundConcept))
        droppedI = terms.id(of: .concept(Self.droppedIConcept))
    }

    /// Whether the brain names bare parts and the words they follow at all.
    var isAvailable: Bool { parts != nil && opens != nil }

    /// Whether a bare part that is a clause's subject, or a verb with its "I" left out, starts
    /// at `i`: a constant number of looks at the marks of a few words, so asking it of every
    /// word of a line stays linear.
    func starts(at i: Int, in input: MatchInput) -> Bool {
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
    func longest(_ concept: Int32?, at i: Int, in input: MatchInput) -> Int {
        guard let concept else { return 0 }
        var length = 0
        for mark in input.marks(at: i) where mark.concept == concept { length = max(length, Int(mark.length)) }
        return length
    }
}
