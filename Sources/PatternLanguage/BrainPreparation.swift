import BrainFormat
import Dispatch
import Synchronization
import TingleText

/// The slow, pure part of compiling a brain: every distinct pattern parsed, every concept
/// flattened into phrases of stems, and the words of both (the typo corrector's vocabulary).
/// It depends on nothing but the brain's documents, so the build prepares the built-in
/// brain once and embeds the result (`encode`, `decode`), and starting reads it instead of
/// parsing; a brain read from a folder is prepared as it loads.
public struct BrainPreparation: Sendable, Equatable {
    public enum Outcome: Sendable, Hashable {
        case parsed(ParsedPattern)
        case failed(PatternParser.SyntaxError)
    }

    /// The concepts' phrases, their `~` includes expanded, grouped as the engine indexes them.
    package var concepts = ConceptPhrases(names: [], phrases: [])
    package var conceptProblems: [Problem] = []
    /// Every pattern source of the brain, parsed or refused.
    package var patterns: [String: Outcome] = [:]
    /// The words of every pattern and concept phrase, for typo correction.
    package var vocabulary: Set<String> = []

    /// Prepares the brain the documents make, on every core. Each task has its own word
    /// cache; the result does not depend on how the work is split.
    package init(_ sources: BrainSources) {
        let rewriter = sources.rewriter
        let patterns = sources.patterns
        // Three pieces of patterns beside the concepts: two cores share four similar tasks
        // more evenly than three unequal ones.
        let workers = 3
        let result = Mutex(
            BrainPreparation(
                concepts: ConceptPhrases(names: [], phrases: []), conceptProblems: [], patterns: [:], vocabulary: []))
        DispatchQueue.concurrentPerform(iterations: workers + 1) { task in
            var vocabulary: Set<String> = []
            if task == workers {
                var problems: [Problem] = []
                let resolved = ConceptPhrases(
                    resolved: Self.resolveConcepts(sources.concepts, rewriter: rewriter, problems: &problems))
                for term in sources.concepts.values.flatMap(\.terms) { Self.addVocabulary(of: term, to: &vocabulary) }
                result.withLock {
                    $0.concepts = resolved
                    $0.conceptProblems = problems
                    $0.vocabulary.formUnion(vocabulary)
                }
                return
            }
            let cache = PatternParser.WordCache()
            var parsed: [String: Outcome] = [:]
            for source in patterns[(patterns.count * task / workers)..<(patterns.count * (task + 1) / workers)] {
                do throws(PatternParser.SyntaxError) {
                    parsed[source] = .parsed(try PatternParser.parse(source, rewriter: rewriter, cache: cache))
                } catch {
                    parsed[source] = .failed(error)
                }
                Self.addVocabulary(of: source, to: &vocabulary)
            }
            result.withLock {
                $0.patterns.merge(parsed) { first, _ in first }
                $0.vocabulary.formUnion(vocabulary)
            }
        }
        self = result.withLock { $0 }
    }

    package init(
        concepts: ConceptPhrases, conceptProblems: [Problem], patterns: [String: Outcome],
        vocabulary: Set<String>
    ) {
        self.concepts = concepts
        self.conceptProblems = conceptProblems
        self.patterns = patterns
        self.vocabulary = vocabulary
    }

