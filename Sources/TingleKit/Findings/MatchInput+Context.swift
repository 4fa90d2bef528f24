/// The findings stage's view of a line: the same matching input with the words said in a
/// context other than the runner's own present one set aside (see `FindingsInput`). It lives
/// here, with the contexts it reads, so that matching knows nothing of findings.
extension MatchInput {
    /// The same input where the words said in one of `contexts` (someone else's, past,
    /// hypothetical…) count as denied by their trigger: what the runner reports of
    /// themselves, now. Patterns cannot match them, as they cannot match "pain" in "no pain".
    func masking(_ contexts: Set<FindingContext>, marks: [ContextMarker.Mark]) -> MatchInput {
        guard marks.contains(where: { contexts.contains($0.context) }) else { return self }
        return MatchInput(masking: self, contexts: contexts, marks: marks)
    }

    init(masking input: MatchInput, contexts: Set<FindingContext>, marks contextMarks: [ContextMarker.Mark]) {
        text = input.text
        brain = input.brain
        var units = input.units
        for i in units.indices where units[i].deniedBy < 0 && contexts.contains(contextMarks[i].context) {
            units[i].deniedBy = Int32(contextMarks[i].trigger ?? i)
        }
        var present = BitSet(capacity: input.brain.terms.count)
        var presentList: [Int32] = []
        for i in units.indices {
            if units[i].term >= 0, units[i].deniedBy < 0, present.insert(units[i].term) {
                presentList.append(units[i].term)
            }
            for mark in input.marks(at: i)
            where i + Int(mark.length) <= units.count
                && Self.isAsserted(units, i..<(i + Int(mark.length))) && present.insert(mark.concept)
            {
                presentList.append(mark.concept)
            }
        }
        self.units = units
        self.marks = input.marks
        self.present = present
        self.presentList = presentList
        all = input.all
        viable = input.viable
        viableBits = input.viableBits
    }
}
