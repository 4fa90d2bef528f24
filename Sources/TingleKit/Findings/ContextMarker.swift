/// Gives every token of a line the context it is said in (`FindingContext`), the way
/// medspaCy's ConText does: a trigger phrase (a mark of a `context_*` concept) covers the
/// words after it (forward) or before it (backward) within its clause (which, in a line
/// without punctuation, a subject and its verb may start: `Token.opensClause`), up to a
/// terminator or `maxScope` words; a pseudo-trigger ("used to it") covers nothing. When two triggers
/// cover a word, the nearer one wins.
public struct ContextMarker: Sendable {
    /// How far a trigger reaches, in words: ConText's default window.
    static let maxScope = 8

    struct Trigger: Sendable {
        let concept: Int32
        let context: FindingContext
        let forward: Bool
    }

    let triggers: [Trigger]
    let terminator: Int32?
    let pseudo: Int32?
    let selfWords: Int32?
    let addedWords: Int32?
    let dependantWords: Int32?
    let futureWords: Int32?
    let pronounWords: Int32?
    let continuesWords: Int32?
    let pointsBackWords: Int32?
    let recentWords: Int32?
    let overNowWords: Int32?
    let clearedWords: Int32?
    let injuryWords: Int32?
    let adviceWords: Int32?
    let belongingWords: Int32?
    let borrowedWords: Int32?
    let borrowedSaidOfWords: Int32?
    let nowWords: Int32?
    let sameDayWords: Int32?
    let frameWords: Int32?
    let speechWords: Int32?
    let speechTopicWords: Int32?
    let sourceWords: Int32?
    let onsetWords: Int32?
    /// A condition ("if", "should it", `context_conditional`): hypothetical only in a sentence
    /// with a main clause that looks to what would or will follow (`context_conditional_main`:
    /// "I'd go to A&E if…", "if it spreads I'll see the GP"), and not after a verb that makes
    /// it "whether" (`context_whether`: "not sure if", "wondering if").
    let conditionalWords: Int32?
    let conditionalMainWords: Int32?
    let whetherWords: Int32?
    /// "Would" (`context_conditional_unreal`): a condition with it is unreal only when said in
    /// the past ("if my foot went floppy", `context_unreal`); in the present ("would it matter
    /// if my foot drags?") it is the runner's own worry: possible.
    let conditionalUnrealWords: Int32?
    let unrealWords: Int32?
    /// Words of a state that holds already (`context_present`: "keeps", "still", "has been"): a
    /// condition over one tells what is there ("would it be serious if my crotch has been numb
    /// since Sunday?"): possible.
    let presentWords: Int32?
    /// Someone in the runner's care: a child, an athlete, a person the runner asks for.
    let inCare: PersonInCare
    /// A part named in an earlier turn that "it" or "they" points back to.
    let partReference: PartReference
    /// A body part named bare as a clause's subject, the "my" left out ("what if heel goes numb
    /// on run?"): the runner's own words, said clipped.
    let clipped: ClippedSubject
    /// Backward denials ("is fine", "is ok"): a word of now inside one says it is over.
    let denialTriggers: [Int32]
    /// The hypothetical triggers ("what if"), whose possible words put a report as a question.
    let hypotheticalTriggers: [Int32]
    /// A general question the runner then says is theirs ("… serious? I had it yesterday").
    let claim: QuestionClaim

