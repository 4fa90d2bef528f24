import Foundation
import TingleKit

/// What the chat loops share: rendering a reply and carrying out a slash command's outcome.
enum Frontend {
    /// The reply, with its escalation line highlighted when colour is on.
    static func render(_ result: TurnResult, style: Style) -> String {
        guard style.enabled else { return result.reply }
        var lines = result.reply.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, let level = result.escalation,
           !result.trace.redFlagsRaised.isEmpty || first.hasPrefix("Reminder") {
            lines[0] = level >= .urgent ? style.alert(first) : style.warning(first)
        }
        return lines.joined(separator: "\n")
    }

    /// Writes the recording so far (mode 0600, atomically), when one was asked for.
    static func saveRecording(_ transcript: TranscriptRecorder, to path: String?) {
        guard let path else { return }
        do {
            try PrivateFile.write(transcript.text, to: path)
        } catch {
            Output.error("tingle: \(error)")
        }
    }

    /// Carries out a command's outcome; false when the chat should end.
    static func handle(_ outcome: SlashCommand.Outcome, transcript: TranscriptRecorder, style: Style) -> Bool {
        switch outcome {
        case .reply(let text):
            Output.line(text)
        case .quit(let goodbye):
            Output.line(goodbye)
            return false
        case .writeFile(let path, let contents, let confirmation):
            do {
                try PrivateFile.write(contents, to: path)
                Output.line(confirmation)
            } catch {
                Output.line("Could not save: \(error)")
            }
        case .saveTranscript(let path):
            do {
                try PrivateFile.write(transcript.text, to: path)
                Output.line("Conversation saved to \(path) (readable by you only). Replay it with: tingle replay \(path)")
            } catch {
                Output.line("Could not save: \(error)")
            }
        case .error(let message):
            Output.line(style.warning(message))
        }
        return true
    }
}
