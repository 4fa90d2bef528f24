/// The figures of an evaluation run: pass rates per kind, the confusion of expected
/// against given level, and the failures, under-triaged ones first.
public struct EvalReport: Sendable {
    public let outcomes: [Evaluator.Outcome]

    public init(outcomes: [Evaluator.Outcome]) { self.outcomes = outcomes }

    public var passed: Int { outcomes.filter(\.passed).count }

    /// Kinds in first-seen order, each with its passed and total counts.
    public var kinds: [(kind: String, passed: Int, total: Int)] {
        var order: [String] = []
        var counts: [String: (Int, Int)] = [:]
        for outcome in outcomes {
            let kind = outcome.evalCase.kind
            if counts[kind] == nil { order.append(kind) }
            let (passed, total) = counts[kind] ?? (0, 0)
            counts[kind] = (passed + (outcome.passed ? 1 : 0), total + 1)
        }
        return order.sorted().map { ($0, counts[$0]!.0, counts[$0]!.1) }
    }

    /// The level a case asks for: its minimum, else its maximum, else nothing.
    static func expectedLevel(_ expect: EvalCase.Expectations) -> String {
        if let min = expect.escalationMin { return "≥" + min.rawValue }
        if let max = expect.escalationMax { return "≤" + max.rawValue }
        return "any"
    }

    public var text: String {
        var lines: [String] = []
        lines.append("\(passed) of \(outcomes.count) cases passed (\(Self.percent(passed, outcomes.count)))")
        lines.append("")
        lines.append("kind         passed  total  rate")
        for (kind, passed, total) in kinds {
            lines.append(
                Self.pad(kind, 13) + Self.padLeft(String(passed), 6) + Self.padLeft(String(total), 7)
                    + Self.padLeft(Self.percent(passed, total), 6))
        }
        lines.append("")
        lines.append("expected level × highest level given (cases)")
        let columns = ["none"] + EscalationLevel.allCases.map(\.rawValue)
        lines.append(Self.pad("", 12) + columns.map { Self.padLeft($0, 10) }.joined())
        let rows = [
            "≥emergency", "≥urgent", "≥doctor", "≥selfcare", "≤selfcare", "≤doctor", "≤urgent", "≤emergency", "any",
        ]
        for row in rows {
            let inRow = outcomes.filter { Self.expectedLevel($0.evalCase.expect) == row }
            if inRow.isEmpty { continue }
            let cells = columns.map { column in
                String(inRow.filter { ($0.highest?.rawValue ?? "none") == column }.count)
            }
            lines.append(Self.pad(row, 12) + cells.map { Self.padLeft($0, 10) }.joined())
        }
        let failed = outcomes.filter { !$0.passed }
        let under = failed.filter(\.underTriaged)
        if !under.isEmpty {
            lines.append("")
            lines.append("UNDER-TRIAGED (\(under.count)):")
            for outcome in under { lines += Self.describe(outcome) }
        }
        let other = failed.filter { !$0.underTriaged }
        if !other.isEmpty {
            lines.append("")
            lines.append("OTHER FAILURES (\(other.count)):")
            for outcome in other { lines += Self.describe(outcome) }
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ outcome: Evaluator.Outcome) -> [String] {
        let evalCase = outcome.evalCase
        var lines = ["FAIL \(evalCase.id) (\(evalCase.kind)) \(evalCase.location)"]
        for failure in outcome.failures {
            if let turn = failure.turn {
                let said = evalCase.turns[turn]
                let shown = said.count > 70 ? String(said.prefix(67)) + "…" : said
                lines.append("  turn \(turn) \"\(shown)\": \(failure.reason)")
            } else {
                lines.append("  \(failure.reason)")
            }
        }
        return lines
    }

    /// One JSON object: totals, kinds, and every case with its failures.
    public var json: String {
        var json = JSONWriter()
        json.beginObject()
        json.field("passed", passed)
        json.field("total", outcomes.count)
        json.key("kinds")
        json.beginObject()
        for (kind, passed, total) in kinds {
            json.key(kind)
            json.beginObject()
            json.field("passed", passed)
            json.field("total", total)
            json.endObject()
        }
        json.endObject()
        json.key("cases")
        json.beginArray()
        for outcome in outcomes {
            json.beginObject()
            json.field("id", outcome.evalCase.id)
            json.field("kind", outcome.evalCase.kind)
            json.field("passed", outcome.passed)
            json.field("underTriaged", outcome.underTriaged)
            json.field("highest", outcome.highest?.rawValue)
            json.key("failures")
            json.beginArray()
            for failure in outcome.failures {
                json.beginObject()
                json.key("turn")
                if let turn = failure.turn { json.number(turn) } else { json.null() }
                json.field("reason", failure.reason)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }
}
