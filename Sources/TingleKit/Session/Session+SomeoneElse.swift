extension Session {
    /// Whether the line tells of someone else's feet or numbness ("my wife says her toes go
    /// white too"): a word of the feet or of numbness said in someone else's words. Such a line
    /// describes no shoes, so it is never the shoes' free-text answer.
    /// So does a line that tells of their kit ("my dad's shoes are too small", "my wife's
    /// trainers give her blisters"): a word of kit (`kit_item`) in someone else's words. The
    /// runner's borrowed pair ("my sister's old asics") is theirs, no one else's, and answers.
    static func tellsOfSomeoneElsesFeet(_ findings: FindingsInput) -> Bool {
        guard findings.contexts.contains(where: { $0.context == .otherPerson }) else { return false }
        let input = findings.whole
        return input.tokens.indices.contains { i in
            findings.contexts[i].context == .otherPerson
                && (input.hasMark(.foot, in: i..<(i + 1)) || input.hasMark(.numb, in: i..<(i + 1))
                    || input.hasMark(KitColours.kitConcept, in: i..<(i + 1)))
        }
    }

    /// The concept of a guess said in the third person ("thinks", "reckons", "is convinced").
    static let guessConcept = "slot_guess"

    /// Whether the line tells someone else's guess or opinion ("my dad thinks it's my back",
    /// "my wife reckons it's the laces"): what they think, which is no description of the
    /// runner's shoes as typed, so never the shoes' free-text answer. Optional: a brain
    /// without `slot_guess` reads such a line as any other.
    static func tellsSomeoneElsesGuess(_ input: MatchInput) -> Bool {
        input.hasMark(guessConcept, in: 0..<input.tokens.count)
    }

    /// Whether a report's numbness is all someone else's ("my husband gets numb feet when he
    /// runs"): numbness said, none of it the runner's own, some of it the other person's.
    /// tingle goes on to ask about it, and the runner answers for them, so the rest of the
    /// conversation is about that person (`Conversation.aboutDependant`): their "he" or "she"
    /// in a later line ("he also says his toes go white") is the one the questions are about.
    static func reportsForSomeoneElse(_ findings: FindingsInput) -> Bool {
        findings.whole.isPresent(.numb) && !findings.reported.isPresent(.numb)
            && findings.whole.tokens.indices.contains { i in
                findings.contexts[i].context == .otherPerson && findings.whole.hasMark(.numb, in: i..<(i + 1))
            }
    }
}
