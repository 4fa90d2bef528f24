extension Session {
    /// Whether the line may answer an earlier question late: it goes back to one ("forgot to
    /// say", "oh and about the shoes": `act_answer_back`) or puts an answer right ("actually").
    static func mayAnswerLate(_ input: MatchInput, _ found: Findings) -> Bool {
        found.isCorrection || input.isPresent(.answerBack)
    }

    /// "Oh and about the shoes, they're half a size small", "forgot to say, it starts about
    /// halfway": an earlier question skipped ("not sure") or left without an answer, taken up
    /// again while another is asked, is answered late. The line is read against each such
    /// question in the brain's order, its answer-only words included (`asked: true`), and the
    /// first it answers takes the value; the question asked now is left as it is (asked again
    /// if the line did not answer it). Only a line that goes back (`mayAnswerLate`) and gives
    /// the question asked now nothing is read so: another read of the line, only then.
    ///
    /// A question already answered takes a detail late the same way ("they feel a bit snug at
    /// the front tbh", "forgot to mention they're about 600 miles old", said to "anything
    /// else?"), added to its answer, but only from a line that nothing else read: one that goes
    /// back, names the question's subject ("the shoes", `subject:`), or opens with a word that
    /// points back at the answer just given ("they", "those", `act_points_back`) and says nothing
    /// of the numbness.
    func readLateAnswer(
        _ found: inout Findings, findings: FindingsInput, input: MatchInput, skipping: [Range<Int>]
    ) {
        if let asking = conversation.asking, found.values[asking] != nil { return }
        let goesBack = Self.mayAnswerLate(input, found)
        // A detail for an answer given: only when nothing else was read of the line.
        let detailOnly = found.isEmpty && !found.isCorrection
        guard goesBack || detailOnly else { return }
        // An amount alone ("15k", "about 8 miles", "40 mins or so") said while another question
        // is asked describes nothing that question asks about: it answers, late, a question
        // asked before whose answer has no amount yet (skipped, or "after a while").
        let bareAmount = detailOnly && Self.saysOnlyAnAmount(input)
        var pointsBack: Bool?
        // The questions the line may answer late, those it names or points back at first
        // ("forgot to mention, they're 600 miles old" is the shoes', not when it starts).
        var named: [Slot] = []
        var others: [Slot] = []
        for slot in brain.slots
        where slot.when.isEmpty && !slot.isList && slot.id != conversation.asking && found.values[slot.id] == nil {
            // Answered when asked, or before ("my new hokas" in the first report).
            let answered = conversation.slots[slot.id].map { !$0.skipped && !$0.descriptions.isEmpty } ?? false
            if !answered && !conversation.asked.contains(slot.id) { continue }
            // Naming or pointing at a question reads a line nothing else read; going back reads
            // any line for a question not answered yet.
            if answered && !detailOnly { continue }
            var names = detailOnly && (slot.subject.map { input.isPresent(concept: $0) } ?? false)
            if bareAmount, !holdsAmount(slot.id) { names = true }
            if !names, detailOnly, conversation.lastAnswered == slot.id,
                conversation.lastAnsweredTurn == conversation.turn - 1
            {
                if pointsBack == nil { pointsBack = opensPointingBack(input) }
                names = pointsBack == true
            }
            if names {
                named.append(slot)
            } else if goesBack {
                others.append(slot)
            }
        }
        guard !named.isEmpty || !others.isEmpty else { return }
        let reader = FindingsReader(brain: brain)
        for slot in named + others {
            let again = reader.read(findings, asking: slot.id, skipping: skipping)
            guard let value = again.values[slot.id] else { continue }
            found.values[slot.id] = value
            found.heard += again.heard.filter { $0.slot == slot.id }
            return
        }
    }

    /// Whether the answer to a slot says an amount: one with its unit, or a number without
    /// ("after about 20 minutes (if I've got the unit right)", from a bare "20ish").
    func holdsAmount(_ id: String) -> Bool {
        guard let value = conversation.slots[id], !value.skipped else { return false }
        return value.amount != nil || value.descriptions.contains { $0.contains(where: \.isNumber) }
    }

    /// Whether the line is an amount of distance or time and nothing else but the words said
    /// around one ("15k", "about 8 miles in", "40 mins or so").
    static func saysOnlyAnAmount(_ input: MatchInput) -> Bool {
        let tokens = input.tokens
        guard tokens.contains(where: { $0.measure != nil }), tokens.count <= 6 else { return false }
        return tokens.allSatisfy { $0.measure != nil || amountWords.contains($0.text) }
    }

    /// An amount alone ("about 8 miles in") said to another question, read as the answer of a
    /// question that holds an amount already: dropped, with no word of correction ("actually")
    /// to say it replaces that one, so two points in the run are never held side by side.
    func holdBackSecondAmount(_ found: inout Findings, input: MatchInput) {
        guard !found.isCorrection, let asking = conversation.asking, Self.saysOnlyAnAmount(input) else { return }
        for id in Array(found.values.keys) where id != asking && holdsAmount(id) {
            found.values[id] = nil
            found.heard.removeAll { $0.slot == id }
        }
    }

    /// An amount alone ("15k", "about 40 mins") said to a question it does not answer, while
    /// another question already has an amount for its answer ("after about 3 miles"): it
    /// replaces nothing unasked, and is not "Sorry, I didn't catch that" either. Where it fits
    /// is asked, with the answer held, then the question asked now again. Nil otherwise.
    func amountUnplaced(_ input: MatchInput, asking: String?) -> [ReplyPart]? {
        guard let asking, Self.saysOnlyAnAmount(input),
            let slot = brain.slots.first(where: { $0.id == asking }),
            let amount = input.tokens.lazy.compactMap(\.measure).first,
            let held = brain.slots.first(where: { $0.id != asking && holdsAmount($0.id) })
        else { return nil }
        return unplaced(amount.saidBack, held: held, asking: slot)
    }

    /// Where `said` fits is asked (`amountUnplaced`: "I'm not sure where … fits: I have when
    /// it starts as …"), with the answer `held` has, then `asking` again, plainly. Nil when
    /// `held` has no answer to show.
    func unplaced(_ said: String, held: Slot, asking: Slot) -> [ReplyPart]? {
        guard let value = conversation.slots[held.id]?.descriptions.first else { return nil }
        let text = brain.message(.amountUnplaced).replacingFirst("{amount}", with: said)
            .replacingFirst("{title}", with: held.title.lowercased()).replacingFirst("{value}", with: value)
        return [.message(text), .question(asking, retry: false)]
    }

    /// Whether the line opens (in its first two words past its discourse markers) with a word
    /// that points back at the answer just given ("they're a bit snug", "tbh those are old"),
    /// and says nothing of the numbness, whose "they" it would be ("they tingle"). A part of
    /// the foot may say where ("they're narrow across the toes"); a symptom of the feet is
    /// read before this is asked, and a line that told one is no detail of the shoes.
    func opensPointingBack(_ input: MatchInput) -> Bool {
        // Past the words that go back too: "forgot to mention, they're 600 miles old".
        let words = input.tokens.indices.lazy.filter { !input.tokens[$0].leadIn && !input.covers(.answerBack, at: $0) }
            .prefix(2)
        guard words.contains(where: { input.covers(.pointsBack, at: $0) }) else { return false }
        return !input.isPresent(.numb)
    }

    /// "Hmm, actually yes, I have been leaking a bit", "oh and yes to the diabetes question":
    /// a yes to the warning-sign question asked last, given a line or more after it was
    /// answered no or "not sure", while nothing asked now takes it. A warning sign put right
    /// is never lost, so only a yes is taken so (a late no leaves the earlier answer). Returns
    /// the question the yes answers, or nil.
    func lateScreeningYes(
        findings: FindingsInput, input: MatchInput, found: Findings, yesOrNo: String?, skipping: [Range<Int>]
    ) -> Slot? {
        guard Self.mayAnswerLate(input, found), let earlier = conversation.lastScreening,
            earlier != conversation.asking, let slot = brain.slots.first(where: { $0.id == earlier }),
            conversation.slots[earlier]?.facts.isDisjoint(with: slot.yesFacts) ?? true
        else { return nil }
        let again = FindingsReader(brain: brain).read(findings, asking: earlier, skipping: skipping)
        let answer = Self.screeningAnswer(to: slot, in: input, found: again, yesOrNo: yesOrNo)
        return answer == RoleIntent.yes.rawValue ? slot : nil
    }
}