    init(terms: TermTable) {
        var triggers: [Trigger] = []
        for context in FindingContext.allCases {
            for (name, forward) in context.triggerConcepts {
                if let id = terms.id(of: .concept(name)) {
                    triggers.append(Trigger(concept: id, context: context, forward: forward))
                }
            }
        }
        self.triggers = triggers
        denialTriggers = triggers.filter { $0.context == .negated && !$0.forward }.map(\.concept)
        hypotheticalTriggers = triggers.filter { $0.context == .hypothetical }.map(\.concept)
        terminator = terms.id(of: .concept(FindingContext.terminatorConcept))
        pseudo = terms.id(of: .concept(FindingContext.pseudoConcept))
        selfWords = terms.id(of: .concept(FindingContext.selfConcept))
        addedWords = terms.id(of: .concept(FindingContext.addedConcept))
        dependantWords = terms.id(of: .concept(FindingContext.dependantConcept))
        futureWords = terms.id(of: .concept(FindingContext.futureConcept))
        pronounWords = terms.id(of: .concept(FindingContext.pronounConcept))
        continuesWords = terms.id(of: .concept(FindingContext.continuesConcept))
        pointsBackWords = terms.id(of: .concept(FindingContext.pointsBackConcept))
        recentWords = terms.id(of: .concept(FindingContext.recentConcept))
        overNowWords = terms.id(of: .concept(FindingContext.overNowConcept))
        clearedWords = terms.id(of: .concept(FindingContext.clearedConcept))
        injuryWords = terms.id(of: .concept(FindingContext.injuryConcept))
        adviceWords = terms.id(of: .concept(FindingContext.adviceConcept))
        belongingWords = terms.id(of: .concept(FindingContext.belongingConcept))
        borrowedWords = terms.id(of: .concept(FindingContext.borrowedConcept))
        borrowedSaidOfWords = terms.id(of: .concept(FindingContext.borrowedSaidOfConcept))
        nowWords = terms.id(of: .concept(FindingContext.nowConcept))
        sameDayWords = terms.id(of: .concept(FindingContext.sameDayConcept))
        frameWords = terms.id(of: .concept(FindingContext.frameConcept))
        speechWords = terms.id(of: .concept(FindingContext.speechConcept))
        speechTopicWords = terms.id(of: .concept(FindingContext.speechTopicConcept))
        sourceWords = terms.id(of: .concept(FindingContext.sourceConcept))
        onsetWords = terms.id(of: .concept(FindingContext.onsetConcept))
        conditionalWords = terms.id(of: .concept(FindingContext.conditionalConcept))
        conditionalMainWords = terms.id(of: .concept(FindingContext.conditionalMainConcept))
        whetherWords = terms.id(of: .concept(FindingContext.whetherConcept))
        conditionalUnrealWords = terms.id(of: .concept(FindingContext.conditionalUnrealConcept))
        unrealWords = terms.id(of: .concept(FindingContext.unrealConcept))
        presentWords = terms.id(of: .concept(FindingContext.presentConcept))
        clipped = ClippedSubject(terms: terms)
        inCare = PersonInCare(terms: terms)
        partReference = PartReference(terms: terms)
        claim = QuestionClaim(terms: terms)
    }

    /// One token's context and the token that set it (nil when affirmed).
    public struct Mark: Sendable, Equatable {
        public var context: FindingContext = .affirmed
        public var trigger: Int?
        /// Where the trigger phrase ends (exclusive).
        public var triggerEnd: Int?
        /// How far the trigger is from the word, to let the nearer trigger win.
        var distance = Int.max
        /// Set by a general question with no word of the runner's own, which a claim in the
        /// next turn may still lift (`QuestionClaim`).
        public var generalQuestion = false
    }

    /// Whether the line says something of someone else as happening now ("my husband is
    /// slurring his words"): a word of now (`context_now`) among the words that are theirs,
    /// unless it opens a denial of them, or one follows within two words ("the vet says he's
    /// ok", "he is totally fine now": over, not happening); a denial itself denied ("he is
    /// not ok") leaves it happening.
    func saysSomeoneElseNow(_ input: MatchInput, marks: [Mark]) -> Bool {
        guard let nowWords else { return false }
        func opensDenial(_ j: Int) -> Bool {
            j < marks.count && !input.tokens[j].isDenied
                && input.marks(at: j).contains { denialTriggers.contains($0.concept) }
        }
        let saidNow = marks.indices.contains { i in
            marks[i].context == .otherPerson && input.marks(at: i).contains { $0.concept == nowWords }
                && !(opensDenial(i) || opensDenial(i + 1) || opensDenial(i + 2))
        }
        return saidNow || toldOfToday(input, marks: marks)
    }

    /// Whether someone else's words are told of the same day ("my husband collapsed at the
    /// finish an hour ago", "after the marathon today she was sick"): the word of the day ends
    /// their clause or opens the line before them, so it need not be among their words. Any
    /// word of the same day in the line counts, unless itself denied or said of the past, or
    /// it opens the runner's own words after theirs ("my dad had a droopy face before his
    /// stroke, today my toes tingled": "my" or "I" within two words), which it dates instead.
    /// Two passes over the marks, so the cost stays linear.
    private func toldOfToday(_ input: MatchInput, marks: [Mark]) -> Bool {
        guard let sameDayWords, let selfWords, let first = marks.firstIndex(where: { $0.context == .otherPerson })
        else { return false }
        func opensOwn(_ i: Int) -> Bool {
            i > first && marks[i].context != .otherPerson
                && (i + 1...i + 2).contains { j in
                    j < marks.count && input.marks(at: j).contains { $0.concept == selfWords }
                }
        }
        return marks.indices.contains { i in
            !opensOwn(i)
                && marks[i].context != .negated && marks[i].context != .historical
                && marks[i].context != .hypothetical
                && input.marks(at: i).contains { $0.concept == sameDayWords }
        }
    }

