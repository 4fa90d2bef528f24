import Foundation
import Testing

/// Hostile input typed into the real REPL on a pseudo-terminal.
@Suite("Hostile input in the terminal")
struct HostileTerminalTests {
    typealias Terminal = TerminalTests.PseudoTerminal

    func write(_ term: Terminal, bytes: [UInt8]) {
        var bytes = bytes
        _ = Foundation.write(term.master, &bytes, bytes.count)
    }

    @Test(
        "Emoji, right-to-left text, code, blank and over-long lines, control characters and invalid UTF-8 are answered; nothing raw comes back"
    )
    func hostileLines() throws {
        let term = try Terminal(arguments: [], environment: TerminalTests.environment)
        var mark = try #require(term.waitFor("you›"))

        func say(_ text: String, expect reply: String, _ comment: String) throws {
            term.type(text + "\r")
            let replied =
                reply.isEmpty ? mark : try #require(term.waitFor(reply, after: mark), "\(comment): no '\(reply)'")
            mark = try #require(term.waitFor("you›", after: replied), "\(comment): no prompt after the reply")
        }

        try say("🦶😣 my feet go numb 👟 after 3 miles", expect: "What do you run in?", "emoji")
        try say("   \t ", expect: "", "whitespace only")  // no reply: a fresh prompt
        try say("הרגליים שלי — قدمي", expect: "Sorry", "right-to-left text")
        // a second miss skips the question
        try say("'; DROP TABLE users; -- $(rm -rf ~) <script>", expect: "move on", "SQL and code")
        try say(String(repeating: "numb feet ", count: 210), expect: "too long", "a line over 2,000 characters")

        // Ctrl-V (quoted insert) puts a raw ESC and BEL into the line, as a paste would.
        term.type("my feet \u{16}\u{1B}]0;pwned\u{16}\u{07} \u{16}\u{1B}[2J go numb\r")
        let replied = try #require(term.waitFor("Anything else", after: mark), "control characters")
        mark = try #require(term.waitFor("you›", after: replied))

        // Bytes that are not UTF-8.
        write(term, bytes: [0xFF, 0xFE, 0x20] + Array("no pain".utf8) + [0xC3, 0x28, 0x0D])
        let invalid = try #require(term.waitFor("you›", after: mark), "invalid UTF-8")
        mark = invalid

        term.type("\u{4}")  // Ctrl-D
        #expect(term.exitStatus() == 0)
        // Readline shows what was typed in its own way (^[ for ESC); the sequences themselves
        // must never reach the terminal, neither in the echo nor in a reply.
        for sequence in ["\u{1B}]0;pwned", "\u{1B}[2J", "pwned\u{07}"] {  // readline itself may ring the bell
            #expect(!term.output.contains(sequence), "\(sequence.debugDescription) reached the terminal")
        }
        #expect(!term.output.contains("Fatal error"))
    }

    @Test("SIGTERM in the chat ends it cleanly with status 0")
    func sigterm() throws {
        let term = try Terminal(arguments: [], environment: TerminalTests.environment)
        let prompt = try #require(term.waitFor("you›"))
        term.type("my feet go numb\r")
        #expect(term.waitFor("When in a run", after: prompt) != nil)
        kill(term.pid, SIGTERM)
        #expect(term.exitStatus() == 0)
        #expect(term.output.contains("Take care"))
    }
}
