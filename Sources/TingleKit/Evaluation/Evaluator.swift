/// Runs labelled conversations, each in a fresh session, and says which expectations failed
/// and at which turn. What it checks is exactly what `--json` shows, so a case means the same
/// thing to `tingle eval` as to a script reading tingle's output.
public struct Evaluator: Sendable {
    public let brain: Brain

    public init(brain: Brain) { self.brain = brain }

    public struct Failure: Sendable {
        /// The turn the failure shows at (0-based), or nil for one about the whole case.
        public let turn: Int?
        public let reason: String
    }

    public struct Outcome: Sendable {
        public let evalCase: EvalCase
        public let failures: [Failure]
        /// The highest level tingle gave during the conversation (nil: no advice given).
        public let highest: EscalationLevel?
        /// The case asked for a level that was not reached by its turn: the gravest failure.
        public let underTriaged: Bool
        /// Every turn's result, for reports that want to show what was said.
        public let results: [TurnResult]

        public var passed: Bool { failures.isEmpty }
    }

    public func run(_ evalCase: EvalCase) -> Outcome {
        var session = Session(brain: brain)
        var results: [TurnResult] = []
        var failures: [Failure] = []
        let expect = evalCase.expect
        for (turn, line) in evalCase.turns.enumerated() {
            let result = session.respond(to: line)
            results.append(result)
            if let max = expect.escalationMax, let level = result.escalation, level > max {
                failures.append(
                    Failure(turn: turn, reason: "level \(level.rawValue), above the allowed \(max.rawValue)"))
            }
            if let intent = expect.intent[turn], result.intent != intent {
                failures.append(Failure(turn: turn, reason: "intent \(result.intent ?? "none"), expected \(intent)"))
            }
            for slot in expect.filled[turn] ?? [] where result.slotValue(slot) == nil {
                failures.append(Failure(turn: turn, reason: "slot \(slot) not filled"))
            }
            for slot in expect.notAsking[turn] ?? [] where result.asking == slot {
                failures.append(Failure(turn: turn, reason: "still asking about \(slot)"))
            }
        }
        var underTriaged = false
        if let min = expect.escalationMin {
            let by = expect.byTurn ?? evalCase.turns.count - 1
            let reached = results[by].escalation
            if reached.map({ $0 < min }) ?? true {
                underTriaged = true
                failures.insert(
                    Failure(
                        turn: by,
                        reason: "level \(reached?.rawValue ?? "none") by this turn, expected at least \(min.rawValue)"),
                    at: 0)
            }
        }
        return Outcome(
            evalCase: evalCase, failures: failures, highest: results.compactMap(\.escalation).max(),
            underTriaged: underTriaged, results: results)
    }
}

extension TurnResult {
    /// A slot's value as `--json` shows it, nil when null. Symptoms count as filled when
    /// known, even as an empty list ("nothing else").
    public func slotValue(_ id: String) -> String? {
        switch SlotKey(rawValue: id) {
        case .onset: return onset
        case .footwear: return footwear
        case .symptoms: return symptoms.map { $0.joined(separator: ", ") }
        case nil: return nil
        }
    }
}