    /// Whether a sentence puts a report as a question: words a hypothetical trigger made
    /// possible (the runner's own clause with a word that adds, or typed clipped: "what if heel
    /// goes white and numb on run?", "what if my calf is warm as well?"; see `scopeContext`).
    /// Asked as a topic ("what if…" about Raynaud's), it still tells what it says of them.
    func putsReportAsQuestion(_ input: MatchInput, marks: [Mark], in range: Range<Int>) -> Bool {
        range.contains { i in
            guard i < marks.count, marks[i].context == .possible, let t = marks[i].trigger,
                let end = marks[i].triggerEnd
            else { return false }
            return input.marks(at: t).contains { mark in
                hypotheticalTriggers.contains(mark.concept) && t + Int(mark.length) == end
            }
        }
    }

    /// Whether the line names someone in the runner's care ("my son", "my 14 year old", "one
    /// of my athletes", "asking for my wife").
    func namesDependant(_ input: MatchInput) -> Bool { inCare.named(in: input) }

    /// Whether a word of beginning (`context_onset`: "started", "began", "since") stands in
    /// the scope a backward historical trigger at `start` would cover: "my foot started
    /// dragging a year ago" says when it began, and it may still be going on. Looks back
    /// within the clause, twice as far as the trigger reaches, since the word of beginning may
    /// stand just before the words it covers ("began flopping down when I run a couple of
    /// years ago"); bounded, so the cost stays linear.
    private func datesOnset(
        before start: Int, clause: Int, tokens: [Token], has: (Int32?, Int) -> (Bool, Int)
    ) -> Bool {
        guard onsetWords != nil else { return false }
        var i = start - 1
        while i >= 0, tokens[i].clause == clause, start - 1 - i < 2 * Self.maxScope {
            // "Since" is a terminator too: as a word of beginning it dates the start first
            // ("since a crash in 2019 my foot has started dragging").
            if has(onsetWords, i).0 { return true }
            if has(terminator, i).0 { return false }
            if tokens[i].opensClause { return false }
            i -= 1
        }
        return false
    }

    /// Whether the clause just before `start` holds a word of recent time (`context_recent`:
    /// "yesterday", "on Sunday", "last week"): an event that recent is not carried into
    /// history by a word pointing back at it. Bounded like the carry's window.
    /// Whether the historical trigger at `trigger` carries back into the clause ending just
    /// before `start`, which a word pointing back names as over. Never a trigger that says
    /// only that it is fine at present (`context_over_now`: "fine now", "gone now"): a faint,
    /// chest pain or a head knock that has passed is still the warning sign ("had chest pain
    /// on my run, it's gone now"). A trigger that says it cleared (`context_cleared`) carries
    /// only into an injury (`context_injury`: "hurt my back, that's all cleared up"), as
    /// chest pain "cleared up" is still chest pain. None into a clause with a word of recent
    /// time (`context_recent`: "hurt my back yesterday, that's healed"): numbness after it is
    /// still new. Bounded like the carry's window.
    private func carriesBack(
        trigger: Int, into start: Int, tokens: [Token], has: (Int32?, Int) -> (Bool, Int)
    ) -> Bool {
        guard start > 0, !has(overNowWords, trigger).0 else { return false }
        var injury = !has(clearedWords, trigger).0
        let clause = tokens[start - 1].clause
        var i = start - 1
        while i >= 0, tokens[i].clause == clause, start - 1 - i < 2 * Self.maxScope {
            if has(recentWords, i).0 { return false }
            if has(injuryWords, i).0 { injury = true }
            i -= 1
        }
        return injury
    }

    /// The injury joined by "and" straight after a backward trigger that dates what was told
    /// before it ("fell off my bike in 2015 and hurt my back", "came off my mountain bike years
    /// ago and injured my neck"): the words of that injury, told with no subject of its own, so
    /// of the same event, which the date covers too. Not after a trigger that only says it is over or
    /// cleared ("fine now", "cleared up"), which dates nothing; not when a word of recent time
    /// follows in the joined clause ("… and hurt my back again yesterday"): that one is new.
    /// Bounded like the carry's window.
    private func injuryJoined(
        toDated trigger: Range<Int>, tokens: [Token], has: (Int32?, Int) -> (Bool, Int)
    ) -> Range<Int>? {
        let (start, end) = (trigger.lowerBound, trigger.upperBound)
        guard start > 0, end + 1 < tokens.count, tokens[end].text == "and",
            !has(overNowWords, start).0, !has(clearedWords, start).0
        else { return nil }
        let (joined, length) = has(injuryWords, end + 1)
        guard joined, !tokens[end + 1].opensClause else { return nil }
        var k = end + 1
        while k < tokens.count, tokens[k].clause == tokens[end + 1].clause, k - end < 2 * Self.maxScope {
            if has(recentWords, k).0 { return nil }
            if k > end + 1, tokens[k].opensClause { break }
            k += 1
        }
        return (end + 1)..<min(end + 1 + length, tokens.count)
    }

