/// What triage has decided over one conversation: the red flags raised and how, the advice
/// level that only rises, the floors told, the last view and the advice given. `Session`
/// keeps it beside the `Conversation` (what the dialogue heard), not inside it: the dialogue
/// is the lower stage and names no type of triage's.
public struct TriageRecord: Sendable {
    public internal(set) var redFlags: [String] = []
    /// How each raised red flag was raised: by a pattern of the runner's words, or by facts
    /// (which a withdrawal can take away).
    public internal(set) var flagRaisedByFacts: [String: Bool] = [:]
    /// Red flags raised for someone with the runner, not the runner (see `Session`): the
    /// summary says whose they are.
    public internal(set) var ofSomeoneElse: Set<String> = []
    /// A red flag raised by the runner's words and later denied: asked about once, plainly,
    /// before it is dropped.
    public internal(set) var confirmingWithdrawal: String?
    /// The highest advice level given so far; nil until advice has been given. It only
    /// rises (`AdviceLevel`), except after a withdrawal.
    public internal(set) var adviceLevel = AdviceLevel()
    public var level: EscalationLevel? { adviceLevel.value }
    /// The floors (levels set by what is known, such as diabetes) already told, by reason.
    public internal(set) var floorsTold: Set<String> = []
    /// The last view given, so a later detail can be answered with what it changes.
    public internal(set) var lastView: Assessment?
    /// A view due with a doctor-level escalation, held back while the warning-sign question
    /// asked with it has no answer (a "yes" could make it an emergency): given after the "no"
    /// or "not sure".
    public internal(set) var viewHeld = false
    /// The advice given, in order, for `/summary`.
    public internal(set) var advice: [String] = []

    public init() {}
}
