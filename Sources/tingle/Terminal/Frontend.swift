import Foundation
import TingleKit

/// What the chat loops share: rendering a reply and carrying out a slash command's outcome.
enum Frontend {
    /// The reply, with its escalation line highlighted when colour is on.
    static func render(_ result: TurnResult, style: Style, width: Int? = nil) -> String {
        let reply = width.map { TextWrapper.wrap(result.reply, width: $0 - 1) } ?? result.reply
        guard style.enabled else { return reply }
        // The escalation's first line is highlighted: with wrapping, every line of its
        // first paragraph (the reply's first line before wrapping).
        let firstLine = result.reply.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let highlighted = width.map { TextWrapper.wrap(firstLine, width: $0 - 1) } ?? firstLine
        var lines = reply.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let count = highlighted.split(separator: "\n", omittingEmptySubsequences: false).count
        if let level = result.escalation, !lines.isEmpty,
           !result.trace.redFlagsRaised.isEmpty || firstLine.hasPrefix("Reminder") {
            for i in 0..<min(count, lines.count) {
                lines[i] = level >= .urgent ? style.alert(lines[i]) : style.warning(lines[i])
            }
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

    /// Carries out a command's outcome and prints what it says; false when the chat should end.
    static func handle(_ outcome: SlashCommand.Outcome, transcript: TranscriptRecorder, style: Style) -> Bool {
        let (text, goOn) = perform(outcome, transcript: transcript)
        if case .error = outcome { Output.line(style.warning(text)) } else { Output.line(text) }
        return goOn
    }

    /// Carries out a command's outcome (writing a file if asked); returns what to tell the
    /// user and whether the chat goes on. The text is safe to print: a command's name and a
    /// file name are the user's words, and may hold escape sequences or control characters.
    static func perform(_ outcome: SlashCommand.Outcome, transcript: TranscriptRecorder) -> (text: String, goOn: Bool) {
        let (text, goOn) = carryOut(outcome, transcript: transcript)
        return (printable(text), goOn)
    }

    /// Text safe to write to a terminal, line by line: control characters and escape
    /// sequences replaced (see TextNormalizer.printable), the line breaks kept.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextNormalizer.printable(String($0)) }.joined(separator: "\n")
    }

    private static func carryOut(_ outcome: SlashCommand.Outcome, transcript: TranscriptRecorder) -> (text: String, goOn: Bool) {
        switch outcome {
        case .reply(let text):
            return (text, true)
        case .quit(let goodbye):
            return (goodbye, false)
        case .writeFile(let path, let contents, let confirmation):
            do {
                try PrivateFile.write(contents, to: path)
                return (confirmation, true)
            } catch {
                return ("Could not save: \(error)", true)
            }
        case .saveTranscript(let path):
            do {
                try PrivateFile.write(transcript.text, to: path)
                return ("Conversation saved to \(path) (readable by you only). Replay it with: tingle replay \(path)", true)
            } catch {
                return ("Could not save: \(error)", true)
            }
        case .error(let message):
            return (message, true)
        }
    }
}