    /// Whether someone's possessive and the thing after it ("my dad's shoes") are the subject
    /// of what their clause says (`context_borrowed_said_of` within three words after the
    /// thing: "my dad's shoes are too small", "my wife's trainers give her blisters"): the
    /// possessive opens its clause (only lead-in words before it), and no word of the runner's
    /// own follows in the clause ("… are a bit big on me" is the runner's borrowed pair).
    /// Such a line tells of their kit, not of a pair the runner wears.
    private func theirKitSaidOf(
        start: Int, kit: Int, input: MatchInput, has: (Int32?, Int) -> (Bool, Int)
    ) -> Bool {
        let tokens = input.tokens
        let clause = tokens[start].clause
        guard borrowedSaidOfWords != nil,
            (tokens.startIndex..<start).allSatisfy({ tokens[$0].clause != clause || tokens[$0].leadIn })
        else { return false }
        let after = kit + max(1, has(borrowedWords, kit).1)
        var clauseEnd = after
        while clauseEnd < tokens.count, tokens[clauseEnd].clause == clause { clauseEnd += 1 }
        guard (after..<min(after + 3, clauseEnd)).contains(where: { has(borrowedSaidOfWords, $0).0 }) else {
            return false
        }
        return !(after..<clauseEnd).contains { has(selfWords, $0).0 }
    }

