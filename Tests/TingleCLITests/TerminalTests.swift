import Foundation
import Testing

/// Drives the real REPL through a pseudo-terminal, as a person at a keyboard would.
@Suite("Interactive chat in a terminal")
struct TerminalTests {
    /// A child process on a pseudo-terminal, with helpers to type and to wait for output.
    final class PseudoTerminal {
        let master: Int32
        let pid: pid_t
        private(set) var output = ""

        init(arguments: [String], environment: [String: String], columns: UInt16 = 100) throws {
            let argv = ([Binary.url.path] + arguments).map { strdup($0) } + [nil]
            let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            var fd: Int32 = -1
            var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
            // Tests run in parallel: the child must not hold other tests' pipes open (it would
            // keep their tingle waiting for the end of its input). Listed before the fork.
            let inherited = Binary.openDescriptors().filter { $0 > 2 }
            let child = forkpty(&fd, nil, nil, &size)
            if child == 0 {
                // In the child only async-signal-safe calls: close, exec or exit.
                inherited.withUnsafeBufferPointer { for fd in $0 { close(fd) } }
                execve(argv[0]!, argv, envp)
                _exit(127)
            }
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
            guard child > 0 else { throw POSIXError(.EAGAIN) }
            master = fd
            pid = child
        }

        func type(_ text: String) {
            var bytes = Array(text.utf8)
            _ = write(master, &bytes, bytes.count)
        }

        /// Reads until `text` appears after `offset`, and returns where it ends (or nil after
        /// `seconds`, so a bug shows up as a failed expectation rather than a hung test run).
        @discardableResult
        func waitFor(_ text: String, after offset: String.Index? = nil, seconds: Double = 20) -> String.Index? {
            let deadline = Date().addingTimeInterval(seconds)
            while true {
                let searchFrom = offset ?? output.startIndex
                if let found = output[searchFrom...].range(of: text) { return found.upperBound }
                guard Date() < deadline else { return nil }
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 100) > 0 else { continue }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { return output[searchFrom...].range(of: text)?.upperBound }
                output += String(decoding: buffer[0..<n], as: UTF8.self)
            }
        }

        func exitStatus(seconds: Double = 20) -> Int32? {
            let deadline = Date().addingTimeInterval(seconds)
            var status: Int32 = 0
            while Date() < deadline {
                waitFor("\u{0}", seconds: 0.1)  // keep draining output so the child never blocks
                if waitpid(pid, &status, WNOHANG) == pid {
                    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                }
            }
            kill(pid, SIGKILL)
            return nil
        }

