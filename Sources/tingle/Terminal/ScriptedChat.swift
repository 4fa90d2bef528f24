import Foundation
import TingleKit

/// Replies to lines piped in: no prompt, no echo, no colour. Plain mode skips blank
/// lines and separates replies with a blank line; `--json` writes exactly one object per
/// input line, blank or not, so output lines pair with input lines.
struct ScriptedChat {
    var session: Session
    let json: Bool
    let recordPath: String?
    /// Piped output read in a terminal is wrapped and coloured like the chat; a file or a
    /// program gets plain text.
    let screen: Screen

    /// Without `--record`, the transcript kept for `/save` stops growing past this many bytes
    /// (text plus `entryOverhead` a turn), so hundreds of thousands of piped lines run in flat
    /// memory. A chat a person types, hundreds of turns, stays far below it.
    static let transcriptBudget = 1_000_000
    /// What keeping one turn costs besides its text: the entry and the strings' headers.
    static let entryOverhead = 64

    /// The bytes of a line kept for the session: 4 for each character the brain accepts and
    /// one more, so that a line of more characters still holds too many of them and is
    /// answered as too long; at least 64 KiB.
    static func maxLineBytes(for maxInputLength: Int) -> Int {
        maxInputLength >= Int.max / 8 ? Int.max / 2 : max(4 * (maxInputLength + 1), 65_536)
    }

    mutating func run() {
        Output.ignoreBrokenPipe()
        // The stopping signals (SIGINT, SIGTERM, SIGHUP… see PipedLines) end piped mode
        // cleanly: the reply being written is finished, no further line is read, the recording
        // is saved, and the exit status (128 + the signal) tells a script that the input was
        // cut short.
        var lines = PipedLines(maxLineBytes: Self.maxLineBytes(for: session.brain.settings.maxInputLength))
        var first = true
        var transcript: TranscriptRecorder? = TranscriptRecorder()
        var transcriptBytes = 0
        let recordPath = self.recordPath
        Output.beforeQuietExit = { if let transcript { Frontend.saveRecording(transcript, to: recordPath) } }
        defer {
            if let transcript { Frontend.saveRecording(transcript, to: recordPath) }
            if PipedLines.stopSignal != 0 { exit(128 + PipedLines.stopSignal) }
            if let code = lines.readError {
                Output.error("tingle: cannot read standard input: \(String(cString: strerror(code)))")
                exit(1)
            }
        }
        func keep(_ record: (inout TranscriptRecorder) -> Void, bytes: Int) {
            guard transcript != nil else { return }
            transcriptBytes += bytes + Self.entryOverhead
            if recordPath == nil && transcriptBytes > Self.transcriptBudget {
                transcript = nil  // /save now explains why it cannot
                return
            }
            record(&transcript!)
        }
        while let line = lines.next() {
            let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
            if let (command, name, argument) = SlashCommand.parse(line, settings: session.brain.settings) {
                let outcome = session.perform(command, name: name, argument: argument)
                if case .reply(let text) = outcome {
                    keep({ $0.record(command: line, reply: text) }, bytes: line.utf8.count + text.utf8.count)
                }
                let (reply, goOn, failed) = perform(outcome, transcript: transcript)
                // A file not written is said on stderr, where a script looks for it, and makes
                // the exit status 1; --json still gives the line its object.
                if failed { Output.error("tingle: " + reply) }
                if json {
                    // Still one object for the line: the command's output is the reply.
                    Output.line(session.snapshot(input: line, reply: reply).jsonLine)
                } else if !failed {
                    if !first { Output.line("") }
                    first = false
                    Output.line(command == .summary ? screen.markdown(reply) : screen.wrap(reply))
                }
                if !goOn { return }
                continue
            }
            if !json && line.allSatisfy(\.isWhitespace) { continue }
            let result = session.respond(to: line)
            if !line.allSatisfy(\.isWhitespace) {
                keep({ $0.record(result) }, bytes: result.input.utf8.count + result.reply.utf8.count)
            }
            if json {
                Output.line(result.jsonLine)
                continue
            }
            if !first { Output.line("") }
            first = false
            Output.line(screen.reply(result))
        }
    }

    /// Carries out a command's outcome; `/save` cannot once a long piped chat outgrew the budget.
    private func perform(_ outcome: SlashCommand.Outcome, transcript: TranscriptRecorder?)
        -> (text: String, goOn: Bool, failed: Bool)
    {
        guard let transcript else {
            if case .saveTranscript = outcome {
                Output.failed = true
                return (
                    "Could not save: this piped conversation is too long to keep in memory; "
                        + "run tingle with --record FILE to record a long one.", true, true
                )
            }
            return Frontend.perform(outcome, transcript: TranscriptRecorder())
        }
        return Frontend.perform(outcome, transcript: transcript)
    }
}