    /// `answering`: the line is read as the answer to a question tingle asked, so a sentence in
    /// question form is no general question ("could be 5k?", "dunno, halfway?"): only the
    /// dialogue asks for this reading, for the asked slot's value alone.
    /// `inCareAt`: the words of a trigger of someone else's that name the person the
    /// conversation goes on to be about ("my running buddy" of a first report told wholly of
    /// them): theirs are no one else's, as a child's are.
    func mark(
        _ input: MatchInput, aboutDependant dependantEarlier: Bool = false, answering: Bool = false,
        inCareAt: Set<Int> = []
    ) -> [Mark] {
        let tokens = input.tokens
        var marks = [Mark](repeating: Mark(), count: tokens.count)
        guard !triggers.isEmpty, !tokens.isEmpty else { return marks }
        func has(_ concept: Int32?, at i: Int) -> (Bool, Int) {
            guard let concept else { return (false, 0) }
            for mark in input.marks(at: i) where mark.concept == concept { return (true, Int(mark.length)) }
            return (false, 0)
        }
        // A frame of time or place (`context_frame`: "at night", "on rest days") that is the
        // whole of the words from its sentence's or clause's start up to `i`, in the same
        // sentence: looked for a few words back only, so the cost stays linear.
        func frame(endingAt i: Int) -> Range<Int>? {
            for begin in stride(from: i - 1, through: max(0, i - 5), by: -1) {
                guard tokens[begin].sentence == tokens[i].sentence else { break }
                let (isFrame, length) = has(frameWords, at: begin)
                let opens =
                    begin == 0 || tokens[begin - 1].sentence != tokens[begin].sentence
                    || tokens[begin - 1].clause != tokens[begin].clause
                if isFrame, begin + length == i, opens { return begin..<i }
            }
            return nil
        }
        // A parent writing about their child ("my son is 15, his feet go numb…") writes
        // about the one who needs the advice: in that line, and in the rest of the
        // conversation ("she also says her back hurts"), the child and "he" or "she" are
        // not someone else.
        let aboutDependant = dependantEarlier || namesDependant(input)
        // The person the runner asks for ("asking for my wife") is no one else either.
        let askedFor = inCare.askedFor(in: input)
        let clippedOwn = clipped.mark(input)
        // Which sentences have a main clause a condition leads to ("I'd worry", "I'll see the
        // GP"): read once, on the first condition met, so a line with none pays nothing.
        var mainBySentence: [Main]?
        func conditionMain(at start: Int) -> Main {
            if start > 0, has(whetherWords, at: start - 1).0 { return .none }
            if mainBySentence == nil {
                var sentences = [Main](repeating: .none, count: (tokens.last?.sentence ?? 0) + 1)
                // "If my groin goes numb on runs, will it get worse?": a question asks about
                // the condition as it stands, so only its tense makes it unreal.
                var asked = [Bool](repeating: false, count: sentences.count)
                for i in tokens.indices where tokens[i].endsQuestion { asked[tokens[i].sentence] = true }
                for i in tokens.indices {
                    let sentence = tokens[i].sentence
                    if has(conditionalUnrealWords, at: i).0 || asked[sentence] && has(conditionalMainWords, at: i).0 {
                        sentences[sentence] = .unreal
                    } else if has(conditionalMainWords, at: i).0, sentences[sentence] == .none {
                        sentences[sentence] = .real
                    }
                }
                mainBySentence = sentences
            }
            return mainBySentence?[tokens[start].sentence] ?? .none
        }
        // Positions covered by a pseudo-trigger: no trigger starts inside one.
        var pseudoUntil = -1
        for start in tokens.indices {
            let (isPseudo, pseudoLength) = has(pseudo, at: start)
            if isPseudo { pseudoUntil = max(pseudoUntil, start + pseudoLength) }
            if start < pseudoUntil { continue }
            // About the child, the child and "he"/"she" are theirs; anyone else ("my daughter's
            // friend") is still someone else.
            let childWord =
                askedFor[start] || inCareAt.contains(start)
                || aboutDependant && (has(dependantWords, at: start).0 || has(pronounWords, at: start).0)
            for trigger in triggers where !(childWord && trigger.context == .otherPerson) {
                for mark in input.marks(at: start) where mark.concept == trigger.concept {
                    let end = start + Int(mark.length)
                    let clause = tokens[start].clause
                    // A trigger denied says the opposite ("never fully resolved", "hasn't
                    // cleared up"): it sets no context.
                    if tokens[start..<min(end, tokens.count)].contains(where: \.isDenied) { continue }
                    // "My sister's old asics", "my husband's old ones": a thing the runner wears
                    // or uses, named within two words of the possessive, is borrowed, the
                    // runner's own; "my sister's foot went numb" is still hers. So is the thing
                    // when the possessive opens its clause as the subject of what is said of it
                    // ("my dad's shoes are too small", `theirKitSaidOf`); "I borrowed my dad's
                    // shoes" or "in my dad's old trainers" is the runner's pair.
                    if trigger.context == .otherPerson, end <= tokens.count, tokens[end - 1].possessive,
                        let kit = (end..<min(end + 3, tokens.count)).first(where: { i in
                            tokens[i].clause == clause && has(borrowedWords, at: i).0
                        }),
                        !theirKitSaidOf(start: start, kit: kit, input: input, has: has)
                    {
                        continue
                    }
                    // "According to her coach, it kicks in at 2 miles": the person named is where
                    // the words come from, not whom they are about.
                    if trigger.context == .otherPerson, namedAsSource(at: start, has: has) { continue }
                    let main = trigger.concept == conditionalWords ? conditionMain(at: start) : nil
                    if main == Main.none { continue }
                    if trigger.forward {
                        let context =
                            if let main {
                                conditionContext(main, end: end, input: input, clippedOwn: clippedOwn, has: has)
                            } else {
                                scopeContext(
                                    trigger.context, end: end, input: input, clippedOwn: clippedOwn, has: has)
                            }
                        var i = end
                        var clause = clause
                        var reach = end
                        // "a guy in my club": the "my" straight after names who is meant.
                        var belongingUntil = end
                        if trigger.context == .otherPerson, end < tokens.count {
                            let (belongs, length) = has(belongingWords, at: end)
                            if belongs { belongingUntil = end + length }
                        }
                        while i < tokens.count, i - reach < Self.maxScope {
                            if tokens[i].clause != clause, trigger.context == .historical, i == end,
                                start == 0 || tokens[start - 1].clause != clause
                            {
                                // A time frame said first, as a clause of its own ("years ago, I
                                // hurt my back", "when I was a teenager, I broke my ankle"),
                                // frames the clause that follows it.
                                clause = tokens[i].clause
                                reach = i
                            } else if tokens[i].clause != clause {
                                // Someone else's story goes on in a clause that refers back to it
                                // ("… and it turned out to be a slipped disc", "… which he had
                                // surgery for"); the runner's own words end it as ever.
                                guard trigger.context == .otherPerson, continues(at: i, input: input, has: has)
                                else { break }
                                clause = tokens[i].clause
                                reach = i
                            }
                            if has(terminator, at: i).0 { break }
                            if trigger.context == .otherPerson, i >= belongingUntil, has(selfWords, at: i).0 { break }
                            // What someone named bare, with no "my", says, thinks or noticed is
                            // said of the runner, typed with its "my" left out: "wife says left
                            // foot slaps". ("My old physio always said numb feet mean…" reports a
                            // claim, and "my wife says my foot…" ends at its "my" anyway.)
                            if trigger.context == .otherPerson, end - start == 1, i > end,
                                has(speechWords, at: i - 1).0
                            {
                                break
                            }
                            // What someone says of the numbness the conversation is about ("my
                            // wife says it starts after 3 miles", "his coach reckons it comes on
                            // halfway"): the speaker's words stop at their verb.
                            if trigger.context == .otherPerson, i > end,
                                reportsTopic(
                                    at: i, speaker: start..<end, aboutDependant: aboutDependant, input: input, has: has)
                            {
                                break
                            }
                            // A clause of its own in a run-on line ("worried about a clot the
                            // calf is hot"): not a subject straight after the trigger ("scared
                            // my calf is hot"), which is what it is about. Someone else's
                            // words go on until the runner speaks of themselves (above).
                            if i > end, tokens[i].opensClause, trigger.context != .otherPerson { break }
                            // A word that refers back ("and it turned out…") renews the window.
                            if trigger.context == .otherPerson, i > end,
                                has(continuesWords, at: i).0 || has(pronounWords, at: i).0
                            {
                                reach = i
                            }
                            apply(context, from: start..<end, to: i, distance: i - end, &marks)
                            i += 1
                        }
                    } else {
                        if trigger.context == .historical,
                            datesOnset(before: start, clause: clause, tokens: tokens, has: has)
                        {
                            continue
                        }
                        var i = start - 1
                        var clause = clause
                        // Where the window is counted from, and how far it reaches.
                        var reach = start
                        var scope = Self.maxScope
                        while i >= 0, tokens[i].clause == clause, reach - 1 - i < scope {
                            if has(terminator, at: i).0 { break }
                            // A family history said after what runs in it ("bad backs run in my
                            // family") names a short thing: not the runner's own words before it
                            // ("my groin is numb and back problems run in the family").
                            if trigger.context == .otherPerson,
                                start - 1 - i >= Self.maxBackwardOther || has(selfWords, at: i).0
                                    || Self.joiningWords.contains(tokens[i].text) || tokens[i].text == "or"
                            {
                                break
                            }
                            apply(trigger.context, from: start..<end, to: i, distance: start - 1 - i, &marks)
                            // Over, said of what came before with a word that refers back to it
                            // ("fell off the bike and hurt my wrist, it has healed", "…, that's
                            // all cleared up"): the clause it refers to is history too. The word
                            // points at that whole event, so the window starts again from it,
                            // twice as long (an event is told with where and how: "came off my
                            // bike on a wet descent and hurt my neck, that's healed"); bounded.
                            // Not an event dated days ago ("hurt my back yesterday, that's
                            // healed, now my foot is numb"): numbness after it is still new. The
                            // pointing word may stand after the "but" that opens its clause ("my
                            // calf was sore after the flight but it's fine now").
                            if trigger.context == .historical, i > 0,
                                has(continuesWords, at: i).0 || has(pointsBackWords, at: i).0
                            {
                                var before = i - 1
                                if before > 0, has(terminator, at: before).0 { before -= 1 }
                                if tokens[before].clause != clause,
                                    carriesBack(trigger: start, into: before + 1, tokens: tokens, has: has)
                                {
                                    clause = tokens[before].clause
                                    reach = i
                                    scope = 2 * Self.maxScope
                                    i = before
                                    continue
                                }
                            }
                            // "X is fine" denies its subject, not the run-on clause before it,
                            // unless that clause is only a frame of time or place ("at night my
                            // feet are fine"): the frame is part of what is denied.
                            if tokens[i].opensClause {
                                if let frame = frame(endingAt: i) {
                                    for k in frame {
                                        apply(
                                            trigger.context, from: start..<end, to: k, distance: start - 1 - k, &marks)
                                    }
                                }
                                break
                            }
                            i -= 1
                        }
                        // A date said after an event ("fell off my bike in 2015") dates the injury
                        // joined to it by "and" as well ("… and hurt my back"): one event.
                        if trigger.context == .historical,
                            let joined = injuryJoined(toDated: start..<end, tokens: tokens, has: has)
                        {
                            for k in joined {
                                apply(trigger.context, from: start..<end, to: k, distance: k - end, &marks)
                            }
                        }
                    }
                }
            }
        }
        // A general question, asked in question form with no word of the runner's own ("can
        // you get frostbite running?", "is foot drop a thing?"), describes no finding of
        // theirs: hypothetical. Their words only in asking what to do ("when should chest pain
        // make me stop?", `context_advice`) are no finding either. A statement that ends in
        // "?" ("toes go numb at 3k, anyone else??") is still a report. A worry that is part of
        // the asking ("do I need to worry about chest pain?") is no worry of a finding: what
        // it made possible is general too. A body part named bare as the subject of a clause
        // ("should worry if heel numb for days?", `ClippedSubject`) is the runner's own, its
        // "my" left out: such a question is no general one.
        // A claim after one ("… serious? I had it yesterday", "mine did on my run": `QuestionClaim`)
        // says it is the runner's own after all: the questions before it keep no general reading.
        // Whatever made the question's words hypothetical ("what if your leg gives way?") is
        // lifted with it: the claim says it happened.
        let lifted = answering ? [] : claim.lifted(input, marks: marks)
        for range in lifted {
            for i in range where marks[i].context == .hypothetical { marks[i] = Mark() }
        }
        var general: [(range: Range<Int>, asked: (Mark) -> Bool)] = []
        for range in input.text.sentences where !answering && input.text.opensQuestion(range) {
            var adviceUntil = range.lowerBound
            var advice: [Range<Int>] = []
            let ownWords = range.contains { i in
                let (isAdvice, length) = has(adviceWords, at: i)
                if isAdvice {
                    adviceUntil = max(adviceUntil, i + length)
                    advice.append(i..<(i + length))
                }
                return i >= adviceUntil && (has(selfWords, at: i).0 || clippedOwn[i])
            }
            // "Do I need to worry about this chest pain?" points at the runner's own.
            let pointed =
                !advice.isEmpty
                && range.contains { i in
                    i >= adviceUntil && Self.pointingWords.contains(input.tokens[i].text)
                }
            guard !ownWords && !pointed else { continue }
            let asked = { (mark: Mark) in
                mark.context == .possible && mark.trigger.map { t in advice.contains { $0.contains(t) } } == true
            }
            general.append((range, asked))
        }
        for (range, asked) in general where !lifted.contains(range) {
            for i in range {
                if marks[i].context == .affirmed || asked(marks[i]) {
                    marks[i] = Mark(
                        context: .hypothetical, trigger: range.lowerBound, triggerEnd: range.lowerBound + 1,
                        distance: 0, generalQuestion: true)
                } else if marks[i].context == .possible {
                    // A question of what a sign means or whether it is bad, asked of anyone ("is
                    // it normal to lose feeling between your legs?"): what it makes possible
                    // still counts as the runner's own where its words are theirs, and the
                    // question is general too, so what it names of "you" gets the warning.
                    marks[i].generalQuestion = true
                }
            }
        }
        return marks
    }

