import BrainFormat
import PatternLanguage
import TingleText

/// Turns decoded brain documents into a `Brain`: merges the files, compiles patterns
/// and concepts, resolves references, and builds the text analyzer and rule index.
struct BrainCompiler {

    private(set) var documents: [BrainFile] = []
    /// The text of each lexicon file (see `Lexicon`).
    private(set) var lexicon: [String] = []
    /// Where the words of the one lexicon start, when the build found it sorted and clean
    /// (the built-in brain's): it is then not checked again.
    var lexiconStart: Int?
    var problems: [Problem] = []
    /// The documents' preparation, when the build made it (the built-in brain); otherwise
    /// `compile` prepares them itself.
    var preparation: BrainPreparation?
    /// The documents' sources, the concept table and the parsed patterns as `Pattern`s, when
    /// they were made while the snapshots were read (`BrainLoader.compiler(documents:preparation:)`).
    var preread: (sources: BrainSources, concepts: ConceptTable, patterns: [String: Pattern])?
    /// The sections that own themselves which this brain is compiled with.
    var sections: [any BrainSection.Type] = BrainSections.standard
    /// Whether the intents and the dialogue are linked on both cores (`linkRules`); false
    /// links them one after the other, which a test compares it with.
    var linksInParallel = true
    /// The brain linked before (see `LinkedBrain`): its programs are taken, not made again.
    var prelinked: LinkedBrain?
    /// Whether `compile` keeps what linking made, in `linkedRecord`, for the build to embed.
    var recordsLinking = false
    private(set) var linkedRecord: LinkedBrain?
    /// The number of the dialogue's first pattern (the intents' patterns come before).
    private var firstOfDialogue = 0

    mutating func addLexicon(_ file: BrainSourceFile) {
        lexicon.append(file.text)
    }

    /// Adds files read by `parse`, in the order given (the order decides ties and duplicates).
    mutating func add(_ parsed: ParsedBrainFile) {
        problems += parsed.problems
        if let document = parsed.document { documents.append(document) }
    }

    // MARK: - Compiling

