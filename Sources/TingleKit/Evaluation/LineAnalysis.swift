/// Every stage of one line, for authors (`tingle analyze`), as ChatScript's `:prepare`
/// shows its marks: normalised text, tokens with their corrections, stems, quantities and
/// concept marks, sentences and their dialogue acts, the words said in a context (with the
/// trigger), the findings, the red flags that would fire, and the ranked intents.
public struct LineAnalysis: Sendable {
    public struct TokenView: Sendable {
        public let typed: String
        public let text: String
        public let stem: String
        public let measure: String?
        public let negatedBy: String?
        public let context: FindingContext
        public let contextTrigger: String?
        public let concepts: [String]
    }

    public struct SentenceView: Sendable {
        public let text: String
        public let acts: [String]
        public let candidates: [IntentMatcher.Candidate]
    }

    public let line: String
    public let normalized: String
    public let tokens: [TokenView]
    public let corrections: [(typed: String, corrected: String)]
    public let sentences: [SentenceView]
    public let intents: [String]
    public let slots: [(slot: String, value: String)]
    public let symptoms: [String]
    public let deniedSymptoms: [String]
    public let risks: [String]
    public let circumstances: [String]
    public let redFlags: [(id: String, level: String, because: String)]
    public let extractorRules: [String]

    /// Analyses `line` as a first message, or as the answer to the question about `asking`.
    public init(brain: Brain, line: String, asking: String? = nil) {
        self.line = line
        let input = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
        let findings = FindingsInput(input)
        let names = brain.terms.terms
        normalized = input.text.normalized
        tokens = input.tokens.indices.map { i in
            let token = input.tokens[i]
            let concepts = input.marks(at: i).compactMap { mark -> String? in
                guard case .concept(let name) = names[Int(mark.concept)] else { return nil }
                return mark.length > 1 ? "~\(name)(\(mark.length) words)" : "~\(name)"
            }
            let mark = findings.contexts[i]
            let trigger = mark.trigger.map { start in
                input.tokens[start..<(mark.triggerEnd ?? start + 1)].map(\.typed).joined(separator: " ")
            }
            return TokenView(
                typed: token.typed, text: token.text, stem: token.stem, measure: token.measure?.description,
                negatedBy: token.deniedBy.map { input.tokens[$0].typed }, context: mark.context,
                contextTrigger: trigger, concepts: concepts)
        }
        corrections = input.text.corrections.map { (typed: $0.0, corrected: $0.1) }
        let matcher = IntentMatcher(brain: brain)
        let understood = matcher.understand(input)
        intents = understood.intents
        sentences = input.text.sentences.map { range in
            let ranked = matcher.rank(input, range: range)
            let words = input.tokens[range].map(\.typed).joined(separator: " ")
            return SentenceView(
                text: words, acts: DialogueActs.of(range, in: input, best: ranked.first?.intent, brain: brain),
                candidates: Array(ranked.prefix(5)))
        }
        let found = FindingsReader(brain: brain).read(findings, asking: asking, skipping: understood.topicSentences)
        slots = found.values.sorted { $0.key < $1.key }.map { ($0.key, $0.value.descriptions.joined(separator: ", ")) }
        symptoms = found.symptoms
        deniedSymptoms = found.deniedSymptoms
        risks = found.risks
        circumstances = found.context
        extractorRules = found.heard.map { $0.describe(in: findings.reported) }
        redFlags = RedFlagChecker(brain: brain).check(found.redFlagHits, in: findings.reported, facts: []).map {
            ($0.rule.id, $0.rule.level.rawValue, $0.because.text)
        }
    }

    public var text: String {
        var lines: [String] = []
        lines.append("Input:       \(line)")
        lines.append("Normalised:  \(normalized)")
        if !corrections.isEmpty {
            lines.append("Corrected:   " + corrections.map { "\($0.typed) → \($0.corrected)" }.joined(separator: ", "))
        }
        lines.append("Tokens:")
        for token in tokens {
            var parts = [
                token.typed == token.text ? token.text : "\(token.typed) → \(token.text)", "stem \(token.stem)",
            ]
            if let measure = token.measure { parts.append("quantity \(measure)") }
            if let cue = token.negatedBy { parts.append("negated by \"\(cue)\"") }
            if token.context != .affirmed, let trigger = token.contextTrigger {
                parts.append("\(token.context) (after \"\(trigger)\")")
            }
            if !token.concepts.isEmpty { parts.append(token.concepts.joined(separator: " ")) }
            lines.append("  " + parts.joined(separator: " · "))
        }
        lines.append("Sentences:")
        for (i, sentence) in sentences.enumerated() {
            lines.append("  \(i + 1). \"\(sentence.text)\" — acts: \(sentence.acts.joined(separator: ", "))")
            for candidate in sentence.candidates {
                let how = candidate.pattern.map { "pattern '\($0)'" } ?? "keywords"
                lines.append("       \(candidate.intent) \(Self.score(candidate.score)) (\(how))")
            }
        }
        lines.append("Intents:     " + (intents.isEmpty ? "none" : intents.joined(separator: ", ")))
        lines.append("Findings:")
        lines.append(
            "  symptoms:  " + (symptoms.isEmpty ? "none" : symptoms.joined(separator: ", "))
                + (deniedSymptoms.isEmpty ? "" : "; denied: " + deniedSymptoms.joined(separator: ", ")))
        lines.append("  risks:     " + (risks.isEmpty ? "none" : risks.joined(separator: ", ")))
        lines.append("  context:   " + (circumstances.isEmpty ? "none" : circumstances.joined(separator: ", ")))
        for (slot, value) in slots { lines.append("  \(slot): \(value)") }
        lines.append(
            "Red flags:   "
                + (redFlags.isEmpty
                    ? "none" : redFlags.map { "\($0.id) (\($0.level)) \($0.because)" }.joined(separator: "; ")))
        return lines.joined(separator: "\n")
    }

    public var json: String {
        var json = JSONWriter()
        json.beginObject()
        json.field("input", line)
        json.field("normalized", normalized)
        json.key("tokens")
        json.beginArray()
        for token in tokens {
            json.beginObject()
            json.field("typed", token.typed)
            json.field("text", token.text)
            json.field("stem", token.stem)
            json.field("quantity", token.measure)
            json.field("negatedBy", token.negatedBy)
            json.field("context", token.context.description)
            json.field("contextTrigger", token.contextTrigger)
            json.field("concepts", token.concepts)
            json.endObject()
        }
        json.endArray()
        json.key("sentences")
        json.beginArray()
        for sentence in sentences {
            json.beginObject()
            json.field("text", sentence.text)
            json.field("acts", sentence.acts)
            json.key("intents")
            json.beginArray()
            for candidate in sentence.candidates {
                json.beginObject()
                json.field("intent", candidate.intent)
                json.field("score", Self.score(candidate.score))
                json.field("pattern", candidate.pattern)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.field("intents", intents)
        json.key("findings")
        json.beginObject()
        json.field("symptoms", symptoms)
        json.field("deniedSymptoms", deniedSymptoms)
        json.field("risks", risks)
        json.field("context", circumstances)
        json.key("slots")
        json.beginObject()
        for (slot, value) in slots {
            json.key(slot)
            json.string(value)
        }
        json.endObject()
        json.endObject()
        json.field("redFlags", redFlags.map(\.id))
        json.endObject()
        return json.text
    }

    /// A score with at most two decimals ("7", "5.33").
    static func score(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? "\(Int(rounded))" : "\(rounded)"
    }
}
