import BrainFormat

/// What linking made of a brain, kept so it need not be done again: the finished term table,
/// every pattern's programs, in the order the compiler numbered them, and the concepts'
/// phrases in term ids (`PhraseIndex`). The build links the
/// built-in brain once and embeds this in the binary (`EmbedBrain`); starting, the compiler then
/// takes each pattern's programs from it instead of linking the pattern (linking was about
/// a quarter of starting).
///
/// The compiler asks for the patterns in the same order every time, and checks that each one
/// it asks for is the one recorded at that number (by its source), so a record that does not
/// fit the brain is refused, never half used. In `BrainSnapshot`'s text form.
final class LinkedBrain: Sendable {
    /// Every term by id.
    let terms: [Term]
    /// Each pattern, by number: its source, its shape (what matching reads of its elements)
    /// and its programs. Decoded, a pattern has no elements (see `Pattern.Shape`).
    let patterns: [Pattern]
    /// The number of the first pattern the dialogue's linker links (the intents' linker links
    /// those before it), so the two can take theirs at once (see `BrainCompiler.linkRules`).
    let firstOfDialogue: Int
    /// The concepts' phrases as the table numbers them; nil in a record of a brain that was
    /// not linked to the end. Taken only when it indexes as many phrases as the brain's
    /// concepts have (`fits`); otherwise the concepts are linked again.
    let phrases: PhraseIndex?

    init(terms: [Term], patterns: [Pattern], firstOfDialogue: Int, phrases: PhraseIndex?) {
        self.terms = terms
        self.patterns = patterns.filter { $0.linked != nil }
        self.firstOfDialogue = firstOfDialogue
        self.phrases = phrases
    }

    /// The recorded phrases, when they are as many as `concepts` has and numbered in a table
    /// of `termCount` terms (this record's own).
    func phrases(for concepts: ConceptTable, termCount: Int) -> PhraseIndex? {
        guard let phrases, termCount == terms.count, phrases.count == concepts.phrases.count else { return nil }
        return phrases
    }

    func encode() -> String {
        var writer = SnapshotWriter()
        writer.int(firstOfDialogue)
        writer.list(terms) { writer, term in
            switch term {
            case .word(let stem):
                writer.int(0)
                writer.string(stem)
            case .concept(let name):
                writer.int(1)
                writer.string(name)
            }
        }
        writer.list(patterns) { writer, pattern in
            writer.string(pattern.source)
            guard let linked = pattern.linked else { return }
            writer.strings(linked.literals)
            var packed = PackedInts()
            Self.write(linked.program, to: &packed)
            packed.append(linked.unorderedPrograms.count)
            for branches in linked.unorderedPrograms {
                packed.append(branches.count)
                for program in branches { Self.write(program, to: &packed) }
            }
            // Each start set as its count and ids: its filter is made again from the ids.
            var at = 0
            var sets: [ArraySlice<Int32>] = []
            while at < linked.starts.count {
                let first = at + 1 + PatternOp.Compiler.filterWords
                let ids = first..<(first + Int(linked.starts[at]))
                sets.append(linked.starts[ids])
                at = ids.upperBound
            }
            packed.append(sets.count)
            for set in sets {
                packed.append(set.count)
                for id in set { packed.append(Int(id)) }
            }
            packed.append(linked.requirementIDs.count)
            for id in linked.requirementIDs { packed.append(Int(id)) }
            Self.write(pattern.shape, to: &packed)
            writer.string(packed.text)
        }
        // Each phrase as its stems and its concepts, in the index's order; none is no index.
        var packed = PackedInts()
        if let phrases {
            packed.append(phrases.count)
            for e in 0..<phrases.count {
                for (starts, ids) in [(phrases.stemStart, phrases.stems), (phrases.conceptStart, phrases.concepts)] {
                    let range = Int(starts[e])..<Int(starts[e + 1])
                    packed.append(range.count)
                    for id in ids[range] { packed.append(Int(id)) }
                }
            }
        }
        writer.string(packed.text)
        return writer.text
    }

