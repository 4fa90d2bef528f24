/// One conversation with tingle: feed it lines, get replies. Deterministic: the same
/// lines in the same order always give the same replies.
///
/// A turn runs the pipeline in the order of `respond`'s numbered steps: text and marks →
/// (1) intents, one per sentence → (2) findings: slots, symptoms, risks, details, read
/// against the question asked → (3) recorded, with corrections, screening answers and
/// withdrawals → (4) red flags and floors, on every turn, before any reply is composed →
/// (5) the dialogue's move → the composed reply, escalation first.
public struct Session: Sendable {
    public let brain: Brain
    public private(set) var conversation = Conversation()
    /// What triage made of the conversation: red flags, the advice level, the last view.
    public private(set) var triage = TriageRecord()
    public private(set) var lastTrace: TurnTrace?
    public private(set) var lastResult: TurnResult?
    /// This turn answered a screening question with yes or no.
    private var answeredByYesNo = false
    /// Today's date for `/summary` (the front end's clock); nil in replay and evaluation,
    /// whose output must not depend on the day.
    public var today: (@Sendable () -> String)?
    /// The home folder, for a file name typed as ~/notes.md; nil where none is known.
    public var home: String?
    /// One question and no chat (`tingle ask`): a reply never ends in a question or an offer
    /// that cannot be answered; it says how to go on instead.
    public var oneShot = false
    /// The matching budget of the turn's line, to tell `/why` when it ran out.
    private var lastBudget: StepBudget?

    public init(brain: Brain) {
        self.brain = brain
    }

    /// A numbered list was shown (`/topics`): a number picks from it next turn.
    mutating func listMenu(_ intents: [String]) { conversation.menu = intents }

    /// Forgets the conversation (`/restart`).
    public mutating func restart() {
        conversation = Conversation()
        triage = TriageRecord()
        lastTrace = nil
        lastResult = nil
    }

