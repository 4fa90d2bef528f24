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
    private let byFirstStem: [String: [Entry]]
    /// Every phrase of every concept, as stems, for the typo vocabulary and negation.
    public let phrases: [[String]]

    /// The phrases again in the brain's term ids (see `link`), indexed by the id of their
    /// first stem: finding every concept in an input costs one array read a word.
    private var linkedByFirst: [[LinkedEntry]] = []

    private struct LinkedEntry: Sendable {
        let stems: [Int32]
        let concepts: [Int32]
    }

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

    /// Gives every concept and every stem of its phrases an id in `table`, and indexes the
    /// phrases by those ids. Call once every pattern is linked; `marks` needs it.
    mutating func link(_ table: inout TermTable) {
        for name in names.sorted() { _ = table.id(for: .concept(name)) }
        var linked: [(first: Int32, entry: LinkedEntry)] = []
        for first in byFirstStem.keys.sorted() {
            for entry in byFirstStem[first]! {
                let stems = entry.stems.map { table.id(for: .word($0)) }
                linked.append((stems[0], LinkedEntry(stems: stems, concepts: entry.concepts.map { table.id(for: .concept($0)) })))
            }
        }
        var byFirst = [[LinkedEntry]](repeating: [], count: table.count)
        for (first, entry) in linked { byFirst[Int(first)].append(entry) }
        linkedByFirst = byFirst
    }

    /// The concepts whose phrases start at each token (given as term ids, -1 for a word the
    /// brain does not know), flattened: the marks of token `i` are `marks[starts[i]..<starts[i + 1]]`.
    func marks(in terms: [Int32]) -> (marks: [ConceptMark], starts: [Int32]) {
        var marks: [ConceptMark] = []
        var starts: [Int32] = []
        starts.reserveCapacity(terms.count + 1)
        for i in terms.indices {
            starts.append(Int32(marks.count))
            let first = Int(terms[i])
            guard first >= 0, first < linkedByFirst.count else { continue }
            for entry in linkedByFirst[first] where i + entry.stems.count <= terms.count {
                var matches = true
                for k in 1..<entry.stems.count where terms[i + k] != entry.stems[k] {
                    matches = false
                    break
                }
                guard matches else { continue }
                for concept in entry.concepts { marks.append(ConceptMark(concept: concept, length: Int32(entry.stems.count))) }
            }
        }
        starts.append(Int32(marks.count))
        return (marks, starts)
    }
}

/// A concept found in the input: its term id and how many tokens its phrase spans.
public struct ConceptMark: Sendable, Hashable {
    public let concept: Int32
    public let length: Int32
}
