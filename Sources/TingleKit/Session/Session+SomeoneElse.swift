extension Session {
    /// Whether the line tells of someone else's feet or numbness ("my wife says her toes go
    /// white too"): a word of the feet or of numbness said in someone else's words. Such a line
    /// describes no shoes, so it is never the shoes' free-text answer.
    static func tellsOfSomeoneElsesFeet(_ findings: FindingsInput) -> Bool {
        guard findings.contexts.contains(where: { $0.context == .otherPerson }) else { return false }
        let input = findings.whole
        return input.tokens.indices.contains { i in
            findings.contexts[i].context == .otherPerson
                && (input.hasMark(.foot, in: i..<(i + 1)) || input.hasMark(.numb, in: i..<(i + 1)))
        }
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
