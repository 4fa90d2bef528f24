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
        // A sign raised already is not looked for again, and where a reading differs from one
        // checked already only in terms ("toes" where that one had "feet"), only the signs that
        // name those terms are looked for: each reading costs about as much as the line's own
        // check, and a line may be read nine times.
        var taken = Set(raised.map(\.rule.id))
        var checked: [FindingsInput] = []
        for read in readings.compactMap({ $0 }) {
            let again = FindingsInput(read, aboutDependant: conversation.aboutDependant)
            let only = checked.lazy.compactMap {
                PartReference.signsTelling($0, from: again, warningTerms: brain.warningTerms)
            }.first
            if only == nil { checked.append(again) }
            if only?.isEmpty == true { continue }
            let hits = FindingsReader.redFlagHits(in: again.reported, brain: brain) { sign in
                (only?.contains(sign) ?? true) && !taken.contains(brain.redFlags[Int(sign)].id)
            }
            for candidate in RedFlagChecker(brain: brain).check(hits, in: again.reported, facts: [])
            where !taken.contains(candidate.rule.id) {
                more.append(candidate)
                taken.insert(candidate.rule.id)
            }
        }
        return (more, named)
    }
}