    /// The brain, once. Compiling lets go of the documents as it goes (a big brain's would
    /// otherwise be held beside the finished brain): a compiler compiles once.
    mutating func compile() throws(Problems) -> Brain {
        guard problems.isEmpty else { throw Problems(problems) }
        let sources = preread?.sources ?? BrainSources(documents)
        problems += sources.problems
        let (settings, intentReferences) = compileSettings()
        // The slow, independent work (every distinct pattern parsed, the concepts expanded),
        // done by the build for the built-in brain; linking numbers the patterns in order,
        // below, so brains build the same every time.
        var prepared = preparation ?? BrainPreparation(sources)
        let concepts: ConceptTable
        var parsed: [String: Pattern]
        if let preread {
            (concepts, parsed) = (preread.concepts, preread.patterns)
        } else {
            let toParse = prepared
            (concepts, parsed) = onBothCores({ ConceptTable(toParse.concepts) }, { Self.patterns(toParse.patterns) })
        }
        problems += prepared.conceptProblems
        let (rules, intents, dialogue, content) = linkRules(
            prepared: prepared, parsed: parsed, concepts: concepts, settings: settings,
            intentReferences: intentReferences)
        var linker = consume rules
        problems += linker.problems
        // Every pattern is linked and every rule compiled: what they were made from is let go
        // before the last tables are made (only the sections are still to read, from what is
        // left of the documents). Held to the end, it was a quarter of the peak of loading a
        // big brain.
        documents = documents.map(\.withoutRules)
        linker.finishLinking()
        parsed = [:]
        prepared.patterns = [:]
        preparation?.patterns = [:]
        preread?.patterns = [:]
        // What the analyzer still reads of the preparation: its vocabulary.
        let vocabulary = prepared

        // What is left is two independent halves, one on each core: the sections; the text
        // analyzer and the rest of the term table (only for a brain without problems so far:
        // its patterns are all linked), grown in the linker's own table, handed over in a box:
        // grown in a copy, a big brain's table was there twice at the peak of loading it. The
        // analyzer goes with the terms because a record of linking (`prelinked`) makes linking
        // the concepts' phrases, the terms' largest part, almost nothing.
        let linkTerms = problems.isEmpty
        // The negation cues by stem, for the table of terms the matcher tells cues by (the
        // analyzer's `Negation` stems the same words the same way).
        let cueStems = Negation.stems(ofCues: Self.singleWords(of: ConceptKey.negationCues.rawValue, in: sources))
        let box = Handed(consume linker)
        let ((sections, sectionProblems), (analyzer, phrasesAndCues)) = {
            let compiler = self
            return onBothCores(
                {
                    compiler.compileSections(
                        intentIDs: Set(intents.index.keys), contentIDs: Set(content.content.keys),
                        producedFacts: dialogue.producedFacts, slotIDs: Set(dialogue.slots.map(\.id)),
                        conceptNames: concepts.names)
                },
                {
                    let terms =
                        linkTerms
                        ? Self.completeTerms(
                            &box.value!.terms, concepts: concepts, intents: intents, cueStems: cueStems,
                            recorded: compiler.prelinked)
                        : nil
                    return (compiler.analyzer(sources: sources, prepared: vocabulary, concepts: concepts), terms)
                })
        }()
        problems += sectionProblems
        // Every document is read now: let them go before the last tables are made, or a big
        // brain's documents and its finished tables were all there at the peak of loading it.
        documents = []
        guard problems.isEmpty, let (phraseIndex, cueTerms) = phrasesAndCues else { throw Problems(problems) }
        let linked = box.take()
        if recordsLinking {
            linkedRecord = LinkedBrain(
                terms: linked.terms.terms, patterns: linked.numbered.map(\.0), firstOfDialogue: firstOfDialogue,
                phrases: phraseIndex)
        }
        let (terms, index) = onBothCores(
            { linked.terms.frozen() },
            { RuleIndex(patterns: linked.numbered, keywords: intents.intents.map(\.keywords), terms: linked.terms) })
        // The linker's own table, keyed by term, is let go at once: a big brain's is 1.4 MB,
        // and freed in the background it outlived the start of the first turn.
        _ = consume linked
        return Brain(
            settings: settings, analyzer: analyzer, concepts: concepts, intents: intents.intents,
            intentIndex: intents.index, content: content.content, contentOrder: content.order, sections: sections,
            slots: dialogue.slots, symptoms: dialogue.symptoms, risks: dialogue.risks, context: dialogue.context,
            redFlags: dialogue.redFlags,
            index: index, phraseIndex: phraseIndex, terms: terms, cueTerms: cueTerms,
            conceptExamples: conceptExamples(sources.concepts))
    }

    /// The intents and the dialogue rules, their patterns linked in that order (intents
    /// first), and the content the intents answer with.
    ///
    /// Linking is most of compiling and the two halves are independent, so with
    /// `linksInParallel` each half is linked on its own core, by a linker of its own, the
    /// content compiled beside the lighter dialogue; the dialogue's terms and patterns are then
    /// numbered after the intents' (`PatternLinker.append`), which gives the brain linking
    /// them one after the other gives. (Problems are sorted by place when reported, so the
    /// order they are found in does not matter.)
    private mutating func linkRules(
        prepared: BrainPreparation, parsed: [String: Pattern], concepts: ConceptTable, settings: Brain.Settings,
        intentReferences: [(id: String, setting: String, location: SourceLocation)]
    ) -> (PatternLinker, CompiledIntents, DialogueRules, (content: [String: ContentEntry], order: [String])) {
        guard linksInParallel else {
            var linker = PatternLinker(prepared: prepared, parsed: parsed, concepts: concepts, prelinked: prelinked)
            let content = compileContent()
            let intents = compileIntents(&linker)
            firstOfDialogue = linker.numbered.count
            checkNames(
                intents, content: content.content, settings: settings, intentReferences: intentReferences,
                concepts: concepts)
            let dialogue = compileDialogue(&linker)
            return (linker, intents, dialogue, content)
        }
        let before = self
        let start = problems.count
        let ((intentProblems, intentLinker, intents), (dialogueProblems, dialogueLinker, rules, content)) = onBothCores(
            {
                var compiler = before
                var intentLinker = PatternLinker(
                    prepared: prepared, parsed: parsed, concepts: concepts, prelinked: before.prelinked)
                let intents = compiler.compileIntents(&intentLinker)
                return (compiler.problems[start...], intentLinker, intents)
            },
            {
                var compiler = before
                var dialogueLinker = PatternLinker(
                    prepared: prepared, parsed: parsed, concepts: concepts, forAll: false, prelinked: before.prelinked)
                let content = compiler.compileContent()
                let rules = compiler.compileDialogue(&dialogueLinker)
                return (compiler.problems[start...], dialogueLinker, rules, content)
            })
        problems += intentProblems
        problems += dialogueProblems
        // Taken, not copied: the table grows in place (a copy of a 10,000-intent brain's is 2 MB).
        firstOfDialogue = intentLinker.numbered.count
        var linker = consume intentLinker
        checkNames(
            intents, content: content.content, settings: settings, intentReferences: intentReferences,
            concepts: concepts)
        let moved = linker.append(dialogueLinker)
        return (linker, intents, moved.map(rules.renumbered) ?? rules, content)
    }

