extension Session {
    /// The warning signs of the last line's general question that this line claims as the
    /// runner's own ("is saddle numbness serious?" … "yes, I have it", "that's me", "I've got
    /// that now"): the question and this line read again as one, where the claim lifts the
    /// question's general reading (`QuestionClaim`), for the red flags `raised` does not hold
    /// already. What the line tells of slots and symptoms stays as said. Read only when the
    /// last line asked a general question and this one holds a claim of its own, so most
    /// lines pay nothing.
    func raisedByClaim(
        _ line: String, input: MatchInput, findings: FindingsInput,
        besides raised: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)]
    ) -> [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)] {
        let claim = brain.contextMarker.claim
        guard claim.mayClaim(input), !claim.claiming(input, marks: findings.contexts).isEmpty else { return [] }
        // The readings: this line with a question of its own claimed, its "you" as "I"; the
        // last line's general question and this one, as said and with its "you" as "I".
        var readings: [MatchInput] = []
        if let read = claim.reading(input, lifted: claim.lifted(input, marks: findings.contexts)) {
            readings.append(read)
        }
        if let question = conversation.generalQuestion {
            let both = MatchInput(text: brain.analyzer.analyze(question + " " + line), brain: brain)
            readings.append(both)
            let marks = brain.contextMarker.mark(both, aboutDependant: conversation.aboutDependant)
            if let read = claim.reading(both, lifted: claim.lifted(both, marks: marks)) { readings.append(read) }
        }
        var taken = Set(raised.map(\.rule.id))
        var more: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)] = []
        for read in readings {
            let again = FindingsInput(read, aboutDependant: conversation.aboutDependant)
            let hits = FindingsReader.redFlagHits(in: again.reported, brain: brain) { sign in
                !taken.contains(brain.redFlags[Int(sign)].id)
            }
            for candidate in RedFlagChecker(brain: brain).check(hits, in: again.reported, facts: [])
            where !taken.contains(candidate.rule.id) {
                more.append(candidate)
                taken.insert(candidate.rule.id)
            }
        }
        return more
    }

    /// The line's general questions, as typed, each ended with "?": what a claim in the next
    /// line may lift. Nil when no sentence of the line is one.
    /// The relative words of the question are left out (`relativesAfterParts`), so that what a
    /// claim lifts reads as a statement of the part.
    static func generalQuestion(_ findings: FindingsInput) -> String? {
        let input = findings.whole
        let asked = input.text.sentences.filter { range in
            range.contains { $0 < findings.contexts.count && findings.contexts[$0].generalQuestion }
        }
        guard !asked.isEmpty else { return nil }
        return text(of: asked, in: input, leavingOut: relativesAfterParts(input, in: asked))
    }

    /// The sentences `ranges` of the line as typed, each ended with "?", without the words at
    /// `left`.
    static func text(of ranges: [Range<Int>], in input: MatchInput, leavingOut left: Set<Int> = []) -> String {
        ranges.map { range in
            range.filter { !left.contains($0) }.map { input.tokens[$0].measure?.description ?? input.tokens[$0].said }
                .joined(separator: " ") + "?"
        }.joined(separator: " ")
    }

    static let relativeConcept = "context_relative"
    static let anyPartConcept = "context_any_part"

    /// The first word of each phrase of `context_relative` ("that", "which", the "to" of "to
    /// go") straight after a part named in `ranges` ("what causes a foot that suddenly goes
    /// weak?", "toes which stay white", "what makes a foot to go floppy?"): the part is the
    /// subject of the clause they open, which tells the sign as a statement does once the word
    /// is left out ("a foot suddenly goes weak"). Empty for a brain without either concept.
    static func relativesAfterParts(_ input: MatchInput, in ranges: [Range<Int>]) -> Set<Int> {
        let terms = input.brain.terms
        guard let relative = terms.id(of: .concept(relativeConcept)), input.present.contains(relative),
            let part = terms.id(of: .concept(anyPartConcept))
        else { return [] }
        var found: Set<Int> = []
        for range in ranges {
            for i in range where i > range.lowerBound {
                guard input.marks(at: i).contains(where: { $0.concept == relative }) else { continue }
                let named = (max(range.lowerBound, i - 3)..<i).contains { j in
                    input.marks(at: j).contains { $0.concept == part && j + Int($0.length) == i }
                }
                if named { found.insert(i) }
            }
        }
        return found
    }

    /// What to do if a warning sign of urgent level or above that the line names only in a
    /// general question is the runner's own ("is chest pain on a run serious?", "what could
    /// cause numbness spreading up both legs over a day?"): a runner often asks in general
    /// what is happening to them, and when in doubt tingle says what to do, and asks. A
    /// question about signs ("what are the signs of compartment syndrome?") keeps its own
    /// hypothetical trigger and raises nothing. Nil when the line asks no general question,
    /// or an escalation stands already.
    func signAskedInGeneral(_ input: MatchInput, findings: FindingsInput) -> ReplyPart? {
        guard triage.level.map({ $0 < .urgent }) ?? true,
            findings.contexts.contains(where: \.generalQuestion)
        else { return nil }
        let signs = signsAskedAsOwn(input, findings: findings).map(\.rule)
        guard let level = signs.map(\.level).max() else { return nil }
        let shown = signs.filter { $0.level == level }
        let text = brain.message(.signAskedInGeneral)
            .replacingFirst("{signs}", with: ResponseComposer.list(shown.map(\.label), in: brain))
            .replacingFirst("{advice}", with: brain.levels[level]?.message ?? "")
        return .warning(text)
    }

    /// The warning signs of urgent level or above a general question names, read as the
    /// runner's own (`answering`, which keeps no general reading), as said and with the
    /// question's "you" and "your" as "I" and "my", as a claim reads them ("is it bad if you
    /// can't hold your pee after a long run?": every sign is written in the first person).
    /// Those raised already are left out.
    func signsAskedAsOwn(_ input: MatchInput, findings: FindingsInput)
        -> [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)]
    {
        let asked = input.text.sentences.filter { range in
            range.contains { $0 < findings.contexts.count && findings.contexts[$0].generalQuestion }
        }
        var readings = [input]
        if let read = brain.contextMarker.claim.reading(input, lifted: asked) { readings.append(read) }
        // The question again with the relative words after a part left out, as said and with
        // its "you" as "I": "a foot that suddenly goes weak" tells what "my foot suddenly goes
        // weak" does.
        let relatives = Self.relativesAfterParts(input, in: asked)
        if !relatives.isEmpty {
            let again = MatchInput(
                text: brain.analyzer.analyze(Self.text(of: asked, in: input, leavingOut: relatives)), brain: brain)
            readings.append(again)
            let marks = brain.contextMarker.mark(again, aboutDependant: conversation.aboutDependant)
            let askedAgain = again.text.sentences.filter { range in
                range.contains { $0 < marks.count && marks[$0].generalQuestion }
            }
            if let read = brain.contextMarker.claim.reading(again, lifted: askedAgain) { readings.append(read) }
        }
        var taken = Set(triage.redFlags)
        var signs: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)] = []
        for read in readings {
            let asOwn = FindingsInput(read, aboutDependant: conversation.aboutDependant, answering: true)
            let hits = FindingsReader.redFlagHits(in: asOwn.reported, brain: brain)
            for sign in RedFlagChecker(brain: brain).check(hits, in: asOwn.reported, facts: [])
            where sign.rule.level >= .urgent && !taken.contains(sign.rule.id) {
                signs.append(sign)
                taken.insert(sign.rule.id)
            }
        }
        return signs
    }
}