        deinit { close(master) }
    }

    static let environment = [
        "TERM": "xterm-256color", "NO_COLOR": "1", "INPUTRC": "/dev/null",
        "HOME": FileManager.default.temporaryDirectory.path, "PATH": "/usr/bin:/bin",
    ]
    .merging(sanitizerEnvironment) { $1 }

    /// What scripts/sanitize sets (ASAN_OPTIONS, TSAN_OPTIONS…), passed on to a child whose
    /// environment a test builds from scratch.
    static let sanitizerEnvironment = ProcessInfo.processInfo.environment.filter {
        $0.key.hasSuffix("SAN_OPTIONS") || $0.key == "SWIFT_BACKTRACE" || $0.key == "TINGLE_SANITIZER"
    }

    @Test("Prompt, a reply, Ctrl-C keeps the session, Ctrl-D exits 0")
    func chat() throws {
        let term = try PseudoTerminal(arguments: [], environment: Self.environment)
        #expect(term.waitFor("In an emergency") != nil)
        let prompt = try #require(term.waitFor("you›"))
        term.type("my feet go numb after 3 miles\r")
        let reply = try #require(term.waitFor("What do you run in?", after: prompt))
        let secondPrompt = try #require(term.waitFor("you›", after: reply))

        term.type("half a thought")
        let typed = try #require(term.waitFor("half a thought", after: secondPrompt))
        term.type("\u{3}")  // Ctrl-C
        let interrupted = try #require(term.waitFor("^C", after: typed))
        let freshPrompt = try #require(term.waitFor("you›", after: interrupted))

        term.type("new hokas\r")  // the session survived Ctrl-C: the dialogue goes on
        let next = try #require(term.waitFor("Anything else", after: freshPrompt))
        #expect(term.waitFor("you›", after: next) != nil)

        term.type("\u{4}")  // Ctrl-D on an empty line
        #expect(term.exitStatus() == 0)
        #expect(term.output.contains("Take care"))
    }

    @Test("/quit ends the chat; tab completes slash commands")
    func quitAndCompletion() throws {
        let term = try PseudoTerminal(arguments: [], environment: Self.environment)
        let prompt = try #require(term.waitFor("you›"))
        term.type("/qu\t")
        #expect(term.waitFor("/quit", after: prompt) != nil)
        term.type("\r")
        #expect(term.exitStatus() == 0)
    }

    @Test("--history keeps lines in a file readable by the user only")
    func history() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("history").path
        let term = try PseudoTerminal(arguments: ["--history", path], environment: Self.environment)
        #expect(term.waitFor("you›") != nil)
        term.type("hello\r")
        #expect(term.waitFor("Hi!") != nil)
        term.type("/quit\r")
        #expect(term.exitStatus() == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("hello"))
    }

    /// The output as a person sees it: escape sequences and carriage returns taken out.
    static func visible(_ output: String) -> String {
        var text = ""
        var escape = false
        for scalar in output.unicodeScalars {
            if escape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { escape = false }
                continue
            }
            if scalar == "\u{1B}" {
                escape = true
                continue
            }
            if scalar == "\r" || scalar == "\u{1}" || scalar == "\u{2}" { continue }
            text.unicodeScalars.append(scalar)
        }
        return text
    }

    @Test(
        "ask in a 60-column terminal: wrapped at spaces, never mid-word, coloured when asked, no question left hanging")
    func askWrapped() throws {
        let question = "my groin went numb on my long run and my toes tingle"
        let term = try PseudoTerminal(
            arguments: ["ask", "--color", "always", question], environment: Self.environment, columns: 60)
        #expect(term.exitStatus() == 0)
        #expect(term.output.contains("\u{1B}[1;31m"), "the emergency is coloured with --color always")
        let lines = Self.visible(term.output).split(separator: "\n").map(String.init)
        #expect(lines.count > 3)
        for line in lines { #expect(line.count <= 59, "wider than the window: \(line)") }
        // Every word of the reply, as a pipe gets it, is whole on some line of the terminal.
        let plain = try Binary.run(["ask", question]).stdout
        let words = Set(Self.visible(term.output).split(whereSeparator: \.isWhitespace).map(String.init))
        for word in plain.split(whereSeparator: \.isWhitespace) {
            #expect(words.contains(String(word)), "\(word) was cut")
        }
        #expect(!plain.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?"), "ask cannot take an answer")
    }

    @Test(
        "The chat at 60 columns: a view offers /summary once, /summary reads as text, bye leaves, Tab completes a file")
    func chatPolish() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("notes-from-run.md").path, contents: nil)
        var environment = Self.environment
        environment["HOME"] = dir.path
        let term = try PseudoTerminal(arguments: [], environment: environment, columns: 60)
        var at = try #require(term.waitFor("you›"))
        for line in ["my toes go numb 20 minutes in", "new nikes laced tight", "nothing else", "it goes in minutes"] {
            term.type(line + "\r")
            at = try #require(term.waitFor("you›", after: at))
        }
        let hint = "Tip: /summary FILE"
        #expect(term.output.components(separatedBy: hint).count == 2, "offered once")
        term.type("/summary\r")
        let summaryStart = at
        at = try #require(term.waitFor("you›", after: at))
        let summary = Self.visible(String(term.output[summaryStart..<at]))
        #expect(summary.contains("Foot numbness when running: summary"))
        #expect(!summary.contains("# Foot"), "no Markdown on screen")
        #expect(!summary.contains("_From tingle"))
        for line in summary.split(separator: "\n") { #expect(line.count <= 59, "wider than the window: \(line)") }
        term.type("/save ~/notes-from\t")
        #expect(term.waitFor("notes-from-run.md", after: at) != nil, "Tab completes a file name after /save")
        term.type("\u{15}")  // Ctrl-U: clear the line
        term.type("bye\r")
        #expect(term.exitStatus() == 0)
    }
}