    /// Ids for everything else the matcher compares (concepts and their phrases, keywords,
    /// negation cues), after the patterns' own, and the indexes of the phrases and the cues.
    private static func completeTerms(
        _ terms: inout TermTable, concepts: ConceptTable, intents: CompiledIntents, cueStems: Set<String>,
        recorded: LinkedBrain?
    ) -> (PhraseIndex, BitSet) {
        // The record's table already holds every concept and stem, numbered as it indexes them.
        let phraseIndex = recorded?.phrases(for: concepts, termCount: terms.count) ?? concepts.link(&terms)
        for intent in intents.intents { for term in intent.keywords.keys.sorted() { _ = terms.id(for: term) } }
        for cue in cueStems.sorted() { _ = terms.id(for: .word(cue)) }
        var cueTerms = BitSet(capacity: terms.count)
        for cue in cueStems { cueTerms.insert(terms.id(for: .word(cue))) }
        return (phraseIndex, cueTerms)
    }

    /// The text analyzer: vocabulary for typo correction, phrases that protect a negation cue,
    /// and the discourse markers a question may open with (the `~lead_words` concept's own
    /// phrases, when the brain has it).
    private func analyzer(sources: BrainSources, prepared: BrainPreparation, concepts: ConceptTable) -> TextAnalyzer {
        let checked = lexiconStart.flatMap { start in
            lexicon.count == 1 ? Lexicon(checkedSorted: lexicon[0], start: start) : nil
        }
        let leadIns = (sources.concepts[Self.leadInConcept]?.terms ?? []).filter { !$0.hasPrefix("~") }.map {
            TextNormalizer.normalize($0).split(separator: " ").map(String.init)
        }
        // Single words only: a verb straight after the cue.
        let raising = Self.singleWords(of: Self.raisingConcept, in: sources)
        return TextAnalyzer(
            rewriter: sources.rewriter,
            corrector: TypoCorrector(
                vocabulary: prepared.vocabulary.union(sources.rewriter.sourceWords),
                lexicon: checked ?? Lexicon(texts: lexicon)),
            negation: Negation(
                cues: Self.singleWords(of: ConceptKey.negationCues.rawValue, in: sources),
                protectedPhrases: concepts.phrases, raising: raising,
                parts: Self.singleWords(of: Self.barePartConcept, in: sources).union(
                    Self.singleWords(of: Self.anyPartConcept, in: sources)),
                partCompounds: Self.singleWords(of: Self.partCompoundConcept, in: sources),
                phraseCues: (sources.concepts[Self.negationPhrasesConcept]?.terms ?? []).filter { !$0.hasPrefix("~") }
                    .map { TextNormalizer.normalize($0).split(separator: " ").map(String.init) }),
            leadIns: leadIns)
    }