    /// Whether a word is all letters; ASCII first, since Unicode property lookups are slow.
    static func isLetters(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
        }
        return word.allSatisfy(\.isLetter)
    }

    /// The words of a pattern or phrase that are all letters, as the typo corrector's vocabulary.
    private static func addVocabulary(of source: String, to vocabulary: inout Set<String>) {
        // Quantities are not read: a pattern's words are words, and reading them was a
        // fifth of loading the brain.
        for word in Tokenizer.plainWords(in: TextNormalizer.normalize(source)) where isLetters(word.text) {
            vocabulary.insert(word.text)
        }
    }

    /// Phrases one concept may stand for once its `~` includes are expanded. The largest
    /// built-in concept has a few dozen; a concept that includes the next one twice, 26
    /// deep, would stand for 2²⁶ (repeats are dropped, so only distinct phrases count).
    public static let maxConceptPhrases = 10_000

    /// Flattens concepts (a term `~other` includes another concept) into stem phrases,
    /// each phrase once.
    private static func resolveConcepts(
        _ sources: [String: BrainSources.Concept], rewriter: PhraseRewriter, problems: inout [Problem]
    ) -> [String: [[String]]] {
        var resolved: [String: [[String]]] = [:]
        var visiting: Set<String> = []
        func resolve(_ name: String) -> [[String]] {
            if let done = resolved[name] { return done }
            if let builtIn = BuiltInConcepts.phrases[name] { return builtIn }
            guard let source = sources[name] else { return [] }
            if visiting.contains(name) {
                problems.append(Problem(source.location, "concept '\(name)' includes itself through '~' references"))
                return []
            }
            visiting.insert(name)
            var phrases: [[String]] = []
            var seen: Set<[String]> = []
            var tooMany = false
            func add(_ phrase: [String]) {
                guard !tooMany, seen.insert(phrase).inserted else { return }
                if phrases.count == maxConceptPhrases {
                    tooMany = true
                    problems.append(
                        Problem(
                            source.location,
                            "concept '\(name)' stands for more than \(maxConceptPhrases) phrases once its '~' includes are expanded; include fewer concepts"
                        ))
                    return
                }
                phrases.append(phrase)
            }
            if source.terms.isEmpty {
                problems.append(
                    Problem(source.location, "concept '\(name)' has no phrases; give it at least one, or remove it"))
            }
            // The stems of literal words, as the input's are read.
            func stems(of words: String) -> [String] {
                Tokenizer.words(in: TextNormalizer.normalize(words), rewriter: rewriter).map {
                    $0.measure?.stem ?? Stemmer.stem($0.text)
                }
            }
            for term in source.terms {
                let parts = term.split(separator: " ", omittingEmptySubsequences: true)
                if parts.count > 1, parts.contains(where: { $0.hasPrefix("~") }) {
                    // A phrase with a concept inside it ("my ~young_age"): one phrase for each
                    // of that concept's, the words around it kept, so a family of phrases
                    // ("my 14 year old", "my 16yo") is written once.
                    var expanded: [[String]] = [[]]
                    for part in parts {
                        let alternatives: [[String]]
                        if part.hasPrefix("~") {
                            let inner = String(part.dropFirst())
                            if sources[inner] == nil && BuiltInConcepts.phrases[inner] == nil {
                                problems.append(
                                    Problem(source.location, "concept '\(name)' includes the unknown concept '\(part)'")
                                )
                            }
                            alternatives = resolve(inner)
                        } else {
                            alternatives = [stems(of: String(part))]
                        }
                        expanded = expanded.flatMap { head in alternatives.map { head + $0 } }
                    }
                    for phrase in expanded where !phrase.isEmpty { add(phrase) }
                } else if term.hasPrefix("~") {
                    let inner = String(term.dropFirst())
                    if sources[inner] == nil && BuiltInConcepts.phrases[inner] == nil {
                        problems.append(
                            Problem(source.location, "concept '\(name)' includes the unknown concept '\(term)'"))
                    }
                    for phrase in resolve(inner) { add(phrase) }
                } else {
                    let phrase = stems(of: term)
                    if phrase.isEmpty {
                        problems.append(
                            Problem(
                                source.location,
                                "concept '\(name)' has the phrase '\(term)', which holds no word (punctuation and emoji are not read); remove it"
                            ))
                    } else {
                        add(phrase)
                    }
                }
            }
            visiting.remove(name)
            resolved[name] = phrases
            return phrases
        }
        for name in sources.keys.sorted() { _ = resolve(name) }
        return resolved
    }
}
