import Foundation
import Testing

@testable import TingleKit

/// Every input the fuzzers (Fuzz/run) found to crash or hang, fed exactly as the fuzz
/// target fed it. Add each new find here; a test stays disabled only while its bug is open.
/// Both finds so far were the same bug, fixed in 1adb61d (Measure.description).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// What Fuzz/Sources/FuzzTurn does with one input: up to 8 lines of one conversation,
    /// slash commands carried out, every non-blank line answered.
    func turn(_ bytes: [UInt8]) -> [TurnResult] {
        let text = String(decoding: bytes, as: UTF8.self)
        var session = Session(brain: builtInBrain)
        var results: [TurnResult] = []
        for line in text.split(separator: "\n", maxSplits: 7, omittingEmptySubsequences: false).map(String.init) {
            if let (command, name, argument) = SlashCommand.parse(line, settings: builtInBrain.settings) {
                _ = session.perform(command, name: name, argument: argument)
                continue
            }
            let result = session.respond(to: line)
            #expect(line.allSatisfy(\.isWhitespace) || !result.reply.isEmpty, "no reply to \(line.debugDescription)")
            _ = result.jsonLine
            results.append(result)
        }
        return results
    }

    /// FuzzTurn, within a minute: "my feet go numb / will i need surgery / about 4444…40
    /// minutes in" (an 84-digit number) trapped in Measure.description.
    @Test
    func fuzzTurnHugeOnset() throws {
        let input = try #require(
            Data(
                base64Encoded:
                    "bXkgZmVldCBnbyBudW1iCndpbGwgaSBuZWVkIHN1cmdlcnkKYWJvdXQgNDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQwIG1pbnV0ZXMgaW4K"
            ))
        #expect(input.count == 138)
        let results = turn(Array(input))
        #expect(results.count == 4)  // the final newline leaves an empty fourth line
    }

    /// FuzzTranscript, after about eight minutes: a mutated Transcripts/ file whose user line
    /// "after winter 8888…8......s" (37 digits) reaches Measure.description through
    /// Quantities.read during TranscriptReplayer.replay (the same bug). The exact 1,071 bytes, in base64.
    @Test
    func fuzzTranscriptHugeNumber() throws {
        let base64 = """
            dGl0bGU6IFdoaXRlLCB3YXh5IHRvZXMgYWZ0ZXIgZnJlZXppbmcgcnVucywgdG9sZCBpbiB0aGUgb25zZXQgYW5zd2VyLCBpcyB1
            cmdlbnQKIyBQcm90ZWN0czogZnJvc3RiaXRlIGNhdWdodCBpbiB0aGUgYW5zd2VyIHRvIHRoZSBvbnNldCBxdWVzdGlvbi4KPiBt
            eSB0b2VzIGdvIG51bWIgb24gcnVucwo9IGFza2luZzogb25zZXQKPiBhZnRlciB3aW50ZXIgODg4ODg4ODg4ODg4ODg4ODg4ODg4
            ODg4ODg4ODg4ODg4ODg4OC4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4u
            Li4uLi4uLi4uLi4ucwo8fiBXaGVuZG9lcyBub3QgZmlsbCB0aGUgc3ltcHRvbXMgc2xvdCB3aXRoIGJhY2sgcGFpbiBvciB3dCBy
            YWlzZSB3aXRoX3BhaW4gb3Igazg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4OC4uLi4uLi4uLi4u
            PC4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi5kIG5vdyBteSB0
            b2VzIGFyZSB3aGl0ZSBhbmQgd2F4eQo8LyBeVVJHRU5UOiBzZWUgYSBkb2N0b3IgdG9kYXkKPH4gZnJvc3RiaXRlCj0gZXNjYWxh
            dGlvbjogdW1iIG9uIHJ1bnMKPSBhc2tpbmc6IG9uc2V0Cj4gYWZ0ZXIgd2ludGVyIHJ1bnMgaW4gdGhlIGZyZWV6aW5nIGNvbGQs
            IGFuODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4
            ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODguLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4u
            Li4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uZCBub3cgbXkgdG9lcyBhcmUgd2hpdGUg
            YW5oaW5nIGVsc2UKPH4gU29yIHR3byBvciB0aHJlZSB3ZWVrcy55Cjx+IGZyb3N0Yml0ZQo9IGVzY2FsYXRpb246IHVyZ2VudAo9
            IHJlZEZsYWdzOiBbZnJvbwBzdGJpdGUsIGFwcGVhcmFuY2VyZ2VudAo9IHJlZEZsYWdzOiBbZnJvc3RiaXRlLCBhcHBlYXJhbmNl
            XQo9IHN0YXRlOiBlc2NhbGF0ZWQK
            """
        let data = try #require(Data(base64Encoded: base64.filter { !$0.isWhitespace }))
        #expect(data.count == 1_071)
        let text = try #require(String(validating: data, as: UTF8.self))
        do {
            let transcript = try TranscriptParser.parse(text, path: "fuzz.txt")
            let report = TranscriptReplayer(brain: builtInBrain).replay(transcript)
            #expect(report.replies.allSatisfy { !$0.isEmpty })
            if !report.passed { _ = TranscriptUpdater.update(transcript, with: report) }
        } catch {
            #expect(!error.all.isEmpty)
        }
    }
}
