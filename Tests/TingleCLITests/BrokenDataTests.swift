import BuiltInBrain
import Foundation
import Testing

/// The repository's Intents/ folder, found from this file's place in the repository.
let intentsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Intents")

/// Every kind of broken brain and transcript is refused with exit 2 and FILE:LINE:COLUMN,
/// through the binary, with nothing answered from a half-loaded brain.
/// (BrainLoaderTests and TranscriptFormatTests check the messages in detail.)
@Suite("Broken data")
struct BrokenDataTests {
    /// One broken file added to a copy of the real brain: its relative path, its bytes, and
    /// the start of the problem expected ("zz.yaml:3:16: …" means FILE:LINE:COLUMN).
    static let brokenBrains: [(name: String, path: String, bytes: [UInt8], expected: String)] = [
        (
            "bad YAML: unclosed flow list", "zz.yaml", Array("intents:\n  - id: a\n    patterns: [\"x\"\n".utf8),
            "zz.yaml:4:1: YAML syntax"
        ),
        ("bad YAML: tab indentation", "zz.yaml", Array("intents:\n\t- id: a\n".utf8), "zz.yaml:2:1: YAML syntax"),
        ("bad YAML: two documents", "zz.yaml", Array("---\nintents: []\n---\n".utf8), "zz.yaml:3:1: YAML syntax"),
        ("bad YAML: undefined alias", "zz.yaml", Array("intents: *nothing\n".utf8), "zz.yaml:1:10: YAML syntax"),
        (
            "a duplicate key", "zz.yaml", Array("intents: []\nintents: []\n".utf8),
            "zz.yaml:2:1: the key 'intents' appears twice"
        ),
        ("the file is a list", "zz.yaml", Array("- just a list\n".utf8), "zz.yaml:1:1: the file should be a mapping"),
        ("the file is a string", "zz.yaml", Array("just words\n".utf8), "zz.yaml:1:1: the file should be a mapping"),
        ("wrong type: a section", "zz.yaml", Array("intents: 5\n".utf8), "zz.yaml:1:10: 'intents' should be a list"),
        (
            "wrong type: a number", "zz.yaml", Array("settings:\n  keywordThreshold: lots\n".utf8),
            "zz.yaml:2:21: 'settings.keywordThreshold' should be a number"
        ),
        (
            "wrong type: a whole number too big", "zz.yaml",
            Array("settings:\n  maxInputLength: 99999999999999999999999\n".utf8),
            "zz.yaml:2:19: 'settings.maxInputLength' should be a whole number"
        ),
        (
            "wrong type: a message", "zz.yaml", Array("messages:\n  welcome: [1]\n".utf8),
            "zz.yaml:2:12: 'messages.welcome' should be a string"
        ),
        (
            "wrong type: a tagged value", "zz.yaml", Array("intents:\n  - !!binary aGVsbG8=\n".utf8),
            "zz.yaml:2:5: 'intents[0]' should be a mapping"
        ),
        ("an unknown top-level key", "zz.yaml", Array("intnets: []\n".utf8), "zz.yaml:1:1: unknown key 'intnets'"),
        (
            "an unknown nested key", "zz.yaml",
            Array("intents:\n  - id: zz\n    patterns: [\"zz\"]\n    exmaples: [zz]\n".utf8),
            "zz.yaml:4:5: unknown key 'exmaples'"
        ),
        (
            "a missing field", "zz.yaml", Array("content:\n  - id: x\n    title: t\n    text: t\n".utf8),
            "zz.yaml:2:5: 'content[0]' is missing the required key 'source'"
        ),
        (
            "a dangling concept", "zz.yaml", Array("intents:\n  - id: zz\n    patterns: [\"* ~nope *\"]\n".utf8),
            "zz.yaml:3:16: pattern '* ~nope *' names the unknown concept '~nope'"
        ),
        (
            "dangling content", "zz.yaml",
            Array("intents:\n  - id: zz\n    patterns: [\"zz\"]\n    answer: nowhere\n".utf8),
            "zz.yaml:4:13: intent 'zz' answers with unknown content 'nowhere'"
        ),
        (
            "a dangling intent", "zz.yaml",
            Array("intents:\n  - id: zz\n    patterns: [\"zz\"]\n    offer: {ask: \"More?\", intent: nowhere}\n".utf8),
            "zz.yaml:4:35: unknown intent 'nowhere'"
        ),
        (
            "a concept cycle", "zz.yaml", Array("concepts:\n  a: [~b]\n  b: [~a]\n".utf8),
            "zz.yaml:2:3: concept 'a' includes itself"
        ),
        (
            "a duplicate id", "zz.yaml", Array("intents:\n  - id: yes\n    patterns: [\"yep\"]\n".utf8),
            "zz.yaml:2:9: intent 'yes' is already defined at "
        ),
        (
            "a pattern syntax error", "zz.yaml", Array("intents:\n  - id: zz\n    patterns: [\"((((\"]\n".utf8),
            "zz.yaml:3:19: pattern '((((': missing"
        ),
        (
            "an empty pattern", "zz.yaml", Array("intents:\n  - id: zz\n    patterns: [\"\"]\n".utf8),
            "zz.yaml:3:16: pattern '': the pattern is empty"
        ),
        (
            "invalid UTF-8 in YAML", "zz.yaml", Array("intents: []\n# caf".utf8) + [0xE9, 0x0A],
            "zz.yaml:2:6: is not valid UTF-8"
        ),
        (
            "invalid UTF-8 in the lexicon", "lexicon.txt", [0x66, 0x6F, 0x6F, 0x0A, 0xFF, 0xFE, 0x0A],
            "lexicon.txt:2:1: is not valid UTF-8"
        ),
        (
            "control characters", "zz.yaml",
            Array("intents:\n  - id: zz\n    patterns: [\"* ~n\u{1B}[2Jope *\"]\n".utf8),
            "zz.yaml:3:21: YAML: control characters are not allowed"
        ),
    ]

