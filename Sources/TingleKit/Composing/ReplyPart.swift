/// The pieces a reply is made of, in the order they are shown. The session decides
/// which pieces a turn needs; `ResponseComposer` turns them into text.
enum ReplyPart {
    /// A red flag: always the first thing in a reply.
    case escalation(EscalationLevel, [RedFlagRule])
    /// Emergency signs told of someone with the runner, now: what to do for them.
    case escalationForSomeoneElse([RedFlagRule])
    /// Emergency signs told of someone else with no word of when: what to do if they are
    /// happening now, and whether they are. Leads the reply as an escalation does.
    case warningForSomeoneElse([RedFlagRule])
    /// A one-line reminder of an escalation raised earlier.
    case reminder(EscalationLevel)
    case message(String)
    /// What to do if a warning sign asked about in general is the runner's own
    /// (`Session.signAskedInGeneral`): not an escalation, but led by nothing else either, so
    /// no "that sounds worrying" or "noted" comes before the advice.
    case warning(String)
    case answer(ContentEntry)
    case offer(String)
    /// `lead` is a line said just before the question and moved with it (see
    /// `ResponseComposer.ordered`).
    case question(Slot, retry: Bool, lead: String? = nil)
    /// The question asked again after "what do you mean?" (in other words, with examples) or
    /// "why do you ask?" (`why`: why it matters, then the question).
    case clarified(Slot, why: Bool)
    /// The assessment; `showLevel` is false when an escalation above already gave the level.
    case assessment(Assessment, showLevel: Bool)
    /// After a view, a new detail: only what changed from the view shown before.
    case viewChange(from: Assessment, to: Assessment)
    case menu([(number: Int, title: String)])
}
