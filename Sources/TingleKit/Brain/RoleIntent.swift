/// The intents the dialogue reads by name. Code names them only through this list, and the
/// loader refuses a brain that lacks one, at its `intents:`, so a renamed intent cannot
/// silently stop "yes" from taking an offer. (`settings.startIntent` and
/// `settings.assessIntent` are named by the brain itself.)
public enum RoleIntent: String, Sendable, CaseIterable {
    /// The answers to its offers and questions.
    case yes, no
    case dontKnow = "dont_know"
    /// Small talk that opens a message: answered alone, dropped before a report
    /// (`help` is kept, since it asks for something).
    case greeting, thanks, help
    /// A farewell, the dialogue act `goodbye`.
    case goodbye
    /// A question about tingle's own question: what it means ("huh?", "like what?"), and why
    /// it is asked ("why does that matter?").
    case clarify
    case askWhy = "ask_why"

    /// What a turn is reported as when it matched no intent but told something (an answer,
    /// a symptom, a warning sign). The engine's own name, never an intent of the brain.
    public static let inform = "inform"

    /// What the dialogue needs the intent for, for the loader's message.
    var need: String {
        switch self {
        case .yes, .no, .dontKnow: return "as an answer to its questions"
        case .greeting, .thanks, .help: return "as small talk that opens a message"
        case .goodbye: return "as a farewell"
        case .clarify, .askWhy: return "as a question about its own question"
        }
    }
}
