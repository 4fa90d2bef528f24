/// `replay --update`: rewrites the expected reply lines of the turns that failed from the
/// actual replies, keeping titles, comments, user lines and assertions untouched.
public enum TranscriptUpdater {
    public static func update(_ transcript: Transcript, with report: TranscriptReplayer.Report) -> String {
        var replaceAt: [Int: [String]] = [:]  // line number of first expectation → new lines
        var drop: Set<Int> = []
        for index in report.turnsWithWrongReplies {
            let turn = transcript.turns[index]
            guard let first = turn.expectations.first else { continue }
            replaceAt[first.line] = report.replies[index].split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "<" : "< " + $0 }
            drop.formUnion(turn.expectations.map(\.line))
        }
        var out: [String] = []
        for (i, line) in transcript.lines.enumerated() {
            let number = i + 1
            if let replacement = replaceAt[number] {
                out += replacement
                continue
            }
            if drop.contains(number) { continue }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}
