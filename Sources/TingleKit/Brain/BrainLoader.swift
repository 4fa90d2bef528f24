import Foundation
import Synchronization

/// Reads a brain from YAML files, reporting every problem at once with its file,
/// line and column. Nothing is half-loaded: either a whole `Brain` or `Problems`.
public enum BrainLoader {
    /// Message keys the engine uses; a brain must define them all.
    public static let requiredMessages = MessageKey.allCases.map(\.rawValue)

    /// Loads a brain the build embedded in the binary (`BuiltInBrain` gives the built-in one),
    /// from the snapshot the build made of its YAML (already read and checked), so start-up
    /// reads no YAML.
    ///
    /// With the build's record of linking the brain (`EmbeddedBrain.linked`), the patterns'
    /// programs are taken from it instead of being made again. A record that cannot be read,
    /// or does not fit the brain, is set aside and the brain linked as without one.
    public static func embedded(_ brain: EmbeddedBrain) throws(Problems) -> Brain {
        // With a record, the patterns' elements are not read: the record holds all that linking
        // and matching need of each pattern. Should it not fit, everything is read again.
        var (made, record) = reading(record: brain.linked) {
            embeddedCompiler(brain, patterns: brain.linked == nil)
        }
        // All three are read now, into what the brain is made of: their pages are given
        // back before compiling adds its own tables, so the two never count at once.
        for text in [brain.snapshot, brain.preparation, brain.linked ?? ""] { giveBackPages(of: text) }
        let unreadable = Problems([
            Problem(
                SourceLocation(wholeFile: "Intents"), "the built-in brain's snapshot cannot be read; rebuild tingle")
        ])
        // Taken, not copied: a copy left behind kept the documents alive through compiling.
        guard var compiler = made.take() else { throw unreadable }
        if let record {
            compiler.prelinked = record
            if let loaded = try? compiler.compile() {
                releaseInBackground(compiler)
                return loaded
            }
        }
        if brain.linked != nil {
            // A record that cannot be read or does not fit: the brain is read again, patterns
            // and all, and linked without it.
            guard let fresh = embeddedCompiler(brain) else { throw unreadable }
            compiler = fresh
        }
        let loaded = try compiler.compile()
        // Handed over and dropped here, so the last reference goes in the background (this
        // Swift refuses `consume` on it: "a compiler bug").
        releaseInBackground(compiler)
        compiler = BrainCompiler()
        return loaded
    }

    /// What `compiler` makes, and the record of linking decoded from `text` (nil when there is
    /// none or it cannot be read). The record is read on a thread of its own while the
    /// snapshots are read on both cores: three pieces of work, none waiting on another. Not
    /// inside `onBothCores` with them: a `concurrentPerform` nested in another runs its work
    /// one piece after the other, and the snapshots' two halves waited on each other.
    static func reading(
        record text: String?, _ compiler: () -> BrainCompiler?
    ) -> (BrainCompiler?, LinkedBrain?) {
        let record = Mutex<LinkedBrain?>(nil)
        let reading = DispatchGroup()
        if let text {
            DispatchQueue.global(qos: .userInitiated).async(group: reading) {
                let decoded = try? LinkedBrain.decode(text)
                record.withLock { $0 = decoded }
            }
        }
        let made = compiler()
        reading.wait()
        return (made, record.withLock { $0 })
    }

    /// A compiler holding an embedded brain's snapshots, or nil when they cannot be read;
    /// without its `patterns`, it can compile only with a record of linking (`prelinked`).
    private static func embeddedCompiler(_ brain: EmbeddedBrain, patterns: Bool = true) -> BrainCompiler? {
        guard
            var compiler = compiler(documents: brain.snapshot, preparation: brain.preparation, patterns: patterns)
        else { return nil }
        for file in brain.files where file.path.hasSuffix(".txt") { compiler.addLexicon(file) }
        compiler.lexiconStart = brain.lexiconStart
        return compiler
    }

    /// The record of linking an embedded brain (see `LinkedBrain`), for the build to embed
    /// beside it; nil when the brain does not compile (the binary then reports its problems).
    public static func linkingRecord(_ brain: EmbeddedBrain) -> String? { linkingRecord(brain, prelinked: nil) }

    /// The record made while compiling with `prelinked`, to compare with the one it was made from.
    static func linkingRecord(_ brain: EmbeddedBrain, prelinked: LinkedBrain?) -> String? {
        guard var compiler = embeddedCompiler(brain) else { return nil }
        compiler.recordsLinking = true
        compiler.prelinked = prelinked
        guard (try? compiler.compile()) != nil else { return nil }
        return compiler.linkedRecord?.encode()
    }

