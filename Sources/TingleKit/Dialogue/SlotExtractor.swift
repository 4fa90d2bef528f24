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

    /// Reads every sentence except `skipping` (general questions such as "how tight should
    /// my laces be?", which say nothing about the user's own laces).
    func extract(from input: MatchInput, asking: String?, skipping: [Range<Int>] = []) -> Found {
        var found = Found()
        let sentences = input.text.sentences.filter { !skipping.contains($0) }
        func anywhere(_ patterns: [Pattern], in input: MatchInput) -> Bool {
            patterns.contains { pattern in sentences.contains { PatternMatcher.match(pattern, in: input, range: $0) != nil } }
        }
        for slot in brain.slots where !slot.isList {
            var value = Conversation.SlotValue()
            for extractor in slot.extractors {
                // Each sentence separately, so one sentence's words do not fill another's capture.
                for range in sentences {
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
        // "no pain" mentions pain, denied: the same input with nothing negated tells which.
        let undenied: MatchInput? = input.tokens.contains(where: \.isDenied) ? withoutNegation(input) : nil
        for rule in brain.symptoms {
            if anywhere(rule.patterns, in: input) {
                found.symptoms.append(rule.id)
            } else if let undenied, anywhere(rule.patterns, in: undenied) {
                found.deniedSymptoms.append(rule.id)
            }
        }
        for rule in brain.risks where anywhere(rule.patterns, in: input) { found.risks.append(rule.id) }
        for rule in brain.context where anywhere(rule.patterns, in: input) { found.context.append(rule.id) }
        if let asking, let slot = brain.slots.first(where: { $0.id == asking }), found.symptoms.isEmpty,
           anywhere(slot.none, in: input) {
            found.noneFor.insert(slot.id)
        }
        return found
    }

    private func withoutNegation(_ input: MatchInput) -> MatchInput {
        var tokens = input.tokens
        for i in tokens.indices { tokens[i].deniedBy = nil }
        return MatchInput(text: AnalyzedText(raw: input.text.raw, normalized: input.text.normalized, tokens: tokens),
                          concepts: brain.concepts)
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
    /// Replaces the first occurrence of `target` (a plain substring search; Foundation's
    /// `range(of:)` goes through NSString and was a tenth of a turn).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        let haystack = Array(utf8), needle = Array(target.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return self }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) {
                let result = haystack[..<start] + Array(replacement.utf8) + haystack[(start + needle.count)...]
                return String(decoding: result, as: UTF8.self)
            }
        }
        return self
    }

    /// The string without leading and trailing spaces and tabs.
    var trimmedSpaces: Substring { self[...].trimmedSpaces }
}

extension Substring {
    /// The slice without leading and trailing spaces and tabs.
    var trimmedSpaces: Substring {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