    static func decode(_ text: String) throws(BrainSnapshot.Corrupt) -> LinkedBrain {
        try SnapshotReader.read(text) { reader throws(BrainSnapshot.Corrupt) in
            let firstOfDialogue = try reader.int()
            let terms = try reader.list { reader throws(BrainSnapshot.Corrupt) -> Term in
                switch try reader.int() {
                case 0: return .word(try reader.string())
                case 1: return .concept(try reader.string())
                default: throw BrainSnapshot.Corrupt()
                }
            }
            var number: Int32 = 0
            let patterns = try reader.list { reader throws(BrainSnapshot.Corrupt) in
                let source = try reader.string()
                let literals = try reader.strings()
                var packed = PackedInts.Reader(try reader.stringBytes())
                let program = try Self.program(&packed)
                var unordered: [[[PatternOp]]] = []
                for _ in 0..<(try packed.count()) {
                    var branches: [[PatternOp]] = []
                    for _ in 0..<(try packed.count()) { branches.append(try Self.program(&packed)) }
                    unordered.append(branches)
                }
                var starts: [Int32] = []
                let sets = try packed.count()
                // Each set's count, filter and (most often a few) ids: grown once, not on the way.
                starts.reserveCapacity(sets * (1 + PatternOp.Compiler.filterWords + 4))
                for _ in 0..<sets {
                    let count = try packed.count()
                    starts.append(Int32(count))
                    let filter = starts.count
                    starts.append(contentsOf: repeatElement(0, count: PatternOp.Compiler.filterWords))
                    for _ in 0..<count {
                        let id = try packed.int32()
                        guard (0..<terms.count).contains(Int(id)) else { throw BrainSnapshot.Corrupt() }
                        starts.append(id)
                        PatternOp.Compiler.mark(id, in: &starts, filterAt: filter)
                    }
                }
                var requirements: [Int32] = []
                let requirementCount = try packed.count()
                requirements.reserveCapacity(requirementCount)
                for _ in 0..<requirementCount { requirements.append(try packed.int32()) }
                let shape = try Self.shape(&packed)
                guard packed.isAtEnd, shape.optionalUnordered.count == unordered.count else {
                    throw BrainSnapshot.Corrupt()
                }
                // What the matcher indexes with must lie inside what it indexes: a damaged
                // record is refused here, not found out by the matcher.
                let bounds = Bounds(terms: terms.count, literals: literals.count, starts: starts.count)
                guard bounds.admit(program), unordered.allSatisfy({ $0.allSatisfy(bounds.admit) }),
                    requirements.allSatisfy({ (0...terms.count).contains(Int($0)) })
                else { throw BrainSnapshot.Corrupt() }
                defer { number += 1 }
                return Pattern(
                    source: source, shape: shape,
                    linked: Pattern.Linked(
                        program: program, unorderedPrograms: unordered, literals: literals, starts: starts,
                        requirementIDs: requirements, number: number))
            }
            guard (0...patterns.count).contains(firstOfDialogue) else { throw BrainSnapshot.Corrupt() }
            let phrases = try Self.phrases(PackedInts.Reader(try reader.stringBytes()), termCount: terms.count)
            return LinkedBrain(terms: terms, patterns: patterns, firstOfDialogue: firstOfDialogue, phrases: phrases)
        }
    }

    /// The phrase index `encode` wrote (nil for none), refused unless every id is a term's.
    private static func phrases(
        _ packed: PackedInts.Reader, termCount: Int
    ) throws(BrainSnapshot.Corrupt) -> PhraseIndex? {
        var packed = packed
        guard !packed.isAtEnd else { return nil }
        let count = try packed.count()
        var (stemStart, stems, conceptStart, concepts): ([Int32], [Int32], [Int32], [Int32]) = ([0], [], [0], [])
        stemStart.reserveCapacity(count + 1)
        conceptStart.reserveCapacity(count + 1)
        for _ in 0..<count {
            for _ in 0..<(try packed.count()) { stems.append(try packed.int32()) }
            stemStart.append(Int32(stems.count))
            for _ in 0..<(try packed.count()) { concepts.append(try packed.int32()) }
            conceptStart.append(Int32(concepts.count))
        }
        guard packed.isAtEnd,
            let index = PhraseIndex(
                stemStart: stemStart, stems: stems, conceptStart: conceptStart, concepts: concepts,
                termCount: termCount)
        else { throw BrainSnapshot.Corrupt() }
        return index
    }

    /// How far a program's operands may reach.
    private struct Bounds {
        let terms: Int
        let literals: Int
        let starts: Int

        func admit(_ program: [PatternOp]) -> Bool {
            program.allSatisfy { op in
                switch op {
                case .word(let id): (0..<terms).contains(Int(id))
                case .concept(let id): id == -1 || (0..<terms).contains(Int(id))
                case .literal(let index): (0..<literals).contains(Int(index))
                case .wildcard(let start), .entry(let start): start == -1 || (0..<starts).contains(Int(start))
                case .split(let a, let b): (0...program.count).contains(Int(a)) && (0...program.count).contains(Int(b))
                case .jump(let target): (0...program.count).contains(Int(target))
                case .end: true
                }
            }
        }
    }

    /// A shape as its flags, its specificity's 64 bits in four pieces, and which elements of
    /// the any-order part are optional.
    private static func write(_ shape: Pattern.Shape, to packed: inout PackedInts) {
        let flags = [shape.isOrdered, shape.isAnchoredAtStart, shape.opensWithWildcard, shape.endsWithWildcard]
        packed.append(flags.enumerated().reduce(0) { $0 | ($1.element ? 1 << $1.offset : 0) })
        let bits = shape.specificity.bitPattern
        for piece in 0..<4 { packed.append(Int((bits >> (16 * piece)) & 0xFFFF)) }
        packed.append(shape.optionalUnordered.count)
        for optional in shape.optionalUnordered { packed.append(optional ? 1 : 0) }
    }

