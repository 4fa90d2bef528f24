import BrainFormat
import BuiltInBrain
import Testing

@testable import TingleKit

/// The record of linking a brain (`LinkedBrain`) stands in for linking it: a brain compiled
/// from the record must be the brain linked afresh, and a record that is damaged or made for
/// another brain must be set aside, never half used.
@Suite("Linked brain record")
struct LinkedBrainTests {
    static let record: String = {
        guard let record = BrainLoader.linkingRecord(.builtIn) else {
            fatalError("the built-in brain was not recorded")
        }
        return record
    }()

    /// The built-in brain with `linked` for its record.
    static func builtIn(linked: String?) throws(Problems) -> Brain {
        let brain = EmbeddedBrain.builtIn
        return try BrainLoader.embedded(
            EmbeddedBrain(
                files: brain.files, snapshot: brain.snapshot, preparation: brain.preparation,
                lexiconStart: brain.lexiconStart, engineFingerprint: brain.engineFingerprint, linked: linked))
    }

    @Test("The build embeds the record this engine makes, and the built-in brain compiles with it")
    func embedded() throws {
        #expect(EmbeddedBrain.builtIn.linked == Self.record)
        var compiler = try #require(
            BrainLoader.compiler(
                documents: EmbeddedBrain.builtIn.snapshot, preparation: EmbeddedBrain.builtIn.preparation))
        for file in EmbeddedBrain.builtIn.files where file.path.hasSuffix(".txt") { compiler.addLexicon(file) }
        compiler.prelinked = try LinkedBrain.decode(Self.record)
        // Taken, not set aside: compiling with it finds every pattern where the record has it.
        _ = try compiler.compile()
        #expect(compiler.problems.isEmpty)
    }

    static let lines = [
        "hi", "my toes fizz about twenty minutes into a jog", "new hokas, laced pretty tight",
        "no pain but my foot is cold and pale", "what causes it?", "/why",
        "can't feel my feet and I wet myself on the run", "both feet tingle at night",
    ]

    /// Every reply to `lines`, in order, of a fresh session with `brain`.
    static func replies(_ brain: Brain) -> [String] {
        var session = Session(brain: brain)
        return lines.map { session.respond(to: $0).jsonLine }
    }

    @Test("Compiling with the record links the brain as linking it afresh does, and it answers alike")
    func sameBrain() throws {
        let decoded = try LinkedBrain.decode(Self.record)
        #expect(decoded.encode() == Self.record)
        // Recorded again while taking every program from the record: the same terms by id, the
        // same programs for the same patterns by number.
        #expect(BrainLoader.linkingRecord(.builtIn, prelinked: decoded) == Self.record)
        let fromRecord = try Self.builtIn(linked: Self.record)
        let linked = try Self.builtIn(linked: nil)
        #expect(fromRecord.terms.terms == linked.terms.terms)
        #expect(Self.replies(fromRecord) == Self.replies(linked))
    }

    @Test("A damaged record is refused by the reader, and the brain is linked without it")
    func damaged() throws {
        let record = Self.record
        let cut = String(record.prefix(record.utf8.count / 2))
        // A program's instruction code changed to one that does not exist, inside the packed text.
        let garbled = record.replacingOccurrences(of: "P", with: "~")
        for text in [cut, garbled, "", "0;"] {
            #expect(throws: BrainSnapshot.Corrupt.self) { try LinkedBrain.decode(text) }
        }
        let linked = Self.replies(try Self.builtIn(linked: nil))
        #expect(Self.replies(try Self.builtIn(linked: cut)) == linked)
        #expect(Self.replies(try Self.builtIn(linked: garbled)) == linked)
    }

    @Test("A record of another brain is set aside: each pattern must be the one recorded at its number")
    func otherBrain() throws {
        // A record of a brain of one word and no patterns: the compiler asks for the built-in
        // brain's first pattern and finds none recorded at its number.
        let other = try LinkedBrain.decode(
            LinkedBrain(terms: [.word("hello")], patterns: [], firstOfDialogue: 0, phrases: nil).encode())
        var mismatched = try #require(
            BrainLoader.compiler(
                documents: EmbeddedBrain.builtIn.snapshot, preparation: EmbeddedBrain.builtIn.preparation))
        mismatched.prelinked = other
        #expect(throws: Problems.self) { try mismatched.compile() }
        #expect(
            Self.replies(try Self.builtIn(linked: other.encode())) == Self.replies(try Self.builtIn(linked: nil)))
    }

    @Test("A pattern taken from the record has the shape its elements give, and names the concepts they name")
    func shapes() throws {
        let decoded = try LinkedBrain.decode(Self.record)
        let brain = try Self.builtIn(linked: nil)
        let worry = try #require(brain.terms.id(of: .concept(ConceptKey.worry.rawValue)))
        for pattern in decoded.patterns {
            // Parsed again from its source, with the brain's rewrites, as checks and /why do.
            let (sequence, unordered) = pattern.elements(rewriter: brain.analyzer.rewriter)
            #expect(!sequence.isEmpty || !unordered.isEmpty, "\(pattern.source)")
            #expect(pattern.shape == Pattern.Shape(sequence: sequence, unordered: unordered), "\(pattern.source)")
            let parsed = Pattern(source: pattern.source, sequence: sequence, unordered: unordered)
            #expect(
                pattern.names(concept: worry) == parsed.conceptNames.contains(ConceptKey.worry.rawValue),
                "\(pattern.source)")
        }
    }

    @Test("The record's phrase index is taken only for a brain whose concepts have as many phrases")
    func phrases() throws {
        let decoded = try LinkedBrain.decode(Self.record)
        let brain = try Self.builtIn(linked: nil)
        let index = try #require(decoded.phrases(for: brain.concepts, termCount: decoded.terms.count))
        // Linked afresh, the concepts' phrases are indexed as the record has them.
        #expect(index.stems == brain.phraseIndex.stems && index.concepts == brain.phraseIndex.concepts)
        #expect(index.stemStart == brain.phraseIndex.stemStart)
        #expect(decoded.phrases(for: brain.concepts, termCount: decoded.terms.count + 1) == nil)
        #expect(decoded.phrases(for: ConceptTable(phrases: ["toes": [["toe"]]]), termCount: decoded.terms.count) == nil)
    }

    /// Two phrases over a table of three terms, both naming concept 2, and whether the index
    /// takes them: as made by linking ([0, 1] and [1]), and damaged one way each.
    static let phraseIndexes: [(stemStart: [Int32], stems: [Int32], conceptStart: [Int32], taken: Bool)] = [
        ([0, 2, 3], [0, 1, 1], [0, 1, 2], true),
        ([0, 1, 3], [1, 0, 1], [0, 1, 2], false),  // out of order by first stem
        ([0, 2, 3], [0, 1, 3], [0, 1, 2], false),  // an id outside the table
        ([0, 0, 3], [0, 1, 1], [0, 1, 2], false),  // a phrase of no stems
        ([0, 2, 2], [0, 1, 1], [0, 1, 2], false),  // starts that do not end at the stems' count
        ([0, 2, 3], [0, 1, 1], [0, 2], false),  // fewer concept lists than phrases
    ]

    @Test(
        "A phrase index that is not grouped by first stem, or names no term, is refused",
        arguments: phraseIndexes.indices)
    func damagedPhrases(_ k: Int) {
        let (stemStart, stems, conceptStart, taken) = Self.phraseIndexes[k]
        let index = PhraseIndex(
            stemStart: stemStart, stems: stems, conceptStart: conceptStart, concepts: [2, 2], termCount: 3)
        #expect((index != nil) == taken)
    }

    @Test(
        "Packed integers read back as written, and a damaged one is refused",
        arguments: [[0, 1, -1, 31, 32, -32, 1_023, 4_096, Int(Int32.max), Int(Int32.min)], [], [7, 7, 7]])
    func packed(_ values: [Int]) throws {
        var packed = PackedInts()
        for value in values { packed.append(value) }
        let text = packed.text
        #expect(text.utf8.allSatisfy { $0 >= 0x30 && $0 < 0x70 })
        var bytes = Array(text.utf8)
        let read = try bytes.withUnsafeBufferPointer { buffer throws(BrainSnapshot.Corrupt) -> [Int] in
            var reader = PackedInts.Reader(buffer)
            var read: [Int] = []
            while !reader.isAtEnd { read.append(Int(try reader.int32())) }
            return read
        }
        #expect(read == values)
        // Cut before its last character, the last number never ends.
        guard !bytes.isEmpty else { return }
        bytes.removeLast()
        bytes.append(0x30)
        #expect(throws: BrainSnapshot.Corrupt.self) {
            try bytes.withUnsafeBufferPointer { buffer throws(BrainSnapshot.Corrupt) in
                var reader = PackedInts.Reader(buffer)
                while !reader.isAtEnd { _ = try reader.int32() }
            }
        }
    }
}