    /// A compiler given a brain's documents and their preparation, both snapshots, or nil when
    /// either is damaged. They are read on both cores: on one, the documents, their sources
    /// and a share of the patterns (`BrainPreparation.shareBesideDocuments`); on the other,
    /// the preparation's head, the concept table made from it and the rest of the patterns
    /// (each pattern read and made a `Pattern`). For the built-in brain each side is about
    /// 30M instructions, where reading the preparation as one waited on all of it.
    ///
    /// Without `readsPatterns`, the patterns are left out: a compiler that takes every pattern
    /// from a record of linking needs none of them.
    static func compiler(documents: String, preparation: String, patterns readsPatterns: Bool = true) -> BrainCompiler?
    {
        guard let (head, patterns, besideDocuments) = try? BrainPreparation.parts(preparation) else { return nil }
        let (first, second) = onBothCores(
            { () -> ([BrainFile], BrainSources, [String: BrainPreparation.Outcome], [String: Pattern])? in
                guard let files = try? BrainSnapshot.decode(documents),
                    let outcomes = readsPatterns ? try? BrainPreparation.decodePatterns(besideDocuments) : [:]
                else { return nil }
                // Prepared already: the sources' list of patterns is not needed.
                return (files, BrainSources(files, patterns: false), outcomes, BrainCompiler.patterns(outcomes))
            },
            { () -> (BrainPreparation, ConceptTable, [String: Pattern])? in
                guard var prepared = try? BrainPreparation.decodeHead(head),
                    let outcomes = readsPatterns ? try? BrainPreparation.decodePatterns(patterns) : [:]
                else { return nil }
                prepared.patterns = outcomes
                return (prepared, ConceptTable(prepared.concepts), BrainCompiler.patterns(outcomes))
            })
        guard let (files, sources, outcomesBeside, parsedBeside) = first,
            case (var prepared, let concepts, var parsed)? = second
        else { return nil }
        for (source, outcome) in outcomesBeside { prepared.patterns[source] = outcome }
        for (source, pattern) in parsedBeside { parsed[source] = pattern }
        var compiler = BrainCompiler()
        compiler.preparation = prepared
        compiler.preread = (sources, concepts, parsed)
        for file in files { compiler.add(ParsedBrainFile(document: file)) }
        return compiler
    }

    /// Loads every `.yaml`, `.yml` and `lexicon.txt` file below `directory`.
    public static func load(
        directory: String, sections: [any BrainSection.Type] = BrainSections.standard
    ) throws(Problems) -> Brain {
        try load(files: try files(in: directory), sections: sections)
    }

    /// Every `.yaml`, `.yml` and `lexicon.txt` file below `directory`, read and checked to be
    /// plain UTF-8 files of a sane size, in path order.
    static func files(in directory: String) throws(Problems) -> [BrainSourceFile] {
        let root = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw Problems([
                Problem(
                    SourceLocation(wholeFile: directory),
                    "no such folder; give --intents a folder of brain YAML files")
            ])
        }
        guard isDirectory.boolValue else {
            throw Problems([
                Problem(
                    SourceLocation(wholeFile: directory),
                    "not a folder; give --intents the folder that holds the brain's YAML files")
            ])
        }
        var files: [BrainSourceFile] = []
        var problems: [Problem] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var urls: [URL] = []
        while let url = walker?.nextObject() as? URL {
            // Of text files, only lexicons: a folder may hold notes or test lines beside its
            // brain (the synthetic benchmark brains keep their utterances there).
            if ["yaml", "yml"].contains(url.pathExtension) || url.lastPathComponent == "lexicon.txt" {
                urls.append(url)
            }
        }
        for url in urls.sorted(by: { $0.path < $1.path }) {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count))
                .trimmingAll("/")
            let display = (directory as NSString).appendingPathComponent(relative)
            // Size and kind first: reading a FIFO would wait forever, and a file of gigabytes
            // would be held whole before YAML could refuse it.
            var info = stat()
            guard stat(url.path, &info) == 0 else {
                problems.append(
                    Problem(SourceLocation(wholeFile: display), "cannot be read; check its permissions"))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFREG else {
                problems.append(
                    Problem(
                        SourceLocation(wholeFile: display),
                        "is not a regular file (a FIFO or a device); a brain is made of plain files"))
                continue
            }
            guard Int(info.st_size) <= BrainFileParser.maxFileBytes else {
                problems.append(
                    Problem(
                        SourceLocation(wholeFile: display),
                        "is \(info.st_size) bytes; a brain file may be at most \(BrainFileParser.maxFileBytes) bytes (4 MiB): split it"
                    ))
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                problems.append(
                    Problem(SourceLocation(wholeFile: display), "cannot be read; check its permissions"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                let (line, column) = firstInvalidUTF8(in: data)
                problems.append(
                    Problem(
                        SourceLocation(file: display, line: line, column: column),
                        "is not valid UTF-8; save it as UTF-8"))
                continue
            }
            files.append(BrainSourceFile(path: display, text: text))
        }
        if files.isEmpty && problems.isEmpty {
            problems.append(
                Problem(
                    SourceLocation(wholeFile: directory),
                    "holds no brain files (.yaml); see README, 'The brain'"))
        }
        guard problems.isEmpty else { throw Problems(problems) }
        return files
    }

    /// Compiles a brain from source files (paths are used in messages only).
    /// `sections`: the sections that own themselves to compile (`BrainSection`).
    public static func load(
        files: [BrainSourceFile], sections: [any BrainSection.Type] = BrainSections.standard
    ) throws(Problems) -> Brain {
        var compiler = Self.compiler(for: files)
        compiler.sections = sections
        return try compiler.compile()
    }

    /// A compiler holding the files, their YAML read on every core.
    static func compiler(for files: [BrainSourceFile]) -> BrainCompiler {
        var compiler = BrainCompiler()
        let yaml = files.filter { !$0.path.hasSuffix(".txt") }
        // YAML files are independent: read them on every core, then add them in order.
        let parsed = Mutex([ParsedBrainFile?](repeating: nil, count: yaml.count))
        DispatchQueue.concurrentPerform(iterations: yaml.count) { i in
            let file = BrainFileParser.parse(yaml[i])
            parsed.withLock { $0[i] = file }
        }
        for file in parsed.withLock({ $0 }) { if let file { compiler.add(file) } }
        for file in files where file.path.hasSuffix(".txt") { compiler.addLexicon(file) }
        return compiler
    }

    /// The line and column (in characters) of the first byte that is not valid UTF-8.
    public static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length =
                byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= data.endIndex,
                String(validating: data[index..<(index + length)], as: UTF8.self) != nil
            else { return (line, column) }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return (line, column)
    }
}