    /// A concept's single words, normalised: what the text stage's word lists are made of.
    static func singleWords(of concept: String, in sources: BrainSources) -> Set<String> {
        Set(
            (sources.concepts[concept]?.terms ?? []).map(TextNormalizer.normalize).filter {
                !$0.contains(" ") && !$0.hasPrefix("~")
            })
    }

    /// The concept of negation cues of two words or more ("ruled out", "free of"); a brain
    /// without it has only the single words of `negation_cues`.
    static let negationPhrasesConcept = "negation_phrases"

    /// The concept whose phrases are discourse markers ("so", "ok", "quick question"); a brain
    /// without it has none.
    static let leadInConcept = "lead_words"
    /// The verbs that pass a negation on to the clause they introduce ("don't think I have");
    /// a brain without the concept has none.
    static let raisingConcept = "negation_raising"
    /// Body parts, and the nouns that make a name with one: a list a negation reads on past a
    /// comma stops at an item that says something of a part ("groin numb"); a brain without
    /// them reads every short item as one more thing denied.
    static let barePartConcept = "context_bare_part"
    static let anyPartConcept = "context_any_part"
    static let partCompoundConcept = "context_part_compound"

    /// The patterns that parsed, by source.
    static func patterns(_ outcomes: [String: BrainPreparation.Outcome]) -> [String: Pattern] {
        outcomes.compactMapValues { outcome -> Pattern? in
            if case .parsed(let parsed) = outcome { Pattern(parsed) } else { nil }
        }
    }

    /// The sections that own themselves, each compiled from every file's part; a top-level key
    /// that no section and not the file format claims is reported as unknown, where it is.
    private func compileSections(
        intentIDs: Set<String>, contentIDs: Set<String>, producedFacts: Set<String>, slotIDs: Set<String>,
        conceptNames: Set<String>
    ) -> ([ObjectIdentifier: any BrainSection], [Problem]) {
        var problems: [Problem] = []
        var context = SectionContext(
            intentIDs: intentIDs, contentIDs: contentIDs, producedFacts: producedFacts,
            start: documents.first?.start ?? SourceLocation(wholeFile: "Intents"))
        context.slotIDs = slotIDs
        context.conceptNames = conceptNames
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
        return (compiled, problems)
    }

    /// The lines of `text`, as splitting it at the Character "\n" gives them, found by their
    /// bytes: splitting by Character walks every grapheme cluster, and was nearly all of the
    /// cost of loading the answers (11M instructions of each start). A line feed always ends
    /// a Character except after a carriage return ("\r\n" is one), so such a pair is kept
    /// inside its line.
    private static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == 0x0A, index == bytes.startIndex || bytes[bytes.index(before: index)] != 0x0D {
                lines.append(text[start..<index])
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }

    /// Joins the lines an author wrapped by hand into paragraphs, so a terminal can wrap them
    /// to its own width. A blank line, or a line that starts a list item, starts a new line.
    static func unwrapped(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }  // one line: nothing to join
        var out: [String] = []
        for line in lines(of: text) {
            let trimmed = String(line.trimming(newlines: false))
            let startsItem =
                trimmed.hasPrefix("- ") || trimmed.hasPrefix("• ")
                || trimmed.first?.isNumber == true && trimmed.drop(while: \.isNumber).hasPrefix(". ")
            // Appended in place: joining through a copy of the paragraph so far made long
            // answers cost the square of their length.
            if !out.isEmpty, !out[out.count - 1].isEmpty, !trimmed.isEmpty, !startsItem {
                out[out.count - 1] += " "
                out[out.count - 1] += trimmed
            } else {
                out.append(trimmed.isEmpty ? "" : String(line))
            }
        }
        return out.joined(separator: "\n")
    }

    /// The first phrase of each concept, following `~` references.
    private func conceptExamples(_ sources: [String: BrainSources.Concept]) -> [String: String] {
        var examples: [String: String] = [
            "distance": "3 miles", "duration": "20 minutes", "quantity": "3 miles", "long_distance": "500 miles",
            "mileage": "300 miles",
        ]
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