    private static func shape(_ packed: inout PackedInts.Reader) throws(BrainSnapshot.Corrupt) -> Pattern.Shape {
        let flags = try packed.int32()
        guard (0..<16).contains(flags) else { throw BrainSnapshot.Corrupt() }
        var bits: UInt64 = 0
        for piece in 0..<4 {
            let value = try packed.int32()
            guard (0...0xFFFF).contains(value) else { throw BrainSnapshot.Corrupt() }
            bits |= UInt64(value) << (16 * piece)
        }
        var optional: [Bool] = []
        for _ in 0..<(try packed.count()) {
            switch try packed.int32() {
            case 0: optional.append(false)
            case 1: optional.append(true)
            default: throw BrainSnapshot.Corrupt()
            }
        }
        return Pattern.Shape(
            specificity: Double(bitPattern: bits), isOrdered: flags & 1 != 0, isAnchoredAtStart: flags & 2 != 0,
            opensWithWildcard: flags & 4 != 0, endsWithWildcard: flags & 8 != 0, optionalUnordered: optional)
    }

    /// A program as its length, then each instruction's code and operands.
    private static func write(_ program: [PatternOp], to packed: inout PackedInts) {
        packed.append(program.count)
        for op in program {
            switch op {
            case .word(let id): packed.append(0, id)
            case .literal(let index): packed.append(1, index)
            case .concept(let id): packed.append(2, id)
            case .wildcard(let start): packed.append(3, start)
            case .split(let a, let b): packed.append(4, a, b)
            case .jump(let target): packed.append(5, target)
            case .end: packed.append(6)
            case .entry(let start): packed.append(7, start)
            }
        }
    }

    private static func program(_ packed: inout PackedInts.Reader) throws(BrainSnapshot.Corrupt) -> [PatternOp] {
        let count = try packed.count()
        // Written in place: appending, with its checks of room and of sharing, was half the
        // cost of reading the record's programs.
        var damaged = false
        let program = [PatternOp](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                guard let op = try? Self.op(&packed) else {
                    damaged = true
                    return
                }
                (buffer.baseAddress! + initialized).initialize(to: op)
                initialized += 1
            }
        }
        if damaged { throw BrainSnapshot.Corrupt() }
        return program
    }

    @inline(__always)
    private static func op(_ packed: inout PackedInts.Reader) throws(BrainSnapshot.Corrupt) -> PatternOp {
        switch try packed.int32() {
        case 0: .word(try packed.int32())
        case 1: .literal(try packed.int32())
        case 2: .concept(try packed.int32())
        case 3: .wildcard(try packed.int32())
        case 4: .split(try packed.int32(), try packed.int32())
        case 5: .jump(try packed.int32())
        case 6: .end
        case 7: .entry(try packed.int32())
        default: throw BrainSnapshot.Corrupt()
        }
    }
}

/// Integers packed into printable ASCII, five bits a character, lowest first: a character of
/// "0"…"O" when more follow, of "P"…"o" for the last; a negative number is zigzagged
/// (-1 is 1, 1 is 2). A program's instructions are small numbers, and read as decimal text
/// with separators (`SnapshotReader.int`) the record cost as much to read as linking.
struct PackedInts {
    private(set) var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ values: Int32...) {
        for value in values { append(Int(value)) }
    }

    mutating func append(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 32 {
            bytes.append(0x30 + UInt8(rest & 31))
            rest >>= 5
        }
        bytes.append(0x50 + UInt8(rest))
    }

    struct Reader {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var position = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var isAtEnd: Bool { position == bytes.count }

        @inline(__always)
        mutating func int32() throws(BrainSnapshot.Corrupt) -> Int32 {
            // Most numbers of a program are one character: an instruction's code, a small id.
            if position < bytes.count, case let byte = bytes[position], byte >= 0x50, byte < 0x70 {
                position += 1
                let value = Int32(byte - 0x50)
                return (value >> 1) ^ -(value & 1)
            }
            return try long()
        }

        /// A number of more than one character (see `int32`).
        private mutating func long() throws(BrainSnapshot.Corrupt) -> Int32 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard position < bytes.count, shift <= 35 else { throw BrainSnapshot.Corrupt() }
                let byte = bytes[position]
                position += 1
                switch byte {
                case 0x30..<0x50: value |= UInt64(byte - 0x30) << shift
                case 0x50..<0x70:
                    value |= UInt64(byte - 0x50) << shift
                    let decoded = Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
                    guard let result = Int32(exactly: decoded) else { throw BrainSnapshot.Corrupt() }
                    return result
                default: throw BrainSnapshot.Corrupt()
                }
                shift += 5
            }
        }

        /// A count of things that follow: never negative, and never more than bytes are left.
        mutating func count() throws(BrainSnapshot.Corrupt) -> Int {
            let count = Int(try int32())
            guard count >= 0, count <= bytes.count - position + 1 else { throw BrainSnapshot.Corrupt() }
            return count
        }
    }
}
