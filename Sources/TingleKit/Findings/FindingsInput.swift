/// One line as the findings stage reads it: the words the runner says of themselves, now.
/// Which contexts count for what is the policy below, documented in the README
/// ("Findings and their context"):
/// - symptoms, slot answers, circumstances and red flags ignore what is hypothetical,
///   historical or someone else's; a *possible* warning sign still counts (when in doubt,
///   tingle escalates or asks);
/// - risk factors ignore the possible too (a fear of MS is a worry, not a history),
///   but count the historical: a risk factor is a history ("a slipped disc years ago",
///   "a history of diabetes", "I used to have sciatica"), except a state that counts only
///   while it lasts (`current: true`: "I used to be anaemic", "my B12 was low years ago but
///   it's fine now" is no risk now).
public struct FindingsInput: Sendable {
    /// The line as intents read it: nothing masked but negation.
    public let whole: MatchInput
    /// Each token's context, and the trigger that set it.
    public let contexts: [ContextMarker.Mark]
    /// The runner's own present findings, the possible included.
    let reported: MatchInput
    /// The runner's own certain findings, now or in the past (for risk factors); made only when
    /// a risk factor's pattern could match at all.
    func history() -> MatchInput {
        whole.masking(Self.notTheirs.subtracting([.historical]).union([.possible]), marks: contexts)
    }
    /// The runner's own certain findings, now only (for a risk that is a state, `current`);
    /// made only when such a risk's pattern could match at all.
    func present() -> MatchInput {
        whole.masking(Self.notTheirs.union([.possible]), marks: contexts)
    }
    /// `reported` with negation lifted: which findings "no pain" mentions.
    let mentioned: MatchInput?
    /// Someone else's words and the runner's, neither denied, hypothetical nor historical: a
    /// warning sign of someone with the runner ("my husband is slurring his words now"). Made
    /// only when the line says something of someone else as happening now.
    func theirs() -> MatchInput? {
        guard whole.brain.contextMarker.saysSomeoneElseNow(whole, marks: contexts) else { return nil }
        return whole.masking(Self.notTheirs.subtracting([.otherPerson]), marks: contexts)
    }

    static let notTheirs: Set<FindingContext> = [.negated, .hypothetical, .historical, .otherPerson]

    /// `aboutDependant`: an earlier line named the runner's child, so no word is someone
    /// else's (see `ContextMarker`).
    /// `answering`: read as the answer to a question asked, a sentence in question form is
    /// not taken for a general question (see `ContextMarker.mark`).
    /// `inCareAt`: the words that name the person in care as someone else's (see
    /// `ContextMarker.mark`).
    init(_ input: MatchInput, aboutDependant: Bool = false, answering: Bool = false, inCareAt: Set<Int> = []) {
        whole = input
        contexts = input.brain.contextMarker.mark(
            input, aboutDependant: aboutDependant, answering: answering, inCareAt: inCareAt)
        reported = input.masking(Self.notTheirs, marks: contexts)
        mentioned = input.hasDenial ? input.undenied().masking(Self.notTheirs, marks: contexts) : nil
    }

    /// The words said in a context other than affirmed, with the context and its trigger,
    /// for `/why` and `analyze`.
    public var contextualWords: [(word: String, context: FindingContext, trigger: String)] {
        contexts.indices.compactMap { i in
            guard contexts[i].context != .affirmed, let trigger = contexts[i].trigger else { return nil }
            let end = contexts[i].triggerEnd ?? trigger + 1
            return (
                whole.tokens[i].typed, contexts[i].context,
                whole.tokens[trigger..<end].map(\.typed).joined(separator: " ")
            )
        }
    }
}
