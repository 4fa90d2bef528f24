import Foundation
import Testing

@testable import TingleKit

/// The folder of recorded conversations, found from this file's place in the repository.
let transcriptsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Transcripts")

let transcriptFiles: [String] = {
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: transcriptsFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
}()

@Suite("Transcripts")
struct TranscriptTests {
    @Test("Every transcript replays green", arguments: transcriptFiles)
    func replay(file: String) throws {
        let path = transcriptsFolder.appendingPathComponent(file).path
        let transcript = try TranscriptParser.parse(
            try String(contentsOfFile: path, encoding: .utf8), path: "Transcripts/\(file)")
        let report = TranscriptReplayer(brain: builtInBrain).replay(transcript)
        for failure in report.failures {
            Issue.record(
                "Transcripts/\(file):\(failure.line): \(failure.message)\n  expected: \(failure.expected)\n  actual:   \(failure.actual)"
            )
        }
    }

    @Test("The suite covers every intent and every red flag")
    func coverage() throws {
        var total = Coverage()
        for file in transcriptFiles {
            let path = transcriptsFolder.appendingPathComponent(file).path
            let transcript = try TranscriptParser.parse(try String(contentsOfFile: path, encoding: .utf8), path: file)
            total.merge(TranscriptReplayer(brain: builtInBrain).replay(transcript).coverage)
        }
        let missingIntents = builtInBrain.intents.map(\.id).filter { !total.intents.contains($0) }
        let missingFlags = builtInBrain.redFlags.map(\.id).filter { !total.redFlags.contains($0) }
        #expect(missingIntents.isEmpty, "intents no transcript exercises: \(missingIntents)")
        #expect(missingFlags.isEmpty, "red flags no transcript exercises: \(missingFlags)")
        #expect(Set(["greeting", "assessing", "assessed", "escalated"]).isSubset(of: total.states))
    }
}

@Suite("Transcript format")
struct TranscriptFormatTests {
    func parse(_ text: String) throws(Problems) -> Transcript { try TranscriptParser.parse(text, path: "t.txt") }

    @Test func parsesTurnsExpectationsAndAssertions() throws {
        let t = try parse("title: T\n# c\n> hi\n< Hi there\n<~ there\n<* H* t?ere\n</ ^Hi\n= intent: greeting\n")
        #expect(t.title == "T")
        #expect(t.turns.count == 1)
        #expect(t.turns[0].expectations.map(\.match) == [.exact, .contains, .wildcard, .regex])
        #expect(t.turns[0].assertions.first?.key == "intent")
    }

    @Test(
        "Malformed transcripts are refused with file and line",
        arguments: [
            ("< orphan reply\n", "t.txt:1:1:"),
            ("> hi\n<~\n", "t.txt:2:1: empty '<~'"),
            ("> hi\n", "t.txt:1:1: this turn expects nothing"),
            ("> hi\n= mood: happy\n", "t.txt:2:3: unknown assertion 'mood'"),
            ("> hi\n</ (unclosed\n", "t.txt:2:4:"),
            ("> hi\nwhat is this\n", "t.txt:2:1: unrecognised line"),
            ("# only a comment\n", "t.txt:1:1: the transcript has no turns"),
        ])
    func malformed(text: String, message: String) {
        do throws(Problems) {
            _ = try parse(text)
            Issue.record("should be refused")
        } catch {
            #expect(error.all.contains { $0.description.hasPrefix(message) }, "\(error)")
        }
    }

    @Test("A changed expected line fails at its line, and --update restores it")
    func failAndUpdate() throws {
        var recorder = TranscriptRecorder()
        var session = Session(brain: builtInBrain)
        for line in ["hello", "my feet go numb after 3 miles", "new hokas"] {
            recorder.record(session.respond(to: line))
        }
        let original = recorder.text
        let green = TranscriptReplayer(brain: builtInBrain).replay(try parse(original))
        #expect(green.passed)

        let broken = original.replacingOccurrences(of: "< Hi! Tell me", with: "< Hello! Tell me")
        let transcript = try parse(broken)
        let report = TranscriptReplayer(brain: builtInBrain).replay(transcript)
        let brokenLine =
            broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("< Hello!") }! + 1
        #expect(report.failures.first?.line == brokenLine)
        #expect(TranscriptUpdater.update(transcript, with: report) == original)
    }

    @Test func subsequenceAndAssertions() throws {
        let t = try parse(
            "> my feet go numb after 3 miles\n<~ common in runners\n</ ^What do you run in\\?\n= slots.onset: after about 3 miles\n= asking: footwear\n= redFlags: []\n"
        )
        #expect(TranscriptReplayer(brain: builtInBrain).replay(t).passed)
        let wrong = try parse("> my feet go numb after 3 miles\n<~ What do you run in?\n<~ common in runners\n")
        #expect(TranscriptReplayer(brain: builtInBrain).replay(wrong).failures.first?.line == 3)  // order matters
        let badAssert = try parse("> hello\n= intent: goodbye\n")
        #expect(
            TranscriptReplayer(brain: builtInBrain).replay(badAssert).failures.first?.message
                == "intent is greeting, expected goodbye")
    }

    @Test func wildcard() {
        #expect(Wildcard("H* t?ere").matches("Hi there"))
        #expect(!Wildcard("H*x").matches("Hi there"))
        #expect(Wildcard("*").matches(""))
    }
}
