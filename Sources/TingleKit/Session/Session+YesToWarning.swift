extension Session {
    /// The warning signs of the general question the last reply warned of, claimed by a yes
    /// said straight after ("is saddle numbness serious?" … "If it is you, tell me" … "yes",
    /// "yep, sometimes", "I think so", "yeah, on my run this morning", "only once"). tingle
    /// asked whether it is the runner's, so the yes answers that: the question is read again
    /// as the runner's own (`signsAskedAsOwn`). A yes that gives it to someone with the runner
    /// ("yes, my husband, he's here") makes it theirs, and the runner is told to get them help
    /// (`theirs`). A yes put in the past or denied ("yes, years ago", "yes but not any more")
    /// claims nothing now, as a claim in words does not (`QuestionClaim.claiming`).
    /// Empty unless the last reply warned and this line's first act is a yes.
    func raisedByYes(_ input: MatchInput, findings: FindingsInput, saidYes: Bool)
        -> (
            own: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)],
            theirs: [(rule: RedFlagRule, because: RedFlagReason)]
        )
    {
        guard saidYes, let question = conversation.signAskedOfRunner else { return ([], []) }
        let marks = findings.contexts
        let spoiled = input.tokens.indices.contains { i in
            input.tokens[i].isDenied
                || i < marks.count && [.negated, .historical, .hypothetical].contains(marks[i].context)
        }
        guard !spoiled else { return ([], []) }
        let asked = MatchInput(text: brain.analyzer.analyze(question), brain: brain)
        let signs = signsAskedAsOwn(asked, findings: FindingsInput(asked, aboutDependant: conversation.aboutDependant))
        guard !signs.isEmpty else { return ([], []) }
        return Self.saysItIsSomeoneElses(input, marks: marks)
            ? ([], signs.map { ($0.rule, $0.because) }) : (signs, [])
    }

    /// Whether a yes gives what was asked to someone else ("yes, my wife", "yeah he did"):
    /// someone else's words in it, and no word of the runner's own beside theirs ("yes, and
    /// my dad too" keeps it the runner's).
    static func saysItIsSomeoneElses(_ input: MatchInput, marks: [ContextMarker.Mark]) -> Bool {
        var theirs = Set<Int>()
        for mark in marks where mark.context == .otherPerson {
            if let start = mark.trigger { theirs.formUnion(start..<max(start + 1, mark.triggerEnd ?? start + 1)) }
        }
        for i in marks.indices where marks[i].context == .otherPerson { theirs.insert(i) }
        guard !theirs.isEmpty else { return false }
        return !input.tokens.indices.contains { i in
            !theirs.contains(i) && input.hasMark(.selfWords, in: i..<(i + 1))
        }
    }
}
