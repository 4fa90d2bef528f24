extension Session {
    /// "Mostly near the end of the run", "it wears off quick once I stop", "on the downhill
    /// stretch around mile 11", said to a free-text question (the shoes): the line says no word
    /// of footwear (`~footwear_told`, nor the slot's own subject) and, read as the answer to
    /// another question (its answer-only words included, `asked: true`), answers that one. It
    /// belongs there, as a Rasa form reads a reply against the slot it fits, and is never the
    /// shoes' answer as typed. Only a line that would be that answer is read so (a short
    /// statement of the runner's own, `freeTextAnswer`): a question ("my job has me sitting
    /// all day, is that why?") or someone else's words are left to their own readings. Nil
    /// when the line gives the question asked now anything, is a correction, or names the
    /// shoes ("had the same pair for ages", "happens in every pair").
    func answerForAnother(
        findings: FindingsInput, input: MatchInput, found: Findings, skipping: [Range<Int>]
    ) -> (slot: Slot, found: Findings)? {
        guard let asking = conversation.asking, found.values.isEmpty, !found.isCorrection,
            let slot = brain.slots.first(where: { $0.id == asking }), slot.freeText,
            !input.isPresent(.footwearTold), !(slot.subject.map { input.isPresent(concept: $0) } ?? false),
            Self.freeTextAnswer(input) != nil, !Self.tellsOfSomeoneElsesFeet(findings),
            !Self.tellsSomeoneElsesGuess(input), !Self.tellsPastHistory(input, findings: findings)
        else { return nil }
        let reader = FindingsReader(brain: brain)
        // Only a question asked before or answered already (when it starts, skipped or told in
        // the report): the answer-only words of one still to come read too much into a line
        // about the shoes ("got them ages ago" is no numbness lasting ages after a run).
        for other in brain.slots
        where other.id != asking && (conversation.asked.contains(other.id) || holdsAnswer(other.id))
            && other.when.isEmpty && !other.isList && !other.freeText
        {
            let again = reader.read(findings, asking: other.id, skipping: skipping)
            guard again.values[other.id] != nil else { continue }
            return (other, again)
        }
        return nil
    }

    /// Whether a slot holds an answer already (not skipped, not empty): one said to the shoes
    /// is then not taken in its place, for no word of correction says it replaces it.
    func holdsAnswer(_ id: String) -> Bool {
        guard let value = conversation.slots[id] else { return false }
        return !value.skipped && !value.descriptions.isEmpty
    }

    /// The answer a line said to the shoes gives another question not answered yet ("dunno"
    /// to when it starts, then "mostly near the end of the run"): filed there, with what was
    /// heard; the shoes are asked again (the line told something other than what is asked).
    func fileAnswerForAnother(
        _ found: inout Findings, intents: [String], findings: FindingsInput, input: MatchInput,
        skipping: [Range<Int>]
    ) {
        // A line another intent took (a question, a greeting) is no free-text answer.
        guard intents.isEmpty,
            let (slot, again) = answerForAnother(findings: findings, input: input, found: found, skipping: skipping),
            !holdsAnswer(slot.id), let value = again.values[slot.id]
        else { return }
        found.values[slot.id] = value
        found.heard += again.heard.filter { $0.slot == slot.id }
    }

    /// The same said when that question holds an answer already ("after about 2 miles", then
    /// "later on in the run really" to the shoes): neither the shoes' answer nor a replacement;
    /// where it fits is asked (`amountUnplaced`'s words), then the shoes again, plainly.
    func answerUnplaced(findings: FindingsInput, input: MatchInput, found: Findings) -> [ReplyPart]? {
        guard let asking = conversation.asking, let current = brain.slots.first(where: { $0.id == asking }),
            let (slot, again) = answerForAnother(findings: findings, input: input, found: found, skipping: []),
            holdsAnswer(slot.id), let said = again.values[slot.id]?.descriptions.first
        else { return nil }
        // Words, not an amount, so quoted: "I'm not sure where “late in the run” fits".
        return unplaced("\u{201C}\(said)\u{201D}", held: slot, asking: current)
    }
}