    /// Whether a phrase that names a source (`context_source`: "according to", "going by")
    /// ends straight before `start`.
    private func namedAsSource(at start: Int, has: (Int32?, Int) -> (Bool, Int)) -> Bool {
        guard sourceWords != nil else { return false }
        return (max(0, start - 3)..<start).contains { j in
            let (isSource, length) = has(sourceWords, j)
            return isSource && j + length == start
        }
    }

    /// Whether the words at `i` tell, in reported speech, of the numbness the conversation is
    /// about: a verb of speech (`context_speech`) ends within two words of the speaker named
    /// ("my wife says", "his coach always reckons"), and a phrase of its course
    /// (`context_speech_topic`: "it starts", "it comes on") opens what they say, after "that"
    /// or not. Not when the speaker is a "he" or "she" of someone else's story ("my friend's
    /// calf swelled and she says it goes hot" goes on with her), nor when a word of theirs
    /// follows in the sentence ("my mate says it happens to him too"), except in a
    /// conversation about someone in care, whose "he" or "she" is the one it is about.
    private func reportsTopic(
        at i: Int, speaker: Range<Int>, aboutDependant: Bool, input: MatchInput,
        has: (Int32?, Int) -> (Bool, Int)
    ) -> Bool {
        let tokens = input.tokens
        guard speechTopicWords != nil, speechWords != nil, i - speaker.upperBound <= 3,
            !has(pronounWords, speaker.lowerBound).0
        else { return false }
        // The verb of speech ends straight before what is said, and starts within two words of
        // the speaker ("my wife | always | says").
        let saidEnds = (max(speaker.upperBound, i - 2)..<i).contains { j in
            let (said, length) = has(speechWords, j)
            return said && j + length == i && j - speaker.upperBound <= 1
        }
        guard saidEnds else { return false }
        let opens = tokens[i].text == "that" && i + 1 < tokens.count ? i + 1 : i
        guard has(speechTopicWords, opens).0 else { return false }
        if aboutDependant { return true }
        let sentence = tokens[i].sentence
        var k = opens
        while k < tokens.count, tokens[k].sentence == sentence, k - opens < Self.maxScope {
            if has(pronounWords, k).0 { return false }
            k += 1
        }
        return true
    }

