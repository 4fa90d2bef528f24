import Foundation
import Testing

/// What people tell tingle is health information: nothing reaches the disk unless they ask,
/// what they ask for is private (0600) and written whole, and nothing leaves the machine.
@Suite("Privacy")
struct PrivacyTests {
    static let conversation =
        "hello\nmy feet go numb after 3 miles\nnew hokas laced tight\nno\n/why\n/summary\n/help\n/restart\nmy groin is numb\n"

    /// HOME, the working folder and TMPDIR all point at one empty folder.
    func sandbox() throws -> (URL, [String: String]) {
        let dir = try Binary.temporaryDirectory()
        return (
            dir,
            [
                "HOME": dir.path, "TMPDIR": dir.path, "XDG_CONFIG_HOME": dir.path, "XDG_DATA_HOME": dir.path,
                "XDG_CACHE_HOME": dir.path, "XDG_STATE_HOME": dir.path,
            ].merging(TerminalTests.sanitizerEnvironment) { $1 }
        )
    }

    func contents(_ dir: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted()
    }

    @Test("A full piped, --json and ask chat writes nothing to disk")
    func nothingWrittenPiped() throws {
        let (dir, environment) = try sandbox()
        defer { try? FileManager.default.removeItem(at: dir) }
        for arguments in [[], ["--json"]] {
            let r = try Binary.run(arguments, input: Self.conversation, environment: environment, currentDirectory: dir)
            #expect(r.status == 0)
        }
        #expect(
            try Binary.run(["ask", "my toes go numb"], environment: environment, currentDirectory: dir).status == 0)
        let written = try contents(dir)
        #expect(written.isEmpty, "written: \(written)")
    }

    @Test("A full chat in a terminal writes nothing to disk (no history unless asked)")
    func nothingWrittenInTerminal() throws {
        let (dir, environment) = try sandbox()
        defer { try? FileManager.default.removeItem(at: dir) }
        var env = TerminalTests.environment.merging(environment) { $1 }
        env.removeValue(forKey: "INPUTRC")  // readline may read ~/.inputrc; it must not write
        // HOME and TMPDIR are the sandbox (the pseudo-terminal child keeps the test's working folder;
        // the piped test above covers the working folder).
        let term = try TerminalTests.PseudoTerminal(arguments: [], environment: env)
        var mark = try #require(term.waitFor("you›"))
        for line in ["my feet go numb after 3 miles", "new hokas", "no", "/summary", "/why"] {
            term.type(line + "\r")
            mark = try #require(term.waitFor("you›", after: mark), "no prompt after \(line)")
        }
        term.type("\u{4}")
        #expect(term.exitStatus() == 0)
        let written = try contents(dir)
        #expect(written.isEmpty, "written: \(written)")
    }

    func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test("--record, /save and /summary FILE replace an existing file whole, mode 0600, leaving no temporary file")
    func privateAtomicFiles() throws {
        let (dir, environment) = try sandbox()
        defer { try? FileManager.default.removeItem(at: dir) }
        let record = dir.appendingPathComponent("record.txt").path
        let saved = dir.appendingPathComponent("saved.txt").path
        let summary = dir.appendingPathComponent("summary.md").path
        // Pre-existing, world-readable, longer than what will replace them.
        let old = String(repeating: "OLD CONTENT THAT MUST GO\n", count: 2_000)
        for path in [record, saved, summary] {
            try old.write(toFile: path, atomically: false, encoding: .utf8)
            chmod(path, 0o644)
        }
        for json in [false, true] {
            let r = try Binary.run(
                (json ? ["--json"] : []) + ["--record", record],
                input: "my feet go numb after 3 miles\nnew hokas\n/save \(saved)\n/summary \(summary)\nno\n",
                environment: environment, currentDirectory: dir)
            #expect(r.status == 0, "\(r.stderr)")
            for path in [record, saved, summary] {
                #expect(try mode(path) == 0o600, "\(path) is not 0600")
                let text = try String(contentsOfFile: path, encoding: .utf8)
                #expect(!text.contains("OLD CONTENT"), "\(path) was not replaced whole")
            }
            #expect(try String(contentsOfFile: record, encoding: .utf8).contains("> no"))
            #expect(try String(contentsOfFile: saved, encoding: .utf8).contains("> new hokas"))
            #expect(try String(contentsOfFile: summary, encoding: .utf8).contains("after about 3 miles"))
            let files = try contents(dir)
            #expect(files == ["record.txt", "saved.txt", "summary.md"], "left behind: \(files)")
        }
        // A file that cannot be written is an answer, not a crash, and leaves nothing behind;
        // a script learns of it from stderr and the exit status.
        let r = try Binary.run(
            [], input: "/save \(dir.path)/no/such/folder/x.txt\n/summary \(dir.path)\n",
            environment: environment, currentDirectory: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("Could not save") && !r.stdout.contains("Could not save"))
        #expect(r.stderr.contains("does not exist") && r.stderr.contains("is a folder"), "\(r.stderr)")
        #expect(try contents(dir) == ["record.txt", "saved.txt", "summary.md"])
    }

    @Test("The file is private from the first byte: the temporary file is created 0600 under any umask")
    func umask() throws {
        let (dir, environment) = try sandbox()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("summary.md").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "umask 000; printf 'my toes go numb\\n/summary %s\\n' \"$1\" | \"$0\"", Binary.url.path, path,
        ]
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try mode(path) == 0o600)
    }

    @Test("--history is created 0600, an existing one is made 0600, and old lines are kept")
    func history() throws {
        let (dir, environment) = try sandbox()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("history").path
        try "an old line\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        let env = TerminalTests.environment.merging(environment) { $1 }
        let term = try TerminalTests.PseudoTerminal(arguments: ["--history", path], environment: env)
        #expect(term.waitFor("you›") != nil)
        term.type("my toes go numb\r")
        #expect(term.waitFor("When in a run") != nil)
        term.type("/quit\r")
        #expect(term.exitStatus() == 0)
        #expect(try mode(path) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("an old line") && text.contains("my toes go numb"))
        #expect(try contents(dir) == ["history"])
    }

    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        "tingle opens no network connection (strace)",
        .enabled(if: strace != nil, "strace is not installed (apt-get install strace; .ci/run does)"))
    func noNetwork() throws {
        let strace = try #require(Self.strace)
        let (dir, environment) = try sandbox()
        defer { try? FileManager.default.removeItem(at: dir) }
        func traced(_ arguments: [String], input: String) throws -> (status: Int32, calls: String)? {
            let log = dir.appendingPathComponent("strace.log").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: strace)
            process.arguments = ["-f", "-qq", "-e", "trace=%network", "-o", log, Binary.url.path] + arguments
            process.environment = environment
            let stdin = Pipe()
            process.standardInput = stdin
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
            process.waitUntilExit()
            defer { try? FileManager.default.removeItem(atPath: log) }
            guard let calls = try? String(contentsOfFile: log, encoding: .utf8) else { return nil }
            return (process.terminationStatus, calls)
        }
        // Can strace trace here at all (ptrace may be forbidden in a container)?
        guard let probe = try traced(["--version"], input: ""), probe.status == 0 else {
            print("noNetwork: SKIPPED, strace cannot trace in this environment (ptrace not permitted)")
            return
        }
        for (arguments, input) in [
            ([String](), Self.conversation), (["--json"], Self.conversation),
            (["ask", "my feet go numb"], ""), (["check"], ""),
            (
                [
                    "replay",
                    intentsFolder.deletingLastPathComponent().appendingPathComponent(
                        "Transcripts/smalltalk-greeting-help-thanks-bye.txt"
                    ).path,
                ], ""
            ),
        ] {
            let result = try #require(try traced(arguments, input: input))
            #expect(result.status == 0, "\(arguments)")
            #expect(
                result.calls.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                "\(arguments) made network system calls:\n\(result.calls)")
        }
    }
}
