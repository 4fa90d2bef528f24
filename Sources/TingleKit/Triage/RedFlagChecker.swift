/// Checks every red-flag rule on every turn: a rule fires when one of its patterns matched
/// this turn's findings (negation-aware), or when every fact of one of its `when` sets is
/// known in the conversation.
struct RedFlagChecker {
    let brain: Brain

    /// The rules that fire, each with what made it fire (a pattern or a set of facts, put in
    /// words only for `/why`): the red flags the findings stage heard in `input`
    /// (`Findings.redFlagHits`), and the rules whose `when` facts all hold.
    func check(_ hits: [RedFlagHit], in input: MatchInput, facts: Set<String>)
        -> [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)]
    {
        var raised: [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)] = []
        let rules = brain.redFlags
        for i in rules.indices {
            if let hit = hits.first(where: { $0.rule == i }) {
                let locations = rules[i].patternLocations
                let place = locations.indices.contains(Int(hit.pattern)) ? locations[Int(hit.pattern)] : nil
                raised.append((rules[i], .pattern(rules[i].patterns[Int(hit.pattern)], at: place, in: input), false))
            } else if let set = rules[i].when.first(where: { $0.allSatisfy(facts.contains) }) {
                raised.append((rules[i], .facts(set), true))
            }
        }
        return raised
    }

    /// The same for a line the findings stage has not read (another reading of it, a test).
    func check(_ input: MatchInput, facts: Set<String>) -> [(rule: RedFlagRule, because: RedFlagReason, byFacts: Bool)]
    {
        check(FindingsReader.redFlagHits(in: input, brain: brain), in: input, facts: facts)
    }
}
