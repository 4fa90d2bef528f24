extension Session {
    /// The warning signs a line says of a part named in an earlier turn and pointed back to by
    /// "it" or "they" (`PartReference`): the line read again with the pronoun as that part,
    /// for the red flags `raised` does not hold already, once for each of the parts named
    /// last (which one "it" means cannot be told, and each reading can only add a red flag);
    /// and the parts this line names, which a later line may point back to.
    func raisedPointingBack(
        _ input: MatchInput, findings: FindingsInput,
        besides raised: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)]
    ) -> (raised: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)], parts: [PartReference.Named]) {
        let reference = brain.contextMarker.partReference
        let named = reference.named(in: findings)
        // Read again with "it" as each part of an earlier turn, the latest first (so `/why`
        // quotes the nearest reading that raised a sign), and with "mine" as a part named
        // before it in this line (someone else's, most often).
        var more: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)] = []
        let readings =
            conversation.namedParts.reversed().map { reference.reading(input, as: $0) } + [reference.readingMine(input)]
        for read in readings.compactMap({ $0 }) {
            let again = FindingsInput(read, aboutDependant: conversation.aboutDependant)
            let hits = FindingsReader.redFlagHits(in: again.reported, brain: brain)
            for candidate in RedFlagChecker(brain: brain).check(hits, in: again.reported, facts: [])
            where !raised.contains(where: { $0.rule.id == candidate.rule.id })
                && !more.contains(where: { $0.rule.id == candidate.rule.id })
            {
                more.append(candidate)
            }
        }
        return (more, named)
    }
}
