/// A question about the runner's own runs, counted: "why does sole go dead every single run?",
/// "how come foot goes numb each time?". Asking why something happens *every run* tells that it
/// happens to the one asking, "my" typed or not, as "why do my feet go numb every run?" does: a
/// report put as a question, which starts the follow-up questions, and the question is still
/// answered (as "what makes feet go dead? Mine go after an hour" is). A general question keeps
/// its general reading: it counts no runs ("why do toes tingle in long races?"), or the runs it
/// counts are anyone's ("every time you run", "why do runners always…").
///
/// Only a question that asks why (`act_asks_why`: "why", "how come", "what makes"): one of
/// another kind that counts the runs ("tingly feet on every run, sign of diabetes?") asks about
/// its topic first.
///
/// The words are data (`Intents/concepts/acts.yaml`): asking why, the runs counted
/// (`act_recurring`) and anyone in general who runs (`act_anyone`). Without them, nothing
/// changes.
extension IntentMatcher {
    static let recurringConcept = "act_recurring"
    static let anyoneConcept = "act_anyone"
    static let asksWhyConcept = "act_asks_why"

    /// Whether the question in `range` asks why of the runner's own runs, counted, and names no
    /// one in general.
    func asksWhyOfOwnRuns(_ input: MatchInput, in range: Range<Int>) -> Bool {
        input.hasMark(Self.asksWhyConcept, in: range) && input.hasMark(Self.recurringConcept, in: range)
            && !input.hasMark(Self.anyoneConcept, in: range)
    }
}
