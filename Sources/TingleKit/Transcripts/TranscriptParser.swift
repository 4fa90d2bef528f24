/// Reads the transcript format (see `Transcript`). A malformed line is an error with its
/// file and line; so is an expectation that is empty (it would match anything) and a
/// turn that expects nothing.
public enum TranscriptParser {
    public static func parse(_ text: String, path: String) throws(Problems) -> Transcript {
        var problems: [Problem] = []
        var turns: [Transcript.Turn] = []
        var title: String?
        // "\r\n" is one Character, so it is a separator of its own; a byte order mark (some
        // editors write one) is not part of the first line.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // Only "\n" and "\r\n" end a line: U+2028 and friends may be part of what a user typed.
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        func problem(_ number: Int, _ message: String, column: Int = 1) {
            problems.append(Problem(SourceLocation(file: path, line: number, column: column), message))
        }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("title:") {
                if title != nil || !turns.isEmpty { problem(number, "'title:' must come once, before the first turn") }
                title = line.dropFirst(6).trimmingCharacters(in: .whitespaces)
                continue
            }
            if line.hasPrefix(">") {
                let input = line.hasPrefix("> ") ? String(line.dropFirst(2)) : String(line.dropFirst())
                if input.trimmingCharacters(in: .whitespaces).isEmpty {
                    problem(number, "a user line '>' must say something")
                }
                turns.append(Transcript.Turn(input: input, line: number))
                continue
            }
            guard !turns.isEmpty else {
                problem(number, "expected a user line ('> …') before replies or assertions")
                continue
            }
            if line.hasPrefix("=") {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                guard let colon = body.firstIndex(of: ":") else {
                    problem(number, "an assertion reads '= key: value', for example '= intent: report_numbness'")
                    continue
                }
                let key = body[..<colon].trimmingCharacters(in: .whitespaces)
                let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                guard Transcript.assertionKeys.contains(key) else {
                    problem(
                        number,
                        "unknown assertion '\(key)'; use one of \(Transcript.assertionKeys.joined(separator: ", "))",
                        column: 3)
                    continue
                }
                if value.isEmpty {
                    problem(number, "assertion '\(key)' has no value; write null for none")
                    continue
                }
                // Kept even when impossible, so the turn is not also reported as expecting nothing.
                if let message = Self.impossible(key: key, value: value) { problem(number, message, column: 3) }
                turns[turns.count - 1].assertions.append(.init(key: key, value: value, line: number))
                continue
            }
            if line.hasPrefix("<") {
                let (match, rest): (Transcript.Match, Substring)
                switch line.dropFirst().first {
                case "~": (match, rest) = (.contains, line.dropFirst(2))
                case "*": (match, rest) = (.wildcard, line.dropFirst(2))
                case "/": (match, rest) = (.regex, line.dropFirst(2))
                default: (match, rest) = (.exact, line.dropFirst())
                }
                // One space after the marker separates it from the text; more is part of the text.
                let text = rest.hasPrefix(" ") ? String(rest.dropFirst()) : String(rest)
                if match != .exact && text.trimmingCharacters(in: .whitespaces).isEmpty {
                    problem(
                        number,
                        "empty '<\(line.dropFirst().first!)' expectation would match anything; say what to expect")
                    continue
                }
                if match == .regex, (try? Regex(text)) == nil {
                    problem(number, "'</' is not a valid regular expression", column: 4)
                    continue
                }
                if match == .regex, let (offset, message) = Self.regexShape(text).problem {
                    problem(number, message, column: 4 + offset)
                }
                turns[turns.count - 1].expectations.append(.init(match: match, text: text, line: number))
                continue
            }
            problem(
                number,
                "unrecognised line; lines start with '>' (you), '<', '<~', '<*', '</' (tingle), '=' (assertion), '#' (comment) or 'title:'"
            )
        }
        for turn in turns where turn.expectations.isEmpty && turn.assertions.isEmpty {
            problem(turn.line, "this turn expects nothing; add reply lines ('<') or assertions ('=')")
        }
        if turns.isEmpty && problems.isEmpty { problem(1, "the transcript has no turns ('> …')") }
        guard problems.isEmpty else { throw Problems(problems) }
        return Transcript(path: path, title: title, turns: turns, lines: lines)
    }

    /// What bounds the cost of a `</` expression. Swift's Regex backtracks and has no step
    /// limit, so `(a+)+$` takes exponential time and `.*.*.*x` a quarter of a minute on 300
    /// characters. Without nested repeats or backreferences (`problem`, refused when the
    /// transcript is read, at FILE:LINE:COLUMN), trying it on a line of n characters costs
    /// at most about (n + 1)^(repeats + 1) × 2^choices steps; `replay` refuses to try it
    /// where that passes `TranscriptReplayer.regexBudget`.
    struct RegexShape {
        var problem: (offset: Int, message: String)?
        /// Quantifiers that repeat (`*`, `+`, `{n,}`, `{n,m}` with m > 1).
        var repeats = 0
        /// Optional parts (`?`) and alternatives (`|`): each can double the ways to try.
        var choices = 0
    }

    static func regexShape(_ regex: String) -> RegexShape {
        var shape = RegexShape()
        shape.problem = runaway(regex, &shape)
        return shape
    }

    /// Where and why a `</` expression could take exponential time on a reply line, or nil:
    /// a repeated group that itself repeats or alternates (`(a+)+`, `(a|ab)*`), or a
    /// backreference. Counts the repeats and choices in `shape` on the way.
    private static func runaway(_ regex: String, _ shape: inout RegexShape) -> (offset: Int, message: String)? {
        let characters = Array(regex)
        // For each open group: where it opened, and whether it holds a repeat or an alternation.
        var groups: [(start: Int, risky: Bool)] = []
        var i = 0
        /// Whether a quantifier that repeats (not `?`, not `{0,1}`/`{1}`) starts at `j`.
        func repeating(at j: Int) -> Bool {
            guard j < characters.count else { return false }
            switch characters[j] {
            case "*", "+": return true
            case "{":
                guard let close = characters[j...].firstIndex(of: "}") else { return false }
                let inside = String(characters[(j + 1)..<close])
                let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
                guard let low = Int(parts[0]) else { return false }
                if parts.count == 1 { return low > 1 }
                return parts[1].isEmpty || (Int(parts[1]) ?? 0) > 1
            default: return false
            }
        }
        while i < characters.count {
            let c = characters[i]
            switch c {
            case "\\":
                let next = i + 1 < characters.count ? characters[i + 1] : " "
                if next.isNumber && next != "0" || next == "k" {
                    return (i, "'</' uses a backreference, which can take exponential time; match the text itself")
                }
                i += 2
            case "[":
                // A character class: nothing inside repeats or alternates.
                var j = i + 1
                if j < characters.count && characters[j] == "^" { j += 1 }
                if j < characters.count && characters[j] == "]" { j += 1 }
                while j < characters.count && characters[j] != "]" { j += characters[j] == "\\" ? 2 : 1 }
                i = j + 1
            case "(":
                groups.append((i, false))
                i += 1
            case "|":
                if !groups.isEmpty { groups[groups.count - 1].risky = true }
                shape.choices += 1
                i += 1
            case ")":
                let group = groups.popLast()
                i += 1
                if let group, group.risky, repeating(at: i) {
                    return (
                        group.start,
                        "'</' repeats a group that itself repeats or alternates, which can take exponential time; write it without the outer repeat"
                    )
                }
                // What a group holds, its enclosing group holds too.
                if let group, group.risky || repeating(at: i), !groups.isEmpty { groups[groups.count - 1].risky = true }
            default:
                i += 1
            }
            // A quantifier after the atom just read (a `?` after `(` is a group's kind, not one).
            if i < characters.count, c != "(", c != "|" {
                if repeating(at: i) {
                    if !groups.isEmpty { groups[groups.count - 1].risky = true }
                    shape.repeats += 1
                } else if characters[i] == "?" {
                    shape.choices += 1
                }
            }
        }
        return nil
    }

    /// Why an assertion's value can never hold, or nil: a typo there would otherwise show up
    /// as a failing replay instead of a mistake in the transcript.
    static func impossible(key: String, value: String) -> String? {
        switch key {
        case "escalation":
            let levels = EscalationLevel.allCases.map(\.rawValue)
            return value == "null" || levels.contains(value)
                ? nil
                : "escalation '\(value)' is not a level; use \(levels.joined(separator: ", ")) or null"
        case "state":
            let states = [Conversation.State.greeting, .assessing, .assessed, .escalated].map(\.rawValue)
            return states.contains(value)
                ? nil : "state '\(value)' is not a state; use \(states.joined(separator: ", "))"
        case "redFlags", "redFlagsOfSomeoneElse", "slots.symptoms":
            if key == "slots.symptoms" && value == "null" { return nil }
            return value.hasPrefix("[") && value.hasSuffix("]")
                ? nil : "\(key) is a list: write [a, b] (or [] for none)"
        default:
            return nil
        }
    }
}
