import BrainFormat

/// The rules the dialogue and triage read in every turn.
struct DialogueRules {
    var slots: [Slot] = []
    var symptoms: [TermRule] = []
    var risks: [TermRule] = []
    var context: [TermRule] = []
    var redFlags: [RedFlagRule] = []
    /// Every fact an extractor, a yes or no, a symptom, risk or circumstance can set.
    var producedFacts: Set<String> = []

    /// The rules with each pattern replaced by `moved[its number]`: the dialogue linked apart
    /// from the intents, then renumbered after them (`PatternLinker.append`).
    func renumbered(_ moved: [Pattern]) -> DialogueRules {
        func move(_ patterns: inout [Pattern]) {
            for k in patterns.indices { patterns[k] = moved[Int(patterns[k].number)] }
        }
        func move(_ rules: inout [TermRule]) {
            for k in rules.indices {
                move(&rules[k].patterns)
                move(&rules[k].denials)
                move(&rules[k].except)
            }
        }
        var rules = self
        for s in rules.slots.indices {
            for e in rules.slots[s].extractors.indices {
                rules.slots[s].extractors[e].pattern = moved[Int(rules.slots[s].extractors[e].pattern.number)]
                move(&rules.slots[s].extractors[e].except)
            }
            move(&rules.slots[s].none)
        }
        move(&rules.symptoms)
        move(&rules.risks)
        move(&rules.context)
        for k in rules.redFlags.indices {
            move(&rules.redFlags[k].patterns)
            move(&rules.redFlags[k].except)
        }
        return rules
    }
}

