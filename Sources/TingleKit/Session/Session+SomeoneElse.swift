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
    /// The words that name whose the numbness is, in a line that tells someone else's ("my
    /// running buddy" of "my running buddy keeps getting numb feet"): every word of the
    /// trigger, for a shorter one inside it ("buddy") names the same person. A trigger that is
    /// itself someone else's words, as their "his" is after "my running buddy" ("my running
    /// buddy got chest pain and his toes were numb"), stands for the one named before it: that
    /// name's words too, so what the line tells of them before the numbness is theirs as well.
    static func whoseNumbness(_ findings: FindingsInput) -> Set<Int> {
        var words = Set<Int>()
        let contexts = findings.contexts
        for i in findings.whole.tokens.indices
        where contexts[i].context == .otherPerson && findings.whole.hasMark(.numb, in: i..<(i + 1)) {
            var mark = contexts[i]
            // Each step goes back to an earlier trigger, so the walk ends.
            while let start = mark.trigger, !words.contains(start) {
                words.formUnion(start..<max(start + 1, mark.triggerEnd ?? start + 1))
                guard contexts[start].context == .otherPerson, let before = contexts[start].trigger, before < start
                else { break }
                mark = contexts[start]
            }
        }
        return words
    }

    /// The answers a first report told wholly of someone else gives about them ("my running
    /// buddy keeps getting numb feet around mile 4": when it starts), which the questions that
    /// follow ask of them: the plain questions' answers only (when it starts, the shoes, how it
    /// ends), read as of someone in care, and the risks it tells of them by their pronoun ("my
    /// dad's feet go numb on his runs, he has diabetes"), which weigh on the advice for them as
    /// a later line about them would ("he's diabetic"); a claim told of no one ("my coach says
    /// numb feet mean bad circulation") gives none. What else it tells of them (a warning
    /// sign, a symptom) stays theirs, as told of someone else.
    func answersForSomeoneElse(
        _ findings: FindingsInput, skipping: [Range<Int>]
    ) -> (values: [String: SlotValue], risks: [String]) {
        guard conversation.state == .greeting, !conversation.aboutDependant, Self.reportsForSomeoneElse(findings)
        else { return ([:], []) }
        let theirs = FindingsInput(
            brain.contextMarker.inCare.reading(findings.whole), aboutDependant: true,
            inCareAt: Self.whoseNumbness(findings))
        let told = FindingsReader(brain: brain).read(theirs, asking: nil, skipping: skipping)
        let values = told.values.filter { id, _ in
            brain.slots.contains { $0.id == id && !$0.isList && !$0.isScreening }
        }
        return (values, brain.contextMarker.inCare.hasPronoun(findings.whole) ? told.risks : [])
    }

    /// The warning signs a first report told wholly of someone else tells of them ("my
    /// husband's foot went numb and his face drooped on his run"): the line read as the later
    /// lines about them are, their "he" or "she" as the runner's "I" (`answersForSomeoneElse`),
    /// so a sign told with their numbness counts as it would a line later ("his face drooped").
    /// The conversation is about them from this line on, so the advice is said for them. What
    /// is past ("he had a stroke years ago") or denied stays so; those raised already are left
    /// out.
    func raisedInReportOfSomeoneElse(
        _ findings: FindingsInput, besides raised: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)]
    ) -> [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)] {
        let theirs = FindingsInput(
            brain.contextMarker.inCare.reading(findings.whole), aboutDependant: true,
            inCareAt: Self.whoseNumbness(findings))
        let taken = Set(raised.map(\.rule.id))
        let hits = FindingsReader.redFlagHits(in: theirs.reported, brain: brain) { sign in
            !taken.contains(brain.redFlags[Int(sign)].id)
        }
        return RedFlagChecker(brain: brain).check(hits, in: theirs.reported, facts: [])
            .filter { !taken.contains($0.rule.id) }
    }

    static func reportsForSomeoneElse(_ findings: FindingsInput) -> Bool {
        findings.whole.isPresent(.numb) && !findings.reported.isPresent(.numb)
            && findings.whole.tokens.indices.contains { i in
                findings.contexts[i].context == .otherPerson && findings.whole.hasMark(.numb, in: i..<(i + 1))
            }
    }
}
