/// The findings stage: reads, in one turn, every slot value, symptom, risk factor and
/// circumstance the user mentioned (however many there are in one sentence) and every red
/// flag their words raise, into `Findings`, which the dialogue and triage read.
struct FindingsReader {
    /// The optional concept of words that say a condition was put right ("sorted now", "back
    /// in range"): a risk that is a state (`current`) said in their sentence is no risk now.
    static let resolvedConcept = "risk_resolved"
    /// The optional concept of a bare "no" that may open a correction ("no wait, the left
    /// foot", "no, not new, …"): such a "no" takes an earlier answer back.
    static let openingNoConcept = "correction_no"
    let brain: Brain

    /// Reads every sentence except `skipping` (general questions such as "how tight should
    /// my laces be?", which say nothing about the user's own laces).
    ///
    /// Only the patterns that could match this input are looked at (`MatchInput.viable`,
    /// numbered rule by rule in the brain's order), so the cost does not grow with the
    /// number of rules.
    func read(_ findings: FindingsInput, asking: String?, skipping: [Range<Int>] = []) -> Findings {
        var found = Findings()
        // Red flags on the whole line (a general question can still carry a warning sign).
        found.redFlagHits = Self.redFlagHits(in: findings.reported, brain: brain)
        let input = findings.reported
        // A general question skipped still tells what it puts as a question of the runner's own
        // ("what if heel goes white and numb on run?": `ContextMarker.putsReportAsQuestion`).
        let sentences = input.text.sentences.filter { range in
            !skipping.contains(range)
                || brain.contextMarker.putsReportAsQuestion(findings.whole, marks: findings.contexts, in: range)
        }
        // The terms of each sentence (the same in every masked or undenied view of the line):
        // a pattern viable for the line is only tried on the sentences that could hold it.
        let sentenceTerms = sentences.map { input.allTerms(in: $0) }
        // Whether `test` holds of a sentence where pattern `number` could match, in order.
        func anySentence(for number: Int32, _ test: (Range<Int>) -> Bool) -> Bool {
            for (k, range) in sentences.enumerated() where input.couldMatch(number, where: sentenceTerms[k]) {
                if test(range) { return true }
            }
            return false
        }
        func anywhere(_ pattern: Pattern, _ number: Int32, in input: MatchInput) -> Bool {
            anySentence(for: number) { PatternMatcher.matches(pattern, in: input, range: $0) }
        }
        // "no pain" mentions pain, denied: the same input with nothing negated tells which.
        let undenied = findings.mentioned
        let askingSlot = asking.flatMap { id in brain.slots.firstIndex { $0.id == id } }
        var values: [Int32: SlotValue] = [:]
        var symptoms: [Int32] = []
        var denied: [Int32] = []
        var risks: [Int32] = []
        var context: [Int32] = []
        var saysNone = false
        var extracted: [(slot: Int32, extractor: Int32, match: PatternMatch)] = []
        // Readings said only of another part of the body (`elsewhere:`), for `/why`.
        var setAside: [(slot: Int32, extractor: Int32, match: PatternMatch)] = []
        var history: MatchInput?
        var present: MatchInput?
        let owners = brain.index.owners
        let elsewhere = brain.section(ElsewhereSection.self)
        // Where a symptom's benign look-alike is said, the part of the sentence that says it
        // (`conjunct`: its words, and those joined to them up to an "and", an "or" or a
        // clause's end): its patterns count in that sentence only outside it. "Numb when
        // sitting on the floor and at night in bed" folds the legs on the floor, and is still
        // numb at night; "fingertips buzz from the keyboard all day in the office" is one look-alike.
        // Read on the words as said and, for denials, on the denied words too: "no chest pain"
        // denies no pain of the feet, as "chest pain" would report none.
        func exceptions(in source: MatchInput) -> [Int32: [Range<Int>: [Range<Int>]]] {
            var excepted: [Int32: [Range<Int>: [Range<Int>]]] = [:]
            for number in source.viable where owners[Int(number)].kind == .symptomExcept {
                let owner = owners[Int(number)]
                let pattern = brain.symptoms[Int(owner.rule)].except[Int(owner.item)]
                for (k, range) in sentences.enumerated() where source.couldMatch(number, where: sentenceTerms[k]) {
                    guard let span = Self.span(of: pattern, in: source, within: range) else { continue }
                    excepted[owner.rule, default: [:]][range, default: []].append(
                        Self.conjunct(around: span, in: range, tokens: source.tokens))
                }
            }
            return excepted
        }
        let excepted = exceptions(in: input)
        let exceptedDenied = undenied.map(exceptions) ?? [:]
        func anywhere(
            _ pattern: Pattern, _ number: Int32, in source: MatchInput, except rule: Int32, denied: Bool = false
        ) -> Bool {
            let vetoed = (denied ? exceptedDenied : excepted)[rule] ?? [:]
            return anySentence(for: number) { range in
                guard let spans = vetoed[range] else {
                    return PatternMatcher.matches(pattern, in: source, range: range)
                }
                return Self.outside(spans, in: range).contains {
                    PatternMatcher.matches(pattern, in: source, range: $0)
                }
            }
        }
        // Each item of a denied list read on its own ("no burning or weakness" denies weakness
        // as "no weakness" does: `DeniedList.swift`), outside the look-alikes said in it.
        var listItems: [[Range<Int>]]?
        func inDeniedList(_ pattern: Pattern, _ number: Int32, in source: MatchInput, except rule: Int32) -> Bool {
            if listItems == nil {
                listItems = sentences.map { Self.deniedListItems(in: $0, tokens: findings.whole.tokens) }
            }
            for (k, range) in sentences.enumerated()
            where !listItems![k].isEmpty && source.couldMatch(number, where: sentenceTerms[k]) {
                let vetoed = exceptedDenied[rule]?[range] ?? []
                for item in listItems![k] {
                    let pieces = vetoed.isEmpty ? [item] : Self.outside(vetoed, in: item)
                    if pieces.contains(where: { PatternMatcher.matches(pattern, in: source, range: $0) }) {
                        return true
                    }
                }
            }
            return false
        }
        // A circumstance said through a negation its own pattern opens with ("never when I'm
        // barefoot": fine barefoot): read on the words undenied, where the match starts at the
        // very cue that denies the words after it. The negation is the circumstance's, not a
        // denial of it.
        func saidThroughOwnNegation(_ pattern: Pattern, _ number: Int32, in source: MatchInput) -> Bool {
            anySentence(for: number) { range in
                guard let span = Self.span(of: pattern, in: source, within: range) else { return false }
                return findings.whole.tokens[range].contains { $0.deniedBy == span.lowerBound }
            }
        }
        for number in input.viable {
            let owner = owners[Int(number)]
            let rule = Int(owner.rule)
            switch owner.kind {
            case .extractor:
                let slot = brain.slots[rule]
                let extractor = slot.extractors[Int(owner.item)]
                // A list slot's extractors read only its answer, and add the symptoms their
                // facts name: a sign said bare, which means one only as the answer to "anything
                // else?" ("pale", "my back a bit"; "blue" to what the runner wears is the shoes).
                if slot.isList {
                    guard extractor.asked, rule == askingSlot else { continue }
                    let said = anySentence(for: number) { range in
                        PatternMatcher.match(extractor.pattern, in: input, range: range).map {
                            !Self.isExcepted($0, by: extractor.except, in: input, range: range)
                        } ?? false
                    }
                    guard said else { continue }
                    for fact in extractor.facts {
                        if let k = brain.symptoms.firstIndex(where: { "symptom.\($0.id)" == fact }),
                            !symptoms.contains(Int32(k))
                        {
                            symptoms.append(Int32(k))
                        }
                    }
                    continue
                }
                // An answer-only extractor reads a reply to its own slot's question, nothing else.
                if extractor.asked && rule != askingSlot { continue }
                let partRules = elsewhere?.rules[slot.id] ?? []
                // Each sentence separately, so one sentence's words do not fill another's capture.
                for (k, range) in sentences.enumerated() where input.couldMatch(number, where: sentenceTerms[k]) {
                    guard var match = PatternMatcher.match(extractor.pattern, in: input, range: range),
                        !Self.isExcepted(match, by: extractor.except, in: input, range: range)
                    else { continue }
                    // Said of another part ("my knees ache on long runs, toes go numb too"):
                    // only what the rest of the sentence says counts.
                    // The parts are looked for in the words as said, someone else's included:
                    // "my wife reckons my shoes are too tight" is her guess though "reckons" is
                    // hers, not the runner's word.
                    if !partRules.isEmpty {
                        let spans = partRules.flatMap { Self.clausesElsewhere(in: range, of: findings.whole, $0) }
                        if !spans.isEmpty {
                            let kept = Self.outside(spans, in: range).lazy.compactMap { piece in
                                PatternMatcher.match(extractor.pattern, in: input, range: piece)
                            }.first { !Self.isExcepted($0, by: extractor.except, in: input, range: range) }
                            guard let kept else {
                                setAside.append((owner.rule, owner.item, match))
                                continue
                            }
                            match = kept
                        }
                    }
                    extracted.append((owner.rule, owner.item, match))
                    break
                }
            case .symptom:
                guard symptoms.last != owner.rule else { continue }  // one of its patterns already matched
                let pattern = brain.symptoms[rule].patterns[Int(owner.item)]
                if anywhere(pattern, number, in: input, except: owner.rule) {
                    symptoms.append(owner.rule)
                } else if let undenied, denied.last != owner.rule,
                    anywhere(pattern, number, in: undenied, except: owner.rule, denied: true)
                        || inDeniedList(pattern, number, in: undenied, except: owner.rule)
                {
                    denied.append(owner.rule)
                }
            case .symptomDenial:
                // "Gone as soon as I stop running" denies numbness at rest, though no word negates it.
                if denied.last != owner.rule, anywhere(brain.symptoms[rule].denials[Int(owner.item)], number, in: input)
                {
                    denied.append(owner.rule)
                }
            case .risk:
                // A state that counts only while it lasts ("I used to be anaemic" is no risk
                // now) reads the runner's present words; a history reads the past too.
                guard risks.last != owner.rule else { continue }
                let pattern = brain.risks[rule].patterns[Int(owner.item)]
                if brain.risks[rule].current {
                    // ...and one its sentence says was put right ("I had low B12 but it's
                    // sorted now", `risk_resolved`) is no risk now either, however long ago
                    // ("gave up drinking years ago": the words as said, not the present ones).
                    // Said of the runner, not of someone else ("I'm vegan, my husband eats
                    // meat again"): their own words, past included.
                    if present == nil { present = findings.present() }
                    if history == nil { history = findings.history() }
                    let source = present!
                    let own = history!
                    let found = anySentence(for: number) { range in
                        PatternMatcher.matches(pattern, in: source, range: range)
                            && !own.hasMark(Self.resolvedConcept, in: range)
                    }
                    if found { risks.append(owner.rule) }
                } else {
                    if history == nil { history = findings.history() }
                    if anywhere(pattern, number, in: history!) { risks.append(owner.rule) }
                }
            case .context:
                guard context.last != owner.rule else { continue }
                let pattern = brain.context[rule].patterns[Int(owner.item)]
                if anywhere(pattern, number, in: input)
                    || undenied.map({ saidThroughOwnNegation(pattern, number, in: $0) }) ?? false
                {
                    context.append(owner.rule)
                }
            case .none:
                if rule == askingSlot, !saysNone, anywhere(brain.slots[rule].none[Int(owner.item)], number, in: input) {
                    saysNone = true
                }
            case .intent, .redFlag, .symptomExcept, .extractorExcept, .redFlagExcept:
                continue
            }
        }
        // A point along the run ("downhill at about mile 11") is reached on a run, never a
        // pair's mileage: a reading that captured one as `~mileage` is no reading.
        extracted.removeAll { _, _, match in
            match.captures.contains { concept, range in
                Self.mileageConcepts.contains(concept) && input.tokens[range].contains { $0.measure?.isMarker == true }
            }
        }
        // The question asked decides what its answer's words mean: "maybe 400 miles on them",
        // said when asked about shoes, is their mileage, not when the numbness starts. Words a
        // match of the asked slot captured are not read again by another slot.
        let claimed: [Range<Int>] = extracted.filter { Int($0.slot) == askingSlot }.flatMap {
            $0.match.captures.map(\.range)
        }
        let overruled = Self.overruledReadings(extracted, in: input, brain: brain)
        for (n, (slotNumber, item, match)) in extracted.enumerated() where !overruled.contains(n) {
            let slot = brain.slots[Int(slotNumber)]
            if Int(slotNumber) != askingSlot,
                match.captures.contains(where: { capture in claimed.contains { $0.overlaps(capture.range) } })
            {
                continue
            }
            let extractor = slot.extractors[Int(item)]
            let description = fill(extractor.value, match, input)
            Self.add(
                description, facts: extractor.facts, to: &values[slotNumber, default: SlotValue()],
                captured: Self.placeholders(in: extractor.value), quoted: Self.quotes(extractor.value, match, input))
            // The amount the answer captured, the first said.
            if values[slotNumber]?.amount == nil,
                let amount = match.captures.lazy.flatMap({ input.tokens[$0.range] }).compactMap(\.measure).first
            {
                values[slotNumber]?.amount = amount
            }
            found.heard.append(
                Heard(slot: slot.id, value: description, rule: extractor, captured: match.captures.map(\.range)))
        }
        for (slotNumber, item, match) in setAside
        where !extracted.contains(where: { $0.slot == slotNumber && $0.extractor == item }) {
            let slot = brain.slots[Int(slotNumber)]
            let extractor = slot.extractors[Int(item)]
            found.setAside.append(
                Heard(
                    slot: slot.id, value: fill(extractor.value, match, input), rule: extractor,
                    captured: match.captures.map(\.range)))
        }
        for (slot, value) in values where !value.descriptions.isEmpty {
            found.values[brain.slots[Int(slot)].id] = value
        }
        // Once each, in the order heard (a list slot's answer may name one its patterns read too).
        var seen = Set<Int32>()
        found.symptoms = symptoms.filter { seen.insert($0).inserted }.map { brain.symptoms[Int($0)].id }
        // A symptom matched by one pattern and denied in another is reported, not denied.
        found.deniedSymptoms = denied.filter { !symptoms.contains($0) }.map { brain.symptoms[Int($0)].id }
        found.risks = risks.map { brain.risks[Int($0)].id }
        found.context = context.map { brain.context[Int($0)].id }
        // "Nothing else" is no answer to "anything else?" when the line names something else; a
        // "no" to a yes-or-no screening question is, whatever else the line tells ("no numbness
        // down there, just the back").
        found.isCorrection = input.isPresent(.correction)
        // "No sorry, I meant 10k": the "no" takes back an earlier answer, it says nothing of
        // the question asked now.
        let correctsAnother =
            found.isCorrection
            && askingSlot.map { slot in found.values.keys.contains { $0 != brain.slots[slot].id } }
                == true
        // "No wait, the left foot", "no, not new, they've done 400 miles": the "no" that opens
        // the line may be the correction's; whether it is, the dialogue tells (a correction),
        // and then only the rest of the line can say "nothing else" ("no sorry, nothing else").
        if saysNone, let askingSlot {
            found.noneOnlyByOpeningNo = noneOnlyByOpeningNo(brain.slots[askingSlot].none, in: input, sentences)
        }
        if saysNone, let askingSlot, !correctsAnother, !(found.isCorrection && found.noneOnlyByOpeningNo),
            found.symptoms.isEmpty || !brain.slots[askingSlot].yesFacts.isEmpty
                || !brain.slots[askingSlot].noFacts.isEmpty
        {
            found.noneFor.insert(brain.slots[askingSlot].id)
        }
        return found
    }

