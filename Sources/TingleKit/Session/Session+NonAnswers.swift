extension Session {
    /// "Na", "none really", "nah not really" to a question that a yes or a no does not answer
    /// (when it starts, what you run in, how it ends): there is nothing to tell, so the question
    /// is left as not known, as "not sure" leaves it, and the questions move on. Asking it again
    /// ("back to my question") would only get the same reply.
    /// A no keeps its meaning to a list ("anything else?": nothing else), to a yes-or-no
    /// screening question, to an offer and to "so that's not happening?"; and a no that leads
    /// into something heard or a correction ("no sorry, 5 miles") is not one of these.
    func nonAnswer(_ intents: [String], found: Findings, input: MatchInput) -> [String] {
        guard intents == [RoleIntent.no.rawValue], found.isEmpty, !found.isCorrection,
            conversation.pendingOffer == nil, triage.confirmingWithdrawal == nil,
            !input.isPresent(.correction), let asking = conversation.asking,
            let slot = brain.slots.first(where: { $0.id == asking }),
            !slot.isList, slot.yesFacts.isEmpty, slot.noFacts.isEmpty
        else { return intents }
        return [RoleIntent.dontKnow.rawValue]
    }
}
