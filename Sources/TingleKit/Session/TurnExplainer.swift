/// `/why`, written for an author of the brain: for each sentence, the intent that won, the
/// rule that matched it by its place (FILE:LINE:COLUMN) and the words of the line it used,
/// and the runner-up; then what the turn heard (slots, findings and their context), the red
/// flags, the dialogue's move and the content shown. The intent named first is the one
/// `--json` reports.
struct TurnExplainer {
    let brain: Brain

    func explain(_ result: TurnResult?) -> String {
        guard let result else { return "Nothing to explain yet: say something first." }
        let t = result.trace
        var lines = ["Turn \(result.turn): \"\(result.input)\""]
        if let choice = t.menuChoice {
            lines.append("Menu choice \(choice): \(result.intents.first ?? "nothing").")
        }
        // Re-read the line to quote its words: the analysis is deterministic.
        let input = MatchInput(text: brain.analyzer.analyze(result.input), brain: brain)
        var bySentence: [(range: Range<Int>, candidates: [IntentMatcher.Candidate])] = []
        for candidate in t.candidates {
            if let i = bySentence.firstIndex(where: { $0.range == candidate.sentence }) {
                bySentence[i].candidates.append(candidate)
            } else {
                bySentence.append((candidate.sentence, [candidate]))
            }
        }
        if t.menuChoice == nil {
            for (range, candidates) in bySentence {
                let ranked = candidates.sorted(by: IntentMatcher.ranksBefore)
                let chosen = ranked.first { result.intents.contains($0.intent) } ?? ranked[0]
                let sentence = input.tokens.indices.clamped(to: range).map { input.tokens[$0].typed }
                lines.append("Sentence \"\(sentence.joined(separator: " "))\":")
                lines.append(
                    "  intent \(chosen.intent)\(result.intents.contains(chosen.intent) ? "" : " (not used)"), \(describe(chosen, input))"
                )
                if let runnerUp = ranked.first(where: { $0.intent != chosen.intent }) {
                    lines.append("  runner-up \(runnerUp.intent), \(describe(runnerUp, input))")
                } else {
                    lines.append("  no runner-up")
                }
            }
        }
        if result.intents.isEmpty && t.menuChoice == nil {
            lines.append(bySentence.isEmpty ? "Intent: none matched (not understood)." : "Intent: none used.")
        } else if result.intent == RoleIntent.inform {
            lines.append(
                "Intent: inform — no intent matched, but the turn told me something (an answer, a symptom or a warning sign)."
            )
        } else if result.intents.count > 1 {
            lines.append("Answered, in order: \(result.intents.joined(separator: ", ")) (--json reports the first)")
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
        if t.extracted.isEmpty && t.heard.isEmpty {
            lines.append("Heard: nothing for the questions or the view")
        } else {
            lines.append("Heard:")
            lines += t.heard.map { "  " + $0.describe(in: input) } + t.extracted.map { "  \($0)" }
        }
        if !t.setAside.isEmpty {
            lines.append("Set aside, said only of another part of the body (elsewhere: in the brain):")
            lines += t.setAside.map { "  " + $0.describe(in: input) }
        }
        lines.append(
            "Red flags: \(t.redFlagsChecked) checked, "
                + (t.redFlagsRaised.isEmpty ? "none raised" : "raised " + t.redFlagReasons.joined(separator: "; ")))
        lines.append(
            "State: \(t.transition.from.rawValue) → \(t.transition.to.rawValue)"
                + (result.asking.map { ", asking \($0)" } ?? ""))
        if !t.content.isEmpty { lines.append("Content shown: " + t.content.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    /// "by the pattern at FILE:LINE:COL on "words", score 13 + keywords 2", or keywords only.
    private func describe(_ c: IntentMatcher.Candidate, _ input: MatchInput) -> String {
        var parts: [String] = []
        if let index = c.patternIndex, let intent = brain.intent(c.intent), intent.patterns.indices.contains(index) {
            let words = input.quote(input.wordsNamed(by: intent.patterns[index], in: c.sentence))
            let place = intent.patternLocations.indices.contains(index) ? "\(intent.patternLocations[index])" : "?"
            parts.append("by the pattern at \(place) on \"\(words)\" (\(format(c.patternScore)))")
        }
        if c.keywordScore != 0 {
            parts.append("\(c.patternIndex == nil ? "by " : "")keywords (\(format(c.keywordScore)))")
        }
        return parts.joined(separator: " + ") + ", score \(format(c.score))"
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