    /// Whether a line that opens with a bare "no" (`correction_no`) and goes on says "nothing
    /// else" only by that "no": none of the slot's `none:` patterns matches the rest of the line,
    /// and the rest has words of its own beyond a correction's ("no wait, the left foot"; not
    /// "no.", "no, that's all", nor a bare "no sorry" or "no wait", which still say none).
    func noneOnlyByOpeningNo(_ patterns: [Pattern], in input: MatchInput, _ sentences: [Range<Int>]) -> Bool {
        guard let id = brain.terms.id(of: .concept(Self.openingNoConcept)),
            let first = sentences.first, first.lowerBound == 0, first.count > 1,
            input.marks(at: 0).contains(where: { $0.concept == id && $0.length == 1 })
        else { return false }
        let rest = sentences.map { $0.lowerBound == 0 ? 1..<$0.upperBound : $0 }
        guard
            rest.contains(where: { range in
                range.contains {
                    input.tokens[$0].text.contains(where: \.isLetter) && !input.covers(.correction, at: $0)
                }
            })
        else { return false }
        return !patterns.contains { pattern in
            rest.contains { PatternMatcher.matches(pattern, in: input, range: $0) }
        }
    }

    /// Adds what one extractor heard to its slot's value, in place (a copy taken out of the
    /// dictionary and put back copied the value's list and set of facts each time).
    /// "hokas" adds nothing to "new hokas"; "new shoes" nothing to "new hokas" (same facts);
    /// and "saucony ride", found after "saucony", replaces it rather than repeating it. So does
    /// "new brooks ghost", found after "new brooks", though it tells no fact more: one shoe is
    /// one description, never "new brooks, brooks ghost".
    /// `captured` names the concepts whose words the description was filled from
    /// (`placeholders(in:)`), kept with its facts as what the description is about
    /// (`SlotValue.kinds`).
    /// Readings of one slot in one clause that contradict each other ("takes a good while to
    /// come back" read as both "comes back", gone soon, and "a good while", lingering): two
    /// facts of one of the slot's `alternatives` groups cannot both hold of the same words, so
    /// only one is kept, the one listed later in its group, which the brain lists from the
    /// milder to the more telling (gone soon, lingering, there at rest): when in doubt, the
    /// reading that asks more care. Readings in different clauses ("gone in minutes, but once
    /// it lasted all evening") are both kept. Returns the indices of `extracted` to drop.
    static func overruledReadings(
        _ extracted: [(slot: Int32, extractor: Int32, match: PatternMatch)], in input: MatchInput, brain: Brain
    ) -> Set<Int> {
        guard extracted.count > 1 else { return [] }
        var dropped = Set<Int>()
        let tokens = input.text.tokens
        // The clause a reading was taken from: that of the first word it captured.
        func clause(_ match: PatternMatch) -> Int? {
            match.captures.first.flatMap { tokens.indices.contains($0.range.lowerBound) ? $0.range.lowerBound : nil }
                .map { tokens[$0].clause }
        }
        for a in extracted.indices {
            for b in extracted.indices where b != a && extracted[a].slot == extracted[b].slot {
                let slot = brain.slots[Int(extracted[a].slot)]
                guard let ca = clause(extracted[a].match), ca == clause(extracted[b].match) else { continue }
                let factsA = slot.extractors[Int(extracted[a].extractor)].facts
                let factsB = slot.extractors[Int(extracted[b].extractor)].facts
                for group in slot.alternatives {
                    let rankA = factsA.compactMap { group.firstIndex(of: $0) }.max()
                    let rankB = factsB.compactMap { group.firstIndex(of: $0) }.max()
                    if let rankA, let rankB, rankA < rankB { dropped.insert(a) }
                }
            }
        }
        return dropped
    }

