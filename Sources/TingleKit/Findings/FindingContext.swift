/// Whose finding a word belongs to, and whether it is happening: the ConText categories
/// (Harkema et al. 2009, after NegEx, Chapman et al. 2001). Negation keeps its own stage in
/// `Text/Negation`; these are the others, read from concepts of the brain (see
/// `Intents/concepts/context.yaml`), each a trigger phrase with a direction.
public enum FindingContext: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Said as a fact about the runner, now.
    case affirmed
    /// Denied after the fact, NegEx's post-negation: "my back is fine", "I can pee fine".
    /// (A denial before the words, "no pain", is the Text stage's `Negation`.)
    case negated
    /// "not sure if it's swollen", "I'm scared this is MS", "maybe".
    case possible
    /// "what if it spreads", "if I ever couldn't feel…", "in case".
    case hypothetical
    /// "sciatica five years ago", "I used to get Raynaud's".
    case historical
    /// "my wife's feet", "my dad is diabetic", "my running buddy's foot slaps".
    case otherPerson

    public var description: String {
        switch self {
        case .affirmed: "affirmed"
        case .negated: "negated"
        case .possible: "possible"
        case .hypothetical: "hypothetical"
        case .historical: "historical"
        case .otherPerson: "someone else's"
        }
    }

    /// The brain concepts whose phrases trigger this context, with the direction of their
    /// scope: forward triggers cover the words after them, backward ones the words before.
    var triggerConcepts: [(name: String, forward: Bool)] {
        switch self {
        case .affirmed: []
        case .negated: [("context_negated_before", false)]
        case .possible: [("context_possible", true)]
        case .hypothetical: [("context_hypothetical", true), (Self.conditionalConcept, true)]
        case .historical: [("context_historical", true), ("context_historical_before", false)]
        case .otherPerson: [("context_other", true), ("context_other_before", false)]
        }
    }

    /// Phrases that end every context's scope ("but", "now", "these days"), and phrases
    /// that look like a trigger but are not one ("used to it", "my own").
    static let terminatorConcept = "context_end"
    static let pseudoConcept = "context_pseudo"
    /// Words that say the runner is talking about themselves again: they end the scope of
    /// someone else's ("my partner says my face looks droopy" is about the runner's face).
    static let selfConcept = "context_self"
    /// Words that add to what was said ("too", "as well", "also"): after a hypothetical
    /// trigger and the runner's own words they make it possible (see `ContextMarker`).
    static let addedConcept = "context_added"
    /// A child the runner writes about ("my son", "my teenage daughter"): the one who needs
    /// the advice, so nothing in that line is someone else's (see `ContextMarker`).
    static let dependantConcept = "context_dependant"
    /// Words that say the runner asks for a person with them ("asking for my wife", "my
    /// husband is sitting next to me"): that person is in their care (see `PersonInCare`).
    static let inCareConcept = "context_in_care"
    /// Words that look ahead ("get", "start", "ever"): a hypothetical with one stays one.
    static let futureConcept = "context_future"
    /// "He", "she", "his", "her": in a conversation about the runner's child, the child.
    static let pronounConcept = "context_pronoun"
    /// Words opening a clause that goes on about what came before ("it", "which", "they"):
    /// someone else's scope that reached the end of its clause carries on into that clause
    /// ("a friend's foot went numb and it turned out to be a slipped disc").
    static let continuesConcept = "context_continues"
    /// Words that point back at a whole event said before ("that", "this", "the injury"):
    /// said before "has healed" or "is all cleared up", the event they point at is over too
    /// ("hurt my neck, that's healed"). Only the historical carry reads them: "that" is too
    /// common a word to carry someone else's scope on.
    static let pointsBackConcept = "context_points_back"
    /// Words of a recent time ("yesterday", "last week", "on Sunday"): an event dated by one
    /// is not carried into history by a word pointing back at it (see `ContextMarker`).
    static let recentConcept = "context_recent"
    /// Words that say only that something is fine at present ("fine now", "gone now"): a
    /// faint or a head knock that has passed is still the sign, so a word pointing back does
    /// not carry them into history; words that say it cleared ("all cleared up") carry only
    /// into an injury (`context_injury`) (see `ContextMarker`).
    static let overNowConcept = "context_over_now"
    static let clearedConcept = "context_cleared"
    static let injuryConcept = "context_injury"
    /// The runner asking what to do ("mean I should stop", "make me see a doctor"): their own
    /// words, but none of a finding, so a general question that holds only these stays general.
    static let adviceConcept = "context_advice"
    /// Words that tie a person to the runner's own group straight after naming them ("a guy
    /// in my club", "someone at my parkrun"): their "my" is part of who is meant, not the
    /// runner speaking of themselves again.
    static let belongingConcept = "context_belonging"
    /// Things a runner wears or uses (`context_borrowed`: shoes, socks, insoles, a shoe's
    /// maker): straight after a possessive ("my sister's old asics", "my husband's old ones")
    /// they are borrowed, the runner's own finding, not someone else's.
    static let borrowedConcept = "context_borrowed"
    /// Verbs that say something of such a thing as their subject ("are", "feel", "give"):
    /// "my dad's shoes are too small" tells of his shoes, not of a pair the runner borrowed.
    static let borrowedSaidOfConcept = "context_borrowed_said_of"
    /// Words that say something is happening now ("now", "just collapsed", "is", "keeps"):
    /// with them, a warning sign of someone else's is one to act on for them (see `Session`).
    static let nowConcept = "context_now"
    /// Words of the same day ("today", "an hour ago", "this morning"): an event of someone
    /// with the runner told in the past tense on the day it happened is still theirs to act on
    /// ("after the race today she was confused"); a story of last year is not.
    static let sameDayConcept = "context_same_day"
    /// A frame of time or place said first, before a subject in run-on text ("at night my
    /// feet are fine"): a denial said after the subject covers it too (see `ContextMarker`).
    static let frameConcept = "context_frame"
    /// Words of reported speech after someone named ("says", "reckons", "noticed"): what they
    /// say is about the runner unless a word of theirs ("he", "her") says otherwise ("wife
    /// says left foot slaps", typed with no "my").
    static let speechConcept = "context_speech"
    /// What reported speech tells of the numbness the conversation is about ("my wife says it
    /// starts after 3 miles", "his coach reckons it comes on halfway"): "it" and a verb of its
    /// course. Said straight after the speaker's verb, it is no story of the speaker's own.
    static let speechTopicConcept = "context_speech_topic"
    /// Words that name someone as the source of what follows ("according to her coach"): the
    /// person is who said it, not whom it is about.
    static let sourceConcept = "context_source"
    /// Words that say something began ("started", "began", "since"): a time long past said
    /// after them ("my foot started dragging a year ago") dates when it began, not an episode
    /// that is over, so a backward historical trigger with one in its scope covers nothing.
    static let onsetConcept = "context_onset"
    // The words of a clipped clause of the runner's own, its "my" left out ("what if heel
    // goes numb on run?"), are named by `BareSubject` (in `Matching/`, which the intents share).

    /// Anyone in general ("your", "someone", "runners"): a sentence naming one asks in general.
    static let genericConcept = "context_generic"
    /// A condition ("if", "should it") and the main clause that makes it one ("will", or
    /// "would", whose condition is unreal only when said in the past), the verbs before "if"
    /// that make it "whether", and the words of a state that holds now (see
    /// `ContextMarker.conditionContext`).
    static let conditionalConcept = "context_conditional"
    static let conditionalMainConcept = "context_conditional_main"
    static let whetherConcept = "context_whether"
    static let presentConcept = "context_present"
    static let conditionalUnrealConcept = "context_conditional_unreal"
    static let unrealConcept = "context_unreal"
}
