/// Builds a transcript of a live conversation, in the format `TranscriptParser` reads,
/// with every reply line as an exact expectation, so a recording replays green as it stands.
public struct TranscriptRecorder: Sendable {
    private var lines: [String]

    public init(title: String = "Recorded conversation") {
        lines = ["title: \(title)", "# Recorded by tingle. Replay with: tingle replay FILE", ""]
    }

    public mutating func record(_ result: TurnResult) {
        record(command: result.input, reply: result.reply)
        lines.append("= intent: \(result.intent ?? "null")")
        lines.append("= escalation: \(result.escalation?.rawValue ?? "null")")
        lines.append("")
    }

    /// Records a user line (or slash command) and the reply it got.
    public mutating func record(command line: String, reply: String) {
        lines.append("> " + line)
        for replyLine in reply.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(replyLine.isEmpty ? "<" : "< " + replyLine)
        }
        if reply.isEmpty { lines.append("<") }
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }
}