    static func add(
        _ description: String, facts: [String], to value: inout SlotValue, captured: [String] = [],
        quoted: [SlotValue.Quote] = []
    ) {
        let longer = value.descriptions.contains { description.includes($0) }
        let redundant =
            value.descriptions.contains { $0.includes(description) }
            || (!longer && !facts.isEmpty && facts.allSatisfy(value.facts.contains))
        if !redundant {
            for old in value.descriptions where description.includes(old) {
                value.kinds[old] = nil
                value.quoted[old] = nil
            }
            value.descriptions.removeAll { description.includes($0) }
            value.descriptions.append(description)
            value.kinds[description] = Set(facts).union(captured)
            if !quoted.isEmpty { value.quoted[description] = quoted }
        }
        value.facts.formUnion(facts)
    }

    /// The `{concept}` placeholders of an extractor's value, braces kept ("{shoe_brand}").
    static func placeholders(in template: String) -> [String] {
        guard template.contains("{") else { return [] }
        var found: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// The words a template quotes by each concept it names, as `fill` writes them, except an
    /// amount's (a built-in concept: "500 miles" alone names nothing).
    static func quotes(_ template: String, _ match: PatternMatch, _ input: MatchInput) -> [SlotValue.Quote] {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return [] }
        return match.captures.compactMap { concept, range in
            guard BuiltInConcepts.phrases[concept] == nil, template.contains("{\(concept)}") else { return nil }
            let words = input.tokens[range].map { $0.measure?.saidBack ?? $0.typed }.joined(separator: " ")
            return SlotValue.Quote(concept: "{\(concept)}", words: words)
        }
    }

