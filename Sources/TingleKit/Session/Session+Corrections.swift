import TingleText

/// Corrections a runner types without "actually": an amount denied ("5, not 3"), a shoe named
/// instead of another ("brooks not hokas"), a bare number that takes the unit of the answer it
/// puts right ("sorry, I meant 8"), and whether a correction replaces an answer or adds to it.
/// The turn itself (`respond(to:)`) decides when to ask these.
extension Session {
    /// The bare numbers of a line ("8", "8ish", "eight") when each stands beside nothing but
    /// another number, a discourse marker, a negation cue ("8 not 3") or a word of a
    /// correction or an amount (`~correction`, `~correction_amount`): "sorry i meant 8 not 3",
    /// "no sorry 5". Nil when there are none, or when one counts something else ("size 9",
    /// "2 years old", "ghost 15").
    static func bareNumbers(_ input: MatchInput) -> [Int]? {
        let tokens = input.tokens
        let said = tokens.indices.filter { Quantities.bareNumber(tokens[$0]) != nil }
        func fits(_ i: Int, beside number: Int) -> Bool {
            guard tokens.indices.contains(i), tokens[i].sentence == tokens[number].sentence else { return true }
            if Quantities.bareNumber(tokens[i]) != nil || tokens[i].leadIn || input.units[i].isCue { return true }
            return input.covers(.correction, at: i) || input.covers(.correctionAmount, at: i)
        }
        guard !said.isEmpty, said.allSatisfy({ fits($0 - 1, beside: $0) && fits($0 + 1, beside: $0) }) else {
            return nil
        }
        return said
    }

    /// The answer given with an amount that a correction puts right: the one last given, else
    /// the one asked now, else the first with an amount.
    func answerWithAmount() -> (slot: String, amount: Measure)? {
        let order = [conversation.lastAnswered, conversation.asking].compactMap { $0 } + brain.slots.map(\.id)
        for slot in order {
            if let value = conversation.slots[slot], !value.skipped, let amount = value.amount {
                return (slot, amount)
            }
        }
        return nil
    }

    /// Whether the line denies what an earlier answer said: its amount ("5, not 3" or "6 miles
    /// not 3" after "3 miles"), or a maker or model of shoe it named ("sorry they're brooks not
    /// hokas"). It puts that answer right, as "actually" would.
    func deniesEarlierAnswer(_ input: MatchInput) -> Bool {
        let tokens = input.tokens
        // Only denied words can deny an answer: most lines have few or none, and what each
        // check costs (reading a number from a word, the line's bare numbers, the words of
        // the answers given) is paid only for those, so a long post pays for none of it.
        let denied = tokens.indices.filter { tokens[$0].isDenied }
        guard !denied.isEmpty else { return false }
        if let (_, amount) = answerWithAmount() {
            var bare: [Int]?
            for i in denied {
                if let measure = tokens[i].measure {
                    if measure.unit == amount.unit && measure.value == amount.value { return true }
                } else if Quantities.bareNumber(tokens[i]) == amount.value {
                    if bare == nil { bare = Self.bareNumbers(input) ?? [] }
                    if bare!.contains(i) { return true }
                }
            }
        }
        // A denied shoe word must be one of an answer's words. Only a denied word that names a
        // shoe pays for gathering those words (the answers' descriptions can be whole
        // sentences, and a long post has many denied words).
        let shoes = denied.filter { input.covers(.shoeBrand, at: $0) || input.covers(.shoeModel, at: $0) }
        guard !shoes.isEmpty else { return false }
        let said = answeredWords()
        return shoes.contains { said.contains(tokens[$0].text) }
    }

    /// Every word of the answers given so far, for telling a denied word that takes one back.
    private func answeredWords() -> Set<String> {
        Set(conversation.slots.values.flatMap(\.descriptions).flatMap(\.spacedWords))
    }

