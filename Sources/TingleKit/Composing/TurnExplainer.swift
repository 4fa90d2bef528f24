/// `/why`: how the last reply was chosen — the rule that matched and its score, the
/// runner-up, corrections and negations, slots extracted, red flags, the transition.
struct TurnExplainer {
    let brain: Brain

    func explain(_ result: TurnResult?) -> String {
        guard let result else { return "Nothing to explain yet: say something first." }
        let t = result.trace
        var lines = ["Turn \(result.turn): \"\(result.input)\""]
        if let choice = t.menuChoice { lines.append("Menu choice \(choice).") }
        let ranked = t.candidates.sorted(by: IntentMatcher.ranksBefore)
        var seen: Set<String> = []
        let distinct = ranked.filter { seen.insert($0.intent).inserted }
        if let best = distinct.first(where: { result.intents.contains($0.intent) }) ?? distinct.first {
            lines.append("Intent: \(best.intent) — \(describe(best))")
            if let runnerUp = distinct.first(where: { $0.intent != best.intent }) {
                lines.append("Runner-up: \(runnerUp.intent) — \(describe(runnerUp))")
            } else {
                lines.append("Runner-up: none")
            }
        } else if result.intent == "inform" {
            lines.append(
                "Intent: inform — no intent matched, but the turn told me something (an answer, a symptom or a warning sign)."
            )
        } else if t.menuChoice == nil {
            lines.append("Intent: none matched (not understood).")
        }
        if result.intents.count > 1 {
            lines.append("Also answered: \(result.intents.dropFirst().joined(separator: ", "))")
        }
        if !t.corrections.isEmpty {
            lines.append(
                "Typos corrected: " + t.corrections.map { "\($0.typed) → \($0.corrected)" }.joined(separator: ", "))
        }
        if !t.denied.isEmpty { lines.append("Negated words: " + t.denied.joined(separator: ", ")) }
        if !t.contexts.isEmpty {
            lines.append("Not the runner's own present finding: " + t.contexts.joined(separator: ", "))
        }
        if t.budgetSpent {
            lines.append(
                "Matching stopped early: this line used up its step budget, so some rules were not tried;"
                    + " shorter sentences are read in full.")
        }
        lines.append("Extracted: " + (t.extracted.isEmpty ? "nothing" : t.extracted.joined(separator: "; ")))
        lines.append(
            "Red flags: \(t.redFlagsChecked) checked, "
                + (t.redFlagsRaised.isEmpty ? "none raised" : "raised " + t.redFlagReasons.joined(separator: "; ")))
        lines.append(
            "State: \(t.transition.from.rawValue) → \(t.transition.to.rawValue)"
                + (result.asking.map { ", asking \($0)" } ?? ""))
        if !t.content.isEmpty { lines.append("Content: " + t.content.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    private func describe(_ c: IntentMatcher.Candidate) -> String {
        var parts: [String] = []
        if let pattern = c.pattern { parts.append("pattern \"\(pattern)\" (\(format(c.patternScore)))") }
        if c.keywordScore != 0 { parts.append("keywords \(format(c.keywordScore))") }
        return "score \(format(c.score)): " + parts.joined(separator: " + ")
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
