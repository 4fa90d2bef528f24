import BrainFormat

/// The preparation in the snapshot form (`SnapshotWriter`), for the build to embed. Maps
/// are written sorted by key, so the same brain gives the same text.
///
/// Three parts, each a string of the snapshot: the head (concepts, their problems, the
/// vocabulary) and the parsed patterns in two shares. Starting reads them on both cores at
/// once (`parts`, `decodeHead`, `decodePatterns`): one share beside the brain's documents on
/// one core, the head and the other share on the other. Read as one, the patterns alone were
/// the longest wait of the start.
extension BrainPreparation {
    /// The share of the patterns read beside the documents; the head and the rest are read
    /// on the other core. On the built-in brain (1 December 2026) the documents and their
    /// sources cost about 16M instructions, the head and its concept table 18.5M, and all the
    /// patterns, read and made `Pattern`s, 25M: 55% of them beside the documents evens the
    /// cores. A guess about where the time goes, never about what is read: any share reads
    /// the same patterns.
    static let shareBesideDocuments = 0.55

    package func encode() -> String {
        let sources = patterns.keys.sorted()
        let split = sources.count - Int(Double(sources.count) * Self.shareBesideDocuments)
        var w = SnapshotWriter()
        w.string(encodeHead())
        w.string(Self.encode(patterns, sources[..<split]))
        w.string(Self.encode(patterns, sources[split...]))
        return w.text
    }

    private func encodeHead() -> String {
        var w = SnapshotWriter()
        w.strings(concepts.names)
        w.list(concepts.phrases) { w, phrase in
            w.strings(phrase.stems)
            w.strings(phrase.concepts)
        }
        w.list(conceptProblems) { w, problem in
            w.string(problem.location.file)
            w.int(problem.location.line)
            w.int(problem.location.column)
            w.string(problem.message)
        }
        w.strings(vocabulary.sorted())
        return w.text
    }

    private static func encode(_ patterns: [String: Outcome], _ sources: ArraySlice<String>) -> String {
        var w = SnapshotWriter()
        var share: [String: Outcome] = [:]
        for source in sources { share[source] = patterns[source] }
        w.map(share) { w, outcome in
            switch outcome {
            case .parsed(let pattern):
                w.int(0)
                Self.write(pattern.sequence, to: &w)
                Self.write(pattern.unordered, to: &w)
            case .failed(let error):
                w.int(1)
                w.int(error.offset)
                w.string(error.message)
            }
        }
        return w.text
    }

    /// The whole preparation, its parts read one after the other.
    package static func decode(_ text: String) throws(BrainSnapshot.Corrupt) -> BrainPreparation {
        let (head, patterns, besideDocuments) = try parts(text)
        var preparation = try decodeHead(head)
        preparation.patterns = try decodePatterns(patterns)
        for (source, outcome) in try decodePatterns(besideDocuments) { preparation.patterns[source] = outcome }
        return preparation
    }

    /// The snapshot's three parts, to be read apart: only copied here, not read. `patterns`
    /// and `besideDocuments` are the two shares of the patterns (see `shareBesideDocuments`).
    package static func parts(_ text: String) throws(BrainSnapshot.Corrupt)
        -> (head: String, patterns: String, besideDocuments: String)
    {
        try SnapshotReader.read(text) { r throws(BrainSnapshot.Corrupt) in
            (try r.string(), try r.string(), try r.string())
        }
    }

    /// The head part: the preparation without its patterns.
    package static func decodeHead(_ text: String) throws(BrainSnapshot.Corrupt) -> BrainPreparation {
        typealias Corrupt = BrainSnapshot.Corrupt
        return try SnapshotReader.read(text) { r throws(Corrupt) in
            let names = try r.strings()
            let phrases = try r.list { r throws(Corrupt) in
                ConceptPhrases.Phrase(stems: try r.strings(), concepts: try r.strings())
            }
            let concepts = ConceptPhrases(names: names, phrases: phrases)
            let problems = try r.list { r throws(Corrupt) in
                let location = SourceLocation(file: try r.string(), line: try r.int(), column: try r.int())
                return Problem(location, try r.string())
            }
            return BrainPreparation(
                concepts: concepts, conceptProblems: problems, patterns: [:], vocabulary: Set(try r.strings()))
        }
    }

    /// The patterns part: every pattern source, parsed or refused.
    package static func decodePatterns(_ text: String) throws(BrainSnapshot.Corrupt) -> [String: Outcome] {
        typealias Corrupt = BrainSnapshot.Corrupt
        return try SnapshotReader.read(text) { r throws(Corrupt) in
            var patterns: [String: Outcome] = [:]
            let count = try r.int()
            patterns.reserveCapacity(count)
            for _ in 0..<count {
                let source = try r.string()
                switch try r.int() {
                case 0:
                    let sequence = try elements(&r)
                    let unordered = try elements(&r)
                    patterns[source] = .parsed(ParsedPattern(source: source, sequence: sequence, unordered: unordered))
                case 1:
                    patterns[source] = .failed(PatternParser.SyntaxError(offset: try r.int(), message: try r.string()))
                default:
                    throw Corrupt()
                }
            }
            return patterns
        }
    }

    private static func write(_ elements: [PatternElement], to w: inout SnapshotWriter) {
        w.list(elements) { w, element in
            switch element {
            case .word(let stem):
                w.int(0)
                w.string(stem)
            case .concept(let name):
                w.int(1)
                w.string(name)
            case .wildcard:
                w.int(2)
            case .optional(let inner):
                w.int(3)
                write(inner, to: &w)
            case .choice(let branches):
                w.int(4)
                w.list(branches) { w, branch in write(branch, to: &w) }
            }
        }
    }

    /// Read with a loop of its own, not `SnapshotReader.list`: that generic, in another
    /// module, ran unspecialized here, and reserving and appending through type metadata was
    /// a tenth of the built-in brain's start-up.
    private static func elements(_ r: inout SnapshotReader) throws(BrainSnapshot.Corrupt) -> [PatternElement] {
        let count = try r.int()
        var elements: [PatternElement] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
            switch try r.int() {
            case 0: elements.append(.word(try r.string()))
            case 1: elements.append(.concept(try r.string()))
            case 2: elements.append(.wildcard)
            case 3: elements.append(.optional(try Self.elements(&r)))
            case 4:
                let branchCount = try r.int()
                var branches: [[PatternElement]] = []
                branches.reserveCapacity(branchCount)
                for _ in 0..<branchCount { branches.append(try Self.elements(&r)) }
                elements.append(.choice(branches))
            default: throw BrainSnapshot.Corrupt()
            }
        }
        return elements
    }
}
