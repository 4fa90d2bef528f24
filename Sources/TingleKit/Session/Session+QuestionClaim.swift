extension Session {
    /// The warning signs of the last line's general question that this line claims as the
    /// runner's own ("is saddle numbness serious?" … "yes, I have it", "that's me", "I've got
    /// that now"): the question and this line read again as one, where the claim lifts the
    /// question's general reading (`QuestionClaim`), for the red flags `raised` does not hold
    /// already. What the line tells of slots and symptoms stays as said. Read only when the
    /// last line asked a general question and this one holds a claim of its own, so most
    /// lines pay nothing.
    func raisedByClaim(
        _ line: String, input: MatchInput, findings: FindingsInput,
        besides raised: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)]
    ) -> [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)] {
        let claim = brain.contextMarker.claim
        guard let question = conversation.generalQuestion, claim.mayClaim(input),
            !claim.claiming(input, marks: findings.contexts).isEmpty
        else { return [] }
        let both = MatchInput(text: brain.analyzer.analyze(question + " " + line), brain: brain)
        let again = FindingsInput(both, aboutDependant: conversation.aboutDependant)
        let taken = Set(raised.map(\.rule.id))
        let hits = FindingsReader.redFlagHits(in: again.reported, brain: brain) { sign in
            !taken.contains(brain.redFlags[Int(sign)].id)
        }
        return RedFlagChecker(brain: brain).check(hits, in: again.reported, facts: []).filter {
            !taken.contains($0.rule.id)
        }
    }

    /// The line's last general question, as typed, ended with "?": what a claim in the next
    /// line may lift. Nil when no sentence of the line is one.
    static func generalQuestion(_ findings: FindingsInput) -> String? {
        let input = findings.whole
        guard
            let range = input.text.sentences.last(where: { range in
                range.contains { $0 < findings.contexts.count && findings.contexts[$0].generalQuestion }
            })
        else { return nil }
        return input.tokens[range].map { $0.measure?.description ?? $0.said }.joined(separator: " ") + "?"
    }
}
