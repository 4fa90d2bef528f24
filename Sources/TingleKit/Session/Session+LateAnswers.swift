extension Session {
    /// Whether the line may answer an earlier question late: it goes back to one ("forgot to
    /// say", "oh and about the shoes": `act_answer_back`) or puts an answer right ("actually").
    static func mayAnswerLate(_ input: MatchInput, _ found: Findings) -> Bool {
        found.isCorrection || input.isPresent(.answerBack)
    }

    /// "Oh and about the shoes, they're half a size small", "forgot to say, it starts about
    /// halfway": an earlier question skipped ("not sure") or left without an answer, taken up
    /// again while another is asked, is answered late. The line is read against each such
    /// question in the brain's order, its answer-only words included (`asked: true`), and the
    /// first it answers takes the value; the question asked now is left as it is (asked again
    /// if the line did not answer it). Only a line that goes back (`mayAnswerLate`) and gives
    /// the question asked now nothing is read so: another read of the line, only then.
    func readLateAnswer(
        _ found: inout Findings, findings: FindingsInput, input: MatchInput, skipping: [Range<Int>]
    ) {
        guard Self.mayAnswerLate(input, found) else { return }
        if let asking = conversation.asking, found.values[asking] != nil { return }
        let reader = FindingsReader(brain: brain)
        for slot in brain.slots
        where slot.when.isEmpty && !slot.isList && slot.id != conversation.asking
            && conversation.asked.contains(slot.id) && found.values[slot.id] == nil
            && (conversation.slots[slot.id].map { $0.skipped || $0.descriptions.isEmpty } ?? true)
        {
            let again = reader.read(findings, asking: slot.id, skipping: skipping)
            guard let value = again.values[slot.id] else { continue }
            found.values[slot.id] = value
            found.heard += again.heard.filter { $0.slot == slot.id }
            return
        }
    }

    /// "Hmm, actually yes, I have been leaking a bit", "oh and yes to the diabetes question":
    /// a yes to the warning-sign question asked last, given a line or more after it was
    /// answered no or "not sure", while nothing asked now takes it. A warning sign put right
    /// is never lost, so only a yes is taken so (a late no leaves the earlier answer). Returns
    /// the question the yes answers, or nil.
    func lateScreeningYes(
        findings: FindingsInput, input: MatchInput, found: Findings, yesOrNo: String?, skipping: [Range<Int>]
    ) -> Slot? {
        guard Self.mayAnswerLate(input, found), let earlier = conversation.lastScreening,
            earlier != conversation.asking, let slot = brain.slots.first(where: { $0.id == earlier }),
            conversation.slots[earlier]?.facts.isDisjoint(with: slot.yesFacts) ?? true
        else { return nil }
        let again = FindingsReader(brain: brain).read(findings, asking: earlier, skipping: skipping)
        let answer = Self.screeningAnswer(to: slot, in: input, found: again, yesOrNo: yesOrNo)
        return answer == RoleIntent.yes.rawValue ? slot : nil
    }
}
