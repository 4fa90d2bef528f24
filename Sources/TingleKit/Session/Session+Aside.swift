extension Session {
    /// Another running trouble told in answer to a list question ("anything else?"), with
    /// nothing of the numbness: "hamstring is a bit tight", "knee's been sore for ages but
    /// that's unrelated", "had plantar fasciitis last year". The line won only an intent of
    /// `settings.asideIntents`, no symptom or warning sign was read in it and it names no
    /// numbness, so it is the answer "nothing else" (`noneFor`); what it told of its runs
    /// ("after long runs") is of that trouble, not of the numbness, and is dropped. The red
    /// flags still read the line as ever. False, and `found` untouched, for any other line.
    func toldAside(_ input: MatchInput, intents: [String], found: inout Findings) -> Bool {
        let aside = brain.settings.asideIntents
        guard !aside.isEmpty, intents.contains(where: aside.contains),
            intents.allSatisfy({ aside.contains($0) || Self.manners.contains($0) }),
            let asking = conversation.asking, brain.slots.contains(where: { $0.id == asking && $0.isList }),
            found.symptoms.isEmpty, found.redFlagHits.isEmpty, found.risks.isEmpty, !found.isCorrection,
            found.values[asking] == nil, !input.isPresent(.numb)
        else { return false }
        found.values = [:]
        found.context = []
        found.heard = []
        found.noneFor.insert(asking)
        return true
    }

    /// Says the other trouble was noted as separate (`asideNoted`), in place of "Got it:
    /// nothing else" for the list question `asked` (which the message says), or before the
    /// next question or the view.
    func noteAside(_ parts: inout [ReplyPart], asked: String, at position: Int) {
        let note = ReplyPart.message(brain.message(.asideNoted))
        if let summary = conversation.slots[asked]?.summary(in: brain) {
            let acknowledged = brain.message(.acknowledge).replacingFirst("{value}", with: summary)
            if let i = parts.firstIndex(where: { if case .message(acknowledged) = $0 { true } else { false } }) {
                parts[i] = note
                return
            }
        }
        parts.insert(note, at: position)
    }
}
