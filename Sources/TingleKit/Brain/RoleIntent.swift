/// The intents the dialogue reads by name: the answers to its offers and questions. Code
/// names them only through this list, and the loader refuses a brain that lacks one, at its
/// `intents:`, so a renamed intent cannot silently stop "yes" from taking an offer.
/// (`settings.startIntent` and `settings.assessIntent` are named by the brain itself.)
public enum RoleIntent: String, Sendable, CaseIterable {
    case yes, no
    case dontKnow = "dont_know"

    /// What a turn is reported as when it matched no intent but told something (an answer,
    /// a symptom, a warning sign). The engine's own name, never an intent of the brain.
    public static let inform = "inform"
}
