/// The brain's concepts (named synonym sets) compiled into phrases of stems, indexed
/// by their first stem so finding every concept in an input costs one lookup a word.
public struct ConceptTable: Sendable {
    /// Concepts every brain has (see `BuiltInConcepts`).
    public static var builtIn: [String: [[String]]] { BuiltInConcepts.phrases }

    private struct Entry: Sendable {
        let stems: [String]
        let concepts: [String]
    }

    public let names: Set<String>
    private let byFirstStem: [String: [Entry]]
    /// Every phrase of every concept, as stems, for the typo vocabulary and negation.
    public let phrases: [[String]]

    /// `phrases` maps a concept name to its phrases, already flattened and stemmed.
    public init(phrases: [String: [[String]]]) {
        self.init(ConceptPhrases(resolved: phrases))
    }

    public init(_ grouped: ConceptPhrases) {
        var byFirst: [String: [Entry]] = [:]
        for phrase in grouped.phrases {
            byFirst[phrase.stems[0], default: []].append(Entry(stems: phrase.stems, concepts: phrase.concepts))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.stems.count > $1.stems.count } }
        self.names = Set(grouped.names)
        self.byFirstStem = byFirst
        self.phrases = grouped.phrases.map(\.stems)
    }

    /// Gives every concept and every stem of its phrases an id in `table`, and indexes the
    /// phrases by those ids. Call once every pattern is linked.
    func link(_ table: inout TermTable) -> PhraseIndex {
        for name in names.sorted() { _ = table.id(for: .concept(name)) }
        var linked: [(first: Int32, stems: [Int32], concepts: [Int32])] = []
        for first in byFirstStem.keys.sorted() {
            for entry in byFirstStem[first]! {
                let stems = entry.stems.map { table.id(for: .word($0)) }
                linked.append((stems[0], stems, entry.concepts.map { table.id(for: .concept($0)) }))
            }
        }
        return PhraseIndex(linked, termCount: table.count)
    }
}

/// The concepts' phrases in the brain's term ids, in flat arrays of plain integers, so
/// finding every concept in an input costs one array read a word and no reference
/// counting. A class: the matcher borrows it on every turn, never copies it.
final class PhraseIndex: Sendable {
    /// The phrases whose first stem has id `f` are the entries `firstStart[f]..<firstStart[f + 1]`;
    /// entry `e` has the stems `stems[stemStart[e]..<stemStart[e + 1]]` and names the
    /// concepts `concepts[conceptStart[e]..<conceptStart[e + 1]]`.
    private let firstStart: [Int32]
    private let stemStart: [Int32]
    private let stems: [Int32]
    private let conceptStart: [Int32]
    private let concepts: [Int32]

    init(_ linked: [(first: Int32, stems: [Int32], concepts: [Int32])], termCount: Int) {
        // Grouped by first stem; within a group in the order given (longest phrase first).
        let order = linked.indices.sorted { (linked[$0].first, $0) < (linked[$1].first, $1) }
        var firstStart = [Int32](repeating: 0, count: termCount + 1)
        var stemStart: [Int32] = [0]
        var stems: [Int32] = []
        var conceptStart: [Int32] = [0]
        var concepts: [Int32] = []
        for i in order {
            firstStart[Int(linked[i].first) + 1] += 1
            stems += linked[i].stems
            stemStart.append(Int32(stems.count))
            concepts += linked[i].concepts
            conceptStart.append(Int32(concepts.count))
        }
        for f in 0..<termCount { firstStart[f + 1] += firstStart[f] }
        self.firstStart = firstStart
        self.stemStart = stemStart
        self.stems = stems
        self.conceptStart = conceptStart
        self.concepts = concepts
    }

    /// Finds the concepts whose phrases start at each token (`units[i].term`: -1 for a word
    /// the brain does not know) and records where each token's marks are.
    func marks(in units: inout [MatchInput.Unit]) -> [ConceptMark] {
        var marks: [ConceptMark] = []
        marks.reserveCapacity(units.count)
        for i in units.indices {
            units[i].marksStart = Int32(marks.count)
            defer { units[i].marksEnd = Int32(marks.count) }
            let first = Int(units[i].term)
            guard first >= 0, first + 1 < firstStart.count else { continue }
            for e in Int(firstStart[first])..<Int(firstStart[first + 1]) {
                let phrase = Int(stemStart[e])..<Int(stemStart[e + 1])
                guard i + phrase.count <= units.count else { continue }
                var matches = true
                for k in 1..<phrase.count where units[i + k].term != stems[phrase.lowerBound + k] {
                    matches = false
                    break
                }
                guard matches else { continue }
                for c in Int(conceptStart[e])..<Int(conceptStart[e + 1]) {
                    marks.append(ConceptMark(concept: concepts[c], length: Int32(phrase.count)))
                }
            }
        }
        return marks
    }
}

/// A concept found in the input: its term id and how many tokens its phrase spans.
public struct ConceptMark: Sendable, Hashable {
    public let concept: Int32
    public let length: Int32
}
