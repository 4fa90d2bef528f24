/// What raised a red flag: one of its patterns, on the words of a line, or one of its `when`
/// sets of facts. Described only when asked (`/why`, `tingle analyze`): quoting the words a
/// pattern named was most of the cost of checking the red flags, on every turn, for a text
/// nearly no turn shows.
struct RedFlagReason: Sendable {
    private enum Cause: Sendable {
        /// The pattern, where it is written, and the line as the findings stage read it (the
        /// words it names are quoted from that reading).
        case pattern(Pattern, location: SourceLocation?, input: MatchInput)
        case facts([String])
    }

    private let cause: Cause

    static func pattern(_ pattern: Pattern, at location: SourceLocation?, in input: MatchInput) -> RedFlagReason {
        RedFlagReason(cause: .pattern(pattern, location: location, input: input))
    }

    static func facts(_ set: [String]) -> RedFlagReason { RedFlagReason(cause: .facts(set)) }

    /// `on "groin … numb", the pattern at triage.yaml:12:7` or `on the facts a + b`.
    var text: String {
        switch cause {
        case .pattern(let pattern, let location, let input):
            let words = input.quote(input.wordsNamed(by: pattern, in: 0..<input.tokens.count))
            return "on \"\(words)\"" + (location.map { ", the pattern at \($0)" } ?? "")
        case .facts(let set):
            return "on the facts " + set.joined(separator: " + ")
        }
    }
}
