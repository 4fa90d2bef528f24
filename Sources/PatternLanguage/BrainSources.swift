import BrainFormat
import TingleText

/// What a brain's preparation reads of its documents: the concepts, the rewrites and every
/// pattern source, gathered in the files' order (which decides duplicates). The compiler
/// reads the concepts and the rewriter from here too, so the build's preparation and the
/// load's agree on them.
package struct BrainSources: Sendable {
    package struct Concept: Sendable {
        package let terms: [String]
        package let location: SourceLocation
    }

    package let concepts: [String: Concept]
    /// A concept defined twice, reported at its second definition.
    package let problems: [Problem]
    /// The brain's `rewrites:`, applied to pattern words as they are to input.
    package let rewriter: PhraseRewriter
    /// Every pattern source, each once, in the order the files give them; empty when not
    /// `listed` (a brain whose patterns come prepared, or linked, needs no list of them).
    package let patterns: [String]

    package init(_ documents: [BrainFile], patterns listed: Bool = true) {
        var rewrites: [String: String] = [:]
        var concepts: [String: Concept] = [:]
        var problems: [Problem] = []
        var patterns: [String] = []
        var seen: Set<String> = []
        func add(_ list: [String]?) {
            guard listed else { return }
            for source in list ?? [] where seen.insert(source).inserted { patterns.append(source) }
        }
        for doc in documents {
            for (name, terms) in doc.body.concepts ?? [:] {
                let location = doc.at("concepts.\(name)#key")
                if let existing = concepts[name] {
                    problems.append(Problem(location, "concept '\(name)' is already defined at \(existing.location)"))
                }
                concepts[name] = Concept(terms: terms, location: location)
            }
            for (from, to) in doc.body.rewrites ?? [:] {
                rewrites[TextNormalizer.normalize(from)] = TextNormalizer.normalize(to)
            }
            for intent in doc.body.intents ?? [] { add(intent.patterns) }
            for slot in doc.body.slots ?? [] {
                add(slot.extractors?.map(\.pattern))
                add(slot.extractors?.flatMap { $0.except ?? [] })
                add(slot.none)
            }
            for rule in (doc.body.symptoms ?? []) + (doc.body.risks ?? []) + (doc.body.context ?? []) {
                add(rule.patterns)
                add(rule.denials)
                add(rule.except)
            }
            for rule in doc.body.redFlags ?? [] {
                add(rule.patterns)
                add(rule.except)
            }
        }
        self.concepts = concepts
        self.problems = problems
        self.patterns = patterns
        rewriter = PhraseRewriter(rewrites)
    }
}
