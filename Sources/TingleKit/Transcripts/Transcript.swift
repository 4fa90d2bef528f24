/// A recorded conversation used as a regression test: user lines, the replies expected,
/// and optional assertions on the state after a turn (same names as `--json`).
///
/// ```
/// title: Tight laces stay at self-care
/// # a comment
/// > my feet go numb after 3 miles
/// <~ What do you run in?
/// = intent: report_numbness
/// = slots.onset: after about 3 miles
/// ```
public struct Transcript: Sendable {
    public enum Match: String, Sendable {
        /// `<` the reply line, exactly
        case exact
        /// `<~` a reply line containing the text
        case contains
        /// `<*` a reply line matching a wildcard (`*` any characters, `?` one)
        case wildcard
        /// `</` a reply line matching a regular expression
        case regex
    }

    public struct Expectation: Sendable {
        public var match: Match
        public var text: String
        public var line: Int
    }

    public struct Assertion: Sendable {
        public var key: String
        public var value: String
        public var line: Int
    }

    public struct Turn: Sendable {
        public var input: String
        public var line: Int
        public var expectations: [Expectation] = []
        public var assertions: [Assertion] = []
    }

    public var path: String
    public var title: String?
    public var turns: [Turn]
    /// The file's lines, kept so `--update` can rewrite replies and keep everything else.
    public var lines: [String]

    /// Keys an assertion may check.
    public static let assertionKeys = [
        "intent", "escalation", "asking", "state", "redFlags", "redFlagsOfSomeoneElse",
        "slots.onset", "slots.footwear", "slots.symptoms",
    ]
}
