/// The concepts of the brain that the engine itself reads by name. Code names them only
/// through this list, and the loader refuses a brain that lacks one, so a renamed concept
/// cannot silently switch a behaviour off. Some are optional and named elsewhere:
/// `context_*` triggers are `FindingContext`'s (without them, nothing is set aside), and
/// `lead_words` is `BrainCompiler.leadInConcept`, the discourse markers a question may open
/// with (without it, a question's first word must be its question word), and `tail_words` is
/// `IntentMatcher.tailConcept`, the markers a sentence may close with, and `vague_feeling` and
/// `vague_aside` are `VagueFeelings`' (without them, "funny" is numbness nowhere), and
/// `kit_colour` and `kit_item` are `KitColours`' (without them, "blue shoes" is a blue foot).
public enum ConceptKey: String, Sendable, CaseIterable {
    /// Numbness words and foot words: a first message with findings is a report about the feet;
    /// numbness of another part of the body ("my hands tingle at the keyboard") is not.
    case numb, foot
    case bodyElsewhere = "body_elsewhere"
    /// Running, and a sport or pastime other than running: a first report of numb feet on a
    /// bike or on skis, with no word of running, is told that the same causes apply.
    case run
    case otherActivity = "other_activity"
    /// The words that deny what follows them in their clause ("no", "not", "without"): the
    /// text stage's negation cues, as NegEx's and ConText's triggers are data.
    case negationCues = "negation_cues"
    /// "actually", "I meant": the answer replaces an earlier one.
    case correction
    /// The words said beside a number put right ("more like 8", "8 or so", "it was 8"): a bare
    /// number among them takes the unit of the answer it corrects (see `Session`).
    case correctionAmount = "correction_amount"
    /// "more like", "closer to" opening a line before an amount: it puts right the answer that
    /// holds another amount of the same kind (`Session.comparesWithEarlierAmount`).
    case correctionComparative = "correction_comparative"
    /// A maker or model of shoe: one said denied ("brooks not hokas") and named in the shoes'
    /// answer takes that answer back.
    case shoeBrand = "shoe_brand"
    case shoeModel = "shoe_model"
    /// Feelings acknowledged before anything else, and downplaying after an escalation.
    case worry = "act_worry"
    case frustration = "act_frustration"
    case feeling = "act_feeling"
    case downplay = "act_downplay"
    /// "tips", "advice": a statement that still asks for a topic's answer.
    case request = "act_request"
    /// "is it my new trainers?": a question that also tells (the runner has new trainers).
    case presupposes = "act_presupposes"
    /// "forgot to say", "oh and about the shoes": a line that goes back to an earlier question,
    /// which it may answer late (`Session+LateAnswers.swift`).
    case answerBack = "act_answer_back"
    /// "they", "those": a line that opens so points back at the answer just given ("they feel
    /// a bit snug", said after the shoes), which it may add a detail to.
    case pointsBack = "act_points_back"
    /// "is that related?", "could it be connected?": a question that asks whether what the line
    /// just told goes with the numbness; the topic of what it told is answered
    /// (`Session.respond`), though a statement is otherwise no topic question.
    case asksIfRelated = "act_asks_if_related"
    /// "the name", "the make": what a runner may not know of shoes they can still describe
    /// ("dunno the name, the pink ones": `Session.describedBesideUnsure`).
    case unsureOfName = "act_unsure_of_name"
    /// "not sure", "no idea": what is left of such a line must not be unsure too.
    case unsure = "act_unsure"
    /// "fair enough", "makes sense", "it's fine": a reaction to what tingle said, not a report.
    case reaction = "act_reaction"
    /// "I", "my": the runner speaks of themselves (ends someone else's context; a statement
    /// of one's own is a report).
    case selfWords = "context_self"
    /// Any word of footwear ("pair", "ones", a make): a line without one that answers another
    /// question is not the shoes' free-text answer (`Session+AnswerForAnother.swift`).
    case footwearTold = "footwear_told"
}
