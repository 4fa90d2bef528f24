import Foundation
import Testing

/// Issue 13: files written only where the user meant (no crash on short names, no symbolic
/// link followed, no device or FIFO replaced, no planted temporary name in the way), write
/// failures that show in the exit status, and signals that keep the recording.
@Suite("File safety, exit status and signals")
struct FileSafetyTests {
    func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test(
        "One-character names for /save, /summary and --record are written, not a crash (exit 0, 0600)",
        arguments: ["a", "-", "b"])
    func oneCharacterNames(name: String) throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for command in ["/save", "/summary"] {
            let r = try Binary.run(
                [], bytes: Data("my toes go numb\n\(command) \(name)\nnew hokas\n".utf8), currentDirectory: dir)
            #expect(!r.signalled && r.status == 0, "\(command) \(name): \(r.status) \(r.stderr)")
            let path = dir.appendingPathComponent(name).path
            #expect(try mode(path) == 0o600)
            // Three replies, separated by blank lines: the line after the command was answered.
            #expect(r.text.components(separatedBy: "\n\n").count == 3, "\(r.text)")
            try FileManager.default.removeItem(atPath: path)
        }
        let r = try Binary.run(["--record", name], bytes: Data("my toes go numb\n".utf8), currentDirectory: dir)
        #expect(!r.signalled && r.status == 0, "--record \(name): \(r.stderr)")
        #expect(
            try String(contentsOfFile: dir.appendingPathComponent(name).path, encoding: .utf8).contains(
                "> my toes go numb"))
    }

    @Test(
        "A folder as the target ('.', 'x/') is refused with a message; the chat goes on; exit 1",
        arguments: [".", "x/", "sub"])
    func folderTargets(name: String) throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sub"), withIntermediateDirectories: false)
        let r = try Binary.run(
            [], bytes: Data("my toes go numb\n/save \(name)\nnew hokas\n".utf8), currentDirectory: dir)
        #expect(!r.signalled)
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot write \(name)"), "\(r.stderr)")
        // The error goes where a script looks for one, not among the replies.
        #expect(r.stderr.contains("Could not save"))
        #expect(!r.text.contains("Could not save"))
        #expect(r.text.components(separatedBy: "\n\n").count == 2, "the line after /save is answered: \(r.text)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["sub"], "nothing left behind")
    }

    @Test("A symbolic link is never written through: /save, /summary and --record refuse it; the target is untouched")
    func symbolicLinks() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim").path
        try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
        chmod(victim, 0o644)
        let link = dir.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        for command in ["/save", "/summary"] {
            let r = try Binary.run([], input: "my toes go numb\n\(command) \(link)\n")
            #expect(r.status == 1)
            #expect(r.stderr.contains("symbolic link"), "\(r.stderr)")
        }
        let r = try Binary.run(["--record", link], input: "my toes go numb\n")
        #expect(r.status == 2, "a bad --record target is bad usage, found before the chat")
        #expect(r.stdout.isEmpty, "nothing is answered before the target is known to be good")
        #expect(r.stderr.contains("--record") && r.stderr.contains("symbolic link"), "\(r.stderr)")
        #expect(fileType(link) == S_IFLNK, "the link is not replaced")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(try mode(victim) == 0o644)
    }

    @Test("A FIFO or a device is not replaced by /save, /summary or --record, and nothing hangs")
    func nonRegularFiles() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A private copy of /dev/null (character device 1,3), where mknod is allowed (root):
        // never the real one, which a regression would turn into a file for the whole machine.
        let device = dir.appendingPathComponent("null").path
        let haveDevice = mknod(device, S_IFCHR | 0o666, 0x103) == 0
        for target in [fifo] + (haveDevice ? [device] : []) {
            for command in ["/save", "/summary"] {
                let r = try Binary.run([], input: "my toes go numb\n\(command) \(target)\n")
                #expect(r.status == 1, "\(command) \(target)")
                #expect(r.stderr.contains("not a regular file"), "\(r.stderr)")
            }
            let r = try Binary.run(["--record", target], input: "my toes go numb\n")
            #expect(r.status == 2)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("not a regular file"), "\(r.stderr)")
        }
        #expect(fileType(fifo) == S_IFIFO)
        if haveDevice { #expect(fileType(device) == S_IFCHR) }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
                == (haveDevice ? ["fifo", "null"] : ["fifo"]))
    }

    @Test("--record into a missing folder is refused before the chat starts (exit 2, stdout empty)")
    func recordTargetCheckedFirst() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("missing/chat.txt").path
        for arguments in [["--record", path], ["--json", "--record", path]] {
            let r = try Binary.run(arguments, input: "my toes go numb\n")
            #expect(r.status == 2)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("missing") && r.stderr.contains("does not exist"), "\(r.stderr)")
        }
    }

    @Test("A temporary name planted beside the target (file or link) does not block saving, nor is it followed")
    func plantedTemporaryName() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim").path
        try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
        let running = try Binary.Running([])
        let pid = running.process.processIdentifier
        // The names this and earlier versions use for the temporary file of saved.txt.
        let planted = [".tingle-\(pid).tmp", ".saved.txt.\(pid).tmp"]
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent(planted[0]).path, withDestinationPath: victim)
        try "planted\n".write(toFile: dir.appendingPathComponent(planted[1]).path, atomically: false, encoding: .utf8)
        let saved = dir.appendingPathComponent("saved.txt").path
        running.type("my toes go numb\n/save \(saved)\n")
        #expect(running.waitFor("Conversation saved"), "\(running.output) \(running.errors)")
        running.type("/quit\n")
        #expect(running.exitStatus() == 0)
        #expect(try String(contentsOfFile: saved, encoding: .utf8).contains("> my toes go numb"))
        #expect(try mode(saved) == 0o600)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(fileType(dir.appendingPathComponent(planted[0]).path) == S_IFLNK)
    }

    @Test("The replay hint quotes a path the shell would split or expand")
    func shellQuotedHint() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(
            [], input: "my toes go numb\n/save my chat $(id).txt\n/save it's.txt\n/save -x.txt\n/save plain.txt\n",
            currentDirectory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Replay it with: tingle replay 'my chat $(id).txt'\n"))
        #expect(r.stdout.contains("Replay it with: tingle replay 'it'\\''s.txt'\n"))
        #expect(r.stdout.contains("Replay it with: tingle replay ./-x.txt\n"))
        #expect(r.stdout.contains("Replay it with: tingle replay plain.txt\n"))
    }

    @Test("replay --update keeps a recording 0600 and does not replace a symbolic link")
    func updateKeepsPrivacy() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stale = "> hello\n< this reply is out of date\n"
        let path = dir.appendingPathComponent("private.txt").path
        try stale.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o600)
        let r = try Binary.run(["replay", "--update", path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("updated"))
        #expect(try mode(path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) != stale)

        let real = dir.appendingPathComponent("real.txt").path
        try stale.write(toFile: real, atomically: false, encoding: .utf8)
        let link = dir.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let linked = try Binary.run(["replay", "--update", link])
        #expect(linked.status == 1)
        #expect(linked.stderr.contains("symbolic link"), "\(linked.stderr)")
        #expect(fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == stale)
    }

    /// Runs tingle with stdin and stdout opened from paths (nil: closed); its exit status and stderr.
    func spawn(_ arguments: [String], stdin: String?, stdout: String?) throws -> (status: Int32, stderr: String) {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let errors = dir.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin {
            posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_addclose(&actions, 0)
        }
        if let stdout {
            posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_addclose(&actions, 1)
        }
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT, 0o600)
        for fd in Binary.openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = ([Binary.url.path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Binary.url.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
    }

    @Test("Replies that cannot be written (/dev/full, a closed stdout) and a folder as stdin: exit 1 and a message")
    func lostInputAndOutput() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("input.txt").path
        try "my toes go numb\nnew hokas\n".write(toFile: input, atomically: false, encoding: .utf8)
        for arguments in [[], ["--json"]] {
            let full = try spawn(arguments, stdin: input, stdout: "/dev/full")
            #expect(full.status == 1)
            #expect(full.stderr.contains("cannot write to standard output"), "\(full.stderr)")
            let closed = try spawn(arguments, stdin: input, stdout: nil)
            #expect(closed.status == 1)
            #expect(closed.stderr.contains("standard output is closed"), "\(closed.stderr)")
            let folder = try spawn(arguments, stdin: dir.path, stdout: "/dev/null")
            #expect(folder.status == 1)
            #expect(folder.stderr.contains("cannot read standard input"), "\(folder.stderr)")
        }
        let ask = try spawn(["ask", "my toes go numb"], stdin: "/dev/null", stdout: "/dev/full")
        #expect(ask.status == 1)
        // A closed stdin reads as empty input, not as a file tingle opened later.
        #expect(try spawn([], stdin: nil, stdout: "/dev/null").status == 0)
    }

    @Test(
        "SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2 and SIGALRM in piped mode save the recording like SIGTERM; exit 128+n",
        arguments: [SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM])
    func moreSignals(signalNumber: Int32) throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let recording = dir.appendingPathComponent("recorded.txt").path
        let running = try Binary.Running(["--record", recording])
        running.type("my feet go numb after 3 miles\nnew hokas\n")
        #expect(running.waitFor("Anything else"))
        kill(running.process.processIdentifier, signalNumber)
        #expect(running.exitStatus() == 128 + signalNumber)
        #expect(!running.errors.contains("Backtrace") && !running.errors.contains("Crash"), "\(running.errors)")
        #expect(try String(contentsOfFile: recording, encoding: .utf8).contains("> new hokas"))
        #expect(try mode(recording) == 0o600)
    }

    @Test("A --record file that cannot be written at the end (its folder gone) is exit 1 with a message")
    func recordLost() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("going")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let running = try Binary.Running(["--record", folder.appendingPathComponent("chat.txt").path])
        running.type("my feet go numb after 3 miles\n")
        #expect(running.waitFor("What do you run in"))
        try FileManager.default.removeItem(at: folder)
        running.type("/quit\n")
        #expect(running.exitStatus() == 1)
        #expect(running.errors.contains("cannot write"), "\(running.errors)")
    }

    @Test("--history that is a symbolic link is not followed: the target is neither appended to nor made 0600")
    func historySymlink() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim").path
        try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
        chmod(victim, 0o644)
        let link = dir.appendingPathComponent("history").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        let term = try TerminalTests.PseudoTerminal(
            arguments: ["--history", link], environment: TerminalTests.environment)
        let prompt = try #require(term.waitFor("you›"))
        #expect(term.output.contains("history will not be saved"))
        term.type("my toes go numb\r")
        #expect(term.waitFor("When in a run", after: prompt) != nil)
        term.type("/quit\r")
        #expect(term.exitStatus() == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(try mode(victim) == 0o644)
    }

    @Test("--history that is a FIFO does not hang the chat before its first prompt")
    func historyFIFO() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("history").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let term = try TerminalTests.PseudoTerminal(
            arguments: ["--history", fifo], environment: TerminalTests.environment)
        #expect(term.waitFor("you›", seconds: 10) != nil, "no prompt: \(term.output)")
        #expect(term.output.contains("history will not be saved"))
        term.type("/quit\r")
        #expect(term.exitStatus() == 0)
    }

    @Test("SIGQUIT (Ctrl-\\) in the terminal chat ends it cleanly: goodbye, exit 0, no crash report")
    func quitSignalInTerminal() throws {
        let term = try TerminalTests.PseudoTerminal(arguments: [], environment: TerminalTests.environment)
        #expect(term.waitFor("you›") != nil)
        kill(term.pid, SIGQUIT)
        #expect(term.exitStatus() == 0)
        #expect(term.output.contains("Take care"))
        #expect(!term.output.contains("Backtrace") && !term.output.contains("Crash"))
    }

    /// Peak memory (VmHWM, KB) of a piped tingle once it has answered `input`, whose last line
    /// must get a reply holding `reply`. Read from /proc while tingle runs: ru_maxrss from
    /// wait4 can count the memory of the (large, growing) test process that spawned it.
    func peakMemory(_ input: Data, reply: String) throws -> Int? {
        let running = try Binary.Running([])
        running.type(String(decoding: input, as: UTF8.self))
        guard running.waitFor(reply, seconds: 60) else { return nil }
        let status = try String(contentsOfFile: "/proc/\(running.process.processIdentifier)/status", encoding: .utf8)
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        kill(running.process.processIdentifier, SIGTERM)
        _ = running.exitStatus()
        return line.flatMap { Int($0.split(separator: " ")[1]) }
    }

    @Test(
        "A line with no end (16 MiB without a newline) is never held whole: flat memory, then the next line is answered",
        .disabled(if: HostileInputTests.underSanitizer, "peak memory is the sanitizer's under scripts/sanitize"))
    func endlessLine() throws {
        let next = Data("\nmy toes go numb\n".utf8)
        let baseline = try #require(try peakMemory(Data("my toes go numb\n".utf8), reply: "When in a run"))
        let endless = try #require(
            try peakMemory(Data(repeating: UInt8(ascii: "a"), count: 16 << 20) + next, reply: "When in a run"))
        // Held whole, the line alone would be 16 MiB, and its decoded string as much again.
        #expect(
            endless - baseline < 8_000,
            "peak memory grew by \(endless - baseline) KB for a 16 MiB line (\(baseline) → \(endless) KB)")
        let r = try Binary.run([], bytes: Data(repeating: UInt8(ascii: "a"), count: 1 << 20) + next)
        #expect(r.status == 0)
        #expect(r.text.contains("too long") && r.text.contains("When in a run"), "\(r.text.prefix(500))")
    }

    @Test("replay places invalid UTF-8 in a transcript at its line and column, not at 1:1")
    func transcriptUTF8Location() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.txt").path
        try Data("title: x\n> hello\n< caf".utf8 + [0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))
        let r = try Binary.run(["replay", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(path):3:6: is not valid UTF-8"), "\(r.stderr)")
    }

    @Test("Paths with escape sequences are never echoed raw (replay, --intents, /save, --record)")
    func escapedPaths() throws {
        let hostile = "\u{1B}]52;c;aGk=\u{07}x\u{1B}[2J\u{9B}"
        for arguments in [["replay", hostile], ["check", "--intents", hostile], ["--record", hostile + "/r.txt"]] {
            let r = try Binary.run(arguments, bytes: Data("hello\n".utf8))
            #expect(r.status == 2, "\(arguments)")
            #expect(!r.stderr.isEmpty)
            #expect(
                rawControlCharacters(in: r.stdout + Data(r.stderr.utf8)).isEmpty,
                "\(arguments): \(r.stderr.debugDescription)")
        }
        let r = try Binary.run([], bytes: Data("/save \(hostile)/x.txt\n".utf8))
        #expect(r.status == 1)
        #expect(rawControlCharacters(in: r.stdout + Data(r.stderr.utf8)).isEmpty, "\(r.stderr.debugDescription)")
    }
}
