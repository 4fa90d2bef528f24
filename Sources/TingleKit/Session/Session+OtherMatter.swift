extension Session {
    /// A sentence that asks for something tingle does not cover ("can you give me a marathon
    /// training plan?", "what should I eat before a half marathon?": won by an intent of
    /// `settings.smallTalkIntents` other than the manners, which carry answers: "hi sorry,
    /// it's usually after 3 miles") in a line that names no feet and no numbness, with no
    /// symptom, risk or warning sign read: what it seemed to say of the runs ("marathon", read
    /// as on long runs) is that matter's, not the numbness's. Each slot heard only in such
    /// sentences, its subject unnamed, is dropped (and shown under "Set aside" by `/why`), so a
    /// report after it is still asked when it starts; what another sentence heard ("thanks.
    /// about 20 mins") is kept. The red flags read the line as ever.
    func setAsideOtherMatter(
        _ input: MatchInput, understood: IntentMatcher.Understanding, found: inout Findings
    ) {
        // Manners carry answers ("hi sorry, it's usually after 3 miles", "…, that's all").
        let smallTalk = brain.settings.smallTalkIntents.subtracting(Self.manners)
        guard !found.values.isEmpty, !smallTalk.isEmpty, found.symptoms.isEmpty, found.risks.isEmpty,
            found.redFlagHits.isEmpty, !found.isCorrection, !input.isPresent(.foot), !input.isPresent(.numb)
        else { return }
        let otherSentences = input.text.sentences.filter { range in
            understood.candidates.first(where: { $0.sentence == range }).map { smallTalk.contains($0.intent) } == true
        }
        guard !otherSentences.isEmpty else { return }
        // A rule that keeps no words of its own was heard somewhere in the line: the other
        // matter's only when every sentence is.
        let everySentence = otherSentences.count == input.text.sentences.count
        let ofOther = { (heard: Heard) in
            heard.captured.isEmpty
                ? everySentence
                : heard.captured.allSatisfy { part in otherSentences.contains { $0.contains(part.lowerBound) } }
        }
        for slot in Set(found.heard.map(\.slot)) {
            let heard = found.heard.filter { $0.slot == slot }
            // "My hip is stiff and the trainers feel snug" still tells of the shoes.
            let namesSubject = brain.slots.first { $0.id == slot }?.subject.map { input.isPresent(concept: $0) } == true
            guard heard.allSatisfy(ofOther), !namesSubject else { continue }
            found.values[slot] = nil
            found.heard.removeAll { $0.slot == slot }
            found.setAside += heard
        }
    }
}
