/// Every distinct phrase of a brain's concepts (the built-in ones too), each with the
/// concepts it stands for, sorted by phrase: the form the engine indexes. Grouping is
/// hashing arrays of strings, so the build does it for the built-in brain.
public struct ConceptPhrases: Sendable, Equatable {
    public struct Phrase: Sendable, Equatable {
        public let stems: [String]
        /// Sorted.
        public let concepts: [String]

        package init(stems: [String], concepts: [String]) {
            self.stems = stems
            self.concepts = concepts
        }
    }

    /// Every concept name, sorted.
    public let names: [String]
    public let phrases: [Phrase]

    /// `resolved` maps a concept name to its phrases, already flattened and stemmed.
    public init(resolved: [String: [[String]]]) {
        var merged = BuiltInConcepts.phrases
        for (name, list) in resolved { merged[name, default: []] += list }
        var owners: [[String]: [String]] = [:]
        for name in merged.keys.sorted() {
            for phrase in merged[name]! where !phrase.isEmpty && owners[phrase]?.last != name {
                owners[phrase, default: []].append(name)
            }
        }
        names = merged.keys.sorted()
        phrases = owners.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map {
            Phrase(stems: $0.key, concepts: $0.value)
        }
    }

    package init(names: [String], phrases: [Phrase]) {
        self.names = names
        self.phrases = phrases
    }
}