    /// Whether a line that opens with a bare "no" goes on to deny a word of an earlier answer
    /// straight after it ("no, not new, they've done 400 miles" after "new brooks"; "no not 3,
    /// 5"): the "no, not X" of a correction, which puts that answer right as "actually" would.
    func opensByDenyingAnswer(_ input: MatchInput) -> Bool {
        let tokens = input.tokens
        let near = tokens.indices.prefix(4).filter { $0 > 0 && tokens[$0].isDenied }
        guard !near.isEmpty else { return false }
        let said = answeredWords()
        return near.contains { said.contains(tokens[$0].text) }
    }

    /// A correction that gives a number and no unit ("sorry, I meant 8 not 3", "no sorry 5")
    /// puts right an answer given with one ("3 miles"): the number takes that answer's unit,
    /// and the line is read again against that answer's question (`answerWithAmount`). Only
    /// numbers that count nothing else (`bareNumbers`); no answer with a unit, no unit: none
    /// is made up.
    func correctWithBareNumber(_ found: inout Findings, input: MatchInput, skipping: [Range<Int>]) {
        guard let said = Self.bareNumbers(input), let (slot, amount) = answerWithAmount() else { return }
        let text = input.text.givingUnit(amount.unit, at: said)
        let again = FindingsReader(brain: brain).read(
            FindingsInput(MatchInput(text: text, brain: brain), aboutDependant: conversation.aboutDependant),
            asking: slot, skipping: skipping)
        guard let value = again.values[slot] else { return }
        found.values[slot] = value
        found.heard += again.heard.filter { $0.slot == slot }
        // Its "no" ("no sorry, 5") takes back the answer before; it says nothing of the question
        // asked now.
        if let asking = conversation.asking, asking != slot { found.noneFor.remove(asking) }
    }

    /// Whether the line opens with a comparison straight before an amount ("more like 8k",
    /// "closer to 30 mins", `~correction_comparative`) that answers a question whose answer
    /// holds another amount of the same kind (a distance for a distance): it puts that answer
    /// right, as "actually" would. "Size 9 but more like an 8.5" opens with no comparison.
    func comparesWithEarlierAmount(_ input: MatchInput, found: Findings) -> Bool {
        let tokens = input.tokens
        guard let first = tokens.indices.first(where: { !tokens[$0].leadIn }),
            input.covers(.correctionComparative, at: first),
            let next = tokens.indices[first...].first(where: { !input.covers(.correctionComparative, at: $0) }),
            tokens[next].measure != nil
        else { return false }
        return found.values.contains { id, value in
            guard let new = value.amount, let old = conversation.slots[id], !old.skipped, let held = old.amount
            else { return false }
            return new.unit.isDistance == held.unit.isDistance && new != held
        }
    }

