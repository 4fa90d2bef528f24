import Foundation
import TingleKit

/// Replies to lines piped in: no prompt, no echo, no colour. Plain mode skips blank
/// lines and separates replies with a blank line; `--json` writes exactly one object per
/// input line, blank or not, so output lines pair with input lines.
struct ScriptedChat {
    var session: Session
    let json: Bool
    let recordPath: String?

    mutating func run() {
        Output.ignoreBrokenPipe()
        // Piped mode ends cleanly on SIGINT/SIGTERM: the replies written so far stand.
        signal(SIGINT) { _ in exit(0) }
        signal(SIGTERM) { _ in exit(0) }
        var first = true
        var transcript = TranscriptRecorder()
        defer { Frontend.saveRecording(transcript, to: recordPath) }
        while let line = readLine(strippingNewline: true) {
            let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
            if let (command, name, argument) = SlashCommand.parse(line) {
                let outcome = session.perform(command, name: name, argument: argument)
                if case .reply(let text) = outcome { transcript.record(command: line, reply: text) }
                if json {
                    // Still one object for the line: the command's output is the reply.
                    let (reply, goOn) = Frontend.perform(outcome, transcript: transcript)
                    Output.line(session.snapshot(input: line, reply: reply).jsonLine)
                    if !goOn { return }
                    continue
                }
                if !first { Output.line("") }
                first = false
                if !Frontend.handle(outcome, transcript: transcript, style: Style(mode: .never)) { return }
                continue
            }
            if json {
                let result = session.respond(to: line)
                if !line.allSatisfy(\.isWhitespace) { transcript.record(result) }
                Output.line(result.jsonLine)
                continue
            }
            if line.allSatisfy(\.isWhitespace) { continue }
            let result = session.respond(to: line)
            transcript.record(result)
            if !first { Output.line("") }
            first = false
            Output.line(result.reply)
        }
    }
}
