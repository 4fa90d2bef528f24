/// Builds a transcript of a live conversation, in the format `TranscriptParser` reads,
/// with every reply line as an exact expectation, so a recording replays green as it stands.
/// Turns are kept as they come and written out only when the text is asked for.
public struct TranscriptRecorder: Sendable {
    /// What a turn needs for its lines; the assertion lines are only written out in `text`
    /// (a long piped chat keeps thousands of entries).
    private struct Entry: Sendable {
        let input: String
        let reply: String
        /// Set for a turn (nil for a slash command): the intent and escalation it asserts.
        let outcome: (intent: String?, escalation: EscalationLevel?)?
    }

    private let title: String
    private var entries: [Entry] = []

    public init(title: String = "Recorded conversation") {
        self.title = title
    }

    public mutating func record(_ result: TurnResult) {
        entries.append(Entry(input: result.input, reply: result.reply, outcome: (result.intent, result.escalation)))
    }

    /// Records a user line (or slash command) and the reply it got.
    public mutating func record(command line: String, reply: String) {
        entries.append(Entry(input: line, reply: reply, outcome: nil))
    }

    /// True while nothing was recorded: a file of no turns would not replay.
    public var isEmpty: Bool { entries.isEmpty }

    public var text: String {
        var lines = ["title: \(title)", "# Recorded by tingle. Replay with: tingle replay FILE", ""]
        for entry in entries {
            // A line that cleaned to nothing (only escape sequences) would be recorded as a bare
            // '>', which a transcript may not hold; U+FFFD is read the same way (not understood,
            // nothing changed), so the recording still replays green.
            let blank = entry.input.allSatisfy { $0.isWhitespace }
            lines.append("> " + (blank ? "\u{FFFD}" : entry.input))
            for replyLine in entry.reply.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(replyLine.isEmpty ? "<" : "< " + replyLine)
            }
            if entry.reply.isEmpty { lines.append("<") }
            if let outcome = entry.outcome {
                lines += [
                    "= intent: \(outcome.intent ?? "null")", "= escalation: \(outcome.escalation?.rawValue ?? "null")",
                    "",
                ]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
