/// The brain's concepts (named synonym sets) compiled into phrases of stems, indexed
/// by their first stem so finding every concept in an input costs one lookup a word.
public struct ConceptTable: Sendable {
    /// Concepts every brain has (see `BuiltInConcepts`).
    public static var builtIn: [String: [[String]]] { BuiltInConcepts.phrases }

    public let names: Set<String>
    /// Every phrase with the concepts it names, kept to be indexed when linked (`link`).
    private let grouped: ConceptPhrases
    /// Every phrase of every concept, as stems, for the typo vocabulary and negation.
    public let phrases: [[String]]

    /// `phrases` maps a concept name to its phrases, already flattened and stemmed.
    public init(phrases: [String: [[String]]]) {
        self.init(ConceptPhrases(resolved: phrases))
    }

    public init(_ grouped: ConceptPhrases) {
        self.names = Set(grouped.names)
        self.grouped = grouped
        self.phrases = grouped.phrases.map(\.stems)
    }

    /// Gives every concept and every stem of its phrases an id in `table`, and indexes the
    /// phrases by those ids. Call once every pattern is linked. The phrases are grouped here,
    /// not when the table is made: a brain loaded with a record of linking it (`LinkedBrain`)
    /// takes the index from the record and never groups them.
    func link(_ table: inout TermTable) -> PhraseIndex {
        var byFirst: [String: [ConceptPhrases.Phrase]] = [:]
        for phrase in grouped.phrases { byFirst[phrase.stems[0], default: []].append(phrase) }
        for name in names.sorted() { _ = table.id(for: .concept(name)) }
        var linked: [(first: Int32, stems: [Int32], concepts: [Int32])] = []
        linked.reserveCapacity(grouped.phrases.count)
        for first in byFirst.keys.sorted() {
            // Longest first: the order a word's phrases are tried in.
            for phrase in byFirst[first]!.sorted(by: { $0.stems.count > $1.stems.count }) {
                let stems = phrase.stems.map { table.id(for: .word($0)) }
                linked.append((stems[0], stems, phrase.concepts.map { table.id(for: .concept($0)) }))
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
    /// For a first stem with many phrases ("in", "my": a concept under templates such as
    /// "in ~past_year" puts hundreds after one word), its entries again, ordered by their
    /// second stem (`Int32.min` for a phrase of one word), then by entry: the phrases that
    /// can match at a token are found by the word after it, not tried one by one. `second`
    /// holds each position's second stem.
    private let bySecond: [Int32]
    private let second: [Int32]
    /// A first stem with more phrases than this is searched by its second stem.
    private static let searchedFrom = 16
    let stemStart: [Int32]
    let stems: [Int32]
    let conceptStart: [Int32]
    let concepts: [Int32]

    /// The number of phrases indexed.
    var count: Int { stemStart.count - 1 }

    convenience init(_ linked: [(first: Int32, stems: [Int32], concepts: [Int32])], termCount: Int) {
        // Grouped by first stem; within a group in the order given (longest phrase first): a
        // counting sort, as the ids are dense (a comparison sort was a third of linking them).
        var slot = [Int](repeating: 0, count: termCount + 1)
        for entry in linked { slot[Int(entry.first) + 1] += 1 }
        for f in 0..<termCount { slot[f + 1] += slot[f] }
        var order = [Int](repeating: 0, count: linked.count)
        for (i, entry) in linked.enumerated() {
            order[slot[Int(entry.first)]] = i
            slot[Int(entry.first)] += 1
        }
        var stemStart: [Int32] = [0]
        var stems: [Int32] = []
        var conceptStart: [Int32] = [0]
        var concepts: [Int32] = []
        for i in order {
            stems += linked[i].stems
            stemStart.append(Int32(stems.count))
            concepts += linked[i].concepts
            conceptStart.append(Int32(concepts.count))
        }
        self.init(grouped: (stemStart, stems, conceptStart, concepts), termCount: termCount)
    }

    /// The index of phrases already grouped by first stem (as `LinkedBrain` records them), or
    /// nil when they are not: entry `e`'s stems are `stems[stemStart[e]..<stemStart[e + 1]]`
    /// and its concepts likewise, every phrase at least one stem long, every id a term's.
    convenience init?(stemStart: [Int32], stems: [Int32], conceptStart: [Int32], concepts: [Int32], termCount: Int) {
        guard let entries = Self.entries(stemStart, over: stems.count),
            Self.entries(conceptStart, over: concepts.count) == entries,
            stems.allSatisfy({ (0..<termCount).contains(Int($0)) }),
            concepts.allSatisfy({ (0..<termCount).contains(Int($0)) }),
            (0..<entries).allSatisfy({ stemStart[$0 + 1] > stemStart[$0] }),
            (1..<max(entries, 1)).allSatisfy({ stems[Int(stemStart[$0 - 1])] <= stems[Int(stemStart[$0])] })
        else { return nil }
        self.init(grouped: (stemStart, stems, conceptStart, concepts), termCount: termCount)
    }

    /// Phrases grouped by first stem, each at least one stem long, every id below `termCount`.
    private init(
        grouped: (stemStart: [Int32], stems: [Int32], conceptStart: [Int32], concepts: [Int32]), termCount: Int
    ) {
        var firstStart = [Int32](repeating: 0, count: termCount + 1)
        for e in 0..<(grouped.stemStart.count - 1) {
            firstStart[Int(grouped.stems[Int(grouped.stemStart[e])]) + 1] += 1
        }
        for f in 0..<termCount { firstStart[f + 1] += firstStart[f] }
        self.firstStart = firstStart
        (stemStart, stems, conceptStart, concepts) = grouped
        // Sorted as one key a position: the second stem above, the entry below.
        let entries = grouped.stemStart.count - 1
        var keys = (0..<entries).map { e in
            let phrase = Int(grouped.stemStart[e])..<Int(grouped.stemStart[e + 1])
            let next = phrase.count > 1 ? grouped.stems[phrase.lowerBound + 1] : Int32.min
            return Int64(next) << 32 | Int64(e)
        }
        for f in 0..<termCount where Int(firstStart[f + 1] - firstStart[f]) > Self.searchedFrom {
            keys[Int(firstStart[f])..<Int(firstStart[f + 1])].sort()
        }
        bySecond = keys.map { Int32(truncatingIfNeeded: $0) }
        second = keys.map { Int32(truncatingIfNeeded: $0 >> 32) }
    }

    /// The positions in `range` whose second stem is `stem` (`second` is sorted there).
    private func positions(of stem: Int32, in range: Range<Int>) -> Range<Int> {
        var (low, high) = (range.lowerBound, range.upperBound)
        while low < high {
            let mid = (low + high) / 2
            if second[mid] < stem { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < range.upperBound, second[end] == stem { end += 1 }
        return low..<end
    }

    /// How many entries `starts` delimits in an array of `count`: it must start at 0, never go
    /// back, and end at `count`.
    private static func entries(_ starts: [Int32], over count: Int) -> Int? {
        guard starts.first == 0, starts.last == Int32(exactly: count),
            zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { return nil }
        return starts.count - 1
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
            let group = Int(firstStart[first])..<Int(firstStart[first + 1])
            guard group.count > Self.searchedFrom else {
                for e in group { mark(e, at: i, units, &marks) }
                continue
            }
            // The one-word phrases and those whose second stem is the next word, merged back
            // into entry order (the order marks are made in).
            var single = positions(of: Int32.min, in: group)
            let next = i + 1 < units.count && units[i + 1].term >= 0 ? units[i + 1].term : nil
            var paired = next.map { positions(of: $0, in: group) } ?? group.upperBound..<group.upperBound
            while !single.isEmpty || !paired.isEmpty {
                if paired.isEmpty || !single.isEmpty && bySecond[single.lowerBound] < bySecond[paired.lowerBound] {
                    mark(Int(bySecond[single.lowerBound]), at: i, units, &marks)
                    single = (single.lowerBound + 1)..<single.upperBound
                } else {
                    mark(Int(bySecond[paired.lowerBound]), at: i, units, &marks)
                    paired = (paired.lowerBound + 1)..<paired.upperBound
                }
            }
        }
        return marks
    }

    /// Marks entry `e`'s concepts at token `i` when its phrase is there.
    @inline(__always)
    private func mark(_ e: Int, at i: Int, _ units: [MatchInput.Unit], _ marks: inout [ConceptMark]) {
        let phrase = Int(stemStart[e])..<Int(stemStart[e + 1])
        guard i + phrase.count <= units.count else { return }
        for k in 1..<phrase.count where units[i + k].term != stems[phrase.lowerBound + k] { return }
        for c in Int(conceptStart[e])..<Int(conceptStart[e + 1]) {
            marks.append(ConceptMark(concept: concepts[c], length: Int32(phrase.count)))
        }
    }
}

/// A concept found in the input: its term id and how many tokens its phrase spans.
public struct ConceptMark: Sendable, Hashable {
    public let concept: Int32
    public let length: Int32
}
