extension Session {
    /// The warning signs a line says of a part named in an earlier turn and pointed back to by
    /// "it" or "they" (`PartReference`): the line read again with the pronoun as that part,
    /// for the red flags `raised` does not hold already; and the part this line names, if any,
    /// the one a later line may point back to.
    func raisedPointingBack(
        _ input: MatchInput, findings: FindingsInput,
        besides raised: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)]
    ) -> (raised: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)], part: PartReference.Named?) {
        let reference = brain.contextMarker.partReference
        let named = reference.named(in: findings)
        guard let part = conversation.namedPart, let read = reference.reading(input, as: part) else {
            return ([], named)
        }
        let again = FindingsInput(read, aboutDependant: conversation.aboutDependant)
        let hits = FindingsReader.redFlagHits(in: again.reported, brain: brain)
        let more = RedFlagChecker(brain: brain).check(hits, in: again.reported, facts: []).filter { candidate in
            !raised.contains { $0.rule.id == candidate.rule.id }
        }
        return (more, named)
    }
}
