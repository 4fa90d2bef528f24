import Foundation
import Testing

@Suite("Piped input, --json, ask, check")
struct ScriptingTests {
    @Test("A piped line gets a reply and no prompt, banner or colour")
    func pipedPlain() throws {
        let r = try Binary.run([], input: "hello\n", environment: ["TERM": "xterm-256color"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Hi!"))
        #expect(!r.stdout.contains("you›"))
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(r.stderr.isEmpty)
    }

    @Test("Blank lines are skipped in plain mode; replies are separated by a blank line")
    func blankLines() throws {
        let r = try Binary.run([], input: "hello\n\n   \nthanks\n")
        let replies = r.stdout.components(separatedBy: "\n\n")
        #expect(replies.count == 2)
        #expect(replies[1].hasPrefix("You're welcome"))
    }

    @Test("The chat started without the argument parser (no options, or --json alone) answers as the parsed one")
    func unparsedStartIsTheSame() throws {
        let input = "my feet go numb after 3 miles\nnew hokas, laced tight\n/why\n"
        // A second option sends each through the parser; neither changes what piped output holds.
        let json = try Binary.run(["--json"], input: input)
        let parsedJSON = try Binary.run(["--json", "--color", "never"], input: input)
        #expect(json.status == 0 && parsedJSON.status == 0)
        #expect(json.stdout == parsedJSON.stdout && !json.stdout.isEmpty)
        let plain = try Binary.run([], input: input)
        let parsedPlain = try Binary.run(["--color", "never"], input: input)
        #expect(plain.stdout == parsedPlain.stdout && plain.stdout.contains("Got it: new hokas"))
        #expect(plain.stderr.isEmpty && json.stderr.isEmpty)
    }

    @Test("--json writes exactly one object per input line, blank or not")
    func jsonLines() throws {
        let input = "my feet go numb after 3 miles\n\nnew hokas, laced tight\n/why\n"
        let r = try Binary.run(["--json"], input: input)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        for object in objects {
            for key in [
                "turn", "input", "intent", "slots", "asking", "escalation", "redFlags", "redFlagsOfSomeoneElse",
                "reply",
            ] {
                #expect(object.keys.contains(key), "missing \(key)")
            }
        }
        #expect(objects[0]["intent"] as? String == "report_numbness")
        #expect((objects[0]["slots"] as? [String: Any])?["onset"] as? String == "after about 3 miles")
        #expect(objects[0]["asking"] as? String == "footwear")
        #expect(objects[1]["reply"] as? String == "")
        #expect(objects[2]["turn"] as? Int == 3)
        #expect(objects[2]["asking"] as? String == "symptoms")
        #expect(objects[0]["escalation"] is NSNull)
    }

    @Test("ask answers one question and exits")
    func ask() throws {
        let r = try Binary.run(["ask", "can tight laces cause numb feet?"])
        #expect(r.status == 0)
        #expect(r.stdout.lowercased().contains("lac"))
        let j = try Binary.run(["ask", "--json", "my groin is numb"])
        #expect(j.stdout.contains(#""escalation":"emergency""#))
    }

    @Test("--version and --help")
    func versionAndHelp() throws {
        #expect(try Binary.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try Binary.run(["--help"]).stdout
        for word in ["--json", "--intents", "--color", "--history", "ask", "check"] { #expect(help.contains(word)) }
    }

    @Test("Bad usage exits 2")
    func badUsage() throws {
        #expect(try Binary.run(["--color", "purple"]).status == 2)
        #expect(try Binary.run(["frobnicate", "--nope"]).status == 2)
        let unknown = try Binary.run(["help", "nosuch"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no subcommand 'nosuch'"))
        #expect(unknown.stdout.isEmpty, "no root help printed as if it had worked")
        #expect(try Binary.run(["ask", ""]).status == 2)
        #expect(try Binary.run(["ask", "  "]).status == 2)
        #expect(try Binary.run(["--version", "extra"]).status == 2)
        let flag = try Binary.run(["--nope"])
        #expect(flag.status == 2)
        #expect(flag.stderr.components(separatedBy: "--help").count == 2, "one usage hint, not two: \(flag.stderr)")
    }

    @Test("Each subcommand's help lists the global options that apply to it, which work after its name")
    func globalOptionsInSubcommandHelp() throws {
        let usage = try Binary.run(["--help"]).stdout
        #expect(usage.contains("USAGE: tingle [--intents <DIR> | --brain <FILE>] [--json]"))
        #expect(!usage.contains("[--record <FILE>] <subcommand>"), "the chat needs no subcommand")
        for (command, options) in [
            ("ask", ["--intents", "--brain", "--json"]), ("analyze", ["--intents", "--brain", "--json"]),
            ("check", ["--intents", "--brain"]), ("eval", ["--intents", "--brain", "--json"]),
            ("replay", ["--intents", "--brain"]),
        ] {
            let help = try Binary.run([command, "--help"]).stdout
            for option in options { #expect(help.contains(option), "\(command) --help lacks \(option)") }
        }
        let before = try Binary.run(["--json", "ask", "my groin is numb"]).stdout
        let after = try Binary.run(["ask", "--json", "my groin is numb"]).stdout
        #expect(before == after && before.hasPrefix("{"))
    }

    @Test("replay colours its verdicts on request and counts words right; plain in a pipe")
    func replayVerdicts() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("one.txt")
        try "title: one turn\n> hello\n= intent: greeting\n".write(to: file, atomically: true, encoding: .utf8)
        let coloured = try Binary.run(["replay", "--color", "always", file.path])
        #expect(coloured.status == 0)
        #expect(coloured.stdout.contains("\u{1B}[1;32mPASS\u{1B}[0m \(file.path) (1 turn)"), "\(coloured.stdout)")
        let plain = try Binary.run(["replay", file.path])
        #expect(plain.stdout.hasPrefix("PASS \(file.path) (1 turn)"))
        #expect(!plain.stdout.contains("\u{1B}"))
    }

    @Test("check passes on the built-in brain")
    func checkBuiltIn() throws {
        let r = try Binary.run(["check"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("OK"))
    }

    @Test("A missing or broken brain is a clear error with exit status 2")
    func brokenBrain() throws {
        let missing = try Binary.run(["--intents", "/nonexistent/brain"], input: "hi\n")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/brain:1:1: no such folder"))
        #expect(!missing.stderr.contains("Fatal error"))

        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "intents:\n  - id: x\n    patterns: [\"x\"]\n    exmaples: [a]\n".write(
            to: dir.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        let broken = try Binary.run(["check", "--intents", dir.path])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("a.yaml:4:5: unknown key 'exmaples'"))
    }

    @Test("The built-in brain travels inside the binary: a copy elsewhere still answers")
    func movedBinary() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("tingle")
        try FileManager.default.copyItem(at: Binary.url, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["ask", "hello"]
        process.currentDirectoryURL = dir
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("Hi!"))
    }

    @Test("/summary FILE writes a file readable by the user only")
    func summaryFile() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("summary.md").path
        let r = try Binary.run([], input: "my toes go numb after 5k\n/summary \(path)\n")
        #expect(r.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("after about 5 km"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["summary.md"])
    }

    @Test("Nothing is written to disk unless asked")
    func nothingWritten() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(
            [], input: "my feet go numb\nnew shoes\n/summary\n/quit\n",
            environment: ["HOME": dir.path], currentDirectory: dir)
        #expect(r.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("Control characters typed by the user never come back raw")
    func controlCharacters() throws {
        let r = try Binary.run(["--json"], input: "numb \u{1B}[2J\u{1B}]0;pwned\u{07} toes\u{7F}\n")
        #expect(
            !r.stdout.unicodeScalars.contains {
                ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || $0.value == 0x1B
            })
    }

    @Test("--record writes a private transcript that replays green; a changed line fails at its line")
    func recordAndReplay() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("session.txt").path
        let chat = try Binary.run(
            ["--record", path], input: "hello\nmy feet go numb after 3 miles\nnew hokas\nno\n/summary\n")
        #expect(chat.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let green = try Binary.run(["replay", path])
        #expect(green.status == 0, "\(green.stdout)")
        #expect(green.stdout.hasSuffix("1 passed, 0 failed\n"))

        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("< Hi!") })
        lines[index] = "< Hello!"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let red = try Binary.run(["replay", path])
        #expect(red.status == 1)
        #expect(red.stdout.contains("FAIL \(path):\(index + 1): the reply differs"))
        #expect(try Binary.run(["replay", "--update", path]).status == 1)
        #expect(try Binary.run(["replay", path]).status == 0)

        try "> hi\n<~\n".write(toFile: path, atomically: true, encoding: .utf8)
        let malformed = try Binary.run(["replay", path])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("\(path):2:1: empty '<~' expectation"))
    }
}
