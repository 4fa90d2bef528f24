extension Session {
    /// Another running trouble told in answer to a list question ("anything else?"), with
    /// nothing of the numbness: "hamstring is a bit tight", "knee's been sore for ages but
    /// that's unrelated", "had plantar fasciitis last year". Every sentence the line matched
    /// won an intent of `settings.asideIntents` (or manners), no symptom, risk or warning sign
    /// was read and it names no numbness, so it is the answer "nothing else" (`noneFor`).
    /// What such a sentence seemed to say of the runs ("after long runs", "for years") is that
    /// trouble's and is dropped, unless it names the question's subject ("and the trainers
    /// feel snug" still adds to the shoes); anything heard in another sentence ("it starts
    /// sooner now") leaves the line to be read as ever. The red flags read the line as ever.
    /// False, and `found` untouched, for any other line.
    func toldAside(_ input: MatchInput, understood: IntentMatcher.Understanding, found: inout Findings) -> Bool {
        let aside = brain.settings.asideIntents
        let intents = understood.intents
        guard !aside.isEmpty, intents.contains(where: aside.contains),
            intents.allSatisfy({ aside.contains($0) || Self.manners.contains($0) }),
            let asking = conversation.asking, brain.slots.contains(where: { $0.id == asking && $0.isList }),
            found.symptoms.isEmpty, found.redFlagHits.isEmpty, found.risks.isEmpty, !found.isCorrection,
            found.values[asking] == nil, !input.isPresent(.numb)
        else { return false }
        // The sentences the other trouble won: what was heard in them is that trouble's.
        let asideSentences = input.text.sentences.filter { range in
            understood.candidates.first(where: { $0.sentence == range }).map { aside.contains($0.intent) } == true
        }
        let ofAside = { (heard: Heard) in
            heard.captured.allSatisfy { part in asideSentences.contains { $0.contains(part.lowerBound) } }
        }
        let namesSubject = { (heard: Heard) in
            brain.slots.first { $0.id == heard.slot }?.subject.map { input.isPresent(concept: $0) } == true
        }
        guard !found.heard.contains(where: { !ofAside($0) || namesSubject($0) }),
            found.context.isEmpty || !found.heard.isEmpty
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
