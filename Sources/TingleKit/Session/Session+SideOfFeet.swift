extension Session {
    /// A correction about the feet that tells nothing kept ("actually it's the right foot, not
    /// the left", "oops, other foot"), in a line nothing else understood: it was understood as a
    /// correction, so it is thanked, plainly, and the question asked again, not "Sorry, I
    /// didn't catch that". Which foot is not kept, so it is not said back. So is a line that
    /// only says which side, with no word of a correction ("right foot btw"), and it was
    /// understood. Nil for any other line, or with no question asked.
    func whichFoot(_ input: MatchInput, asking: String?, _ intents: inout [String]) -> [ReplyPart]? {
        let correcting = input.isPresent(.correction)
        guard correcting && input.isPresent(.foot) || Self.saysOnlyWhichSide(input),
            let asking, let slot = brain.slots.first(where: { $0.id == asking })
        else { return nil }
        if !correcting { intents = [RoleIntent.inform] }
        return [
            .message(brain.message(correcting ? .correctionThanks : .sideThanks)), .question(slot, retry: false),
        ]
    }

    /// The concepts of a line that only says which side ("oh it's the left one by the way",
    /// "right foot btw", "only the right side"): a side (`~foot_side`), the feet, and the words
    /// said around a side (`~side_aside`: "by the way", "it is", "the", "one", "mostly").
    /// Optional: a brain without `~foot_side` reads such a line as it reads any other.
    static let sideConcept = "foot_side"
    static let sideAsideConcept = "side_aside"

    /// Whether every word of a short line is a side, a word of the feet, a correction word or
    /// a word said around a side, and a side is among them. Which foot is not kept, so such a
    /// line is thanked as a correction of which foot is ("actually it's the right foot"), and
    /// never read as the shoes or "Sorry, I didn't catch that". Each word is read once, with
    /// the marks that start at it: linear in the line.
    static func saysOnlyWhichSide(_ input: MatchInput) -> Bool {
        let terms = input.brain.terms
        guard input.tokens.count <= 12, let side = terms.id(of: .concept(sideConcept)),
            input.isPresent(concept: sideConcept)
        else { return false }
        let aside = terms.id(of: .concept(sideAsideConcept))
        let foot = terms.id(of: .concept(ConceptKey.foot.rawValue))
        let correction = terms.id(of: .concept(ConceptKey.correction.rawValue))
        var coveredUntil = 0
        for i in input.tokens.indices {
            for mark in input.marks(at: i)
            where mark.concept == side || mark.concept == aside || mark.concept == foot || mark.concept == correction {
                coveredUntil = max(coveredUntil, i + Int(mark.length))
            }
            if i >= coveredUntil { return false }
        }
        return true
    }
}
