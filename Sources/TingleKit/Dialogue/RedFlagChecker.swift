/// Checks every red-flag rule on every turn, before anything else: a rule fires when
/// one of its patterns matches this turn (negation-aware), or when every fact of one of
/// its `when` sets is known in the conversation.
struct RedFlagChecker {
    let brain: Brain

    /// The rules that fire, each with what made it fire (a pattern or a set of facts), for `/why`.
    func check(_ input: MatchInput, facts: Set<String>) -> [(rule: RedFlagRule, because: String)] {
        let whole = 0..<input.tokens.count
        return brain.redFlags.compactMap { rule in
            if let pattern = rule.patterns.first(where: { PatternMatcher.match($0, in: input, range: whole) != nil }) {
                return (rule, "pattern \"\(pattern.source)\"")
            }
            if let set = rule.when.first(where: { $0.allSatisfy(facts.contains) }) {
                return (rule, "facts " + set.joined(separator: " + "))
            }
            return nil
        }
    }
}
