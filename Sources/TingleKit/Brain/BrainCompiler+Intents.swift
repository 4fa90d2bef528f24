import BrainFormat
import TingleText

/// The brain's intents, what they answer with, and the names the engine reads.
struct CompiledIntents {
    var intents: [Intent] = []
    var index: [String: Int] = [:]
    /// The intent each offer leads to, with its place (checked once every intent is known).
    var offers: [(String, SourceLocation)] = []
    /// The content each answer names, with its intent and where that intent is (checked
    /// against the content, which is compiled beside the intents; the place of an answer is
    /// worked out only for one that names nothing).
    var answers: [(content: String, intent: String, document: Int, index: Int)] = []
}

extension BrainCompiler {
    /// The content entries, in the order written (a repeated id is a problem).
    mutating func compileContent() -> (content: [String: ContentEntry], order: [String]) {
        var content: [String: ContentEntry] = [:]
        var contentOrder: [String] = []
        // Room for all at once: grown by doubling, a big brain's table had room for twice as many.
        let count = documents.reduce(0) { $0 + ($1.body.content?.count ?? 0) }
        content.reserveCapacity(count)
        contentOrder.reserveCapacity(count)
        for doc in documents {
            for (i, entry) in (doc.body.content ?? []).enumerated() {
                let base = PlacePath("content").index(i)
                let location = doc.at(base.key("id"))
                if let existing = content[entry.id] {
                    problems.append(
                        Problem(location, "content '\(entry.id)' is already defined at \(existing.location)"))
                    continue
                }
                var compiled = ContentEntry(
                    id: entry.id, title: entry.title, source: entry.source,
                    text: Self.unwrapped(String(entry.text[...].trimming(newlines: true))),
                    location: location)
                compiled.sourceLocation = doc.at(base.key("source"))
                content[entry.id] = compiled
                contentOrder.append(entry.id)
            }
        }
        return (content, contentOrder)
    }

    /// The intents, their patterns linked in order, their keywords and answers.
    mutating func compileIntents(_ linker: inout PatternLinker) -> CompiledIntents {
        var intents: [Intent] = []
        var intentIndex: [String: Int] = [:]
        var offers: [(String, SourceLocation)] = []
        var answers: [(content: String, intent: String, document: Int, index: Int)] = []
        // Room for all at once: grown by doubling, a big brain's list had room for twice as many.
        let count = documents.reduce(0) { $0 + ($1.body.intents?.count ?? 0) }
        intents.reserveCapacity(count)
        intentIndex.reserveCapacity(count)
        answers.reserveCapacity(count)
        for (d, doc) in documents.enumerated() {
            for (i, spec) in (doc.body.intents ?? []).enumerated() {
                let base = PlacePath("intents").index(i)
                let location = doc.at(base.key("id"))
                if let existing = intentIndex[spec.id] {
                    problems.append(
                        Problem(location, "intent '\(spec.id)' is already defined at \(intents[existing].location)"))
                    continue
                }
                var compiled: [(Pattern, SourceLocation)] = []
                let patterns = base.key("patterns")
                for (k, source) in (spec.patterns ?? []).enumerated() {
                    let location = doc.at(patterns.index(k))
                    let owner = RuleIndex.Owner(kind: .intent, rule: Int32(intents.count), item: Int32(compiled.count))
                    if let p = linker.pattern(source, location, owner: owner) { compiled.append((p, location)) }
                }
                var keywords: [Term: Double] = [:]
                for (key, weight) in spec.keywords ?? [:] {
                    if key.hasPrefix("~") {
                        let name = String(key.dropFirst())
                        if !linker.concepts.names.contains(name) {
                            problems.append(
                                Problem(
                                    doc.at("intents[\(i)].keywords.\(key)#key"),
                                    "keyword '\(key)' names an unknown concept"))
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
                if let answer = spec.answer { answers.append((answer, spec.id, d, i)) }
                if let offer = spec.offer { offers.append((offer.intent, doc.at(base.key("offer").key("intent")))) }
                let examples = spec.examples ?? []
                intentIndex[spec.id] = intents.count
                var intent = Intent(
                    id: spec.id, patterns: compiled.map(\.0), patternLocations: compiled.map(\.1), keywords: keywords,
                    examples: examples,
                    exampleLocations: examples.indices.map { doc.at(base.key("examples").index($0)) },
                    answer: spec.answer, offer: spec.offer.map { Offer(ask: $0.ask, intent: $0.intent) },
                    priority: spec.priority ?? 0, isTopic: spec.topic ?? false, location: location)
                intent.counterExamples = (spec.counterExamples ?? []).enumerated().map {
                    ($1, doc.at(base.key("counterExamples").index($0)))
                }
                intents.append(intent)
            }
        }
        return CompiledIntents(intents: intents, index: intentIndex, offers: offers, answers: answers)
    }

    /// The names the engine reads, checked against the brain: the content answers name,
    /// concepts, the intents settings and offers name, and the intents the dialogue needs.
    mutating func checkNames(
        _ compiled: CompiledIntents, content: [String: ContentEntry], settings: Brain.Settings,
        intentReferences: [(id: String, setting: String, location: SourceLocation)], concepts: ConceptTable
    ) {
        let intentIndex = compiled.index
        let offers = compiled.offers
        for (answer, intent, d, i) in compiled.answers where content[answer] == nil {
            problems.append(
                Problem(
                    documents[d].at(PlacePath("intents").index(i).key("answer")),
                    "intent '\(intent)' answers with unknown content '\(answer)'"))
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
    }
}
