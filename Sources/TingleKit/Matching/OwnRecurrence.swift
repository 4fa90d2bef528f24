/// A question about the runner's own runs, counted: "why does sole go dead every single run?",
/// "how come foot goes numb each time?". Asking why something happens *every run* tells that it
/// happens to the one asking, "my" typed or not, as "why do my feet go numb every run?" does: a
/// report put as a question, which starts the follow-up questions, and the question is still
/// answered (as "what makes feet go dead? Mine go after an hour" is). A general question keeps
/// its general reading: it counts no runs ("why do toes tingle in long races?"), or the runs it
/// counts are anyone's ("every time you run", "why do runners always…"). A word of how often
/// that also states a general truth ("always", `act_habitual`) counts no runs: it tells only
/// with someone of the runner's own who suffers it, an "I" or "my", or a single part named bare
/// with its "my" left out (`BareSubject`): "why do feet always go numb in cold weather?" asks
/// of feet in general, bare and plural, while "why does sole always go dead?" and "why do my
/// feet always…" tell.
///
/// Only a question that asks why (`act_asks_why`: "why", "how come", "what makes"): one of
/// another kind that counts the runs ("tingly feet on every run, sign of diabetes?") asks about
/// its topic first.
///
/// The words are data (`Intents/concepts/acts.yaml`): asking why, the runs counted
/// (`act_recurring`), how often said as a general truth (`act_habitual`) and anyone in general
/// who runs (`act_anyone`). Without them, nothing changes.
extension IntentMatcher {
    static let recurringConcept = "act_recurring"
    static let habitualConcept = "act_habitual"
    static let anyoneConcept = "act_anyone"
    static let asksWhyConcept = "act_asks_why"

    /// Whether the question in `range` asks why of the runner's own runs, counted (or of how
    /// often, with a sufferer of the runner's own), and names no one in general.
    func asksWhyOfOwnRuns(_ input: MatchInput, in range: Range<Int>) -> Bool {
        guard input.hasMark(Self.asksWhyConcept, in: range), !input.hasMark(Self.anyoneConcept, in: range) else {
            return false
        }
        if input.hasMark(Self.recurringConcept, in: range) { return true }
        // A single part named bare, its "my" left out ("why does heel turn pale on frosty
        // runs?"), is the runner's own however often it happens: a report put as a question,
        // as `ClippedSubject` reads it for the findings.
        if namesBareSubject(input, in: range) { return true }
        return input.hasMark(Self.habitualConcept, in: range) && input.hasMark(.selfWords, in: range)
    }

    /// Whether a question of another kind ("does heel usually go numb?", "is it bad if arch
    /// tingles?") names a single part bare, its "my" left out, as its subject, and no one in
    /// general: the runner's own, as a question that asks why of one is (above), so a report
    /// put as a question. A bare plural ("do soles usually burn?") stays general, and so does
    /// a feeling named as a noun after the part ("how long does toe tingling last?", as "back
    /// pain" names one): a word in "-ing" straight after it, with no "is" between. Only here:
    /// the findings keep the wider reading ("what if groin tingling after a run?" may be the
    /// runner's own warning sign).
    func asksOfOwnBarePart(_ input: MatchInput, in range: Range<Int>) -> Bool {
        guard !input.hasMark(Self.anyoneConcept, in: range) else { return false }
        let bare = BareSubject(terms: brain.terms)
        guard bare.isAvailable else { return false }
        let tokens = input.tokens
        return range.contains { i in
            guard bare.starts(at: i, in: input) else { return false }
            let next = i + bare.longest(bare.parts, at: i, in: input)
            return next == i || next >= range.upperBound || !tokens[next].text.hasSuffix("ing")
        }
    }

    /// Whether a single part named bare, its "my" left out, is a clause's subject in `range`:
    /// read only once the question asks why and names no one in general, so the scan costs
    /// nothing on other lines.
    private func namesBareSubject(_ input: MatchInput, in range: Range<Int>) -> Bool {
        let bare = BareSubject(terms: brain.terms)
        guard bare.isAvailable else { return false }
        return range.contains { bare.starts(at: $0, in: input) }
    }
}