    /// A hypothetical trigger followed straight away by the runner's own words, with a word
    /// that adds to what they already said ("what if my left calf is puffy and warm as well?",
    /// "what if I also feel numb down there?"), may be a report put as a question: it is
    /// possible, which counts for red flags (when in doubt tingle asks or escalates), not
    /// hypothetical. So is one over a clause typed clipped, a body part its bare subject ("what
    /// if heel goes white and numb on run?", `ClippedSubject`): a runner leaves out the "my" of
    /// what happens to them, where a question about what might happen keeps its words ("what
    /// if your leg goes weak?"). "What if it ever spreads?", "what if I also get chest pain?"
    /// and "what if heel ever goes numb?" (a word that looks ahead, `context_future`) stay
    /// hypothetical.
    private func scopeContext(
        _ context: FindingContext, end: Int, input: MatchInput, clippedOwn: [Bool],
        has: (Int32?, Int) -> (Bool, Int)
    ) -> FindingContext {
        guard context == .hypothetical, end < input.tokens.count else { return context }
        // The runner's own words straight after the trigger, or the adding word itself, as a
        // phone message says it with its "I" left out ("what if also feel numb between legs?").
        let ownNext = addedWords != nil && (has(selfWords, end).0 || has(addedWords, end).0)
        let clause = input.tokens[end].clause
        var added = has(addedWords, end).0
        var clipped = false
        var i = end
        while i < input.tokens.count, input.tokens[i].clause == clause, i - end < Self.maxScope + 2 {
            if i > end, has(terminator, i).0 { break }
            // "What if I also get chest pain?" looks ahead: it stays hypothetical.
            if i > end || !ownNext, has(futureWords, i).0 { return context }
            if has(addedWords, i).0 { added = true }
            if clippedOwn[i] { clipped = true }
            i += 1
        }
        return clipped || (ownNext && added) ? .possible : context
    }

