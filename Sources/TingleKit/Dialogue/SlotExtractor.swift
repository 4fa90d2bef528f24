/// Finds, in one turn, every slot value, symptom, risk factor and circumstance the
/// user mentioned, however many there are in one sentence.
struct SlotExtractor {
    struct Found: Sendable {
        /// New values for slots, keyed by slot id (descriptions and facts).
        var values: [String: Conversation.SlotValue] = [:]
        var symptoms: [String] = []
        var deniedSymptoms: [String] = []
        var risks: [String] = []
        var context: [String] = []
        /// A "none" answer for a list slot ("nothing else", "no").
        var noneFor: Set<String> = []
        /// The extractor patterns that fired, for `/why`.
        var rules: [String] = []
        /// The user signalled a correction ("actually", "I meant"): replace, don't add.
        var isCorrection = false

        var isEmpty: Bool { values.isEmpty && symptoms.isEmpty && risks.isEmpty && context.isEmpty && noneFor.isEmpty && deniedSymptoms.isEmpty }
    }

    let brain: Brain

    func extract(from input: MatchInput, asking: String?) -> Found {
        var found = Found()
        let whole = 0..<input.tokens.count
        for slot in brain.slots where !slot.isList {
            var value = Conversation.SlotValue()
            for extractor in slot.extractors {
                // Each sentence separately, so one sentence's words do not fill another's capture.
                for range in input.text.sentences {
                    guard let match = PatternMatcher.match(extractor.pattern, in: input, range: range) else { continue }
                    let description = fill(extractor.value, match, input)
                    // "hokas" adds nothing to "new hokas"; "new shoes" nothing to "new hokas" (same facts).
                    let redundant = value.descriptions.contains { $0.contains(description) }
                        || (!extractor.facts.isEmpty && Set(extractor.facts).isSubset(of: value.facts))
                    if !redundant { value.descriptions.append(description) }
                    value.facts.formUnion(extractor.facts)
                    found.rules.append("\(slot.id): \(extractor.pattern.source)")
                    break
                }
            }
            if !value.descriptions.isEmpty { found.values[slot.id] = value }
        }
        found.isCorrection = brain.concepts.names.contains("correction")
            && input.presentTerms.contains(.concept("correction"))
        for rule in brain.symptoms {
            if rule.patterns.contains(where: { PatternMatcher.match($0, in: input, range: whole) != nil }) {
                found.symptoms.append(rule.id)
            } else if rule.patterns.contains(where: { matchesIgnoringNegation($0, input) }) {
                found.deniedSymptoms.append(rule.id)
            }
        }
        for rule in brain.risks where rule.patterns.contains(where: { PatternMatcher.match($0, in: input, range: whole) != nil }) {
            found.risks.append(rule.id)
        }
        for rule in brain.context where rule.patterns.contains(where: { PatternMatcher.match($0, in: input, range: whole) != nil }) {
            found.context.append(rule.id)
        }
        if let asking, let slot = brain.slots.first(where: { $0.id == asking }), found.symptoms.isEmpty,
           slot.none.contains(where: { PatternMatcher.match($0, in: input, range: whole) != nil }) {
            found.noneFor.insert(slot.id)
        }
        return found
    }

    /// Whether the pattern would match if nothing were negated: "no pain" mentions pain, denied.
    private func matchesIgnoringNegation(_ pattern: Pattern, _ input: MatchInput) -> Bool {
        guard input.tokens.contains(where: \.isDenied) else { return false }
        var tokens = input.tokens
        for i in tokens.indices { tokens[i].deniedBy = nil }
        let plain = MatchInput(text: AnalyzedText(raw: input.text.raw, normalized: input.text.normalized, tokens: tokens),
                               concepts: brain.concepts)
        return PatternMatcher.match(pattern, in: plain, range: 0..<tokens.count) != nil
    }

    /// Fills `{concept}` placeholders with the words the concept captured, as typed.
    private func fill(_ template: String, _ match: PatternMatch, _ input: MatchInput) -> String {
        guard template.contains("{") else { return template }
        var result = template
        for (concept, range) in match.captures {
            let words = input.tokens[range].map { $0.measure?.description ?? $0.typed }.joined(separator: " ")
            result = result.replacingFirst("{\(concept)}", with: words)
        }
        return result
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