    /// The answer `old` once `new` puts it right: only the descriptions of the kinds `new`
    /// speaks of are replaced (`SlotValue.kinds`: a fact of the same `alternatives` group, or
    /// words from the same concept), the rest kept: "actually I lace them loose" to "brooks,
    /// laces tied tight" is "brooks, a loose or roomy fit". When nothing of `old` is of a kind
    /// `new` speaks of, or the slot has no alternatives (a screening question), `new` replaces
    /// it whole, as before.
    static func corrected(_ old: SlotValue, by new: SlotValue, in slot: Slot?) -> SlotValue {
        guard let slot, !slot.alternatives.isEmpty else { return new }
        func kinds(_ keys: Set<String>) -> Set<String> {
            var found = Set(keys.filter { $0.hasPrefix("{") })
            for (k, group) in slot.alternatives.enumerated() where !keys.isDisjoint(with: group) {
                found.insert("#\(k)")
            }
            return found
        }
        // What the correction speaks of: its descriptions' kinds, and the kinds of its facts
        // (two readings of one description, "about 500 miles on them" with and without "worn",
        // keep the first one's kinds).
        var spoken = new.descriptions.reduce(into: Set<String>()) { $0.formUnion(kinds(new.kinds[$1] ?? [])) }
        spoken.formUnion(kinds(new.facts))
        var spokenFacts = Set<String>()
        for group in slot.alternatives where !new.facts.isDisjoint(with: group) { spokenFacts.formUnion(group) }
        var kept = SlotValue()
        var droppedFacts = Set<String>()
        var dropped = false
        for description in old.descriptions {
            let keys = old.kinds[description] ?? []
            let own = kinds(keys)
            if own.isEmpty || own.isDisjoint(with: spoken) {
                kept.descriptions.append(description)
                kept.kinds[description] = keys
                kept.quoted[description] = old.quoted[description]
            } else {
                dropped = true
                droppedFacts.formUnion(keys)
                // What it names of a kind the correction leaves alone stays, in its own words:
                // "no, not new, they've done 500 miles" to "new hokas" keeps "hokas".
                let left = (old.quoted[description] ?? []).filter { !spoken.contains($0.concept) }
                if !left.isEmpty {
                    let name = left.map(\.words).joined(separator: " ")
                    kept.descriptions.append(name)
                    kept.kinds[name] = Set(left.map(\.concept))
                    kept.quoted[name] = left
                }
            }
        }
        guard dropped, !kept.descriptions.isEmpty else { return new }
        var value = new
        value.descriptions =
            kept.descriptions.filter { d in !new.descriptions.contains { $0.includes(d) } }
            + new.descriptions
        value.kinds = kept.kinds.merging(new.kinds) { $1 }
        value.quoted = kept.quoted.merging(new.quoted) { $1 }
        // The facts of what was kept stay; those of what was replaced, and any of a kind the
        // new answer speaks of, go.
        value.facts = old.facts.subtracting(droppedFacts).subtracting(spokenFacts).union(new.facts)
        return value
    }

    /// Whether a correction's `new` value puts `old` right rather than adds to it: it says
    /// another of one of the slot's `alternatives` ("from the start" for "after 3 miles"), the
    /// same kind of thing again (no fact the old lacks: "7 miles" for "5 miles"), names
    /// something with no fact ("brooks" for "hokas"), or answers what the old one did not.
    /// "Actually it's worse on hills" or "…on long runs mostly", to "after 3 miles", is more
    /// detail: "actually" leads in as often as it takes back. So is a fact the old answer
    /// already holds, said of an answer that holds others of other kinds: "actually they're
    /// half a size smaller than my usual" (tight) to "new hokas, laced tight" (new and tight)
    /// adds one more thing about the shoes, and drops neither the make nor that they are new.
    /// A slot that declares no alternatives (a screening question) is put right by any answer.
    static func putsRight(_ old: SlotValue, with new: SlotValue, in slot: Slot?) -> Bool {
        guard let slot, !slot.alternatives.isEmpty else { return true }
        // An old value that did not answer the question ("started recently", to when in a run
        // it starts) is put right by one that does.
        if !slot.fills.isEmpty, old.facts.isDisjoint(with: slot.fills) { return true }
        // Another amount of the same kind ("closer to 30 mins, …" for "around 20 minutes"),
        // whatever else it tells: the amount is what is put right.
        if let said = new.amount, let held = old.amount, said.unit.isDistance == held.unit.isDistance, said != held {
            return true
        }
        // Another amount of another kind ("closer to an hour" for "roughly 4k"), telling nothing
        // the old answer did not: the amount is put right, whatever else the old one holds
        // beside it ("on every run"), which `corrected` keeps.
        if let said = new.amount, let held = old.amount, said != held, !new.facts.isEmpty,
            new.facts.isSubset(of: old.facts)
        {
            return true
        }
        if new.facts.isSubset(of: old.facts) {
            if new.facts.isEmpty { return true }
            let kinds = { (facts: Set<String>) in
                slot.alternatives.indices.filter { !facts.isDisjoint(with: slot.alternatives[$0]) }
            }
            return kinds(new.facts) == kinds(old.facts)
        }
        return slot.alternatives.contains { set in
            let said = new.facts.intersection(set)
            let held = old.facts.intersection(set)
            return !said.isEmpty && !held.isEmpty && said != held
        }
    }
}
