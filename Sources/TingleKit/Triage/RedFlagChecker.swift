/// Checks every red-flag rule on every turn, before anything else: a rule fires when
/// one of its patterns matches this turn (negation-aware), or when every fact of one of
/// its `when` sets is known in the conversation.
struct RedFlagChecker {
    let brain: Brain

    /// The rules that fire, each with what made it fire (a pattern or a set of facts), for `/why`.
    /// Only the red-flag patterns that could match this input are tried (`MatchInput.viable`).
    func check(_ input: MatchInput, facts: Set<String>) -> [(rule: RedFlagRule, because: String, byFacts: Bool)] {
        let whole = 0..<input.tokens.count
        let owners = brain.index.owners
        // The first pattern of each rule that matches, in rule order (patterns are numbered in order).
        var matched: [(rule: Int32, pattern: Int32)] = []
        for number in input.viable {
            let owner = owners[Int(number)]
            guard owner.kind == .redFlag, matched.last?.rule != owner.rule else { continue }
            if PatternMatcher.matches(
                brain.redFlags[Int(owner.rule)].patterns[Int(owner.item)], in: input, range: whole)
            {
                matched.append((owner.rule, owner.item))
            }
        }
        var raised: [(rule: RedFlagRule, because: String, byFacts: Bool)] = []
        let rules = brain.redFlags
        for i in rules.indices {
            if let hit = matched.first(where: { $0.rule == i }) {
                let pattern = rules[i].patterns[Int(hit.pattern)]
                let words = input.quote(input.wordsNamed(by: pattern, in: whole))
                let place =
                    rules[i].patternLocations.indices.contains(Int(hit.pattern))
                    ? ", the pattern at \(rules[i].patternLocations[Int(hit.pattern)])" : ""
                raised.append((rules[i], "on \"\(words)\"\(place)", false))
            } else if let set = rules[i].when.first(where: { $0.allSatisfy(facts.contains) }) {
                raised.append((rules[i], "on the facts " + set.joined(separator: " + "), true))
            }
        }
        return raised
    }
}