    /// The main clause a condition leads to, in its sentence: none ("if I run past 10k my toes
    /// go numb" tells a habit), what will follow ("I'll see the GP"), or what would ("I'd
    /// worry").
    enum Main: Sendable { case none, real, unreal }

    /// What a condition covers ("I'd panic if I lost all feeling in my backside", "should it
    /// spread up my leg I'll see the GP"): hypothetical, unless its clause tells a state that
    /// holds already (`context_present`: "would it be serious if my crotch has been numb since
    /// Sunday?") or is the runner's own typed clipped ("if heel goes white…"), which may be a
    /// report put as a condition: possible, so a warning sign in it still asks or escalates.
    /// With "would", an unreal condition is said in the past (`context_unreal`: "if my calf was
    /// swollen", or a verb in "-ed": "if the numbness reached my groin"); said in the present
    /// ("would it matter if my foot drags on hills?") it is the runner's own worry: possible.
    /// So is a condition whose main clause runs on inside its scope, with no subject to mark
    /// where ("if I run over an hour foot will drag").
    private func conditionContext(
        _ main: Main, end: Int, input: MatchInput, clippedOwn: [Bool], has: (Int32?, Int) -> (Bool, Int)
    ) -> FindingContext {
        guard end < input.tokens.count else { return .hypothetical }
        let clause = input.tokens[end].clause
        var unreal = main == .real
        var i = end
        while i < input.tokens.count, input.tokens[i].clause == clause, i - end < Self.maxScope {
            // Before the terminators: "still" ends a scope, and says the state holds.
            if has(presentWords, i).0 || clippedOwn[i] { return .possible }
            if i > end, has(terminator, i).0 || input.tokens[i].opensClause { break }
            // A main clause run on inside the scope ("if I run over an hour foot will drag"):
            // where the condition ends is unclear, and its words may be a report.
            if i > end, has(conditionalMainWords, i).0 || has(conditionalUnrealWords, i).0 { return .possible }
            // Concepts match by stem ("dragged" is "drags"), so a regular verb's past is told
            // by its ending; the irregular ones are data.
            let word = input.tokens[i].text
            if has(unrealWords, i).0 || has(futureWords, i).0 || word.utf8.count > 4 && word.hasSuffix("ed") {
                unreal = true
            }
            i += 1
        }
        return unreal ? .hypothetical : .possible
    }

    /// Whether the clause starting at `i` opens (after a joining word) with a word that refers
    /// back (`context_continues`, or "he"/"she"/"his"/"her").
    private func continues(at i: Int, input: MatchInput, has: (Int32?, Int) -> (Bool, Int)) -> Bool {
        guard continuesWords != nil || pronounWords != nil else { return false }
        let tokens = input.tokens
        var k = i
        while k < tokens.count, tokens[k].clause == tokens[i].clause, k - i < 2,
            Self.joiningWords.contains(tokens[k].text),
            !has(continuesWords, k).0
        {
            k += 1
        }
        guard k < tokens.count, tokens[k].clause == tokens[i].clause else { return false }
        return has(continuesWords, k).0 || has(pronounWords, k).0
    }

    /// Words that point at something of the runner's own, after the words that ask whether
    /// to worry.
    private static let pointingWords: WordSet = ["this", "these"]

    private static let joiningWords: WordSet = ["and", "but", "so", "then", "which", "that"]

    /// How far back someone else's reaches from a trigger said after the words ("type 2
    /// diabetes runs in the family"): the few words of the thing named.
    private static let maxBackwardOther = 4

    private func apply(
        _ context: FindingContext, from trigger: Range<Int>, to i: Int, distance: Int, _ marks: inout [Mark]
    ) {
        // Someone else's in the past is still someone else's ("my dad had a slipped disc years
        // ago"): risk factors count the historical, never another person's.
        let (current, nearer) = (marks[i].context, distance < marks[i].distance)
        if current == .otherPerson && context == .historical { return }
        guard nearer || (context == .otherPerson && current == .historical) else { return }
        marks[i] = Mark(
            context: context, trigger: trigger.lowerBound, triggerEnd: trigger.upperBound, distance: distance)
    }
}
