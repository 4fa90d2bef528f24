import BrainFormat
import Foundation
import PatternLanguage
import TingleText

/// A brain read, checked and prepared once (`tingle build DIR -o FILE`), to load with
/// `--brain FILE` without reading YAML or parsing patterns, as ChatScript's `:build` does:
/// reading the YAML of a brain of 10,000 intents costs most of a second.
///
/// The file is text: a first line that names the form, then in the snapshot form
/// (`SnapshotWriter`) the form's number, the engine it was built for, the folder it was built
/// from and a fingerprint of that folder's files, the checked documents (`BrainSnapshot`),
/// their preparation (`BrainPreparation`), the lexicon files and the record of linking the
/// brain (`LinkedBrain`: linking a big brain was most of loading it once its YAML was read). Loading refuses a file built
/// for another engine, and a file older than its folder when the folder is still there.
public enum CompiledBrainFile {
    static let firstLine = "tingle compiled brain\n"
    static let form = 2
    /// Compiled brains of 10,000 intents take a few megabytes; this bounds what is read whole.
    static let maxBytes = 256 << 20

    /// Reads, checks and prepares the brain in `directory`, and gives the file's text.
    /// `engine`: the running engine's fingerprint (`EmbeddedBrain.engineFingerprint`).
    public static func build(directory: String, engine: String) throws(Problems) -> String {
        let files = try BrainLoader.files(in: directory)
        var compiler = BrainLoader.compiler(for: files)
        let preparation = BrainPreparation(BrainSources(compiler.documents))
        compiler.preparation = preparation
        let documents = compiler.documents
        let lexicon = compiler.lexicon
        compiler.recordsLinking = true
        _ = try compiler.compile()  // every problem now, as `check` reports it, not at load
        guard let linked = compiler.linkedRecord?.encode() else {
            throw Problems([Problem(SourceLocation(wholeFile: directory), "linking was not recorded; report this bug")])
        }
        var w = SnapshotWriter()
        w.int(form)
        w.string(engine)
        w.string(URL(fileURLWithPath: directory).standardizedFileURL.path)
        w.string(fingerprint(files, in: directory))
        w.string(BrainSnapshot.encode(documents))
        w.string(preparation.encode())
        w.strings(lexicon)
        w.string(linked)
        return firstLine + w.text
    }

    /// What a compiled brain file holds, as read from it.
    private typealias Contents = (
        form: Int, engine: String, source: String, fingerprint: String, documents: String, preparation: String,
        lexicon: [String], linked: String
    )

    /// Loads a file `build` wrote for the engine `engine`; every refusal names the file and what to do.
    public static func load(path: String, engine: String) throws(Problems) -> Brain {
        func refuse(_ message: String) -> Problems {
            Problems([Problem(SourceLocation(wholeFile: path), message)])
        }
        // Read in a function of its own, so the file's bytes and their copies as text are
        // freed before the brain compiles: held to the end, they were a fifth of the peak
        // memory of a 10,000-intent brain.
        let header = try contents(of: path, refuse)
        let rebuild = "'tingle build \(header.source) -o \(path)'"
        guard header.engine == engine else {
            throw refuse("was built by another version of tingle; build it again with \(rebuild)")
        }
        // Stale: its folder is still there and its files have changed since.
        if let files = try? BrainLoader.files(in: header.source),
            fingerprint(files, in: header.source) != header.fingerprint
        {
            throw refuse("is older than \(header.source), which has changed since; build it again with \(rebuild)")
        }
        // The record holds all that linking needs of each pattern: the patterns are not read.
        // It is read beside the snapshots, as the built-in brain's is.
        var (made, record) = BrainLoader.reading(record: header.linked) {
            BrainLoader.compiler(documents: header.documents, preparation: header.preparation, patterns: false)
        }
        // Taken, not copied: a copy left in `made` kept the documents and their places alive
        // through compiling, which lets them go before making the last tables (see `compile`).
        guard var compiler = made.take(), let linked = record
        else {
            throw refuse("is damaged (cut short or edited); build it again with \(rebuild)")
        }
        for text in header.lexicon { compiler.addLexicon(BrainSourceFile(path: path, text: text)) }
        compiler.prelinked = linked
        return try compiler.compile()
    }

    /// The parts of the compiled brain file at `path`, or a refusal made by `refuse`.
    private static func contents(of path: String, _ refuse: (String) -> Problems) throws(Problems) -> Contents {
        var info = stat()
        guard stat(path, &info) == 0 else { throw refuse("no such file; make one with 'tingle build DIR -o FILE'") }
        guard info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= maxBytes,
            let data = FileManager.default.contents(atPath: path)
        else {
            throw refuse("cannot be read as a compiled brain (a plain file of at most 256 MiB); check the path")
        }
        guard let text = String(validating: data, as: UTF8.self), text.hasPrefix(firstLine) else {
            throw refuse("is not a compiled brain; make one with 'tingle build DIR -o FILE'")
        }
        let body = String(text.dropFirst(firstLine.count))
        // The form first, on its own: a file of another form cannot be read any further.
        guard body.utf8.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count < body.utf8.count,
            Int(String(body.prefix { $0.isASCII && $0.isNumber })) == form
        else {
            throw refuse("was built by another version of tingle; build it again with 'tingle build DIR -o FILE'")
        }
        typealias Corrupt = BrainSnapshot.Corrupt
        do throws(Corrupt) {
            return try SnapshotReader.read(body) { r throws(Corrupt) in
                let form = try r.int()
                return (
                    form, try r.string(), try r.string(), try r.string(), try r.string(), try r.string(),
                    try r.strings(), try r.string()
                )
            }
        } catch {
            throw refuse("is damaged (cut short or edited); build it again with 'tingle build DIR -o FILE'")
        }
    }

    /// One hash of every file of the folder, by its place in the folder and its text.
    static func fingerprint(_ files: [BrainSourceFile], in directory: String) -> String {
        var hash: UInt64 = StableHash.fnv1aBasis
        for file in files {
            hash = mix(hash, String(file.path.dropFirst(directory.count)))
            hash = mix(hash, file.text)
        }
        return String(hash, radix: 16)
    }

    /// `text` and its length into `hash`, eight bytes a step: a big brain's folder is
    /// megabytes, and hashing a byte at a time was a fifth of loading it.
    private static func mix(_ hash: UInt64, _ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash = (hash ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
            var i = 0
            while i + 8 <= bytes.count {
                hash =
                    (hash
                        ^ UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)))
                    &* 0x100_0000_01b3
                hash ^= hash >> 29
                i += 8
            }
            while i < bytes.count {
                hash = StableHash.fnv1a(hash, bytes[i])
                i += 1
            }
            return hash
        }
    }
}
