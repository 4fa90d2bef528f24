extension Session {
    /// The warning signs of the general question the last reply warned of, claimed by a yes
    /// said straight after ("is saddle numbness serious?" … "If it is you, tell me" … "yes",
    /// "yep, sometimes", "I think so", "yeah, on my run this morning", "only once"). tingle
    /// asked whether it is the runner's, so the yes answers that: the question is read again
    /// as the runner's own (`signsAskedAsOwn`). A yes that gives it to someone else now ("yes,
    /// my husband, right now") makes it theirs, and the runner is told to get them help
    /// (`theirs`); one with the runner, in their care ("yes, my wife, she's next to me"), is
    /// read as the runner's own words are, for them. A yes put in the past or denied ("yes,
    /// years ago", "yes but not any more") claims nothing now, as a claim in words does not
    /// (`QuestionClaim.claiming`).
    /// Empty unless the last reply warned and this line's first act is a yes.
    func raisedByYes(_ input: MatchInput, findings: FindingsInput, saidYes: Bool)
        -> (
            own: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)],
            theirs: [(rule: RedFlagRule, because: RedFlagReason)]
        )
    {
        guard saidYes, let question = conversation.signAskedOfRunner, !Self.onlyAcknowledges(input) else {
            return ([], [])
        }
        let marks = findings.contexts
        let spoiled = input.tokens.indices.contains { i in
            input.tokens[i].isDenied || i < marks.count && [.negated, .hypothetical].contains(marks[i].context)
        }
        let past = marks.contains { $0.context == .historical } || Self.datesInThePast(input)
        guard !spoiled, !past || Self.datesItNow(input), !input.isPresent(concept: QuestionClaim.vetoConcept)
        else { return ([], []) }
        let asked = MatchInput(text: brain.analyzer.analyze(question), brain: brain)
        let signs = signsAskedAsOwn(asked, findings: FindingsInput(asked, aboutDependant: conversation.aboutDependant))
        guard !signs.isEmpty else { return ([], []) }
        // Someone in the runner's care ("my son does") is read as the runner's own words are.
        guard !conversation.aboutDependant, Self.saysItIsSomeoneElses(input, marks: marks) else { return (signs, []) }
        // Someone else's: when the yes opens the line ("yes, my husband"), said to "someone
        // with you now", or it is going on now or today ("my dad, right now"); "my friend has
        // it" tells only of someone somewhere.
        let opensWithYes = input.hasMark(Self.plainYesConcept, in: 0..<min(1, input.tokens.count))
        guard opensWithYes || Self.datesItNow(input) || brain.contextMarker.saysSomeoneElseNow(input, marks: marks)
        else { return ([], []) }
        return ([], signs.map { ($0.rule, $0.because) })
    }

    /// The words that put a time in the past ("years ago", "last year", "as a kid") and those
    /// that say it is now or today: a yes with the first and none of the second tells of an
    /// episode over ("yeah but years ago", whose words of the past give no word of the line
    /// a context, as it has nothing after them); with both, of one now too ("yes, years ago
    /// and again today"). A word that says it was looked into ("yes, years ago, all sorted
    /// now": `context_claim_not`) claims nothing now.
    static let pastWords = ["context_historical", "context_historical_before"]
    static let nowWords = ["context_now", "context_same_day"]

    static func datesInThePast(_ input: MatchInput) -> Bool {
        pastWords.contains { input.hasMark($0, in: 0..<input.tokens.count) }
    }

    static func datesItNow(_ input: MatchInput) -> Bool {
        nowWords.contains { input.hasMark($0, in: 0..<input.tokens.count) }
    }

    static let otherConcept = "context_other"
    static let acknowledgeConcept = "act_acknowledge"

    /// Whether every word of the line only takes in what was said ("ok thanks", "sure"): a
    /// yes to an offer, never a claim. "ok, yes" or "ok, I think so" says more.
    static func onlyAcknowledges(_ input: MatchInput) -> Bool {
        guard let covered = words(markedBy: acknowledgeConcept, in: input) else { return false }
        return input.tokens.indices.allSatisfy(covered.contains)
    }

    static let plainYesConcept = "act_plain_yes"

    /// The positions of every word inside a phrase of `concept` in the line; nil for a brain
    /// without that concept.
    static func words(markedBy concept: String, in input: MatchInput) -> Set<Int>? {
        guard let id = input.brain.terms.id(of: .concept(concept)) else { return nil }
        var covered = Set<Int>()
        for i in input.tokens.indices {
            for mark in input.marks(at: i) where mark.concept == id { covered.formUnion(i..<(i + Int(mark.length))) }
        }
        return covered
    }

    /// Whether a yes gives what was asked to someone else ("yes, my wife", "yeah he did"):
    /// someone else's words in it, and no word of the runner's own beside theirs ("yes, and
    /// my dad too" keeps it the runner's).
    static func saysItIsSomeoneElses(_ input: MatchInput, marks: [ContextMarker.Mark]) -> Bool {
        // The words that name them, whether or not anything follows ("yes, my husband").
        var theirs = words(markedBy: otherConcept, in: input) ?? []
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