    /// True when a line holds nothing to read: spaces, control characters, or the
    /// replacement characters they become when recorded.
    static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { scalar in
            // ASCII is answered without looking up properties (nearly every line starts with a
            // printable letter): its only white space and controls are below "!" and DEL, and
            // it has no format characters.
            if scalar.isASCII { return scalar.value < 0x21 || scalar.value == 0x7F }
            return scalar.properties.isWhitespace || scalar.value == 0xFFFD
                || [.control, .format].contains(scalar.properties.generalCategory)
        }
    }

    public mutating func respond(to line: String) -> TurnResult {
        conversation.turn += 1
        conversation.withdrawn = []
        var trace = TurnTrace()
        let from = conversation.state
        trace.transition = (from, from)

        if Self.isBlank(line) {
            // A blank line (kept only so --json output pairs with input) changes nothing; a
            // line of nothing but control characters gets the fallback and changes nothing.
            let onlySpace = line.allSatisfy(\.isWhitespace)
            return finish(line, intents: [], parts: onlySpace ? [] : [.message(brain.message(.fallback))], trace: trace)
        }
        // A line has no more characters than bytes: counting its characters (a walk of
        // grapheme breaks) is only needed when its bytes are over the limit.
        if line.utf8.count > brain.settings.maxInputLength, line.count > brain.settings.maxInputLength {
            return finish(line, intents: [], parts: [.message(brain.message(.tooLong))], trace: trace)
        }
        let input: MatchInput
        let heard = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
        (input, conversation.aboutDependant) = brain.contextMarker.inCare.read(
            heard, earlier: conversation.aboutDependant)
        let findings = FindingsInput(input, aboutDependant: conversation.aboutDependant)
        conversation.careForms = careForms(named: heard)
        lastBudget = input.budget
        trace.corrections = input.text.corrections.map { (typed: $0.0, corrected: $0.1) }
        trace.denied = input.tokens.filter(\.isDenied).map(\.text)
        trace.contexts = findings.contextualWords.map { "\($0.word) (\($0.context), after \"\($0.trigger)\")" }

        // 1. Intents, one per sentence (several questions in one line get several answers).
        let understood = understand(input, trace: &trace)
        var intents = understood.intents
        // A yes that answers tingle's own question: not one that confirms a withdrawal.
        let saidYes = intents.first == RoleIntent.yes.rawValue && triage.confirmingWithdrawal == nil
        // The answer to "is it happening now?", asked last of someone else's warning sign: over,
        // with nothing else said, is answered calmly and the questions go on.
        let aboutThem = answerAboutSomeoneElsesSign(input, intents: intents, saidYes: saidYes)
        conversation.signToldOfSomeoneElse = nil
        // Not answered, or over: the question waited on before is waited on again (after this
        // line is read, when it answers "no" to it: never "nothing else").
        let askingBefore = conversation.askingBeforeSign
        conversation.askingBeforeSign = nil
        if aboutThem == nil, conversation.asking == nil { conversation.asking = askingBefore }
        if case .unsure(let told) = aboutThem {
            conversation.signToldOfSomeoneElse = told
            conversation.askingBeforeSign = askingBefore
            return finish(
                line, intents: [RoleIntent.inform], parts: [.message(brain.message(.someoneElsesSignUnsure))],
                trace: trace)
        }
        if case .over(let told) = aboutThem, Self.onlyAnswersAboutThem(input, intents: intents) {
            let parts = someoneElsesSignOver(told: told, askAgain: true, waitingOn: askingBefore)
            if conversation.asking == nil { conversation.asking = askingBefore }
            return finish(line, intents: [RoleIntent.inform], parts: parts, trace: trace)
        }
        if !Self.asksAboutTheQuestion(input, understood) { intents.removeAll(where: Self.clarifyIntents.contains) }
        // "Toes numb out on bike rides, any ideas?", "numb toes, any tips?": in a first message,
        // a request for the view that won a sentence a report also matched is that report, whose
        // questions come before the view (not "tell me what happens first").
        if conversation.state == .greeting, let i = intents.firstIndex(of: brain.settings.assessIntent),
            let asked = understood.candidates.first(where: { $0.intent == brain.settings.assessIntent }),
            understood.candidates.contains(where: {
                $0.intent == brain.settings.startIntent && $0.pattern != nil && $0.sentence == asked.sentence
            })
        {
            if intents.contains(brain.settings.startIntent) {
                intents.remove(at: i)
            } else {
                intents[i] = brain.settings.startIntent
            }
        }

        // 2. Everything the user told us about themselves, from any sentence that is not a
        //    general question.
        var found = FindingsReader(brain: brain).read(
            findings, asking: conversation.asking, skipping: understood.topicSentences)
        let theirs = answersForSomeoneElse(findings, skipping: understood.topicSentences)
        for (id, value) in theirs.values where found.values[id] == nil {
            found.values[id] = value
        }
        found.risks += theirs.risks.filter { !found.risks.contains($0) }
        // "5, not 3" after "3 miles", "brooks not hokas" after "hokas": the answer denied is
        // taken back as "actually" would.
        if !found.isCorrection, deniesEarlierAnswer(input) { found.isCorrection = true }
        // "More like 8k" after "5k": the amount before is put right.
        if !found.isCorrection, comparesWithEarlierAmount(input, found: found) { found.isCorrection = true }
        // "No, not new, they've done 400 miles": a "no" that opens a correction takes the
        // earlier answer back; it is not "nothing else" to the question asked now.
        if found.noneOnlyByOpeningNo {
            if !found.isCorrection, opensByDenyingAnswer(input) { found.isCorrection = true }
            if found.isCorrection, let asking = conversation.asking {
                found.noneFor.remove(asking)
                if let i = intents.firstIndex(of: RoleIntent.no.rawValue) { intents[i] = RoleIntent.inform }
            }
        }
        // A correction that answers nothing asked now ("make that 6 miles" when the shoes were
        // asked) puts right the answer before: read it against that question.
        if found.isCorrection, found.values.isEmpty, let previous = conversation.lastAnswered,
            previous != conversation.asking, conversation.lastAnsweredTurn == conversation.turn - 1
        {
            let again = FindingsReader(brain: brain).read(
                findings, asking: previous, skipping: understood.topicSentences)
            // Still a correction, whatever told it so ("no, not new, they're 2 years old": its
            // opening "no" denying the answer, which the second reading does not look at).
            if again.values[previous] != nil {
                found = again
                found.isCorrection = true
            }
        }
        if found.isCorrection, found.values.isEmpty {
            correctWithBareNumber(&found, input: input, skipping: understood.topicSentences)
        }
        if let asking = conversation.asking, found.values[asking] == nil,
            let value = answerSaidAsQuestion(input, understood: understood, asking: asking)
        {
            found.values[asking] = value
        }
        readLateAnswer(&found, findings: findings, input: input, skipping: understood.topicSentences)
        // "Mostly near the end of the run" to the shoes, when it starts not answered yet: filed
        // there, and the shoes asked again (Session+AnswerForAnother.swift).
        fileAnswerForAnother(
            &found, intents: intents, findings: findings, input: input, skipping: understood.topicSentences)
        // "About 8 miles in" to the shoes, when when it starts holds an amount already: not a
        // second onset beside the first; where it fits is asked (`amountUnplaced`).
        holdBackSecondAmount(&found, input: input)
        // "It used to be 5 miles, now it's 2": when it starts now, and sooner than before.
        if let value = onsetThenAndNow(input) { found.values[SlotKey.onset.rawValue] = value }
        // "Can you give me a marathon training plan?": its "marathon" is no time of the
        // numbness (Session+OtherMatter.swift).
        setAsideOtherMatter(input, understood: understood, found: &found)
        trace.heard = found.heard
        trace.setAside = found.setAside
        trace.extracted =
            found.symptoms.map { "symptom \($0)" } + found.risks.map { "risk factor \($0)" }
            + found.context.map { "detail \($0)" }
        // Another running trouble said to "anything else?" with nothing of the numbness
        // ("hamstring is a bit tight") is "nothing else", noted as separate (`toldAside`).
        let aside = toldAside(input, understood: understood, found: &found)
        let askedAside = aside ? conversation.asking : nil
        if aside { intents.removeAll { brain.settings.asideIntents.contains($0) } }
        // A statement that told tingle something is not a topic question: "in the gap between
        // my middle toes, on every long run" is a report, "Pegasus, a size bigger than my work
        // shoes" an answer, not a request for the Morton's neuroma or shoe-fit answers.
        // In a first message it is both: a report, and the topic's answer is still worth giving
        // ("like a pebble in my shoe under the forefoot" gets the Morton's answer too). So does
        // the "nothing else" asked for ("no, other than sore quads lol" is no other injury).
        let toldSomething =
            !found.values.isEmpty || !found.symptoms.isEmpty || conversation.asking.map(found.noneFor.contains) == true
        // Unless the line asks whether what it told is related ("my hands tingle on long runs
        // too, is that related?"): then the topic of what it told is the answer asked for.
        if toldSomething && conversation.state != .greeting && !input.isPresent(.asksIfRelated) {
            let told = intents.filter { understood.statementTopics.contains($0) }
            intents.removeAll { understood.statementTopics.contains($0) }
            if !told.isEmpty { conversation.toldTopics = (told, conversation.turn) }
        }
        // "Should I worry?" or "is that serious?" on the line straight after one that told
        // something with a topic of its own ("my hands tingle too"): asked of what was just
        // told, so that topic's answer (when hands that tingle matter) follows the general one.
        if let told = conversation.toldTopics, told.turn == conversation.turn - 1, !toldSomething,
            input.mentions(concept: Self.seriousConcept),
            input.text.sentences.contains(where: { input.text.opensQuestion($0) })
                || input.text.tokens.contains(where: \.endsQuestion)
        {
            intents += told.intents.filter { !intents.contains($0) }
        }
        // "Hi all, long time lurker…", "thanks in advance" around a report are manners, not a
        // second request: the report is answered, not followed by "Hi! Tell me what happens".
        // So, while a question waits, is small talk that came with what the line told ("my
        // arch hurts a bit too", said to "anything else?", is an answer, not another injury).
        // Beside anything else, only the manners go: "my shins ache after every run, what do I
        // do" keeps the other-troubles answer its first sentence asked for.
        if intents.contains(brain.settings.startIntent) || toldSomething && conversation.asking != nil {
            intents.removeAll { brain.settings.smallTalkIntents.contains($0) && $0 != RoleIntent.help.rawValue }
        } else if toldSomething && intents.count > 1 {
            intents.removeAll { Self.manners.contains($0) }
        }

        // Symptoms or details of the runs heard in a first message that no intent matched
        // ("burning soles on long runs", "my leg went floppy") are a report: what was heard
        // is said back, never thrown away with "I didn't understand".
        let manners = Self.manners
        // A forum post's "any ideas?" or "what should I do?" asks for what the report starts.
        let asksForHelp = [RoleIntent.help.rawValue, brain.settings.assessIntent]
        let heardReport =
            intents.allSatisfy {
                understood.statementTopics.contains($0) || manners.contains($0) || asksForHelp.contains($0)
            }
            && conversation.state == .greeting
            && (!found.symptoms.isEmpty || !found.values.isEmpty)
            // About the feet, or numbness of nothing else ("my groin went numb" is a warning
            // sign and "my hands tingle after a day at the keyboard" another matter, not a report about the feet).
            && (input.isPresent(.foot) || input.isPresent(.numb) && !input.isPresent(.bodyElsewhere))
        // A first message that asks about numb feet in general and tells when its own start
        // ("What causes dead feet on runs? Mine go after about an hour.") is a report too; the
        // question is still answered.
        let toldOwnDetail =
            conversation.state == .greeting && !found.values.isEmpty && input.isPresent(.foot)
            && input.isPresent(.numb) && !intents.contains(brain.settings.startIntent)
        // So is a first message that asks whether to worry about the runner's own numb feet
        // ("should i worry that the toes lose feeling at 5k", "should i be concerned, cant feel my
        // toes after"): the worry puts what follows in doubt, so nothing of it is heard, but
        // the runner's feet are the subject, and the questions find out what a worry cannot.
        let worriedReport =
            conversation.state == .greeting && input.isPresent(.worry) && input.isPresent(.selfWords)
            && input.isPresent(.foot) && input.isPresent(.numb) && !input.isPresent(.bodyElsewhere)
            && !intents.contains(brain.settings.startIntent)
        if heardReport || toldOwnDetail || worriedReport { intents.insert(brain.settings.startIntent, at: 0) }
        // So is small talk around a question or a request ("Hi all, first post here. How do I
        // stop…?", "burning soles on long runs… thanks for reading"): what was asked or told is
        // answered, the manners are not answered with a prompt of their own ("Hi! Tell me what
        // happens…" after a question, or after the report has been heard, reads as if it had not).
        if intents.contains(where: { !manners.contains($0) }) { intents.removeAll { manners.contains($0) } }
        let startsAssessment = intents.contains(brain.settings.startIntent)
        // "What do I do?" beside another answer, before any report, asks what that answer
        // says ("my shins ache after every run, what do I do"): no "tell me what happens first".
        if !startsAssessment, !conversation.reported, intents.count > 1 {
            intents.removeAll { $0 == brain.settings.assessIntent }
        }
        // "Can you help? Both heels tingle at 4 miles": the report is the help asked for. So is
        // "any ideas?" or "what should I do?" beside a first report: the questions come first
        // (the opening says so), and the view once they are answered or declined.
        if startsAssessment {
            intents.removeAll {
                $0 == RoleIntent.help.rawValue || $0 == brain.settings.assessIntent && conversation.state == .greeting
            }
        }
        var parts: [ReplyPart] = []
        if case .over(let told) = aboutThem {
            parts += someoneElsesSignOver(told: told, askAgain: false, waitingOn: askingBefore)
            intents.removeAll { $0 == RoleIntent.no.rawValue || $0 == RoleIntent.yes.rawValue }
            if conversation.asking == nil { conversation.asking = askingBefore }
        }

        // 3. Record what was said; note corrections of earlier answers.
        let corrections = record(found, startsAssessment: startsAssessment)
        // A first report told wholly of someone else, which the questions now ask about, makes
        // the conversation about them from the next line on (`reportsForSomeoneElse`).
        var reportOfSomeoneElse = false
        if startsAssessment, conversation.state == .greeting, !conversation.aboutDependant,
            Self.reportsForSomeoneElse(findings)
        {
            reportOfSomeoneElse = true
            conversation.aboutDependant = true
            conversation.careForms = careForms(named: heard)
        }
        if !corrections.isEmpty {
            parts.append(
                .message(
                    brain.message(.updated).replacingFirst(
                        "{changes}", with: ResponseComposer.list(corrections.map(\.text), in: brain))))
        }

        // An answer to the question asked wins over "not sure" in the same line ("idk maybe
        // 15 mins?" answers when it starts).
        if let asking = conversation.asking, found.values[asking] != nil,
            let i = intents.firstIndex(of: RoleIntent.dontKnow.rawValue)
        {
            intents[i] = RoleIntent.inform
        }
        // Asked the same about it again straight after it was put another way: a third wording
        // would not move on, so the question is left as not known, as "not sure" leaves it.
        // ("Why?" after "what do you mean?" is a new question, and answered.)
        if let asking = conversation.asking, let clarified = conversation.clarified, clarified.slot == asking,
            clarified.turn == conversation.turn - 1, found.values[asking] == nil,
            let i = intents.firstIndex(where: Self.clarifyIntents.contains),
            clarified.why == (intents[i] == RoleIntent.askWhy.rawValue)
        {
            intents[i] = RoleIntent.dontKnow.rawValue
        }
        // "Yes, my groin goes numb too" or "no, but my calf swells" to "anything else?": the yes
        // or no only leads into the answer. (To a yes-or-no screening question or an offer, the
        // yes or no is the answer.)
        if let asking = conversation.asking, conversation.pendingOffer == nil,
            !brain.slots.contains(where: { $0.id == asking && !$0.yesFacts.isEmpty }),
            found.values[asking] != nil || !found.symptoms.isEmpty || !found.context.isEmpty,
            let i = intents.firstIndex(where: { $0 == RoleIntent.yes.rawValue || $0 == RoleIntent.no.rawValue })
        {
            intents[i] = RoleIntent.inform
        }

        intents = nonAnswer(intents, found: found, input: input)  // "nah" to "when does it start?"
        // 3a. A yes or no to a screening question sets its facts before the red flags are
        //     checked, so "yes" to "any numbness between the legs?" escalates at once.
        //     A "no" said in words is one too: the screening slot's `none:` patterns ("my
        //     bladder's fine", "nothing like that"), when nothing in the line says yes.
        answeredByYesNo = false
        let saidYesNo = intents.first == RoleIntent.yes.rawValue || intents.first == RoleIntent.no.rawValue
        let screening = conversation.asking.flatMap { id in
            brain.slots.first { $0.id == id && (!$0.yesFacts.isEmpty || !$0.noFacts.isEmpty) }
        }
        if let screening { conversation.lastScreening = screening.id }
        if let asking = conversation.asking, let slot = screening,
            let answer = Self.screeningAnswer(to: slot, in: input, found: found, yesOrNo: saidYesNo ? intents[0] : nil)
        {
            conversation.slots[asking] = Conversation.SlotValue(
                descriptions: [answer],
                facts: Set(answer == RoleIntent.yes.rawValue ? slot.yesFacts : slot.noFacts))
            if saidYesNo { intents[0] = RoleIntent.inform } else { intents.insert(RoleIntent.inform, at: 0) }
            // "I can't say I've noticed anything down there" is a no, not a "don't know".
            if !saidYesNo { intents.removeAll { $0 == RoleIntent.dontKnow.rawValue } }
            answeredByYesNo = true
        } else if let slot = lateScreeningYes(
            findings: findings, input: input, found: found, yesOrNo: saidYesNo ? intents[0] : nil,
            skipping: understood.topicSentences)
        {
            // "Hmm, actually yes, I have been leaking a bit", lines after "no" to the back-pain
            // check: the warning-sign question asked last is answered yes, late.
            conversation.slots[slot.id] = Conversation.SlotValue(
                descriptions: [RoleIntent.yes.rawValue], facts: Set(slot.yesFacts))
            if saidYesNo { intents[0] = RoleIntent.inform } else { intents.insert(RoleIntent.inform, at: 0) }
        }

        // 3b. Withdrawals: a warning sign taken back takes back what it alone raised.
        parts += withdraw(findings: findings, found: found, intents: &intents)

        // 4. Red flags, on every turn, with this turn's facts included.
        var raised = RedFlagChecker(brain: brain).check(
            found.redFlagHits, in: findings.reported, facts: conversation.facts)
        let pointing = raisedPointingBack(input, findings: findings, besides: raised)  // "…it went white"
        raised += pointing.raised
        conversation.namedParts = PartReference.remembering(pointing.parts, after: conversation.namedParts)
        raised += raisedByClaim(line, input: input, findings: findings, besides: raised)  // "…? " "i have it"
        let byYes = raisedByYes(input, findings: findings, saidYes: saidYes)  // "… if it is you, tell me" "yes"
        raised += byYes.own.filter { sign in !raised.contains { $0.rule.id == sign.rule.id } }
        if reportOfSomeoneElse {  // "my husband's foot went numb and his face drooped"
            raised += raisedInReportOfSomeoneElse(findings, besides: raised)
        }
        conversation.generalQuestion = Self.generalQuestion(findings)
        conversation.signAskedOfRunner = nil
        trace.redFlagsChecked = brain.redFlags.count
        let fresh = raised.filter { !triage.redFlags.contains($0.rule.id) }
        var others = someoneElsesEmergency(findings, besides: fresh.map(\.rule))
        for sign in byYes.theirs where !(fresh.map(\.rule.id) + others.map(\.rule.id)).contains(sign.rule.id) {
            others.append(sign)
        }
        // "Yes", "he still can't…", "just now" to "is it happening now?": help for them.
        if case .now(let told) = aboutThem, triage.level != .emergency {
            for sign in signsOfSomeoneElse(told: told)
            where !(fresh.map(\.rule.id) + others.map(\.rule.id)).contains(sign.rule.id) {
                others.append(sign)
            }
        }
        let newFlags = fresh.map(\.rule) + others.map(\.rule)
        trace.redFlagsRaised = newFlags.map(\.id)
        trace.redFlagsBecause = fresh.map { ($0.rule, $0.because) } + others
        if !newFlags.isEmpty {
            triage.redFlags += newFlags.map(\.id)
            for raise in fresh { triage.flagRaisedByFacts[raise.rule.id] = raise.byFacts }
            for raise in others {
                triage.flagRaisedByFacts[raise.rule.id] = false
                triage.ofSomeoneElse.insert(raise.rule.id)
            }
            triage.adviceLevel.raise(to: newFlags.map(\.level).max()!)
            let level = triage.level!
            move(.redFlag)
            conversation.asking = nil
            conversation.pendingOffer = nil
            parts.insert(
                others.isEmpty ? .escalation(level, newFlags) : .escalationForSomeoneElse(others.map(\.rule)), at: 0)
            triage.advice.append(
                "\(brain.levels[level]?.title ?? level.rawValue): " + newFlags.map(\.label).joined(separator: "; "))
            if level >= .urgent {
                triage.viewHeld = false
                parts.append(.message(brain.message(.afterEscalation)))
            } else if let screen = nextScreening() {
                // Below urgent, a screening question still gets asked: back pain at "see a
                // doctor" must not stop tingle asking about numbness between the legs. Its
                // "yes" may be an emergency, so it comes straight after the escalation, and the
                // long view (causes, lacing tips) waits for its answer.
                conversation.asking = screen.id
                triage.viewHeld = true
                parts.append(.question(screen, retry: false))
            } else {
                parts.append(.assessment(assess(), showLevel: false))
            }
            // Answer a question asked in the same line, after the escalation; from urgent up,
            // self-care advice (lacing, socks, "keep running") gives way to escalatedNoSelfCare,
            // as it does on every later turn.
            var selfCareDeclined = false
            for id in intents where id != brain.settings.startIntent {
                if level >= .urgent && brain.settings.selfCareIntents.contains(id) {
                    if !selfCareDeclined { parts.append(.message(brain.message(.escalatedNoSelfCare))) }
                    selfCareDeclined = true
                    continue
                }
                if let entry = brain.intent(id)?.answer.flatMap({ brain.content[$0] }) {
                    parts.append(.answer(entry))
                    trace.content.append(entry.id)
                }
            }
            if intents.isEmpty && (!found.isEmpty || !newFlags.isEmpty) { intents = [RoleIntent.inform] }
            acknowledgeFeeling(in: input, &parts)
            return finish(line, intents: intents, parts: parts, trace: trace)
        }
        // 4a. A warning sign asked about in general ("is chest pain on a run serious?"): what
        //     to do if it is the runner's own comes before the general answer.
        //     Not a question about tingle's own words ("what do you mean by trouble peeing?").
        let askedInGeneral =
            intents.contains(where: Self.clarifyIntents.contains) ? nil : signAskedInGeneral(input, findings: findings)
        if let askedInGeneral {
            parts.insert(askedInGeneral, at: 0)
            conversation.signAskedOfRunner = conversation.generalQuestion
        }
        // 4b. A floor (diabetes with new numbness: see a doctor) sets the level as soon as its
        //     facts are known, and says why, once; the questions go on.
        var floorParts: [ReplyPart] = []
        let facts = conversation.facts
        for floor in brain.floors
        where floor.level >= .doctor && floor.level > (triage.level ?? .selfcare)
            && !triage.floorsTold.contains(floor.reason) && floor.facts.allSatisfy(facts.contains)
        {
            triage.floorsTold.insert(floor.reason)
            triage.adviceLevel.raise(to: floor.level)
            floorParts.append(.message(floor.reason))
        }

        // 4c. An emergency sign told of someone else with no word of when ("my dad got chest
        //     pain on his jog"): it may be going on now, so what to do if it is leads the
        //     reply, and tingle asks whether it is. The runner's own level is not touched.
        let theirsUndated =
            askedInGeneral == nil && aboutThem == nil ? signsOfSomeoneElseUndated(findings).map(\.rule) : []
        let misses = (conversation.consecutiveMisses, conversation.slotMisses)
        if !theirsUndated.isEmpty {
            // No "that's fine" to a yes, no or "not sure" it never asked, and the line is no
            // answer to the question waited on ("Got it: my dad got chest pain" for the shoes).
            intents.removeAll { [RoleIntent.yes, .no, .dontKnow].map(\.rawValue).contains($0) }
            conversation.askingBeforeSign = conversation.asking
            conversation.asking = nil
        }

        if let level = holdingEscalation {
            // "What do you mean?" to the escalation itself: the advice again, in full, rather
            // than a reminder that points back at it.
            if intents.contains(where: Self.clarifyIntents.contains), found.isEmpty {
                parts.append(.escalation(level, brain.redFlags.filter { triage.redFlags.contains($0.id) }))
            } else {
                parts.append(.reminder(level))
            }
            // "It's probably nothing, can I sleep it off?": answered plainly, kindly, and first.
            if input.hasMark(.downplay, in: 0..<input.tokens.count) {
                parts.append(.message(brain.message(level == .emergency ? .downplayEmergency : .downplayUrgent)))
                acknowledgeFeeling(in: input, &parts)
                return finish(line, intents: intents, parts: parts, trace: trace)
            }
        }

        // 5. The dialogue.
        parts += converse(
            intents: &intents, found: found, input: input, findings: findings, updated: Set(corrections.map(\.slot)),
            startsAssessment: startsAssessment, trace: &trace)
        // The warning sign asked about was understood: no "Sorry, I didn't get that" after it.
        // Its "if it is you, tell me" is the question the reply ends on: no offer after it, so
        // that a "yes" straight after says the sign is the runner's (`raisedByYes`).
        if askedInGeneral != nil {
            let fallback = brain.message(.fallback)
            parts.removeAll { part in if case .message(let text) = part { text == fallback } else { false } }
            if conversation.pendingOffer != nil {
                conversation.pendingOffer = nil
                parts.removeAll { part in if case .offer = part { true } else { false } }
            }
        }
        // Asked whether it is happening now, the reply waits on that answer alone: no "Sorry,
        // I didn't get that", no question or offer of its own (the question waited on is
        // asked again once it is over), and the line is no miss.
        if !theirsUndated.isEmpty {
            let fallback = brain.message(.fallback)
            parts.removeAll { part in
                switch part {
                case .message(let text): text == fallback
                case .question, .clarified, .offer, .menu: true
                default: false
                }
            }
            (conversation.consecutiveMisses, conversation.slotMisses) = misses
            conversation.menu = []
            conversation.pendingOffer = nil
            conversation.asking = nil
            conversation.signToldOfSomeoneElse = line
        }
        // A floor's reason goes after what was heard and before the next question or the view.
        let beforeQuestion =
            parts.firstIndex { part in
                if case .question = part { return true }
                if case .clarified = part { return true }
                if case .assessment = part { return true }
                if case .viewChange = part { return true }
                return false
            } ?? parts.count
        parts.insert(contentsOf: floorParts, at: beforeQuestion)
        if let asked = askedAside { noteAside(&parts, asked: asked, at: beforeQuestion) }
        if heardReport {
            let heard = heardBesides(nil, in: found, updated: [])
            let position = parts.firstIndex { !$0.leadsReply } ?? parts.count
            let noted = notedText(heard)
            // A feeling told for "what is it you feel?" has said it back already
            // (`feltOtherThanNumb`).
            let saidBack = parts.contains {
                if case .message(let text) = $0 { return text == noted }
                return false
            }
            if !saidBack { parts.insert(.message(noted), at: position) }
        }
        if conversation.state == .escalated && !parts.contains(where: { !$0.isEscalation }) {
            if holdingEscalation != nil {
                parts.append(.message(brain.message(.afterEscalation)))  // never a reminder alone
            } else {
                // Below urgent: say what was heard, and that the advice stands.
                let heard = heardBesides(nil, in: found, updated: [])
                if !heard.isEmpty {
                    parts.append(.message(notedText(heard)))
                }
                parts.append(.message(brain.message(.adviceStands)))
            }
        }
        acknowledgeFeeling(in: input, &parts)
        if !theirsUndated.isEmpty { parts.insert(.warningForSomeoneElse(theirsUndated), at: 0) }
        return finish(line, intents: intents, parts: parts, trace: trace)
    }

    /// A worried or frustrated line is acknowledged in a sentence before anything else but
    /// an escalation, which always stays first.
    private func acknowledgeFeeling(in input: MatchInput, _ parts: inout [ReplyPart]) {
        let key: MessageKey
        if input.hasMark(.worry, in: 0..<input.tokens.count) {
            key = .feelingWorry
        } else if input.hasMark(.frustration, in: 0..<input.tokens.count) {
            key = .feelingFrustration
        } else {
            return
        }
        let position = parts.firstIndex { !$0.leadsReply } ?? parts.count
        parts.insert(.message(brain.message(key)), at: position)
    }

    /// Takes back what the runner withdraws (see `Withdrawal`): symptoms denied after they were
    /// reported, red flags only they raised, and a red flag of the runner's own words once
    /// they confirm it is not happening. Returns what to say about it.
    private mutating func withdraw(findings: FindingsInput, found: Findings, intents: inout [String]) -> [ReplyPart] {
        let withdrawal = Withdrawal(brain: brain)
        var parts: [ReplyPart] = []
        var taken = conversation.withdrawn.map { id in brain.symptoms.first { $0.id == id }?.label ?? id }
        func drop(_ id: String) {
            triage.redFlags.removeAll { $0 == id }
            triage.flagRaisedByFacts[id] = nil
            if let rule = brain.redFlags.first(where: { $0.id == id }) { taken.append(rule.label) }
        }
        if let pending = triage.confirmingWithdrawal {
            triage.confirmingWithdrawal = nil
            if intents.first == RoleIntent.yes.rawValue {
                drop(pending)
                intents.removeFirst()
                if intents.isEmpty { intents = [RoleIntent.inform] }
            } else if intents.first == RoleIntent.no.rawValue {
                parts.append(.message(brain.message(.withdrawalKept)))
                intents.removeFirst()
                if intents.isEmpty { intents = [RoleIntent.inform] }
            }
        }
        for rule in withdrawal.flagsNoLongerHeld(in: conversation, triage) { drop(rule.id) }
        if !taken.isEmpty {
            parts.append(
                .message(
                    brain.message(.withdrawn).replacingFirst("{changes}", with: ResponseComposer.list(taken, in: brain))
                ))
            let assessed = conversation.state == .assessed || conversation.reported && nextSlot() == nil
            triage.adviceLevel.reset(afterWithdrawalTo: withdrawal.level(of: conversation, triage, assessed: assessed))
            if triage.redFlags.isEmpty { move(.withdrawal) }
        }
        if let denied = withdrawal.flagsDenied(by: findings, found: found, in: triage).first {
            triage.confirmingWithdrawal = denied.id
            parts.append(.message(brain.message(.confirmWithdrawal).replacingFirst("{label}", with: denied.label)))
            if intents.isEmpty { intents = [RoleIntent.inform] }  // understood: a denial, asked about
        }
        return parts
    }

    /// Every change of state goes through the policy table (`DialoguePolicy`).
    private mutating func move(_ event: DialoguePolicy.Event) {
        conversation.state = DialoguePolicy.next(
            from: conversation.state, on: event, reported: conversation.reported,
            questionsLeft: nextSlot() != nil)
    }

    /// The emergency signs a line tells of someone with the runner, now ("my husband has just
    /// finished his marathon and he's slurring his words"): the runner is the one who can call
    /// for help. Only when the runner's own words raised no emergency, and only signs of the
    /// emergency level: someone else's story, told in the past ("a guy at my club collapsed
    /// once") or of lesser signs ("my clubmate's foot drags when he's tired"), raises nothing.
    private func someoneElsesEmergency(_ findings: FindingsInput, besides own: [RedFlagRule])
        -> [(rule: RedFlagRule, because: RedFlagReason)]
    {
        guard triage.level != .emergency, !own.contains(where: { $0.level == .emergency }),
            let theirs = findings.theirs()
        else { return [] }
        let rules = brain.redFlags
        let hits = FindingsReader.redFlagHits(in: theirs, brain: brain) { i in
            rules[Int(i)].level == .emergency && !triage.redFlags.contains(rules[Int(i)].id)
        }
        return hits.map { hit in
            let rule = rules[Int(hit.rule)]
            let places = rule.patternLocations
            let place = places.indices.contains(Int(hit.pattern)) ? places[Int(hit.pattern)] : nil
            return (rule, .pattern(rule.patterns[Int(hit.pattern)], at: place, in: theirs))
        }
    }

    /// The level that holds the conversation: once urgent or an emergency, every reply opens
    /// with it, and no self-care advice, offer or fallback follows.
    var holdingEscalation: EscalationLevel? {
        guard conversation.state == .escalated, let level = triage.level, level >= .urgent else { return nil }
        return level
    }

    // MARK: - Understanding

    private mutating func understand(_ input: MatchInput, trace: inout TurnTrace) -> IntentMatcher.Understanding {
        // A number picks an item of the fallback menu shown last turn.
        if !conversation.menu.isEmpty {
            let words = input.tokens.map(\.text)
            if words.count == 1, let n = Int(words[0]), conversation.menu.indices.contains(n - 1) {
                trace.menuChoice = n
                let chosen = conversation.menu[n - 1]
                conversation.menu = []
                return IntentMatcher.Understanding(intents: [chosen])
            }
        }
        var expected: Set<String> = []
        if let offer = conversation.pendingOffer {
            expected = [RoleIntent.yes.rawValue, RoleIntent.no.rawValue, offer.intent]
        }
        if let asking = conversation.asking {
            expected.formUnion([
                RoleIntent.dontKnow.rawValue, RoleIntent.no.rawValue, RoleIntent.clarify.rawValue,
                RoleIntent.askWhy.rawValue,
            ])
            // A screening question is a yes-or-no question.
            if brain.slots.contains(where: { $0.id == asking && !$0.yesFacts.isEmpty }) {
                expected.insert(RoleIntent.yes.rawValue)
            }
        }
        let understood = IntentMatcher(brain: brain).understand(input, expected: expected)
        trace.candidates += understood.candidates
        trace.chosen = understood.intents
        return understood
    }

    /// Stores what the turn found; returns the answers that changed, with a description of each.
    private mutating func record(_ found: Findings, startsAssessment: Bool) -> [(slot: String, text: String)] {
        var changes: [(slot: String, text: String)] = []
        // The answers are changed in a copy and stored once, the risks and context likewise:
        // every store of one recomputes the conversation's facts, several times a turn when
        // stored a slot or an id at a time. Nothing here reads the facts.
        var slots = conversation.slots
        for (id, value) in found.values.sorted(by: { $0.key < $1.key }) {
            guard let old = slots[id], !old.skipped, let oldSummary = old.summary(in: brain) else {
                var value = value
                // "Not sure" stands until something answers the question: a detail that does
                // not ("for ages", about the shoes) must not reopen it.
                if let old = slots[id], old.skipped, let slot = brain.slots.first(where: { $0.id == id }),
                    !slot.fills.isEmpty, value.facts.isDisjoint(with: slot.fills)
                {
                    value.skipped = true
                }
                slots[id] = value
                continue
            }
            // A correction replaces the answer only with another answer to the same question:
            // "actually it has started dragging since yesterday" says how long, not when in a run.
            let slot = brain.slots.first { $0.id == id }
            let answersSameQuestion = slot.map { $0.fills.isEmpty || !value.facts.isDisjoint(with: $0.fills) } ?? true
            if found.isCorrection && answersSameQuestion && Self.putsRight(old, with: value, in: slot) {
                // "Actually it started last week": the new answer replaces the old one, or the
                // part of it that it puts right (`corrected`).
                let value = Self.corrected(old, by: value, in: slot)
                if old.descriptions != value.descriptions {
                    changes.append(
                        (
                            id,
                            brain.message(
                                .correctedValue,
                                [
                                    "slot": (slot?.title ?? id).lowercased(),
                                    "value": value.descriptions.joined(separator: ", "), "old": oldSummary,
                                ])
                        ))
                }
                slots[id] = value
            } else {
                // More detail about the same thing adds to what we know; a fuller name of
                // what was said ("brooks ghost 15" after "brooks") takes its place.
                var merged = old
                for description in value.descriptions
                where !merged.descriptions.contains(where: { $0.includes(description) }) {
                    merged.descriptions.removeAll { description.includes($0) }
                    merged.descriptions.append(description)
                    merged.kinds[description] = value.kinds[description]
                    merged.quoted[description] = value.quoted[description]
                }
                merged.facts.formUnion(value.facts)
                merged.amount = merged.amount ?? value.amount
                slots[id] = merged
            }
        }
        if let slot = brain.slots.first(where: \.isList) {
            var value = slots[slot.id] ?? Conversation.SlotValue()
            // Told before the feet, a symptom is known but answers nothing of "anything else
            // with it?" (`symptomsBeforeReport`); a denial takes it back as it would from the list.
            var found = found
            var early = conversation.symptomsBeforeReport
            for id in found.deniedSymptoms where early.contains(id) {
                early.removeAll { $0 == id }
                conversation.withdrawn.append(id)
            }
            if !conversation.reported && !startsAssessment {
                for id in found.symptoms where !early.contains(id) { early.append(id) }
                found.symptoms = []
            }
            if early != conversation.symptomsBeforeReport { conversation.symptomsBeforeReport = early }
            // Withdrawals are believed: a symptom held and now denied ("actually it goes away
            // once I stop") is taken back, and what it alone raised with it (see `withdraw`).
            for id in found.deniedSymptoms where value.ids.contains(id) {
                value.ids.removeAll { $0 == id }
                conversation.withdrawn.append(id)
                // With nothing left: still answered if the question was asked ("nothing else"),
                // unanswered again (so asked) if the symptom was only volunteered.
                if value.ids.isEmpty {
                    value =
                        conversation.asked.contains(slot.id)
                        ? Conversation.SlotValue(descriptions: [brain.message(.nothingElse)])
                        : Conversation.SlotValue()
                }
            }
            if !found.symptoms.isEmpty {
                value.skipped = false
                for id in found.symptoms where !value.ids.contains(id) { value.ids.append(id) }
            }
            // "No pain" answers "anything else?" whenever it is said: a runner who volunteers
            // what they do not feel has answered the question before it was asked.
            // (Taking back what was said before is no such answer, and a later answer that
            // denies something, "it wears off once I pull up", does not overwrite "don't know".)
            // Before the feet are told, a denial answers nothing of them either (as a symptom).
            let deniedAsAnswer =
                (conversation.reported || startsAssessment)
                && found.deniedSymptoms.contains { !conversation.withdrawn.contains($0) }
                && found.symptoms.isEmpty && value.ids.isEmpty && !value.skipped
            if found.noneFor.contains(slot.id) || deniedAsAnswer {
                value.skipped = false
                value.descriptions = value.ids.isEmpty ? [brain.message(.nothingElse)] : value.descriptions
            }
            value.descriptions =
                value.ids.isEmpty
                ? value.descriptions
                : value.ids.map { id in
                    brain.symptoms.first { $0.id == id }?.label ?? id
                }
            slots[slot.id] = value == Conversation.SlotValue() ? nil : value
        }
        conversation.slots = slots
        for id in found.deniedSymptoms where !conversation.deniedSymptoms.contains(id) {
            conversation.deniedSymptoms.append(id)
        }
        // Said now, a symptom is no longer denied: the summary never lists it as both.
        conversation.deniedSymptoms.removeAll { found.symptoms.contains($0) }
        if !found.risks.isEmpty {
            var risks = conversation.risks
            for id in found.risks where !risks.contains(id) { risks.append(id) }
            if risks.count != conversation.risks.count { conversation.risks = risks }
        }
        if !found.context.isEmpty {
            var context = conversation.context
            for id in found.context where !context.contains(id) { context.append(id) }
            if context.count != conversation.context.count { conversation.context = context }
        }
        if startsAssessment { conversation.reported = true }
        return changes
    }

    // MARK: - Dialogue

    private mutating func converse(
        intents: inout [String], found: Findings, input: MatchInput, findings: FindingsInput,
        updated: Set<String>,
        startsAssessment: Bool,
        trace: inout TurnTrace
    ) -> [ReplyPart] {
        var parts: [ReplyPart] = []
        let asking = conversation.asking
        let offer = conversation.pendingOffer
        conversation.pendingOffer = nil
        var answeredSlot = asking.map { id in (!found.isEmpty || answeredByYesNo) && isFilled(id) } ?? false
        // A reply to a free-text question that nothing else understood is its answer, as typed.
        if intents.isEmpty, found.isEmpty, let asking, let slot = brain.slots.first(where: { $0.id == asking }),
            slot.freeText, !Self.tellsOfSomeoneElsesFeet(findings), !Self.tellsSomeoneElsesGuess(input),
            !Self.tellsPastHistory(input, findings: findings), let text = Self.freeTextAnswer(input),
            // Nor a line with no word of footwear that answers another question ("later on in
            // the run really"): where it fits is asked (`answerUnplaced`).
            answerForAnother(findings: findings, input: input, found: found, skipping: []) == nil
        {
            conversation.slots[asking] = Conversation.SlotValue(descriptions: [text])
            intents = [RoleIntent.inform]
            answeredSlot = true
        }
        // "Dunno the name, the pink ones": a "don't know" of a detail, with a description
        // beside it, answers with the description.
        if intents == [RoleIntent.dontKnow.rawValue], found.isEmpty, let asking,
            let slot = brain.slots.first(where: { $0.id == asking }), slot.freeText,
            let text = describedBesideUnsure(input)
        {
            conversation.slots[asking] = Conversation.SlotValue(descriptions: [text])
            intents = [RoleIntent.inform]
            answeredSlot = true
        }
        if answeredSlot, let asking {
            conversation.lastAnswered = asking
            conversation.lastAnsweredTurn = conversation.turn
        }
        // "What do you mean? Like after 3 miles?" answers the question it asks about: the answer
        // is taken, and the question not put again.
        if answeredSlot, intents.contains(where: Self.clarifyIntents.contains) {
            intents.removeAll(where: Self.clarifyIntents.contains)
            if intents.isEmpty { intents = [RoleIntent.inform] }
        }
        // With nothing asked, "huh." before a report or a question is an opener, not a question
        // about what tingle said: the report or the question is what to answer.
        if asking == nil,
            startsAssessment || !found.isEmpty
                || intents.contains(where: { !Self.clarifyIntents.contains($0) && !Self.clarifyLeadIns.contains($0) })
        {
            intents.removeAll(where: Self.clarifyIntents.contains)
        }
        // "What do you mean?" or "why do you ask?": the pending question again, in other words
        // or with why it matters (`.clarified`), wherever it would have been asked again.
        let clarifying = intents.first(where: Self.clarifyIntents.contains).map { $0 == RoleIntent.askWhy.rawValue }
        if let why = clarifying, let asking { conversation.clarified = (asking, why, conversation.turn) }

        // Asked what "it" is (`unnamedEpisode`), a feeling said bare ("numb", "they fall
        // asleep") answers it: the report. So does a feeling other than numbness, for the
        // question offers "pain or cramp" itself ("it's a cramping thing really", "burning
        // mostly", "an ache in the ball of my foot", which alone reads as another running
        // trouble): taken as the report and said to be something else (`feltOtherThanNumb`),
        // never "What would you like to know?" after asking.
        var feltOtherThanNumb = false
        // (A report heard in the line, "a cramp in my arch", is recorded as reported already.)
        if asking == nil, !conversation.reported || startsAssessment,
            conversation.feelingAsked == conversation.turn - 1,
            intents.allSatisfy({ brain.settings.asideIntents.contains($0) || $0 == brain.settings.startIntent }),
            input.isPresent(.numb) || !found.symptoms.isEmpty
        {
            feltOtherThanNumb = !input.isPresent(.numb)
            intents = [brain.settings.startIntent]
            takeIntoReport(found.symptoms)
        }
        if intents.isEmpty && !found.isEmpty && (conversation.state == .assessing || conversation.reported) {
            intents = [RoleIntent.inform]
        }
        // After the view, with nothing asked: a reaction to it, or a detail of the runner's own
        // that nothing read, is acknowledged (`afterView`), not "I didn't catch that".
        if intents.isEmpty, found.isEmpty, asking == nil, offer == nil, let reply = afterView(input) {
            intents = [RoleIntent.inform]
            return reply
        }
        // "By the way, not sure when it starts" while the shoes are asked: the "not sure" is
        // the other question's (`unsureOfOther`), and the one asked now stays asked.
        let unsureOf = intents.contains(RoleIntent.dontKnow.rawValue) ? unsureOfOther(input, found: found) : nil
        if intents.isEmpty {
            // Heard something (a symptom of the legs, a risk factor) but nothing to answer:
            // say what was heard and ask about the feet, rather than "I didn't understand".
            // Not from a question about something else ("what should I eat before a half
            // marathon?"), whose amount or distance tells nothing about the runner's feet:
            // "Noted: on long runs" there read as not listening.
            if !found.isEmpty && asking == nil && holdingEscalation == nil
                && !(found.symptoms.isEmpty && found.risks.isEmpty && !input.isPresent(.foot)
                    && !input.isPresent(.numb) && input.text.sentences.allSatisfy { input.text.opensQuestion($0) })
            {
                let heard = heardBesides(nil, in: found, updated: [])
                if !heard.isEmpty {
                    // An answer to a question not yet asked (when it comes on, how it ends, the
                    // shoes), with nothing reported and no feeling named ("it comes on about 25
                    // minutes in"): ask what "it" is, as a clinician would.
                    let episode =
                        !conversation.reported && found.symptoms.isEmpty && !found.values.isEmpty
                    if episode { conversation.feelingAsked = conversation.turn }
                    // A warning-sign question the heard words call for ("my bum goes numb
                    // sitting at my desk": does it stay on standing?) is asked now, not
                    // "what would you like to know?": its yes may be an emergency.
                    if !episode, let screen = nextScreening(beforeReport: true) {
                        conversation.asking = screen.id
                        return [.message(notedText(heard)), .question(screen, retry: false)]
                    }
                    // A warning-sign check the line answered itself ("my bum goes numb at my
                    // desk, fine once I stand"): said to be the harmless kind, with what to
                    // watch for, not "Okay. What would you like to know?" after telling.
                    let toldClear =
                        !episode
                        && brain.slots.contains { slot in
                            slot.beforeReport && slot.applies(to: conversation)
                                && (found.values[slot.id].map { !$0.facts.isDisjoint(with: slot.noFacts) } ?? false)
                        }
                    // Not `noOfferPending` ("Okay. What would you like to know?"), the reply to a
                    // bare "ok": this line told something, and it was just said back.
                    let closing: MessageKey =
                        episode ? .unnamedEpisode : toldClear ? .screeningToldClear : .notedNothingAsked
                    return [.message(notedText(heard)), .message(brain.message(closing))]
                }
            }
            // "Actually it's the right foot", "right foot btw": thanked (Session+SideOfFeet.swift).
            if found.isEmpty, holdingEscalation == nil, let reply = whichFoot(input, asking: asking, &intents) {
                return reply
            }
            // "Fell off my bike in 2019 but that healed up": noted as history (Session+PastHistory.swift).
            if found.isEmpty, holdingEscalation == nil,
                let reply = pastHistory(input, findings: findings, asking: asking)
            {
                intents = [RoleIntent.inform]
                return reply
            }
            // Told or denied something other than what is asked, before the feet ("no pain
            // though" to the seat question): taken in, and the question asked again, plainly,
            // never "Sorry, I didn't catch that", and no failed answer.
            if !found.isEmpty, holdingEscalation == nil, let asking,
                let slot = brain.slots.first(where: { $0.id == asking })
            {
                let noted = notedBesides(asking, in: found, updated: [])
                if !noted.isEmpty {
                    intents = [RoleIntent.inform]
                    return noted + [.question(slot, retry: false)]
                }
            }
            // "15k" to the shoes, when when it starts has an amount already: not taken late
            // (`readLateAnswer`), nor "Sorry, I didn't catch that": where it fits is asked.
            if found.isEmpty, holdingEscalation == nil, let reply = amountUnplaced(input, asking: asking) {
                return reply
            }
            // "Later on in the run really" to the shoes, when when it starts holds an answer.
            if found.isEmpty, holdingEscalation == nil,
                let reply = answerUnplaced(findings: findings, input: input, found: found)
            {
                return reply
            }
            // "Honestly I'm freaking out", "ok cool": felt or reacted, while a question waits
            // (Session+FeelingWhileAsking.swift).
            if found.isEmpty, holdingEscalation == nil, let reply = feelingWhileAsking(input, asking: asking) {
                return reply
            }
            return notUnderstood(asking: asking)
        }
        conversation.consecutiveMisses = 0

        for (index, id) in intents.enumerated() {
            switch id {
            case RoleIntent.inform:
                break
            case brain.settings.startIntent:
                if !startedBefore(trace) {
                    // First report: a short answer, then the questions. It reassures ("that's
                    // common in runners") only when nothing worrying was said with it.
                    // Numb feet on a bike or on skis, with no word of running: not "that's
                    // common in runners", but that the same causes and questions apply.
                    let otherActivity = input.isPresent(.otherActivity) && !input.isPresent(.run)
                    if feltOtherThanNumb {
                        // What was felt, said back in the labels of the symptoms, then why
                        // the questions still help.
                        let heard = heardBesides(nil, in: found, updated: [])
                        if !heard.isEmpty {
                            parts.append(.message(notedText(heard)))
                        }
                        parts.append(.message(brain.message(.feltOtherThanNumb)))
                    } else if !found.symptoms.isEmpty || !found.risks.isEmpty || triage.level != nil {
                        // "My calves go numb": the opening names the calves, not the feet.
                        if let part = legPartNamed(input) {
                            parts.append(
                                .message(brain.message(.reportIntroLegPart).replacingFirst("{part}", with: part)))
                        } else {
                            parts.append(.message(brain.message(.reportIntroCautious)))
                        }
                        if otherActivity { parts.append(.message(brain.message(.reportIntroOtherActivity))) }
                    } else if otherActivity {
                        parts.append(.message(brain.message(.reportIntroOtherActivity)))
                    } else if let entry = answerEntry(id) {
                        parts.append(.answer(entry))
                        trace.content.append(entry.id)
                    }
                    move(.report)
                }
            case brain.settings.assessIntent:
                conversation.asking = nil
                // Only once the feet were talked about: "my knee hurts, what should I do?" gets no
                // view of foot numbness.
                if conversation.reported {
                    conversation.reported = true
                    var view = parts + [.assessment(assessAndRecord(), showLevel: true)]
                    // A warning-sign question still unanswered ("do you have diabetes?" with a
                    // sore on the foot) can change the view: asked again, ahead of it (as the
                    // composer puts every such question), so the "yes" that comes next answers
                    // it and is not lost as a reply to nothing.
                    if holdingEscalation == nil, let screen = nextScreening() {
                        conversation.asking = screen.id
                        view.append(.question(screen, retry: false, lead: brain.message(.screeningBeforeView)))
                    }
                    return view
                }
                parts.append(.message(brain.message(.reportedNothingYet)))
            case RoleIntent.yes.rawValue:
                if let offer, let entry = answerEntry(offer.intent) {
                    parts.append(.answer(entry))
                    trace.content.append(entry.id)
                    setOffer(for: offer.intent, into: &parts, allowed: asking == nil)
                } else if asking == nil && intents.count == 1 {
                    // "ok." before a question is a preamble, not a reply to nothing. After the
                    // view, "yeah, thought as much" reacts to it.
                    parts.append(.message(brain.message(afterView ? .reactionHeard : .noOfferPending)))
                }
            case RoleIntent.no.rawValue:
                if asking != nil, let slot = brain.slots.first(where: { $0.id == asking }), slot.isList {
                    markNone(slot)
                } else if offer != nil {
                    parts.append(.message(brain.message(.offerDeclined)))
                } else if asking == nil && intents.count == 1 {
                    // "ok." before a question is a preamble, not a reply to nothing.
                    parts.append(.message(brain.message(afterView ? .reactionHeard : .noOfferPending)))
                }
            case RoleIntent.clarify.rawValue, RoleIntent.askWhy.rawValue:
                if asking == nil { parts += clarifyWithoutQuestion(offer: offer) }
            case RoleIntent.dontKnow.rawValue:
                if let other = unsureOf {
                    // "Not sure when it starts, maybe 3 miles": the answer given wins.
                    if found.values[other.id] != nil { break }
                    if !conversation.isFilled(other) {
                        var value = conversation.slots[other.id] ?? Conversation.SlotValue()
                        value.skipped = true
                        conversation.slots[other.id] = value
                    }
                    parts.append(
                        .message(
                            brain.message(.unsureOfOther).replacingFirst("{title}", with: other.title.lowercased())))
                } else if let asking {
                    var value = conversation.slots[asking] ?? Conversation.SlotValue()
                    // Not answered yet, a detail that answers nothing notwithstanding ("on every
                    // run" told beside when it starts): "not sure" leaves it not known, or the
                    // same question would come straight back after "let's move on".
                    if let slot = brain.slots.first(where: { $0.id == asking }), !conversation.isFilled(slot) {
                        value.skipped = true
                    }
                    conversation.slots[asking] = value
                    // A warning-sign question left unanswered after an escalation gets its own
                    // reply below (`screeningUnsure`), not "let's move on".
                    let screening = brain.slots.first { $0.id == asking }?.when.isEmpty == false
                    if !(screening && (conversation.state == .escalated || conversation.state == .assessed)) {
                        parts.append(.message(brain.message(.skipped)))
                    }
                } else {
                    parts.append(.answer(answerEntry(id) ?? fallbackEntry()))
                }
            default:
                if holdingEscalation != nil && brain.settings.selfCareIntents.contains(id) {
                    parts.append(.message(brain.message(.escalatedNoSelfCare)))
                } else if let entry = answerEntry(id) {
                    parts.append(.answer(entry))
                    trace.content.append(entry.id)
                    // Offer a follow-up only when no question is pending: one question at a time
                    // (a warning-sign question pending after an escalation too: a "yes" meant for
                    // the offer would be read as its answer).
                    let questionPending = conversation.state == .assessing || conversation.asking != nil
                    setOffer(for: id, into: &parts, allowed: !questionPending && index == intents.count - 1)
                }
            }
        }

        // New details after the assessment: what they change in it, not the whole view again
        // (which a runner who added one detail would have to read through for the difference).
        // (A screening question asked again after the view and answered now says so below.)
        let screeningAsked =
            asking.map { id in brain.slots.contains { $0.id == id && !$0.when.isEmpty } } == true
        if conversation.state == .assessed && !found.isEmpty && !intents.contains(brain.settings.assessIntent)
            && !(screeningAsked && answeredSlot)
        {
            if let previous = triage.lastView {
                parts.append(.viewChange(from: previous, to: assessAndRecord()))
            } else {
                parts.append(.message(brain.message(.assessmentUpdated)))
                parts.append(.assessment(assessAndRecord(), showLevel: true))
            }
        }

        // Acknowledge the answer to the question just asked, in the user's terms, with whatever
        // else the line told ("in my new vaporflys, about 3 miles in" answers the shoes too,
        // "halfway, and it burns a bit" tells burning): a part not said back reads as not heard.
        if conversation.state == .assessing, answeredSlot, let asking, let value = conversation.slots[asking],
            let summary = value.summary(in: brain), !value.skipped
        {
            // (To "anything else?", the symptoms heard are the answer, said once.)
            let heard = heardBesides(asking, in: found, updated: updated).filter { !value.descriptions.contains($0) }
            let said = heard.isEmpty ? summary : summary + "; " + heard.joined(separator: ", ")
            parts.insert(.message(brain.message(.acknowledge).replacingFirst("{value}", with: said)), at: 0)
        }
        // Heard something else while a question is pending (a symptom, a detail of the runs,
        // the answer to a later question): say so, or the repeated question reads as ignored.
        // So is what the line denied ("no pain" to how it ends), unless it took back what was
        // said before, which its own reply says (`withdrawn`).
        if conversation.state == .assessing, !answeredSlot, let asking {
            parts.insert(contentsOf: notedBesides(asking, in: found, updated: updated), at: 0)
        }

        // A screening question asked before anything of the feet was told (`beforeReport`),
        // answered no or not known: said back, then the next such question, or what the runner
        // would like to know. (A yes that raises its red flag has left this state already.)
        if conversation.state == .greeting, let asking, screeningAsked {
            if answeredSlot, let summary = conversation.slots[asking]?.summary(in: brain) {
                parts.insert(.message(brain.message(.acknowledge).replacingFirst("{value}", with: summary)), at: 0)
                if let next = nextScreening(beforeReport: true) {
                    conversation.asking = next.id
                    parts.append(.question(next, retry: false))
                } else {
                    conversation.asking = nil
                    parts.append(.message(brain.message(.screeningClearBeforeReport)))
                }
            } else if conversation.slots[asking]?.skipped == true {
                conversation.asking = nil
                parts.append(.message(brain.message(.screeningUnsure)))
            }
        }

        // Escalated below urgent, or after a view, with a screening question pending:
        // acknowledge the answer, ask the next one, or say the advice stands (after a view,
        // what the answer changed in it).
        if conversation.state == .escalated || conversation.state == .assessed, let asking, screeningAsked {
            if answeredSlot, let summary = conversation.slots[asking]?.summary(in: brain) {
                parts.insert(.message(brain.message(.acknowledge).replacingFirst("{value}", with: summary)), at: 0)
                if let next = nextScreening() {
                    conversation.asking = next.id
                    parts.append(.question(next, retry: false))
                } else {
                    conversation.asking = nil
                    if conversation.state == .assessed, let previous = triage.lastView {
                        parts.append(.viewChange(from: previous, to: assessAndRecord()))
                    } else if triage.viewHeld {
                        // The view held back for this answer, now that it is no.
                        triage.viewHeld = false
                        parts.append(.message(brain.message(.screeningClearView)))
                        parts.append(.assessment(assess(), showLevel: false))
                    } else {
                        parts.append(.message(brain.message(.screeningClear)))
                    }
                }
            } else if conversation.slots[asking]?.skipped == true {
                // "Not sure" to a warning-sign question: asking it again would not move on; the
                // runner is told what to do if those signs appear.
                parts.append(.message(brain.message(.screeningUnsure)))
                if let next = nextScreening() {
                    conversation.asking = next.id
                    parts.append(.question(next, retry: false))
                } else {
                    conversation.asking = nil
                    // Not knowing is no reason to keep the view from them any longer.
                    if triage.viewHeld {
                        triage.viewHeld = false
                        parts.append(.assessment(assess(), showLevel: false))
                    }
                }
            } else if conversation.asking == asking, let slot = brain.slots.first(where: { $0.id == asking }) {
                // What the line told or denied instead ("no burning") is taken in, and the
                // question asked again without "Sorry, I didn't catch that" (after a view,
                // what changed in it has said so).
                let noted =
                    conversation.state == .escalated && clarifying == nil
                    ? notedBesides(asking, in: found, updated: updated) : []
                if let why = clarifying {
                    parts.append(.clarified(slot, why: why))
                } else if !noted.isEmpty {
                    parts += noted + [.question(slot, retry: false)]
                } else {
                    parts.append(.question(slot, retry: !intents.contains { $0 != RoleIntent.inform }))
                }
            }
        }

        // Continue the questionnaire, or give the assessment once everything is known.
        if conversation.state == .assessing {
            if let next = nextSlot() {
                // A bare "yes" to "anything else — pain, burning, …?" says there is something,
                // not what: ask which, rather than "back to my question".
                let yesWithoutWhich =
                    !answeredSlot && asking == next.id && next.isList
                    && intents == [RoleIntent.yes.rawValue]
                let digressed =
                    !answeredSlot && asking == next.id && !intents.contains(brain.settings.startIntent)
                    && !intents.contains(RoleIntent.inform) && !intents.contains(RoleIntent.dontKnow.rawValue)
                    && !yesWithoutWhich && clarifying == nil
                if yesWithoutWhich { parts.append(.message(brain.message(.whichOnes))) }
                // "Back to my question:" goes with the question, and not at all where a
                // warning-sign question will lead the answer it would come back from
                // (`ResponseComposer.ordered`).
                let backTo =
                    digressed && !(next.isScreening && parts.contains(where: \.isAdvice))
                    ? brain.message(.backToQuestion) : nil
                // Asking what the question means is no failed answer: it never counts towards
                // giving up on the question.
                if asking == next.id && !digressed && !intents.contains(brain.settings.startIntent)
                    && clarifying == nil && unsureOf == nil
                {
                    conversation.slotMisses += 1
                } else if asking != next.id {
                    conversation.slotMisses = 0
                }
                conversation.asking = next.id
                // "Which?" asks it already, in fewer words.
                if let why = clarifying, asking == next.id {
                    parts.append(.clarified(next, why: why))
                } else if !yesWithoutWhich {
                    parts.append(.question(next, retry: false, lead: backTo))
                }
            } else {
                conversation.asking = nil
                parts.append(.message(brain.message(.assessmentNext)))
                parts.append(.assessment(assessAndRecord(), showLevel: true))
            }
        }
        return parts
    }

    /// Words said around an amount ("about 5k", "at 8 miles or so").
    static let amountWords: WordSet = [
        "about", "around", "roughly", "maybe", "approx", "approximately", "like", "after", "at", "ish", "odd", "or",
        "so", "in", "into", "the", "mark", "um", "erm", "hmm", "oh", "yeah",
    ]

    /// A reply read as a free-text answer: a short statement (one or two sentences, at most
    /// twelve words) in words tingle knows (half of them at least, so a shop or a model it has
    /// never heard of passes, and symbols, code or another language do not), shown as typed;
    /// nil for a question.
    static func freeTextAnswer(_ input: MatchInput) -> String? {
        let text = input.text
        // Symbols that no description of shoes needs: a line with them is code or noise.
        let codeLike: Set<Character> = ["$", "<", ">", "{", "}", "[", "]", "|", "\\", "=", "^", "~", ";", "`"]
        // A correction about the feet that nothing understood ("actually it's both feet") takes
        // back something said before; it does not describe shoes.
        // Nor does a correction of something else, or a time ("i mistyped, 25 mins").
        guard !text.tokens.isEmpty, text.tokens.count <= 12, text.sentences.count <= 2,
            !text.normalized.contains(where: codeLike.contains),
            // Nothing but hedges and pointers ("kinda both", "same as before", "sort of"):
            // they say nothing of shoes, and "Got it: kinda both." read as not listening.
            !text.tokens.indices.allSatisfy({ input.covers(concept: Self.vagueAnswerConcept, at: $0) }),
            !text.sentences.contains(where: text.isQuestion),
            !input.isPresent(.correction), !saysOnlyWhichSide(input),
            !text.tokens.contains(where: { $0.measure.map { !$0.unit.isDistance } == true }),
            // An amount alone ("5k", "about 8 miles") answers the question before, late; it
            // describes no shoes. Nor does a number with only the words said around one
            // ("sorry, 30", "30 or so I think").
            text.tokens.contains(where: { $0.measure == nil && !Self.amountWords.contains($0.text) }),
            bareNumbers(input) == nil
                || text.tokens.indices.contains(where: { i in
                    text.tokens[i].measure == nil && !Self.amountWords.contains(text.tokens[i].text)
                        && Quantities.bareNumber(text.tokens[i]) == nil && !input.covers(.correctionAmount, at: i)
                })
        else { return nil }
        let words = text.tokens.map { $0.measure?.description ?? $0.said }
        let corrector = input.brain.analyzer.corrector
        let known = text.tokens.filter { $0.measure != nil || corrector.isKnown($0.text) }.count
        guard known * 2 >= text.tokens.count, words.contains(where: { $0.contains(where: \.isLetter) }) else {
            return nil
        }
        let joined = words.joined(separator: " ")
        return joined.count <= 80 ? joined : String(joined.prefix(79)) + "…"
    }

    /// The description a line gives beside a "don't know" of one detail of it ("dunno the
    /// name, the pink ones", `~act_unsure_of_name`): the words of the clauses that neither
    /// say they do not know nor name the detail, read as a free-text answer is; nil when the
    /// line names no such detail ("no idea, sorry") or has no other clause ("no idea of the
    /// brand").
    func describedBesideUnsure(_ input: MatchInput) -> String? {
        let tokens = input.tokens
        guard input.isPresent(.unsureOfName), tokens.count <= 16 else { return nil }
        let unsure = Set(tokens.indices.filter { input.covers(.unsureOfName, at: $0) }.map { tokens[$0].clause })
        let kept = tokens.indices.filter { !unsure.contains(tokens[$0].clause) }
        guard !kept.isEmpty, kept.count < tokens.count else { return nil }
        let line = kept.map { tokens[$0].measure?.description ?? tokens[$0].said }.joined(separator: " ")
        let rest = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
        // "Dunno the name, sorry": what is left is manners or another intent, no description.
        guard !rest.isPresent(.unsure), IntentMatcher(brain: brain).understand(rest).intents.isEmpty else {
            return nil
        }
        return Self.freeTextAnswer(rest)
    }

    /// What a turn told us besides the answer to `asking`, in the brain's words, in a fixed
    /// order; answers already named by the "updated" message (`updated`) are left out.
    private func heardBesides(_ asking: String?, in found: Findings, updated: Set<String>) -> [String] {
        var heard: [String] = []
        for slot in brain.slots where slot.id != asking && !slot.isList && !updated.contains(slot.id) {
            if let summary = found.values[slot.id]?.summary(in: brain) { heard.append(summary) }
        }
        // A circumstance an answer heard in the line stands for already ("looser laces or
        // other shoes tried, no better" holds the change tried) is not said a second time.
        let answered = found.values.values.reduce(into: Set<String>()) { $0.formUnion($1.facts) }
        for (kind, ids, rules) in [
            ("symptom", found.symptoms, brain.symptoms), ("context", found.context, brain.context),
            ("risk", found.risks, brain.risks),
        ] {
            for id in ids where !answered.contains("\(kind).\(id)") {
                let label = rules.first { $0.id == id }?.label ?? id
                if !heard.contains(label) { heard.append(label) }
            }
        }
        return heard
    }

    /// What a line told or denied besides the answer to the question asked ("Noted: burning.",
    /// "Noted: no sign of pain."), said before that question comes again: a question repeated
    /// bare reads as if nothing was heard. A denial that took back what was said before has
    /// its own reply (`withdrawn`).
    private func notedBesides(_ asking: String, in found: Findings, updated: Set<String>) -> [ReplyPart] {
        var parts: [ReplyPart] = []
        let heard = heardBesides(asking, in: found, updated: updated)
        if !heard.isEmpty { parts.append(.message(notedText(heard))) }
        let denied = found.deniedSymptoms.filter { !conversation.withdrawn.contains($0) }.map { id in
            brain.symptoms.first { $0.id == id }?.label ?? id
        }
        if !denied.isEmpty {
            let list = ResponseComposer.list(denied, in: brain)
            parts.append(.message(brain.message(.deniedNoted).replacingFirst("{value}", with: list)))
        }
        return parts
    }

    private mutating func notUnderstood(asking: String?) -> [ReplyPart] {
        // After a warning sign, a line not understood gets the escalation's own words, never
        // "Sorry, I didn't get that" or a menu of self-care topics.
        if holdingEscalation != nil { return [.message(brain.message(.afterEscalation))] }
        if let asking, let slot = brain.slots.first(where: { $0.id == asking }) {
            conversation.slotMisses += 1
            if conversation.slotMisses >= 2 {
                // Never stall the conversation on one question: move on.
                var value = conversation.slots[asking] ?? Conversation.SlotValue()
                value.skipped = true
                conversation.slots[asking] = value
                conversation.slotMisses = 0
                var parts: [ReplyPart] = [.message(brain.message(.skipped))]
                if let next = nextSlot() {
                    conversation.asking = next.id
                    parts.append(.question(next, retry: false))
                } else {
                    conversation.asking = nil
                    parts.append(.assessment(assessAndRecord(), showLevel: true))
                }
                return parts
            }
            return [.question(slot, retry: true)]
        }
        conversation.consecutiveMisses += 1
        if conversation.consecutiveMisses >= 2 {
            conversation.consecutiveMisses = 0
            conversation.menu = brain.section(MenuSection.self)?.intents ?? []
            let items = conversation.menu.enumerated().map { i, id in
                (number: i + 1, title: brain.intent(id)?.answer.flatMap { brain.content[$0]?.title } ?? id)
            }
            return [.menu(items)]
        }
        return [.message(brain.message(.fallback))]
    }

    private func startedBefore(_ trace: TurnTrace) -> Bool {
        trace.transition.from != .greeting
    }

    private func answerEntry(_ intent: String) -> ContentEntry? {
        brain.intent(intent)?.answer.flatMap { brain.content[$0] }
    }

    private func fallbackEntry() -> ContentEntry {
        ContentEntry(
            id: "fallback", title: "", source: "", text: brain.message(.fallback),
            location: SourceLocation(file: "", line: 0, column: 0))
    }

    private mutating func setOffer(for intent: String, into parts: inout [ReplyPart], allowed: Bool) {
        guard allowed, holdingEscalation == nil, let offer = brain.intent(intent)?.offer else { return }
        conversation.pendingOffer = offer
        parts.append(.offer(offer.ask))
    }

    private func isFilled(_ slotID: String) -> Bool {
        guard let slot = brain.slots.first(where: { $0.id == slotID }) else { return false }
        return conversation.isFilled(slot)
    }

    /// Symptoms of a line found to be the report only after it was recorded (the feeling
    /// asked for, "more of a cramp"): told with the feet after all, they answer "anything else?".
    private mutating func takeIntoReport(_ ids: [String]) {
        let moved = ids.filter(conversation.symptomsBeforeReport.contains)
        guard !moved.isEmpty, let slot = brain.slots.first(where: \.isList) else { return }
        conversation.symptomsBeforeReport.removeAll { moved.contains($0) }
        var value = conversation.slots[slot.id] ?? Conversation.SlotValue()
        value.skipped = false
        for id in moved where !value.ids.contains(id) { value.ids.append(id) }
        value.descriptions = value.ids.map { id in brain.symptoms.first { $0.id == id }?.label ?? id }
        conversation.slots[slot.id] = value
    }

    private mutating func markNone(_ slot: Slot) {
        var value = conversation.slots[slot.id] ?? Conversation.SlotValue()
        if value.ids.isEmpty { value.descriptions = [brain.message(.nothingElse)] }
        value.skipped = false
        conversation.slots[slot.id] = value
    }

    /// "Noted: …" with what was heard, said back in one place: the report, an answer, a
    /// feeling other than numbness and an aside each say it, and a reply that has said it
    /// already is told by this text.
    func notedText(_ heard: [String]) -> String {
        brain.message(.noted).replacingFirst("{value}", with: heard.joined(separator: ", "))
    }

    /// Greetings, thanks and farewells: manners around whatever else a message holds. Lists,
    /// not sets, here: a few short strings compare faster than they hash.
    static let manners = [RoleIntent.greeting, .thanks, .goodbye].map(\.rawValue)
    /// "Serious", "worry", "bad": a question of these asks about what was just told
    /// (`toldTopics`). Optional: without the concept, nothing is carried over.
    static let seriousConcept = "act_asks_if_serious"
    /// Hedges and pointers that describe nothing alone ("kinda both", "same as before"): no
    /// free-text answer. Optional: without the concept, any short line may be one.
    static let vagueAnswerConcept = "act_vague_answer"
    /// The intents that ask about tingle's own words rather than answer them.
    static let clarifyIntents = [RoleIntent.clarify, .askWhy].map(\.rawValue)
    /// Small talk and answer words that may come before such a question ("ok. why?").
    static let clarifyLeadIns = [RoleIntent.yes, .no, .greeting, .thanks].map(\.rawValue)

    /// Whether "what do you mean?" or "does that matter?" asks about tingle's words: said first
    /// in the line, or after nothing but small talk and answer words ("ok. why?"). After the
    /// runner's own sentence ("I had frostbite as a kid, could that matter?") it asks about that.
    static func asksAboutTheQuestion(_ input: MatchInput, _ understood: IntentMatcher.Understanding) -> Bool {
        for sentence in input.text.sentences {
            guard let best = understood.candidates.first(where: { $0.sentence == sentence })?.intent else {
                return false
            }
            if clarifyIntents.contains(best) { return true }
            if !clarifyLeadIns.contains(best) { return false }
        }
        return false
    }

    /// "What do you mean?" with no question pending: the offer made, put plainly and made
    /// again; after an escalation, its advice (shown again by `respond`); after an answer or a
    /// view, which part to explain; before anything was said, what to tell tingle.
    private mutating func clarifyWithoutQuestion(offer: Offer?) -> [ReplyPart] {
        if let offer, holdingEscalation == nil {
            conversation.pendingOffer = offer
            return [.message(brain.message(.clarifyOffer)), .offer(offer.ask)]
        }
        if conversation.state == .escalated {
            guard holdingEscalation == nil, let level = triage.level else { return [] }
            return [
                .escalation(level, brain.redFlags.filter { triage.redFlags.contains($0.id) }),
                .message(brain.message(.clarifyWhichPart)),
            ]
        }
        let saidSomething = triage.lastView != nil || lastTrace?.content.isEmpty == false
        return [.message(brain.message(saidSomething ? .clarifyWhichPart : .clarifyStart))]
    }

    /// The first screening question (a slot with `when` facts) that applies and has no answer.
    /// The first screening question that applies and is not answered; with `beforeReport`,
    /// only one marked to be asked before the runner has told of their feet.
    private func nextScreening(beforeReport: Bool = false) -> Slot? {
        brain.slots.first {
            !$0.when.isEmpty && (!beforeReport || $0.beforeReport) && !conversation.isFilled($0)
                && $0.applies(to: conversation)
        }
    }

    /// The first slot, in the brain's order, that has no answer yet.
    /// A screening question that applies comes first: the question that rules a warning sign
    /// in or out matters more than when in a run it starts.
    private func nextSlot() -> Slot? {
        if let screen = nextScreening() { return screen }
        return brain.slots.first { $0.when.isEmpty && !conversation.isFilled($0) }
    }

    private func assess() -> Assessment {
        Assessor(brain: brain).assess(conversation, redFlags: triage.redFlags)
    }

    private mutating func assessAndRecord() -> Assessment {
        let assessment = assess()
        triage.lastView = assessment
        triage.viewHeld = false  // a view given is no longer waiting for a check's answer
        triage.adviceLevel.raise(to: assessment.level)
        move(conversation.state == .assessed ? .detail : .viewDue)
        let causes = assessment.causes.map(\.cause.title).joined(separator: "; ")
        let advice = "\(brain.levels[assessment.level]?.title ?? assessment.level.rawValue): \(causes)"
        // The same advice given again is not new advice (and a long chat must not grow).
        if !triage.advice.contains(advice) { triage.advice.append(advice) }
        return assessment
    }

    // MARK: - Result

    private mutating func finish(_ line: String, intents: [String], parts: [ReplyPart], trace: TurnTrace) -> TurnResult
    {
        var trace = trace
        // Every entry the reply shows is in the trace (for /why and replay --coverage), by
        // whichever path it came.
        for case .answer(let entry) in parts where !trace.content.contains(entry.id) { trace.content.append(entry.id) }
        trace.showedView = parts.contains { part in
            switch part {
            case .assessment, .viewChange, .escalation: true
            default: false
            }
        }
        trace.budgetSpent = lastBudget?.exhausted ?? false
        trace.transition.to = conversation.state
        var parts = parts
        if oneShot {
            // An offer ("want to know more?") just goes; a question or a menu says how to go on.
            let waits = parts.contains { if case .offer = $0 { false } else { $0.asksBack } }
            parts.removeAll(where: \.asksBack)
            if waits { parts.append(.message(brain.message(.oneShotMore))) }
        }
        var reply = ResponseComposer(brain: brain, care: careForms).compose(parts)
        if reply.isEmpty && !line.allSatisfy(\.isWhitespace) {
            reply = brain.message(.fallback)  // never leave a line unanswered
        }
        let result = snapshot(input: line, intents: intents, reply: reply, trace: trace)
        lastTrace = trace
        lastResult = result
        return result
    }

    /// The conversation's state as a result, for a turn or for a slash command (no intent).
    public func snapshot(input line: String, intents: [String] = [], reply: String, trace: TurnTrace = TurnTrace())
        -> TurnResult
    {
        let symptomsSlot = conversation.slots[SlotKey.symptoms.rawValue]
        var symptoms: [String]? = symptomsSlot.flatMap { value in
            value.skipped && value.ids.isEmpty
                ? nil : (value.ids.isEmpty && value.descriptions.isEmpty ? nil : value.ids)
        }
        // Those told before the feet are known too, first, though they answered no question.
        let early = conversation.symptomsBeforeReport
        if !early.isEmpty { symptoms = early + (symptoms ?? []).filter { !early.contains($0) } }
        return TurnResult(
            turn: conversation.turn, input: TextNormalizer.printable(line), intent: intents.first, intents: intents,
            onset: conversation.slots[SlotKey.onset.rawValue]?.summary(in: brain),
            footwear: conversation.slots[SlotKey.footwear.rawValue]?.summary(in: brain),
            symptoms: symptoms, asking: conversation.asking, escalation: triage.level,
            redFlags: triage.redFlags, redFlagsOfSomeoneElse: triage.redFlags.filter(triage.ofSomeoneElse.contains),
            state: conversation.state, reply: reply, trace: trace)
    }
}
