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
            for phrase in merged[name]! where !phrase.isEmpty {
                if owners[phrase]?.last != name { owners[phrase, default: []].append(name) }
                // Said the way a phone message says it, without its "my", "the" or "a" ("lost
                // sight in left eye", "lost control of bladder"): the same phrase, as long as
                // three words are left ("a sore on" is no "sore on", a lone "wife" no "my wife").
                // An article that ends the phrase stays: it belongs to the words that follow in
                // the line ("moved up to my…" is no "moved up to").
                let bare = phrase.enumerated().filter {
                    $0.offset == phrase.count - 1 || !Self.articles.contains($0.element)
                }
                .map(\.element)
                if bare.count < phrase.count, bare.count >= 3, owners[bare]?.last != name {
                    owners[bare, default: []].append(name)
                }
            }
        }
        names = merged.keys.sorted()
        phrases = owners.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map {
            Phrase(stems: $0.key, concepts: $0.value)
        }
    }

    /// The stems a phrase may be said without.
    static let articles: Set<String> = ["my", "the", "a", "an"]

    package init(names: [String], phrases: [Phrase]) {
        self.names = names
        self.phrases = phrases
    }
}
