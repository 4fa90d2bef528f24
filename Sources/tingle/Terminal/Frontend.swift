import Foundation
import TingleKit

/// What the chat loops share: rendering a reply and carrying out a slash command's outcome.
enum Frontend {
    /// What only the front end knows, for slash commands: the home folder (~/notes.md) and
    /// today's date in the local time zone (a saved summary carries it).
    static func connect(_ session: inout Session) {
        session.home = ProcessInfo.processInfo.environment["HOME"]
        session.today = {
            var now = time(nil)
            var parts = tm()
            localtime_r(&now, &parts)
            return String(
                format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
        }
    }

    /// Writes the recording so far (mode 0600, atomically), when one was asked for.
    static func saveRecording(_ transcript: TranscriptRecorder, to path: String?) {
        guard let path else { return }
        // Only blank lines (spaces, tabs, form feeds) came in: a transcript of no turns would
        // be refused by replay, so none is written, and the user is told why.
        if transcript.isEmpty {
            Output.error(
                "tingle: --record: nothing was said, so no recording was written to \(Frontend.printable(path))")
            return
        }
        do {
            try PrivateFile.write(transcript.text, to: path)
        } catch {
            Output.failed = true
            Output.error("tingle: \(error)")
        }
    }

    /// Checks a `--record` target before the chat starts, so a missing folder or a device is
    /// reported before anything is said, not when the conversation is over: exit 2.
    static func checkRecordTarget(_ path: String?) {
        guard let path else { return }
        do {
            try PrivateFile.probe(path)
        } catch {
            Output.error("tingle: --record: \(error)")
            exit(2)
        }
    }

    /// Carries out a command's outcome (writing a file if asked); returns what to tell the
    /// user, whether the chat goes on, and whether a file the user asked for could not be
    /// written (which makes tingle's exit status 1). The text is safe to print: a command's
    /// name and a file name are the user's words, and may hold escape sequences or control
    /// characters.
    static func perform(
        _ outcome: SlashCommand.Outcome, transcript: TranscriptRecorder
    ) -> (text: String, goOn: Bool, failed: Bool) {
        let (text, goOn, failed) = carryOut(outcome, transcript: transcript)
        if failed { Output.failed = true }
        return (printable(text), goOn, failed)
    }

    /// Text safe to write to a terminal, line by line: control characters and escape
    /// sequences replaced (see TextNormalizer.printable), the line breaks kept.
    static func printable(_ text: String) -> String {
        guard
            text.unicodeScalars.contains(where: {
                $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            })
        else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextNormalizer.printable(String($0)) }.joined(separator: "\n")
    }

    private static func carryOut(
        _ outcome: SlashCommand.Outcome,
        transcript: TranscriptRecorder
    ) -> (text: String, goOn: Bool, failed: Bool) {
        switch outcome {
        case .reply(let text):
            return (text, true, false)
        case .quit(let goodbye):
            return (goodbye, false, false)
        case .writeFile(let path, let contents, let confirmation):
            do {
                try PrivateFile.write(contents, to: path)
                return (confirmation, true, false)
            } catch {
                return ("Could not save: \(error)", true, true)
            }
        case .saveTranscript(let path):
            do {
                try PrivateFile.write(transcript.text, to: path)
                return (
                    "Conversation saved to \(path) (readable by you only). Replay it with: tingle replay \(shellQuoted(path))",
                    true, false
                )
            } catch {
                return ("Could not save: \(error)", true, true)
            }
        case .error(let message):
            return (message, true, false)
        }
    }

    /// A path as a POSIX shell reads it back, so the hint can be pasted: left bare when it is
    /// only safe characters, otherwise in single quotes (a quote inside written '\\''); one
    /// that starts with '-' gets './' so replay does not read it as an option.
    static func shellQuoted(_ path: String) -> String {
        let path = path.hasPrefix("-") ? "./" + path : path
        let safe = path.unicodeScalars.allSatisfy { c in
            c.isASCII
                && (c.properties.isAlphabetic || ("0"..."9").contains(c) || "-_./+=:,@%".unicodeScalars.contains(c))
        }
        if safe && !path.isEmpty { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
