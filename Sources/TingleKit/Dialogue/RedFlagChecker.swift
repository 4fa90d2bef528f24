/// Checks every red-flag rule on every turn, before anything else: a rule fires when
/// one of its patterns matches this turn (negation-aware), or when every fact of one of
/// its `when` sets is known in the conversation.
struct RedFlagChecker {
    let brain: Brain

    func check(_ input: MatchInput, facts: Set<String>) -> [RedFlagRule] {
        let whole = 0..<input.tokens.count
        return brain.redFlags.filter { rule in
            rule.patterns.contains { PatternMatcher.match($0, in: input, range: whole) != nil }
                || rule.when.contains { set in set.allSatisfy(facts.contains) }
        }
    }
}
