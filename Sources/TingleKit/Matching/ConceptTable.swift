/// The brain's concepts (named synonym sets) compiled into phrases of stems, indexed
/// by their first stem so finding every concept in an input costs one lookup a word.
public struct ConceptTable: Sendable {
    /// Concepts every brain has: quantities read by the tokenizer.
    public static let builtIn: [String: [[String]]] = [
        "distance": [["#distance"]],
        "duration": [["#duration"]],
        "quantity": [["#distance"], ["#duration"]],
    ]

    private struct Entry: Sendable {
        let stems: [String]
        let concepts: [String]
    }

    public let names: Set<String>
    /// Ids of the terms the brain's patterns require; filled in while the brain compiles.
    public internal(set) var terms = TermTable()
    private let byFirstStem: [String: [Entry]]
    /// Every phrase of every concept, as stems, for the typo vocabulary and negation.
    public let phrases: [[String]]

    /// `phrases` maps a concept name to its phrases, already flattened and stemmed.
    public init(phrases: [String: [[String]]]) {
        var merged = Self.builtIn
        for (name, list) in phrases { merged[name, default: []] += list }
        var owners: [[String]: Set<String>] = [:]
        for (name, list) in merged {
            for phrase in list where !phrase.isEmpty { owners[phrase, default: []].insert(name) }
        }
        var byFirst: [String: [Entry]] = [:]
        for (stems, names) in owners.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            byFirst[stems[0], default: []].append(Entry(stems: stems, concepts: names.sorted()))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.stems.count > $1.stems.count } }
        self.names = Set(merged.keys)
        self.byFirstStem = byFirst
        self.phrases = owners.keys.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// For each token position, the concepts whose phrases start there and their lengths.
    func marks(in tokens: [Token]) -> [[ConceptMark]] {
        var marks = [[ConceptMark]](repeating: [], count: tokens.count)
        for i in tokens.indices {
            guard let entries = byFirstStem[tokens[i].stem] else { continue }
            for entry in entries where i + entry.stems.count <= tokens.count {
                var matches = true
                for k in 1..<entry.stems.count where tokens[i + k].stem != entry.stems[k] {
                    matches = false
                    break
                }
                guard matches else { continue }
                for name in entry.concepts { marks[i].append(ConceptMark(concept: name, length: entry.stems.count)) }
            }
        }
        return marks
    }
}

public struct ConceptMark: Sendable, Hashable {
    public let concept: String
    public let length: Int
}
