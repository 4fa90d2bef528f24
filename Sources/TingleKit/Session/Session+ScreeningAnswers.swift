import TingleText

extension Session {
    /// A no that opens a line, and the words that could take it back.
    private static let plainNo: WordSet = ["no", "nope", "nah"]
    private static let contrast: WordSet = ["but", "though", "although", "except", "apart", "however"]

    /// The yes or no a line gives a screening question (a slot with `yes`/`no` facts), or nil
    /// when it gives neither. `yesOrNo` is the yes or no intent that opened the line, if any.
    /// - A sign said in words and not denied is a yes, whatever opens the line: "no flights,
    ///   not swollen, maybe a bit warm?" to the clot check opens with a "no" of the flights,
    ///   but the warm calf it then tells is the sign asked about. When in doubt, tingle
    ///   escalates.
    /// - Otherwise the yes or no said; or a line that opens with "no", "nope" or "nah" and goes
    ///   on to say why ("nah, breathing is fine"), with no "but" that could take it back; or the
    ///   slot's `none:` said in words ("my bladder's fine") when nothing in the line says yes.
    static func screeningAnswer(to slot: Slot, in input: MatchInput, found: Findings, yesOrNo: String?) -> String? {
        let value = found.values[slot.id]
        if let value, !value.facts.isDisjoint(with: slot.yesFacts) { return RoleIntent.yes.rawValue }
        if let yesOrNo { return yesOrNo }
        // "No burning" to the back-pain check denies a symptom it does not ask about: no answer
        // to it (unless its `none:` reads the line), so it is asked again, never cleared by it.
        let deniesOther =
            input.tokens.count > 1 && input.tokens[1].deniedBy == 0 && !found.deniedSymptoms.isEmpty
            && !found.noneFor.contains(slot.id)
        if let first = input.tokens.first, Self.plainNo.contains(first.text), !deniesOther,
            !input.tokens.contains(where: { Self.contrast.contains($0.text) })
        {
            return RoleIntent.no.rawValue
        }
        return found.noneFor.contains(slot.id) && value == nil ? RoleIntent.no.rawValue : nil
    }
}
