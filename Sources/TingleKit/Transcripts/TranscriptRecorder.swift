/// Builds a transcript of a live conversation, in the format `TranscriptParser` reads,
/// with every reply line as an exact expectation, so a recording replays green as it stands.
/// Turns are kept as they come and written out only when the text is asked for.
public struct TranscriptRecorder: Sendable {
    private struct Entry: Sendable {
        let input: String
        let reply: String
        let assertions: [String]
    }

    private let title: String
    private var entries: [Entry] = []

    public init(title: String = "Recorded conversation") {
        self.title = title
    }

    public mutating func record(_ result: TurnResult) {
        entries.append(Entry(input: result.input, reply: result.reply, assertions: [
            "= intent: \(result.intent ?? "null")", "= escalation: \(result.escalation?.rawValue ?? "null")",
        ]))
    }

    /// Records a user line (or slash command) and the reply it got.
    public mutating func record(command line: String, reply: String) {
        entries.append(Entry(input: line, reply: reply, assertions: []))
    }

    public var text: String {
        var lines = ["title: \(title)", "# Recorded by tingle. Replay with: tingle replay FILE", ""]
        for entry in entries {
            lines.append("> " + entry.input)
            for replyLine in entry.reply.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(replyLine.isEmpty ? "<" : "< " + replyLine)
            }
            if entry.reply.isEmpty { lines.append("<") }
            if !entry.assertions.isEmpty { lines += entry.assertions + [""] }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