    /// The built-in concepts of a pair's mileage (`BuiltInConcepts`), which a mile marker is not.
    static let mileageConcepts: Set<String> = ["mileage", "long_distance"]

    /// Fills `{concept}` placeholders with the words the concept captured, as typed.
    private func fill(_ template: String, _ match: PatternMatch, _ input: MatchInput) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = template
        func words(_ range: Range<Int>) -> String {
            input.tokens[range].map { $0.measure?.saidBack ?? $0.typed }.joined(separator: " ")
        }
        for (concept, range) in match.captures {
            // A vague amount is rough already: "after about {distance}" says "after a few km".
            if range.count == 1, let measure = input.tokens[range.lowerBound].measure {
                if measure.isVague { result = result.replacingFirst("about {\(concept)}", with: "{\(concept)}") }
                // A point along the run ("mile 4") is reached, not gone past: "around mile 4".
                if measure.isMarker {
                    result = result.replacingFirst("after about {\(concept)}", with: "around {\(concept)}")
                }
            }
            // "20ish" after the template's own "about" says "about" twice ("after about 20ish"):
            // the number alone.
            if range.count == 1, result.includes("about {\(concept)}"),
                let rough = Self.numberSaidRoughly(input.tokens[range.lowerBound].typed)
            {
                result = result.replacingFirst("{\(concept)}", with: rough)
                continue
            }
            result = result.replacingFirst("{\(concept)}", with: words(range))
        }
        // A concept placed in any order ({settles ~short_duration}) is not captured: quote
        // where the line says it. A template must never reach the runner with its braces.
        // Most have none left: looked for in the bytes first (searching the characters for
        // one walked the whole text, for every value heard).
        guard result.utf8.contains(UInt8(ascii: "{")) else { return result }
        while let open = result.firstIndex(of: "{"), let close = result[open...].firstIndex(of: "}") {
            let name = String(result[result.index(after: open)..<close])
            let quoted = input.firstSpan(of: name).map(words) ?? ""
            result.replaceSubrange(open...close, with: quoted)
        }
        return result
    }

    /// The number of a word such as "20ish" or "3ish" (digits, then "ish"), or nil.
    static func numberSaidRoughly(_ word: String) -> String? {
        guard word.hasSuffix("ish") else { return nil }
        let number = word.dropLast(3)
        guard !number.isEmpty, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber) else { return nil }
        return String(number)
    }

    /// `span` widened to the part of `sentence` it is said in: out to the words that join
    /// another part to it ("and", "or") or to its clause's ends (a comma, "but": the text
    /// stage's clauses), whichever comes first. A word at a time, once for each look-alike
    /// said: linear in the sentence.
    static func conjunct(around span: Range<Int>, in sentence: Range<Int>, tokens: [Token]) -> Range<Int> {
        guard !span.isEmpty else { return span }
        var start = span.lowerBound
        while start > sentence.lowerBound, tokens[start - 1].clause == tokens[start].clause,
            !joiningWords.contains(tokens[start - 1].text)
        {
            start -= 1
        }
        var end = span.upperBound
        while end < sentence.upperBound, tokens[end].clause == tokens[end - 1].clause,
            !joiningWords.contains(tokens[end].text)
        {
            end += 1
        }
        return start..<end
    }

    /// The clauses of `sentence` about another part of the body than the one a slot asks about
    /// (`ElsewhereSection`): each names one of `rule.parts`, not denied, and none of
    /// `rule.unless` ("my knees ache on long runs" in "my knees ache on long runs, toes go numb
    /// too"). A clause here is the finest the text stage tells: one ends at a comma, at a word
    /// that opens a clause, at "and" before a subject, and where a subject and its verb start
    /// one in run-on text (`Token.opensClause`), so a time said in the numbness's own clause
    /// stays the numbness's. Typed bare, a part after "and" starts one too once something was
    /// said of the part before ("knees ache on long runs and toes go numb"), not when the two
    /// are one subject ("my knees and toes go numb"). Most sentences name no such part: one
    /// look at their marks.
    static func clausesElsewhere(in sentence: Range<Int>, of input: MatchInput, _ rule: ElsewhereSection.Rule)
        -> [Range<Int>]
    {
        guard input.hasMark(rule.parts, in: sentence),
            let parts = input.brain.terms.id(of: .concept(rule.parts)),
            let own = input.brain.terms.id(of: .concept(rule.unless))
        else { return [] }
        let tokens = input.tokens
        func namesPart(_ i: Int) -> Bool { input.marks(at: i).contains { $0.concept == parts || $0.concept == own } }
        var spans: [Range<Int>] = []
        var start = sentence.lowerBound
        // Where the last part named in this clause ends, if one was.
        var partEnd: Int?
        for end in sentence.lowerBound + 1...sentence.upperBound {
            if let mark = input.marks(at: end - 1).first(where: { $0.concept == parts || $0.concept == own }) {
                partEnd = max(partEnd ?? 0, end - 1 + Int(mark.length))
            }
            let barePartAfterAnd =
                end < sentence.upperBound && tokens[end].text == "and" && end + 1 < sentence.upperBound
                && namesPart(end + 1) && (partEnd.map { $0 < end } ?? false)
            guard
                end == sentence.upperBound || tokens[end].clause != tokens[end - 1].clause || tokens[end].opensClause
                    || barePartAfterAnd
            else { continue }
            let clause = start..<end
            if input.hasMark(rule.parts, in: clause), !input.hasMark(rule.unless, in: clause),
                !sharesVerb(clause.lowerBound)
            {
                spans.append(clause)
            }
            start = end
            partEnd = nil
        }
        return spans

        // "My forefoot and my fingertips tingle after 5k": one of `rule.unless` named bare before
        // the clause and joined to it by "and" or "or" (only its "my", "the", side and the words
        // of the part itself) is a second subject of the clause's verb, which keeps it.
        func sharesVerb(_ clauseStart: Int) -> Bool {
            // The joining word ends the words before or opens the clause.
            let join = joiningWords.contains(tokens[clauseStart].text) ? clauseStart : clauseStart - 1
            var i = join
            guard i > sentence.lowerBound, joiningWords.contains(tokens[i].text) else { return false }
            var namesOwn = false
            while i > sentence.lowerBound {
                i -= 1
                let mark = input.marks(at: i).first { $0.concept == own && i + Int($0.length) <= join }
                if mark != nil {
                    namesOwn = true
                } else if !fragmentWords.contains(tokens[i].text), !coveredByOwn(i) {
                    return false
                }
                if i == sentence.lowerBound || tokens[i - 1].clause != tokens[i].clause || tokens[i].opensClause {
                    break
                }
            }
            return namesOwn
        }
        func coveredByOwn(_ i: Int) -> Bool {
            (max(sentence.lowerBound, i - 3)..<i).contains { k in
                input.marks(at: k).contains { $0.concept == own && k + Int($0.length) > i }
            }
        }
    }

    /// The words that may stand with a part named bare: "my forefoot and…", "both heels or…".
    private static let fragmentWords: Set<String> = ["my", "the", "both", "left", "right", "a", "an"]

    /// Words that join two parts of one clause, each of which may say something of its own.
    private static let joiningWords: Set<String> = ["and", "or"]

    /// Whether one of an extractor's `except` patterns takes its reading in this sentence.
    /// Where both captured a concept of the same name, only words they share: "goes away within
    /// a few minutes" takes "a few minutes" from the onset, but not the "20 minutes" of an
    /// earlier "numb after 20 minutes" in the same sentence. Otherwise, the sentence ("the
    /// tingling returns" takes how soon "it returns" from a sentence, whatever the minutes).
    static func isExcepted(_ reading: PatternMatch, by except: [Pattern], in input: MatchInput, range: Range<Int>)
        -> Bool
    {
        except.contains { pattern in
            guard let veto = PatternMatcher.match(pattern, in: input, range: range) else { return false }
            let shared = veto.captures.filter { taken in reading.captures.contains { $0.concept == taken.concept } }
            return shared.isEmpty
                || shared.contains { taken in
                    reading.captures.contains { $0.concept == taken.concept && $0.range.overlaps(taken.range) }
                }
        }
    }
}

