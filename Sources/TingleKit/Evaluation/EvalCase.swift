import Foundation

/// One labelled conversation of an evaluation file (one JSON object a line; the format is
/// in the README's "Evaluation" section): the lines a user types, in a fresh session, and
/// what must hold of tingle's `--json` state after them.
public struct EvalCase: Sendable {
    public let id: String
    public let kind: String
    public let turns: [String]
    public let expect: Expectations
    public let note: String
    /// Where the case was read, for messages.
    public let location: SourceLocation

    public struct Expectations: Sendable {
        /// The level must reach at least this by `byTurn` (0-based; default the last turn).
        public var escalationMin: EscalationLevel?
        public var byTurn: Int?
        /// The level must never exceed this, at any turn.
        public var escalationMax: EscalationLevel?
        /// Turn → the `intent` the turn must report.
        public var intent: [Int: String] = [:]
        /// Turn → slots that must not be null after the turn.
        public var filled: [Int: [String]] = [:]
        /// Turn → slots tingle must not be asking about after the turn.
        public var notAsking: [Int: [String]] = [:]
    }
}

/// Reads evaluation files: JSON lines, every problem at its FILE:LINE.
public enum EvalFileParser {
    static let knownKeys: Set<String> = [
        "escalation_min", "by_turn", "escalation_max", "intent", "filled", "not_asking",
    ]

    public static func parse(_ text: String, path: String) throws(Problems) -> [EvalCase] {
        var cases: [EvalCase] = []
        var problems: [Problem] = []
        var seen: Set<String> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("//") { continue }
            let location = SourceLocation(file: path, line: index + 1, column: 1)
            do throws(Problem) {
                let parsed = try parseCase(String(trimmed), at: location)
                if !seen.insert(parsed.id).inserted {
                    throw Problem(location, "the id \"\(parsed.id)\" is used twice; give each case its own id")
                }
                cases.append(parsed)
            } catch {
                problems.append(error)
            }
        }
        if !problems.isEmpty { throw Problems(problems) }
        return cases
    }

    private static func parseCase(_ line: String, at location: SourceLocation) throws(Problem) -> EvalCase {
        func fail(_ message: String) -> Problem { Problem(location, message) }
        guard let data = line.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw fail(
                "not a JSON object; each line holds one case, {\"id\": …, \"kind\": …, \"turns\": […], \"expect\": {…}}"
            )
        }
        guard let id = object["id"] as? String, !id.isEmpty else { throw fail("the case has no \"id\" string") }
        guard let turns = object["turns"] as? [String], !turns.isEmpty else {
            throw fail("case \(id): \"turns\" must be a non-empty list of strings")
        }
        let kind = object["kind"] as? String ?? "other"
        let raw = object["expect"] as? [String: Any] ?? [:]
        if let unknown = raw.keys.sorted().first(where: { !knownKeys.contains($0) }) {
            throw fail(
                "case \(id): unknown expectation \"\(unknown)\"; known: \(knownKeys.sorted().joined(separator: ", "))")
        }
        var expect = EvalCase.Expectations()
        func level(_ key: String) throws(Problem) -> EscalationLevel? {
            guard let value = raw[key] else { return nil }
            guard let text = value as? String, let level = EscalationLevel(rawValue: text) else {
                throw fail(
                    "case \(id): \"\(key)\" must be one of \(EscalationLevel.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            return level
        }
        func turn(_ key: String, _ text: String) throws(Problem) -> Int {
            guard let turn = Int(text), turns.indices.contains(turn) else {
                throw fail("case \(id): \"\(key)\" names turn \(text), but the turns are 0 to \(turns.count - 1)")
            }
            return turn
        }
        expect.escalationMin = try level("escalation_min")
        expect.escalationMax = try level("escalation_max")
        if let value = raw["by_turn"] {
            guard let number = value as? Int else { throw fail("case \(id): \"by_turn\" must be a number") }
            expect.byTurn = try turn("by_turn", String(number))
        }
        if let value = raw["intent"] {
            guard let map = value as? [String: String] else {
                throw fail("case \(id): \"intent\" must map turns to intent ids")
            }
            for (key, intent) in map { expect.intent[try turn("intent", key)] = intent }
        }
        for key in ["filled", "not_asking"] {
            guard let value = raw[key] else { continue }
            guard let map = value as? [String: [String]] else {
                throw fail("case \(id): \"\(key)\" must map turns to lists of slot ids")
            }
            for (text, slots) in map {
                let number = try turn(key, text)
                if key == "filled" { expect.filled[number] = slots } else { expect.notAsking[number] = slots }
            }
        }
        return EvalCase(
            id: id, kind: kind, turns: turns, expect: expect, note: object["note"] as? String ?? "",
            location: location)
    }
}
