import BrainFormat
import PatternLanguage
import TingleText

/// Turns decoded brain documents into a `Brain`: merges the files, compiles patterns
/// and concepts, resolves references, and builds the text analyzer and rule index.
struct BrainCompiler {

    private(set) var documents: [BrainFile] = []
    /// The text of each lexicon file (see `Lexicon`).
    private(set) var lexicon: [String] = []
    private var problems: [Problem] = []
    /// The documents' preparation, when the build made it (the built-in brain); otherwise
    /// `compile` prepares them itself.
    var preparation: BrainPreparation?
    /// The sections that own themselves which this brain is compiled with.
    var sections: [any BrainSection.Type] = BrainSections.standard

    mutating func addLexicon(_ file: BrainSourceFile) {
        lexicon.append(file.text)
    }

    /// Adds files read by `parse`, in the order given (the order decides ties and duplicates).
    mutating func add(_ parsed: ParsedBrainFile) {
        problems += parsed.problems
        if let document = parsed.document { documents.append(document) }
    }

    // MARK: - Compiling

    mutating func compile() throws(Problems) -> Brain {
        guard problems.isEmpty else { throw Problems(problems) }

        var settings = Brain.Settings()
        var intentReferences: [(id: String, setting: String, location: SourceLocation)] = []
        let sources = BrainSources(documents)
        problems += sources.problems
        for doc in documents {
            if let s = doc.body.settings {
                settings.keywordThreshold = s.keywordThreshold ?? settings.keywordThreshold
                settings.expectedBoost = s.expectedBoost ?? settings.expectedBoost
                if let length = s.maxInputLength, length < 1 {
                    problems.append(
                        Problem(doc.at("settings.maxInputLength"), "maxInputLength must be at least 1, not \(length)"))
                }
                settings.maxInputLength = s.maxInputLength ?? settings.maxInputLength
                settings.startIntent = s.startIntent ?? settings.startIntent
                settings.assessIntent = s.assessIntent ?? settings.assessIntent
                settings.adviceActions = s.adviceActions ?? settings.adviceActions
                settings.adviceTimes = s.adviceTimes ?? settings.adviceTimes
                for (k, id) in (s.selfCareIntents ?? []).enumerated() {
                    settings.selfCareIntents.insert(id)
                    intentReferences.append((id, "selfCareIntents", doc.at("settings.selfCareIntents[\(k)]")))
                }
                for (k, id) in (s.smallTalkIntents ?? []).enumerated() {
                    settings.smallTalkIntents.insert(id)
                    intentReferences.append((id, "smallTalkIntents", doc.at("settings.smallTalkIntents[\(k)]")))
                }
            }
        }

        let rewriter = sources.rewriter
        // The slow, independent work (every distinct pattern parsed, the concepts expanded),
        // done by the build for the built-in brain; numbering stays in order, below, so
        // brains build the same every time.
        let prepared = preparation ?? BrainPreparation(sources)
        let (concepts, parsedPatterns) = onBothCores(
            { ConceptTable(prepared.concepts) },
            {
                prepared.patterns.compactMapValues { outcome -> Pattern? in
                    if case .parsed(let parsed) = outcome { Pattern(parsed) } else { nil }
                }
            })
        problems += prepared.conceptProblems
        var terms = TermTable()

        // Every pattern of the brain, numbered in the order compiled, with the intent it belongs to.
        var numbered: [(Pattern, RuleIndex.Owner)] = []
        func pattern(_ source: String, _ location: SourceLocation, owner: RuleIndex.Owner) -> Pattern? {
            switch prepared.patterns[source] {
            case .parsed:
                guard let parsed = parsedPatterns[source] else { return nil }
                let compiled = parsed.linked(assigning: &terms, number: Int32(numbered.count))
                numbered.append((compiled, owner))
                for name in compiled.conceptNames where !concepts.names.contains(name) {
                    problems.append(Problem(location, "pattern '\(source)' names the unknown concept '~\(name)'"))
                }
                // '*', '[maybe] *': nothing the sentence must hold, so it matches every sentence
                // (or every one short enough) and would take over whatever rule owns it.
                if parsed.requirements.isEmpty {
                    problems.append(
                        Problem(
                            location,
                            "pattern '\(source)' requires no word or concept, so it matches almost any sentence; name at least one word or concept outside '[…]'"
                        ))
                }
                return compiled
            case .failed(let error):
                let shifted = SourceLocation(
                    file: location.file, line: location.line, column: location.column + error.offset)
                // A pattern refused for its size is quoted only in part: the whole would bury the message.
                let quoted = source.count > 100 ? source.prefix(60) + "…" : Substring(source)
                problems.append(Problem(shifted, "pattern '\(quoted)': \(error.message)"))
                return nil
            case nil:
                // A section whose patterns `patternSources` does not list: say so, never drop it.
                problems.append(
                    Problem(
                        location,
                        "pattern '\(source)' was not prepared (a section missing from patternSources); report this bug")
                )
                return nil
            }
        }
        func patterns(_ sources: [String]?, _ doc: BrainFile, _ path: String, _ kind: RuleIndex.Owner.Kind, _ rule: Int)
            -> [Pattern]
        {
            var compiled: [Pattern] = []
            for (k, source) in (sources ?? []).enumerated() {
                let owner = RuleIndex.Owner(kind: kind, rule: Int32(rule), item: Int32(compiled.count))
                if let p = pattern(source, doc.at("\(path)[\(k)]"), owner: owner) { compiled.append(p) }
            }
            return compiled
        }

        // Content entries.
        var content: [String: ContentEntry] = [:]
        var contentOrder: [String] = []
        for doc in documents {
            for (i, entry) in (doc.body.content ?? []).enumerated() {
                let location = doc.at("content[\(i)].id")
                if let existing = content[entry.id] {
                    problems.append(
                        Problem(location, "content '\(entry.id)' is already defined at \(existing.location)"))
                    continue
                }
                var compiled = ContentEntry(
                    id: entry.id, title: entry.title, source: entry.source,
                    text: Self.unwrapped(String(entry.text[...].trimming(newlines: true))),
                    location: location)
                compiled.sourceLocation = doc.at("content[\(i)].source")
                content[entry.id] = compiled
                contentOrder.append(entry.id)
            }
        }

        // Intents.
        var intents: [Intent] = []
        var intentIndex: [String: Int] = [:]
        var offers: [(String, SourceLocation)] = []
        for doc in documents {
            for (i, spec) in (doc.body.intents ?? []).enumerated() {
                let base = "intents[\(i)]"
                let location = doc.at("\(base).id")
                if let existing = intentIndex[spec.id] {
                    problems.append(
                        Problem(location, "intent '\(spec.id)' is already defined at \(intents[existing].location)"))
                    continue
                }
                var compiled: [(Pattern, SourceLocation)] = []
                for (k, source) in (spec.patterns ?? []).enumerated() {
                    let location = doc.at("\(base).patterns[\(k)]")
                    let owner = RuleIndex.Owner(kind: .intent, rule: Int32(intents.count), item: Int32(compiled.count))
                    if let p = pattern(source, location, owner: owner) { compiled.append((p, location)) }
                }
                var keywords: [Term: Double] = [:]
                for (key, weight) in spec.keywords ?? [:] {
                    if key.hasPrefix("~") {
                        let name = String(key.dropFirst())
                        if !concepts.names.contains(name) {
                            problems.append(
                                Problem(
                                    doc.at("\(base).keywords.\(key)#key"), "keyword '\(key)' names an unknown concept"))
                        }
                        keywords[.concept(name)] = weight
                    } else {
                        for word in Tokenizer.words(in: TextNormalizer.normalize(key)) {
                            keywords[.word(word.measure?.stem ?? Stemmer.stem(word.text))] = weight
                        }
                    }
                }
                if compiled.isEmpty && keywords.isEmpty && (spec.patterns ?? []).isEmpty {
                    problems.append(
                        Problem(
                            location, "intent '\(spec.id)' has neither patterns nor keywords, so nothing can reach it"))
                }
                if let answer = spec.answer, content[answer] == nil {
                    problems.append(
                        Problem(
                            doc.at("\(base).answer"), "intent '\(spec.id)' answers with unknown content '\(answer)'"))
                }
                if let offer = spec.offer { offers.append((offer.intent, doc.at("\(base).offer.intent"))) }
                let examples = spec.examples ?? []
                intentIndex[spec.id] = intents.count
                var intent = Intent(
                    id: spec.id, patterns: compiled.map(\.0), patternLocations: compiled.map(\.1), keywords: keywords,
                    examples: examples, exampleLocations: examples.indices.map { doc.at("\(base).examples[\($0)]") },
                    answer: spec.answer, offer: spec.offer.map { Offer(ask: $0.ask, intent: $0.intent) },
                    priority: spec.priority ?? 0, isTopic: spec.topic ?? false, location: location)
                intent.counterExamples = (spec.counterExamples ?? []).enumerated().map {
                    ($1, doc.at("\(base).counterExamples[\($0)]"))
                }
                intents.append(intent)
            }
        }
        // The concepts the engine reads by name, reported where the concepts are defined.
        if !documents.isEmpty {
            let place = Self.place(ofSection: "concepts", in: documents)
            for key in ConceptKey.allCases where !concepts.names.contains(key.rawValue) {
                problems.append(
                    Problem(
                        place,
                        "the brain has no concept '~\(key.rawValue)', which the engine reads by name; define it under 'concepts:'"
                    ))
            }
        }
        for (id, setting, location) in intentReferences where intentIndex[id] == nil {
            problems.append(Problem(location, "\(setting) names the unknown intent '\(id)'"))
        }
        for (id, role) in Self.neededIntents(settings) where intentIndex[id] == nil && !documents.isEmpty {
            problems.append(
                Problem(
                    Self.place(ofSettingNaming: id, settings, in: documents)
                        ?? Self.place(ofSection: "intents", in: documents),
                    "the brain has no intent '\(id)', which the dialogue needs \(role); add it under 'intents:'"))
        }
        for (id, location) in offers where intentIndex[id] == nil {
            problems.append(Problem(location, "unknown intent '\(id)'"))
        }

        // Dialogue: slots, symptoms, risks, context, red flags.
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
            guard let level = EscalationLevel(rawValue: name) else {
                let names = EscalationLevel.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(Problem(location, "unknown level '\(name)'; use one of \(names)"))
                return nil
            }
            return level
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
                    if let p = pattern(e.pattern, place, owner: owner) {
                        extractors.append(
                            Extractor(
                                pattern: p, value: e.value, facts: e.facts ?? [], asked: e.asked ?? false,
                                location: place))
                    }
                }
                for (k, fact) in (spec.fills ?? []).enumerated() {
                    usedFacts.append((fact, doc.at("\(base).fills[\(k)]")))
                }
                var slot = Slot(
                    id: spec.id, question: spec.question, hint: spec.hint, extractors: extractors,
                    none: patterns(spec.none, doc, "\(base).none", .none, slots.count), isList: spec.list ?? false,
                    fills: spec.fills ?? [], freeText: spec.freeText ?? false)
                slot.title = spec.title ?? spec.id.prefix(1).uppercased() + spec.id.dropFirst()
                slot.when = spec.when ?? []
                slot.yesFacts = spec.yes ?? []
                slot.noFacts = spec.no ?? []
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
                    patterns: patterns(spec.patterns, doc, "symptoms[\(i)].patterns", .symptom, symptoms.count))
                symptom.denials = patterns(spec.denials, doc, "symptoms[\(i)].denials", .symptomDenial, symptoms.count)
                symptom.except = patterns(spec.except, doc, "symptoms[\(i)].except", .symptomExcept, symptoms.count)
                symptoms.append(symptom)
            }
            for (i, spec) in (doc.body.risks ?? []).enumerated() where unique("risk", spec.id, doc.at("risks[\(i)].id"))
            {
                producedFacts.insert("risk.\(spec.id)")
                risks.append(
                    TermRule(
                        id: spec.id, label: spec.label,
                        patterns: patterns(spec.patterns, doc, "risks[\(i)].patterns", .risk, risks.count)))
            }
            for (i, spec) in (doc.body.context ?? []).enumerated()
            where unique("context", spec.id, doc.at("context[\(i)].id")) {
                producedFacts.insert("context.\(spec.id)")
                context.append(
                    TermRule(
                        id: spec.id, label: spec.label,
                        patterns: patterns(spec.patterns, doc, "context[\(i)].patterns", .context, context.count)))
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
                    patterns: patterns(spec.patterns, doc, "\(base).patterns", .redFlag, redFlags.count),
                    when: spec.when ?? [], message: spec.message, location: doc.at("\(base).id"))
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
            problems.append(Problem(location, "the fact '\(fact)' is never set by an extractor, symptom or risk"))
        }

        let compiledSections = compileSections(
            intentIDs: Set(intentIndex.keys), contentIDs: Set(content.keys), producedFacts: producedFacts)

        guard problems.isEmpty else { throw Problems(problems) }
        // Ids for everything else the matcher compares: concepts and their phrases,
        // keywords, negation cues. Then the table is frozen.
        let phraseIndex = concepts.link(&terms)
        for intent in intents { for term in intent.keywords.keys.sorted() { _ = terms.id(for: term) } }
        for cue in Negation.cueStems.sorted() { _ = terms.id(for: .word(cue)) }
        var cueTerms = BitSet(capacity: terms.count)
        for cue in Negation.cueStems { cueTerms.insert(terms.id(for: .word(cue))) }
        let index = RuleIndex(patterns: numbered, keywords: intents.map(\.keywords), terms: terms)

        // The analyzer: vocabulary for typo correction, phrases that protect a negation cue.
        let vocabulary = prepared.vocabulary
        // The shortest word of each stem, then the first alphabetically (lengths counted once).
        var surfaceForms: [String: String] = [:]
        for (_, word) in vocabulary.map({ ($0.count, $0) }).sorted(by: <) {
            let stem = Stemmer.stem(word)
            if surfaceForms[stem] == nil { surfaceForms[stem] = word }
        }
        let analyzer = TextAnalyzer(
            rewriter: rewriter,
            corrector: TypoCorrector(vocabulary: vocabulary, lexicon: Lexicon(texts: lexicon)),
            negation: Negation(protectedPhrases: concepts.phrases))
        return Brain(
            settings: settings, analyzer: analyzer, concepts: concepts, intents: intents, intentIndex: intentIndex,
            content: content, contentOrder: contentOrder, sections: compiledSections, slots: slots,
            symptoms: symptoms, risks: risks, context: context, redFlags: redFlags,
            index: index, phraseIndex: phraseIndex, terms: terms, cueTerms: cueTerms, surfaceForms: surfaceForms,
            conceptExamples: conceptExamples(sources.concepts))
    }

    /// The sections that own themselves, each compiled from every file's part; a top-level key
    /// that no section and not the file format claims is reported as unknown, where it is.
    private mutating func compileSections(intentIDs: Set<String>, contentIDs: Set<String>, producedFacts: Set<String>)
        -> [ObjectIdentifier: any BrainSection]
    {
        var context = SectionContext(
            intentIDs: intentIDs, contentIDs: contentIDs, producedFacts: producedFacts,
            start: documents.first?.start ?? SourceLocation(wholeFile: "Intents"))
        var compiled: [ObjectIdentifier: any BrainSection] = [:]
        var keys = BrainSchema.formatSections
        for section in sections {
            guard keys.insert(section.key).inserted else {
                problems.append(
                    Problem(
                        documents.first?.start ?? SourceLocation(wholeFile: "Intents"),
                        "the section '\(section.key)' is claimed twice; each top-level key belongs to one section"))
                continue
            }
            if let value = section.compile(from: documents, in: &context) {
                compiled[ObjectIdentifier(section)] = value
            }
        }
        problems += context.problems
        for doc in documents {
            for key in doc.sections.keys.sorted() where !keys.contains(key) {
                problems.append(BrainSchema.unknownSection(key, at: doc.at("\(key)#key"), known: Array(keys)))
            }
        }
        return compiled
    }

    /// Joins the lines an author wrapped by hand into paragraphs, so a terminal can wrap them
    /// to its own width. A blank line, or a line that starts a list item, starts a new line.
    static func unwrapped(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }  // one line: nothing to join
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = String(line[...].trimming(newlines: false))
            let startsItem =
                trimmed.hasPrefix("- ") || trimmed.hasPrefix("• ")
                || trimmed.first?.isNumber == true && trimmed.drop(while: \.isNumber).hasPrefix(". ")
            // Appended in place: joining through a copy of the paragraph so far made long
            // answers cost the square of their length.
            if !out.isEmpty, !out[out.count - 1].isEmpty, !trimmed.isEmpty, !startsItem {
                out[out.count - 1] += " "
                out[out.count - 1] += trimmed
            } else {
                out.append(trimmed.isEmpty ? "" : line)
            }
        }
        return out.joined(separator: "\n")
    }

    /// The first phrase of each concept, following `~` references.
    private func conceptExamples(_ sources: [String: BrainSources.Concept]) -> [String: String] {
        var examples: [String: String] = ["distance": "3 miles", "duration": "20 minutes", "quantity": "3 miles"]
        func first(_ name: String, depth: Int) -> String? {
            if let known = examples[name] { return known }
            guard depth < 20, let terms = sources[name]?.terms else { return nil }
            for term in terms {
                if term.hasPrefix("~") {
                    if let inner = first(String(term.dropFirst()), depth: depth + 1) { return inner }
                } else {
                    return term
                }
            }
            return nil
        }
        for name in sources.keys.sorted() { examples[name] = first(name, depth: 0) }
        return examples
    }

}

extension Substring {
    /// The text without leading and trailing white space (Unicode space separators and tab,
    /// and line breaks when `newlines`), as Foundation's `.whitespaces` and
    /// `.whitespacesAndNewlines` trim, without going through NSString.
    func trimming(newlines: Bool) -> Substring {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x20, 0x09, 0x200B: return true  // Foundation counts the zero-width space too
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return newlines
            case 0..<0x80: return false
            default: return scalar.properties.generalCategory == .spaceSeparator
            }
        }
        var scalars = unicodeScalars[...]
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return Substring(scalars)
    }
}
