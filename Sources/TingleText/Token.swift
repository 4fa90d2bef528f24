/// One word of the user's input after normalisation, with everything the matcher
/// and the dialogue need to know about it.
public struct Token: Sendable, Equatable {
    /// The word as the matcher reads it (after contractions, rewrites and typo correction).
    public var text: String
    /// The word as typed (normalised), before any correction: used in explanations.
    public var typed: String
    /// The light stem, where "tingles", "tingling" and "tingled" meet.
    public var stem: String
    /// A quantity ("3 miles", "20 minutes") when this token stands for one.
    public var measure: Measure?
    /// Index of the negation cue ("no", "not", "without", …) whose scope covers this token.
    public var deniedBy: Int?
    /// Which clause of the input the token belongs to (negation stops at a clause boundary).
    public var clause: Int
    /// Which sentence or question of the input the token belongs to.
    public var sentence: Int
    /// A new clause starts here, though no punctuation or joining word marks it: a subject
    /// and its verb in a run-on line (see `ClauseStarts`).
    public var opensClause = false
    /// A question mark follows this token.
    public var endsQuestion = false
    /// A colon, or a dash between spaces, follows this token ("swelling - none").
    public var endsLabel = false
    /// A discourse marker opening its sentence ("so", "ok", "quick question"), which a
    /// question may come after ("so can I keep running on numb toes").
    public var leadIn = false
    /// Typed with a possessive "'s" ("husband's"), which the word was read without: said
    /// back with it (`said`).
    public var possessive = false

    /// The word as typed, with its possessive "'s": what a description said back shows.
    public var said: String { possessive ? typed + "'s" : typed }

    public init(
        text: String, typed: String? = nil, stem: String? = nil, measure: Measure? = nil,
        clause: Int = 0, sentence: Int = 0
    ) {
        self.text = text
        self.typed = typed ?? text
        self.stem = stem ?? Stemmer.stem(text)
        self.measure = measure
        self.clause = clause
        self.sentence = sentence
    }

    public var isDenied: Bool { deniedBy != nil }
}
