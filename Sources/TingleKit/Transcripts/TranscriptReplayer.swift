/// Replays a transcript in a fresh session and compares every reply and assertion.
///
/// Replies: when every expectation of a turn is an exact line (`<`), the reply must equal
/// them exactly, line for line. Otherwise each expectation must match a reply line, in
/// order: `<` equal, `<~` containing, `<*` wildcard, `</` regular expression.
public struct TranscriptReplayer {
    public struct Failure: Sendable {
        public let line: Int
        public let message: String
        public let expected: [String]
        public let actual: [String]
    }

    public struct Report: Sendable {
        public let path: String
        public let failures: [Failure]
        /// Replies of every turn, in order (for `--update`).
        public let replies: [String]
        /// Turns whose reply lines did not match (assertion failures are not counted here).
        public let turnsWithWrongReplies: Set<Int>
        public let coverage: Coverage

        public var passed: Bool { failures.isEmpty }
    }

    let brain: Brain

    public init(brain: Brain) { self.brain = brain }

    public func replay(_ transcript: Transcript) -> Report {
        var session = Session(brain: brain)
        var failures: [Failure] = []
        var replies: [String] = []
        var wrong: Set<Int> = []
        var coverage = Coverage()
        for (index, turn) in transcript.turns.enumerated() {
            let result: TurnResult
            if let (command, name, argument) = SlashCommand.parse(turn.input, settings: brain.settings) {
                let reply: String
                switch session.perform(command, name: name, argument: argument) {
                case .reply(let text), .quit(let text), .error(let text): reply = text
                case .writeFile, .saveTranscript: reply = "(files are not written during replay)"
                }
                result = session.snapshot(input: turn.input, reply: reply)
            } else {
                result = session.respond(to: turn.input)
                coverage.record(result)
            }
            replies.append(result.reply)
            if let failure = compare(turn.expectations, with: result.reply, turnLine: turn.line) {
                failures.append(failure)
                wrong.insert(index)
            }
            for assertion in turn.assertions {
                let actual = Self.value(of: assertion.key, in: result)
                if Self.normalize(assertion.value) != actual {
                    failures.append(
                        Failure(
                            line: assertion.line, message: "\(assertion.key) is \(actual), expected \(assertion.value)",
                            expected: [assertion.value], actual: [actual]))
                }
            }
        }
        return Report(
            path: transcript.path, failures: failures, replies: replies, turnsWithWrongReplies: wrong,
            coverage: coverage)
    }

    private func compare(_ expectations: [Transcript.Expectation], with reply: String, turnLine: Int) -> Failure? {
        guard !expectations.isEmpty else { return nil }
        let actual = reply.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let expected = expectations.map(\.text)
        if expectations.allSatisfy({ $0.match == .exact }) {
            for (i, expectation) in expectations.enumerated() where i >= actual.count || actual[i] != expectation.text {
                return Failure(line: expectation.line, message: "the reply differs", expected: expected, actual: actual)
            }
            if actual.count > expectations.count {
                return Failure(
                    line: expectations.last!.line,
                    message: "the reply has \(actual.count - expectations.count) more line(s)",
                    expected: expected, actual: actual)
            }
            return nil
        }
        var next = 0
        for expectation in expectations {
            if expectation.match == .regex,
                let long = actual[next...].first(where: { !Self.affordable(expectation.text, on: $0) })
            {
                let shape = TranscriptParser.regexShape(expectation.text)
                return Failure(
                    line: expectation.line,
                    message: "'</ \(expectation.text)' could take too long on a reply line of \(long.count) characters "
                        + "(\(shape.repeats) repeat(s), \(shape.choices) choice(s)); use fewer repeats, or '<~'",
                    expected: expected, actual: actual)
            }
            guard let found = actual[next...].firstIndex(where: { Self.matches(expectation, $0) }) else {
                let marker = ["exact": "<", "contains": "<~", "wildcard": "<*", "regex": "</"][
                    expectation.match.rawValue]!
                return Failure(
                    line: expectation.line, message: "no reply line (in order) matches '\(marker) \(expectation.text)'",
                    expected: expected, actual: actual)
            }
            next = found + 1
        }
        return nil
    }

    /// Steps a `</` expression may be allowed on one reply line, by the bound of
    /// `TranscriptParser.RegexShape`: `^EMERGENCY` or `a.*b` on any reply, not `.*.*.*x`.
    public static let regexBudget = 100_000_000.0

    /// Whether trying `regex` on `line` is within `regexBudget` (see `TranscriptParser.RegexShape`).
    static func affordable(_ regex: String, on line: String) -> Bool {
        let shape = TranscriptParser.regexShape(regex)
        guard shape.problem == nil else { return false }
        let n = Double(line.count + 1)
        var cost = 1.0
        for _ in 0...shape.repeats where cost <= regexBudget { cost *= n }
        for _ in 0..<shape.choices where cost <= regexBudget { cost *= 2 }
        return cost <= regexBudget
    }

    static func matches(_ expectation: Transcript.Expectation, _ line: String) -> Bool {
        switch expectation.match {
        case .exact: return line == expectation.text
        case .contains: return line.contains(expectation.text)
        case .wildcard: return Wildcard(expectation.text).matches(line)
        case .regex: return (try? Regex(expectation.text)).map { line.firstMatch(of: $0) != nil } ?? false
        }
    }

    /// The `--json` value of a key, as text: `null`, a string, or `[a, b]`.
    static func value(of key: String, in r: TurnResult) -> String {
        func list(_ items: [String]?) -> String { items.map { "[" + $0.joined(separator: ", ") + "]" } ?? "null" }
        switch key {
        case "intent": return r.intent ?? "null"
        case "escalation": return r.escalation?.rawValue ?? "null"
        case "asking": return r.asking ?? "null"
        case "state": return r.state.rawValue
        case "redFlags": return list(r.redFlags)
        case "redFlagsOfSomeoneElse": return list(r.redFlagsOfSomeoneElse)
        case "slots.onset": return r.onset ?? "null"
        case "slots.footwear": return r.footwear ?? "null"
        case "slots.symptoms": return list(r.symptoms)
        default: return "?"
        }
    }

    /// "[a,b]" and "[ a, b ]" mean the same list.
    static func normalize(_ value: String) -> String {
        guard value.hasPrefix("["), value.hasSuffix("]") else { return value }
        let items = value.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return "[" + items.filter { !$0.isEmpty }.joined(separator: ", ") + "]"
    }
}

/// `*` any run of characters, `?` any one character; the whole line must match.
struct Wildcard {
    let pattern: [Character]

    init(_ text: String) { pattern = Array(text) }

    func matches(_ text: String) -> Bool {
        let s = Array(text)
        var p = 0
        var i = 0
        var star = -1
        var mark = 0
        while i < s.count {
            if p < pattern.count && (pattern[p] == "?" || pattern[p] == s[i]) {
                p += 1
                i += 1
            } else if p < pattern.count && pattern[p] == "*" {
                star = p
                mark = i
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                i = mark
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