extension BrainCompiler {
    /// Slots, symptoms, risks, context and red flags, their patterns linked in order; the
    /// slots the engine reads by name, and every fact a rule reads, checked.
    mutating func compileDialogue(_ linker: inout PatternLinker) -> DialogueRules {
        var slots: [Slot] = []
        var symptoms: [TermRule] = []
        var risks: [TermRule] = []
        var context: [TermRule] = []
        var redFlags: [RedFlagRule] = []
        var producedFacts: Set<String> = ["reported"]
        var usedFacts: [(String, SourceLocation)] = []
        var seenIDs: [String: SourceLocation] = [:]
        func unique(_ kind: String, _ id: String, _ location: SourceLocation) -> Bool {
            if let existing = seenIDs["\(kind):\(id)"] {
                problems.append(Problem(location, "\(kind) '\(id)' is already defined at \(existing)"))
                return false
            }
            seenIDs["\(kind):\(id)"] = location
            return true
        }
        func level(_ name: String, _ location: SourceLocation) -> EscalationLevel? {
            switch RuleChecks.level(name, at: location) {
            case .success(let level): return level
            case .failure(let problem):
                problems.append(problem)
                return nil
            }
        }
        for doc in documents {
            for (i, spec) in (doc.body.slots ?? []).enumerated() {
                let base = "slots[\(i)]"
                guard unique("slot", spec.id, doc.at("\(base).id")) else { continue }
                var extractors: [Extractor] = []
                for (k, e) in (spec.extractors ?? []).enumerated() {
                    producedFacts.formUnion(e.facts ?? [])
                    let owner = RuleIndex.Owner(
                        kind: .extractor, rule: Int32(slots.count), item: Int32(extractors.count))
                    let place = doc.at("\(base).extractors[\(k)].pattern")
                    if let p = linker.pattern(e.pattern, place, owner: owner) {
                        var extractor = Extractor(
                            pattern: p, value: e.value, facts: e.facts ?? [], asked: e.asked ?? false, location: place)
                        extractor.except = linker.patterns(
                            e.except, doc, "\(base).extractors[\(k)].except", .extractorExcept, slots.count)
                        extractors.append(extractor)
                    }
                }
                for (k, fact) in (spec.fills ?? []).enumerated() {
                    usedFacts.append((fact, doc.at("\(base).fills[\(k)]")))
                }
                var slot = Slot(
                    id: spec.id, question: spec.question, hint: spec.hint, extractors: extractors,
                    none: linker.patterns(spec.none, doc, "\(base).none", .none, slots.count),
                    isList: spec.list ?? false,
                    fills: spec.fills ?? [], freeText: spec.freeText ?? false)
                slot.title = spec.title ?? spec.id.prefix(1).uppercased() + spec.id.dropFirst()
                slot.when = spec.when ?? []
                slot.yesFacts = spec.yes ?? []
                slot.noFacts = spec.no ?? []
                slot.rephrase = spec.rephrase
                slot.why = spec.why
                slot.alternatives = spec.alternatives ?? []
                slot.subject = spec.subject
                slot.beforeReport = spec.beforeReport ?? false
                for (k, set) in slot.alternatives.enumerated() {
                    for (j, fact) in set.enumerated() {
                        usedFacts.append((fact, doc.at("\(base).alternatives[\(k)][\(j)]")))
                    }
                }
                slot.location = doc.at("\(base).id")
                producedFacts.formUnion(slot.yesFacts + slot.noFacts)
                for (k, set) in (spec.when ?? []).enumerated() {
                    for (j, fact) in set.enumerated() { usedFacts.append((fact, doc.at("\(base).when[\(k)][\(j)]"))) }
                }
                slots.append(slot)
            }
            for (i, spec) in (doc.body.symptoms ?? []).enumerated()
            where unique("symptom", spec.id, doc.at("symptoms[\(i)].id")) {
                producedFacts.insert("symptom.\(spec.id)")
                var symptom = TermRule(
                    id: spec.id, label: spec.label,
                    patterns: linker.patterns(spec.patterns, doc, "symptoms[\(i)].patterns", .symptom, symptoms.count))
                symptom.denials = linker.patterns(
                    spec.denials, doc, "symptoms[\(i)].denials", .symptomDenial, symptoms.count)
                symptom.except = linker.patterns(
                    spec.except, doc, "symptoms[\(i)].except", .symptomExcept, symptoms.count)
                symptoms.append(symptom)
            }
            for (i, spec) in (doc.body.risks ?? []).enumerated() where unique("risk", spec.id, doc.at("risks[\(i)].id"))
            {
                producedFacts.insert("risk.\(spec.id)")
                var risk = TermRule(
                    id: spec.id, label: spec.label,
                    patterns: linker.patterns(spec.patterns, doc, "risks[\(i)].patterns", .risk, risks.count))
                risk.current = spec.current ?? false
                risks.append(risk)
            }
            for (i, spec) in (doc.body.context ?? []).enumerated()
            where unique("context", spec.id, doc.at("context[\(i)].id")) {
                producedFacts.insert("context.\(spec.id)")
                context.append(
                    TermRule(
                        id: spec.id, label: spec.label,
                        patterns: linker.patterns(spec.patterns, doc, "context[\(i)].patterns", .context, context.count)
                    ))
            }
            for (i, spec) in (doc.body.redFlags ?? []).enumerated() {
                let base = "redFlags[\(i)]"
                guard unique("red flag", spec.id, doc.at("\(base).id")),
                    let lvl = level(spec.level, doc.at("\(base).level"))
                else { continue }
                for (k, set) in (spec.when ?? []).enumerated() {
                    for (j, fact) in set.enumerated() { usedFacts.append((fact, doc.at("\(base).when[\(k)][\(j)]"))) }
                }
                if (spec.patterns ?? []).isEmpty && (spec.when ?? []).isEmpty {
                    problems.append(
                        Problem(doc.at("\(base).id"), "red flag '\(spec.id)' has neither patterns nor 'when' facts"))
                }
                var rule = RedFlagRule(
                    id: spec.id, level: lvl, label: spec.label,
                    patterns: linker.patterns(spec.patterns, doc, "\(base).patterns", .redFlag, redFlags.count),
                    when: spec.when ?? [], message: spec.message, location: doc.at("\(base).id"))
                rule.except = linker.patterns(spec.except, doc, "\(base).except", .redFlagExcept, redFlags.count)
                rule.source = spec.source ?? ""
                // A brain that loads compiled every pattern, so places and patterns pair up.
                rule.patternLocations = (spec.patterns ?? []).indices.map { doc.at("\(base).patterns[\($0)]") }
                rule.messageLocation = doc.at("\(base).message")
                rule.examples = (spec.examples ?? []).enumerated().map { ($1, doc.at("\(base).examples[\($0)]")) }
                rule.counterExamples = (spec.counterExamples ?? []).enumerated().map {
                    ($1, doc.at("\(base).counterExamples[\($0)]"))
                }
                redFlags.append(rule)
            }
        }
        // A list slot's extractors name symptoms said bare as its answer: each reads only that
        // answer and names a symptom the brain has.
        let symptomFacts = Set(symptoms.map { "symptom.\($0.id)" })
        for slot in slots where slot.isList {
            for extractor in slot.extractors {
                let place = extractor.location ?? slot.location ?? Self.place(ofSection: "slots", in: documents)
                if !extractor.asked {
                    problems.append(
                        Problem(
                            place, "an extractor of the list slot '\(slot.id)' reads only its answer; add 'asked: true'"
                        ))
                }
                if !extractor.facts.contains(where: symptomFacts.contains) {
                    problems.append(
                        Problem(
                            place,
                            "an extractor of the list slot '\(slot.id)' adds the symptoms its facts name; give it a 'symptom.ID' fact"
                        ))
                }
            }
        }
        for key in SlotKey.allCases where !documents.isEmpty {
            if let slot = slots.first(where: { $0.id == key.rawValue }) {
                if key == .symptoms && !slot.isList {
                    problems.append(
                        Problem(
                            seenIDs["slot:\(key.rawValue)"] ?? Self.place(ofSection: "slots", in: documents),
                            "the slot '\(key.rawValue)' is read as a list of symptom ids (--json); add 'list: true'"))
                }
            } else if seenIDs["slot:\(key.rawValue)"] == nil {
                problems.append(
                    Problem(
                        Self.place(ofSection: "slots", in: documents),
                        "the brain has no slot '\(key.rawValue)', which --json and the summary read by name; add it under 'slots:'"
                    ))
            }
        }
        for (fact, location) in usedFacts where !producedFacts.contains(fact) {
            problems.append(RuleChecks.unsetFact(fact, at: location))
        }
        return DialogueRules(
            slots: slots, symptoms: symptoms, risks: risks, context: context, redFlags: redFlags,
            producedFacts: producedFacts)
    }
}