extension String {
    /// Whether `needle` occurs in the string, byte for byte (Foundation's `contains` goes
    /// through NSString).
    func includes(_ needle: String) -> Bool { utf8Offset(of: needle) != nil }

    /// Replaces the first occurrence of `target` (a plain substring search; Foundation's
    /// `range(of:)` goes through NSString and was a tenth of a turn).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let offset = utf8Offset(of: target) else { return self }
        // The match begins and ends on whole characters of `target`, so these are valid indices.
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: target.utf8.count)
        var result = String(self[..<start])
        result.reserveCapacity(utf8.count - target.utf8.count + replacement.utf8.count)
        result += replacement
        // As a string: a substring appended went through the generic append, a character at
        // a time.
        result += String(self[end...])
        return result
    }

    /// The byte offset of the first occurrence of `needle` in the string's UTF-8.
    func utf8Offset(of needle: String) -> Int? {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n -> Int? in
                guard let first = n.first else { return 0 }
                guard n.count <= h.count else { return nil }
                var i = 0
                while i <= h.count - n.count {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

}

/// What one slot extractor heard in a line. Described in words only for `/why` and
/// `tingle analyze`: finding the words a pattern used costs more than the turn can spare.
struct Heard: Sendable {
    let slot: String
    let value: String
    let rule: Extractor
    let captured: [Range<Int>]

    /// `onset = "after about 20 minutes" from "20 minutes" (dialogue/slots.yaml:35:18)`, the
    /// words quoted from `input`, the line it was heard in.
    func describe(in input: MatchInput) -> String {
        let words =
            captured.isEmpty
            ? input.wordsNamed(by: rule.pattern, in: 0..<input.tokens.count) : captured.flatMap { Array($0) }
        let place = rule.location.map { " (\($0))" } ?? ""
        return "\(slot) = \"\(value)\" from \"\(input.quote(words))\"\(place)"
    }
}