    /// A copy of Intents/ with `bytes` written at `path` (replacing the file if it exists).
    func brokenCopy(path: String, bytes: [UInt8]) throws -> URL {
        let dir = try Binary.temporaryDirectory().appendingPathComponent("brain")
        try FileManager.default.copyItem(at: intentsFolder, to: dir)
        let file = dir.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: file)
        try Data(bytes).write(to: file)
        return dir
    }

    func expectRefused(_ arguments: [String], input: String = "", expected: String, _ comment: String) throws {
        let r = try Binary.run(arguments, bytes: Data(input.utf8))
        #expect(r.status == 2, "\(comment): exit \(r.status)\n\(r.stderr)")
        #expect(!r.signalled, "\(comment): crashed")
        #expect(
            r.stderr.split(separator: "\n").contains { $0.contains(expected) },
            "\(comment): expected '\(expected)' in\n\(r.stderr)")
        // Every problem line is FILE:LINE:COLUMN: message (the summary line aside).
        for line in r.stderr.split(separator: "\n") where !line.hasPrefix("tingle") {
            #expect(line.wholeMatch(of: /.+:[0-9]+:[0-9]+: .+/) != nil, "\(comment): not FILE:LINE:COLUMN: \(line)")
        }
        #expect(r.stdout.isEmpty, "\(comment): something was answered from a broken brain: \(r.text)")
        #expect(rawControlCharacters(in: Data(r.stderr.utf8)).isEmpty, "\(comment): raw control characters on stderr")
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test(
        "A broken brain file is refused by check and by the chat, with FILE:LINE:COLUMN",
        arguments: brokenBrains.indices)
    func brokenBrain(index: Int) throws {
        let (name, path, bytes, expected) = Self.brokenBrains[index]
        let dir = try brokenCopy(path: path, bytes: bytes)
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        try expectRefused(["check", "--intents", dir.path], expected: expected, "check: \(name)")
        try expectRefused(["--intents", dir.path], input: "hello\n", expected: expected, "chat: \(name)")
        try expectRefused(["--json", "--intents", dir.path], input: "hello\n", expected: expected, "--json: \(name)")
    }

    /// The build tool that embeds Intents/ (beside tingle in the build folder), run on `brain`,
    /// writing into a new temporary folder.
    func embed(_ brain: URL) throws -> (result: Binary.RawResult, output: URL) {
        let tool = Binary.url.deletingLastPathComponent().appendingPathComponent("EmbedBrain")
        try #require(FileManager.default.isExecutableFile(atPath: tool.path), "EmbedBrain is built beside tingle")
        let files = try FileManager.default.subpathsOfDirectory(atPath: brain.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".txt") }.sorted().map {
                brain.appendingPathComponent($0).path
            }
        let output = try Binary.temporaryDirectory().appendingPathComponent("Embedded.swift")
        return (try Binary.run([output.path, brain.path] + files, bytes: Data(), executable: tool), output)
    }

    @Test(
        "The build refuses a built-in brain whose YAML does not read, at FILE:LINE:COLUMN, and writes nothing",
        arguments: [
            ("zz.yaml", "intents:\n  - id: a\n    patterns: [\"x\"\n", "zz.yaml:4:1: error: YAML syntax"),
            ("zz.yaml", "rewrites:\n  welcome: [1]\n", "zz.yaml:2:12: error: 'rewrites.welcome' should be a string"),
            ("zz.yaml", "intnets: []\n", "zz.yaml:1:1: error: unknown key 'intnets'"),
        ])
    func buildRefusesBrokenBrain(path: String, text: String, expected: String) throws {
        let brain = try brokenCopy(path: path, bytes: Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: brain.deletingLastPathComponent()) }
        let (r, output) = try embed(brain)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(
            r.stderr.split(separator: "\n").contains { $0.hasSuffix(expected) || $0.contains("/" + expected) },
            "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("The build embeds the real brain: its files and the snapshot of them")
    func buildEmbedsBrain() throws {
        let (r, output) = try embed(intentsFolder)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(r.status == 0, "\(r.stderr)")
        let swift = try String(contentsOf: output, encoding: .utf8)
        #expect(swift.contains("let embeddedBrainFiles: [BrainSourceFile]"))
        #expect(swift.contains("let embeddedBrainSnapshot: String"))
    }

    @Test("A missing folder, a file, an empty folder and a folder of other files are refused")
    func folders() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("nothere").path
        try expectRefused(["check", "--intents", missing], expected: "\(missing):1:1: no such folder", "missing")
        try expectRefused(["--intents", missing], input: "hi\n", expected: "\(missing):1:1: no such folder", "missing")
        let file = dir.appendingPathComponent("settings.yaml")
        try FileManager.default.copyItem(at: intentsFolder.appendingPathComponent("settings.yaml"), to: file)
        try expectRefused(["check", "--intents", file.path], expected: "\(file.path):1:1: not a folder", "a file")
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try expectRefused(
            ["check", "--intents", empty.path], expected: "\(empty.path):1:1: holds no brain files", "empty")
        try expectRefused(
            ["--intents", empty.path], input: "hi\n", expected: "\(empty.path):1:1: holds no brain files", "empty")
        try "notes".write(to: empty.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        // Text beside a brain is not a lexicon unless it is named lexicon.txt.
        try "some test lines".write(
            to: empty.appendingPathComponent("utterances.txt"), atomically: true, encoding: .utf8)
        try expectRefused(["check", "--intents", empty.path], expected: "holds no brain files", "other files only")
        // A brain missing a whole part (no messages.yaml) names what is missing.
        let partial = try brokenCopy(path: "settings.yaml", bytes: Array("settings:\n  keywordThreshold: 3\n".utf8))
        defer { try? FileManager.default.removeItem(at: partial.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: partial.appendingPathComponent("messages.yaml"))
        try expectRefused(
            ["check", "--intents", partial.path], expected: "the message 'welcome' is missing", "no messages")
    }

    /// Malformed transcripts: the text and the start of the expected problem, FILE:LINE:COLUMN
    /// with the file's name in front.
    static let brokenTranscripts: [(name: String, bytes: [UInt8], expected: String)] = [
        ("empty", [], ":1:1: the transcript has no turns"),
        ("blank lines only", Array("\n\n  \n".utf8), ":1:1: the transcript has no turns"),
        ("comments only", Array("# nothing\n".utf8), ":1:1: the transcript has no turns"),
        ("a reply before any turn", Array("< Hi\n".utf8), ":1:1: expected a user line"),
        ("an assertion before any turn", Array("= intent: greeting\n".utf8), ":1:1: expected a user line"),
        ("title twice", Array("title: a\ntitle: b\n> hi\n<~ Hi\n".utf8), ":2:1: 'title:' must come once"),
        ("title after a turn", Array("> hi\n<~ Hi\ntitle: late\n".utf8), ":3:1: 'title:' must come once"),
        ("an empty user line", Array(">\n<~ x\n".utf8), ":1:1: a user line '>' must say something"),
        ("a turn that expects nothing", Array("> hi\n".utf8), ":1:1: this turn expects nothing"),
        ("an empty <~", Array("> hi\n<~\n".utf8), ":2:1: empty '<~'"),
        ("an empty <*", Array("> hi\n<* \n".utf8), ":2:1: empty '<*'"),
        ("an empty </", Array("> hi\n</ \n".utf8), ":2:1: empty '</'"),
        (
            "a bad regular expression", Array("> hi\n</ (unclosed\n".utf8),
            ":2:4: '</' is not a valid regular expression"
        ),
        ("an unknown assertion", Array("> hi\n= mood: happy\n".utf8), ":2:3: unknown assertion 'mood'"),
        ("an assertion without a colon", Array("> hi\n= intent\n".utf8), ":2:1: an assertion reads '= key: value'"),
        ("an assertion without a value", Array("> hi\n= intent:\n".utf8), ":2:1: assertion 'intent' has no value"),
        ("an unrecognised line", Array("> hi\n<~ Hi\nwhat is this\n".utf8), ":3:1: unrecognised line"),
        ("a NUL line", Array("> hi\n<~ Hi\n".utf8) + [0, 0x0A], ":3:1: unrecognised line"),
        ("invalid UTF-8", Array("> hi\n< Hi\n".utf8) + [0xFF, 0x0A], ":3:1: is not valid UTF-8"),
        (
            "escape sequences quoted back", Array("> hi\n= m\u{1B}]0;x\u{07}ood: happy\n".utf8),
            ":2:3: unknown assertion"
        ),
    ]

    @Test("A malformed transcript is refused by replay with exit 2 and FILE:LINE", arguments: brokenTranscripts.indices)
    func brokenTranscript(index: Int) throws {
        let (name, bytes, expected) = Self.brokenTranscripts[index]
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.txt")
        try Data(bytes).write(to: file)
        let r = try Binary.run(["replay", file.path], bytes: Data())
        #expect(r.status == 2, "\(name): exit \(r.status)\n\(r.text)\n\(r.stderr)")
        #expect(r.stderr.contains(file.path + expected), "\(name): expected '\(expected)' in\n\(r.stderr)")
        #expect(r.text.contains("MALFORMED \(file.path)"), "\(name)")
        #expect(r.text.hasSuffix("0 passed, 1 failed\n"), "\(name): \(r.text)")
        #expect(rawControlCharacters(in: r.stdout + Data(r.stderr.utf8)).isEmpty, "\(name): raw control characters")

        // Beside a good transcript in a folder: the good one still replays, the exit is 2.
        try FileManager.default.copyItem(
            at: intentsFolder.deletingLastPathComponent().appendingPathComponent(
                "Transcripts/smalltalk-greeting-help-thanks-bye.txt"),
            to: dir.appendingPathComponent("good.txt"))
        let folder = try Binary.run(["replay", dir.path], bytes: Data())
        #expect(folder.status == 2, "\(name) in a folder")
        #expect(folder.text.contains("PASS \(dir.path)/good.txt"), "\(name): \(folder.text)")
        #expect(folder.text.hasSuffix("1 passed, 1 failed\n"), "\(name): \(folder.text)")
    }

    @Test("replay of a missing path, an empty folder or a folder without transcripts exits 2")
    func replayPaths() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try Binary.run(["replay", dir.appendingPathComponent("nothere.txt").path], bytes: Data())
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nothere.txt:1:1: no such file or folder"))
        let empty = try Binary.run(["replay", dir.path], bytes: Data())
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("\(dir.path):1:1: no transcripts (.txt) found"))
        try "x".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        #expect(try Binary.run(["replay", dir.path], bytes: Data()).status == 2)
    }
}
