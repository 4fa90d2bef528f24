import BrainFormat
import PatternLanguage
import TingleText

/// Turns decoded brain documents into a `Brain`: merges the files, compiles patterns
/// and concepts, resolves references, and builds the text analyzer and rule index.
struct BrainCompiler {

    private(set) var documents: [BrainFile] = []
    /// The text of each lexicon file (see `Lexicon`).
    private(set) var lexicon: [String] = []
    var problems: [Problem] = []
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
        let sources = BrainSources(documents)
        problems += sources.problems
        let (settings, intentReferences) = compileSettings()
        // The slow, independent work (every distinct pattern parsed, the concepts expanded),
        // done by the build for the built-in brain; linking numbers the patterns in order,
        // below, so brains build the same every time.
        let prepared = preparation ?? BrainPreparation(sources)
        let (concepts, parsed) = onBothCores(
            { ConceptTable(prepared.concepts) },
            {
                prepared.patterns.compactMapValues { outcome -> Pattern? in
                    if case .parsed(let parsed) = outcome { Pattern(parsed) } else { nil }
                }
            })
        problems += prepared.conceptProblems
        var linker = PatternLinker(prepared: prepared, parsed: parsed, concepts: concepts)

        let content = compileContent()
        let intents = compileIntents(&linker, content: content.content)
        checkNames(intents, settings: settings, intentReferences: intentReferences, concepts: concepts)
        let dialogue = compileDialogue(&linker)
        let sections = compileSections(
            intentIDs: Set(intents.index.keys), contentIDs: Set(content.content.keys),
            producedFacts: dialogue.producedFacts)
        problems += linker.problems

        guard problems.isEmpty else { throw Problems(problems) }
        // Ids for everything else the matcher compares: concepts and their phrases,
        // keywords, negation cues. Then the table is frozen.
        var terms = linker.terms
        let phraseIndex = concepts.link(&terms)
        for intent in intents.intents { for term in intent.keywords.keys.sorted() { _ = terms.id(for: term) } }
        for cue in Negation.cueStems.sorted() { _ = terms.id(for: .word(cue)) }
        var cueTerms = BitSet(capacity: terms.count)
        for cue in Negation.cueStems { cueTerms.insert(terms.id(for: .word(cue))) }
        let index = RuleIndex(patterns: linker.numbered, keywords: intents.intents.map(\.keywords), terms: terms)

        // The analyzer: vocabulary for typo correction, phrases that protect a negation cue.
        let vocabulary = prepared.vocabulary
        // The shortest word of each stem, then the first alphabetically (lengths counted once).
        var surfaceForms: [String: String] = [:]
        for (_, word) in vocabulary.map({ ($0.count, $0) }).sorted(by: <) {
            let stem = Stemmer.stem(word)
            if surfaceForms[stem] == nil { surfaceForms[stem] = word }
        }
        let analyzer = TextAnalyzer(
            rewriter: sources.rewriter,
            corrector: TypoCorrector(vocabulary: vocabulary, lexicon: Lexicon(texts: lexicon)),
            negation: Negation(protectedPhrases: concepts.phrases))
        return Brain(
            settings: settings, analyzer: analyzer, concepts: concepts, intents: intents.intents,
            intentIndex: intents.index, content: content.content, contentOrder: content.order, sections: sections,
            slots: dialogue.slots, symptoms: dialogue.symptoms, risks: dialogue.risks, context: dialogue.context,
            redFlags: dialogue.redFlags,
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
