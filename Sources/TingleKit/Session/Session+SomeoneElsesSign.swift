extension Session {
    /// What the line after a warning of someone else's sign says of it: going on now, so
    /// they need help; or over.
    enum SomeoneElsesSignAnswer {
        /// The line the warning was about, whose signs are raised for them.
        case now(told: String)
        case over(told: String)
        /// "Not sure": what to do while it cannot be told is said again, and the question stands.
        case unsure(told: String)
    }

    /// The concept of the words that date someone else's story or say it is over ("last
    /// week", "once", "he was fine, got checked"), and of those that, said in answer, say it
    /// is going on now ("still", "just now", "this morning").
    static let storyDatedConcept = "context_story_dated"
    static let nowAnswerConcept = "context_now_answer"

    /// The emergency signs a line tells of someone else with no word of when ("my husband's
    /// face drooped on his run", "my dad got chest pain on his jog", "he went down at the
    /// finish"), which may be going on as the runner types. Told now, they are acted on for
    /// them (`someoneElsesEmergency`); told as a story, dated or over ("my mate fainted at
    /// parkrun last week", "my uncle collapsed once and was fine"), they are not the runner's
    /// to act on. In between, tingle cannot tell, and a sign that may be happening now is not
    /// left unanswered: it says what to do if it is, and asks (`someoneElsesSignAsked`).
    /// Only when the line tells nothing of the runner's own numbness (then the story is an
    /// aside to their report, as "my mate fainted at the line, my own toes just tingle" is),
    /// and no emergency stands: one would have been raised for them already.
    /// Two readings: their words as they are, and their "he" or "she" as the runner's "I", as
    /// a report told of someone else is read (`raisedInReportOfSomeoneElse`), for signs
    /// written in the first person ("on my chest"). What is denied, hypothetical or past in
    /// the line stays so.
    func signsOfSomeoneElseUndated(_ findings: FindingsInput) -> [(rule: RedFlagRule, because: RedFlagReason)] {
        let input = findings.whole
        guard triage.level != .emergency, !conversation.aboutDependant,
            findings.contexts.contains(where: { $0.context == .otherPerson }),
            !findings.reported.isPresent(.numb),
            !(Self.pastWords + [Self.storyDatedConcept]).contains(where: { input.isPresent(concept: $0) })
        else { return [] }
        return signsOfSomeoneElse(findings)
    }

    /// The emergency signs the line tells of someone else, now or not: the two readings of
    /// `signsOfSomeoneElseUndated`, none raised already.
    func signsOfSomeoneElse(_ findings: FindingsInput) -> [(rule: RedFlagRule, because: RedFlagReason)] {
        // The words that name them ("my husband", "a guy at parkrun", "he"), as the person
        // the second reading reads as "I".
        var names = Set<Int>()
        for mark in findings.contexts where mark.context == .otherPerson {
            if let start = mark.trigger { names.formUnion(start..<max(start + 1, mark.triggerEnd ?? start + 1)) }
        }
        let theirs = findings.whole.masking(
            FindingsInput.notTheirs.subtracting([.otherPerson]), marks: findings.contexts)
        let asOwn = FindingsInput(
            brain.contextMarker.inCare.reading(findings.whole), aboutDependant: true, inCareAt: names
        ).reported
        let rules = brain.redFlags
        var taken = Set(triage.redFlags)
        var signs: [(rule: RedFlagRule, because: RedFlagReason)] = []
        for read in [theirs, asOwn] {
            let hits = FindingsReader.redFlagHits(in: read, brain: brain) { i in
                rules[Int(i)].level == .emergency && !taken.contains(rules[Int(i)].id)
            }
            for sign in RedFlagChecker(brain: brain).check(hits, in: read, facts: [])
            where !taken.contains(sign.rule.id) {
                signs.append((sign.rule, sign.because))
                taken.insert(sign.rule.id)
            }
        }
        return signs
    }

    /// The answer the line gives to "is it happening now?", asked of someone else's sign in
    /// the last reply. Going on now: a word of now not inside one that says it is over ("he
    /// still can't lift his arm", "just now", "yes, this morning", "no, he still can't talk":
    /// the opening "no" denies none of it), or a yes with no word of it being over. Over: a
    /// word that dates it or says it is over ("it was last year", "he's fine now, got
    /// checked"), a word of now denied ("not now"), or a no. Not sure: the question stands.
    /// Neither (a new report, a question): nil, and the question waited on before is waited
    /// on again, so the line is read as its answer.
    func answerAboutSomeoneElsesSign(_ input: MatchInput, intents: [String], saidYes: Bool)
        -> SomeoneElsesSignAnswer?
    {
        guard let told = conversation.signToldOfSomeoneElse else { return nil }
        let opensWithNo = !input.tokens.isEmpty && input.hasMark(FindingsReader.openingNoConcept, in: 0..<1)
        let saidNo = opensWithNo || intents.first == RoleIntent.no.rawValue
        let cue = opensWithNo ? 0 : nil
        let over = Self.words(Self.storyDatedConcept, in: input, denied: false, besides: cue)
        let nowWords = Self.words(Self.nowAnswerConcept, in: input, denied: false, besides: cue)
        let now = nowWords.subtracting(over)
        let deniedNow = Self.words(Self.nowAnswerConcept, in: input, denied: true, besides: cue).subtracting(nowWords)
        let dated = !over.isEmpty || !deniedNow.isEmpty || Self.pastWords.contains { input.isPresent(concept: $0) }
        if !now.isEmpty || saidYes && !dated { return .now(told: told) }
        if dated || saidNo { return .over(told: told) }
        if intents.first == RoleIntent.dontKnow.rawValue { return .unsure(told: told) }
        return nil
    }

    /// The signs of the line warned of, raised for the person now it is going on.
    func signsOfSomeoneElse(told line: String) -> [(rule: RedFlagRule, because: RedFlagReason)] {
        let told = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
        return signsOfSomeoneElse(FindingsInput(told))
    }

    /// What is said when the sign is over: calmly, that it still wants a check if it has not
    /// had one and help at once if it comes back; then (`askAgain`) the question waited on
    /// (`waitingOn`), asked again, or, before anything was told, what tingle can help with.
    /// Without `askAgain` the line says more than its answer, and the dialogue reads that.
    func someoneElsesSignOver(told line: String, askAgain: Bool, waitingOn: String?) -> [ReplyPart] {
        let signs = signsOfSomeoneElse(told: line).map(\.rule.label)
        var parts: [ReplyPart] = [
            .message(
                brain.message(.someoneElsesSignOver).replacingFirst(
                    "{signs}", with: ResponseComposer.list(signs, in: brain)))
        ]
        guard askAgain else { return parts }
        if let asking = waitingOn, let slot = brain.slots.first(where: { $0.id == asking }) {
            parts.append(.question(slot, retry: false, lead: brain.message(.backToQuestion)))
        } else if !conversation.reported {
            parts.append(.message(brain.message(.someoneElsesSignOverInvite)))
        }
        return parts
    }

    /// Whether the line only answers "is it happening now?" ("no", "nope, that was ages ago",
    /// "he's fine now, got checked"): no request, and no word of feet or numbness.
    static func onlyAnswersAboutThem(_ input: MatchInput, intents: [String]) -> Bool {
        !input.isPresent(.numb) && !input.isPresent(.foot)
            && intents.allSatisfy {
                [RoleIntent.yes.rawValue, RoleIntent.no.rawValue].contains($0) || manners.contains($0)
            }
    }

    /// The positions of the words inside a phrase of `concept` that a negation cue denies
    /// (`denied`) or that none does; a cue at `besides` (an opening "no", which answers the
    /// question rather than denying what follows) is not counted.
    static func words(_ concept: String, in input: MatchInput, denied: Bool, besides cue: Int?) -> Set<Int> {
        guard let id = input.brain.terms.id(of: .concept(concept)) else { return [] }
        var covered = Set<Int>()
        for i in input.tokens.indices {
            for mark in input.marks(at: i) where mark.concept == id {
                let span = i..<(i + Int(mark.length))
                let isDenied = span.contains { j in input.tokens[j].deniedBy.map { $0 != cue } ?? false }
                if isDenied == denied { covered.formUnion(span) }
            }
        }
        return covered
    }
}
