/// `tingle check`: the problems a brain can load with but should not ship with —
/// examples that do not reach their intent, patterns that can never win, content
/// nothing reaches. (Syntax, types, keys and references are checked while loading.)
public struct BrainChecker {
    let brain: Brain
    /// A word of the brain for each stem, to turn patterns back into sentences: the shortest
    /// word of the stem, then the first alphabetically. Only checking needs it, so it is made
    /// here, not at every start (6M instructions).
    let surfaceForms: [String: String]

    public init(brain: Brain) {
        self.brain = brain
        var surfaceForms: [String: String] = [:]
        // Lengths counted once, not at every comparison.
        for (_, word) in brain.analyzer.corrector.vocabulary.map({ ($0.count, $0) }).sorted(by: <) {
            let stem = Stemmer.stem(word)
            if surfaceForms[stem] == nil { surfaceForms[stem] = word }
        }
        self.surfaceForms = surfaceForms
    }

    public func check() -> [Problem] {
        (examples() + counterExamples() + redFlagExamples() + shadowedPatterns() + unreachableContent()
            + unsourcedContent() + adviceLint() + unexplainedQuestions() + careTexts()).sorted {
                ($0.location, $0.message) < ($1.location, $1.message)
            }
    }

    /// Every example must be understood as its own intent, first.
    func examples() -> [Problem] {
        let matcher = IntentMatcher(brain: brain)
        var problems: [Problem] = []
        for intent in brain.intents {
            for (example, location) in zip(intent.examples, intent.exampleLocations) {
                let got = matcher.understand(example).intents
                guard got.first != intent.id else { continue }
                let instead = got.first.map { "matches '\($0)' instead" } ?? "matches no intent"
                problems.append(Problem(location, "example \"\(example)\" of '\(intent.id)' \(instead)"))
            }
        }
        return problems
    }

    /// No counter-example may be understood as the intent it is listed under.
    func counterExamples() -> [Problem] {
        let matcher = IntentMatcher(brain: brain)
        var problems: [Problem] = []
        for intent in brain.intents {
            for (example, location) in intent.counterExamples
            where matcher.understand(example).intents.contains(intent.id) {
                problems.append(
                    Problem(
                        location, "counter-example \"\(example)\" of '\(intent.id)' is understood as '\(intent.id)'"))
            }
        }
        return problems
    }

    /// Each red flag's examples, said as the first line of a conversation, raise it; its
    /// counter-examples do not.
    func redFlagExamples() -> [Problem] {
        var problems: [Problem] = []
        for rule in brain.redFlags {
            for (example, location) in rule.examples where !Self.raises(rule.id, example, brain) {
                problems.append(Problem(location, "example \"\(example)\" does not raise the red flag '\(rule.id)'"))
            }
            for (example, location) in rule.counterExamples where Self.raises(rule.id, example, brain) {
                problems.append(Problem(location, "counter-example \"\(example)\" raises the red flag '\(rule.id)'"))
            }
        }
        return problems
    }

    static func raises(_ flag: String, _ line: String, _ brain: Brain) -> Bool {
        var session = Session(brain: brain)
        return session.respond(to: line).redFlags.contains(flag)
    }

    /// A pattern is reported as shadowed when the plainest sentence it describes (first
    /// alternative, optional words left out, one phrase per concept) is won by another
    /// intent, or when it does not even match that sentence itself.
    func shadowedPatterns() -> [Problem] {
        let matcher = IntentMatcher(brain: brain)
        var problems: [Problem] = []
        for intent in brain.intents {
            for (pattern, location) in zip(intent.patterns, intent.patternLocations) {
                guard let witness = witness(for: pattern) else { continue }
                let input = MatchInput(text: brain.analyzer.analyze(witness), brain: brain)
                let ranked = matcher.rank(input, range: 0..<input.tokens.count)
                guard let winner = ranked.first, winner.intent != intent.id else { continue }
                let own = ranked.first { $0.intent == intent.id && $0.pattern == pattern.source }
                // another pattern of the same intent wins
                if own == nil && ranked.contains(where: { $0.intent == intent.id }) { continue }
                problems.append(
                    Problem(
                        location,
                        "pattern '\(pattern.source)' of '\(intent.id)' can never win: its plainest sentence \"\(witness)\" goes to '\(winner.intent)' (score \(winner.score))"
                    ))
            }
        }
        return problems
    }

    func unreachableContent() -> [Problem] {
        var reached = Set(brain.intents.compactMap(\.answer))
        reached.formUnion(brain.causes.compactMap(\.content))
        return brain.contentOrder.filter { !reached.contains($0) }.compactMap { id in
            brain.content[id].map {
                Problem(
                    $0.location,
                    "content '\(id)' is not reached by any intent; add an intent whose answer is '\(id)' or remove it")
            }
        }
    }

    /// Every question can be put another way ("what do you mean?") and says why it is asked
    /// ("why do you ask?"); without them the question is only repeated.
    func unexplainedQuestions() -> [Problem] {
        brain.slots.flatMap { slot -> [Problem] in
            guard let location = slot.location else { return [] }
            return [("rephrase", slot.rephrase), ("why", slot.why)].compactMap { key, text in
                text?.allSatisfy(\.isWhitespace) == false
                    ? nil
                    : Problem(
                        location,
                        "slot '\(slot.id)' has no \(key): it is what \"\(key == "why" ? "why do you ask?" : "what do you mean?")\" gets"
                    )
            }
        }
    }

    /// Every answer says where its facts come from: a content entry with an empty `source`
    /// is refused (a missing one is refused while loading).
    func unsourcedContent() -> [Problem] {
        brain.contentOrder.compactMap { brain.content[$0] }
            .filter { $0.source.allSatisfy(\.isWhitespace) }
            .map {
                Problem(
                    $0.sourceLocation ?? $0.location,
                    "content '\($0.id)' has no source; name where its facts come from (\"NHS: Sciatica\")")
            }
    }

    /// Advice a runner must act on says what to do and how soon: every level text (title and
    /// message), every red-flag message and every floor's reason contains one of `settings.adviceActions` ("call",
    /// "book") and one of `settings.adviceTimes` ("now", "today", "within"), as whole words in
    /// any case. The phrases are the brain's data; without them this check is off.
    func adviceLint() -> [Problem] {
        let settings = brain.settings
        guard !settings.adviceActions.isEmpty || !settings.adviceTimes.isEmpty else { return [] }
        let demands = [
            (phrases: settings.adviceActions, key: "adviceActions", says: "what to do"),
            (phrases: settings.adviceTimes, key: "adviceTimes", says: "how soon"),
        ]
        var problems: [Problem] = []
        func lint(_ text: String, _ what: String, _ location: SourceLocation) {
            let words = Self.words(text)
            for demand in demands
            where !demand.phrases.isEmpty && !demand.phrases.contains(where: { words.contains(Self.words($0)) }) {
                let listed = demand.phrases.prefix(6).joined(separator: "', '")
                let more = demand.phrases.count > 6 ? ", …" : ""
                problems.append(
                    Problem(
                        location,
                        "\(what) does not say \(demand.says): it has none of settings.\(demand.key) ('\(listed)'\(more))"
                    ))
            }
        }
        for level in EscalationLevel.allCases {
            guard let text = brain.levels[level], let location = text.location else { continue }
            lint(text.title + ". " + text.message, "the '\(level.rawValue)' level text", location)
        }
        for rule in brain.redFlags {
            lint(rule.message, "the message of red flag '\(rule.id)'", rule.messageLocation ?? rule.location)
        }
        // Said of someone in care in place of a level's or a red flag's message: advice too.
        if let care = brain.someoneInCare, let location = care.location {
            for (key, text) in care.texts.sorted(by: { $0.key < $1.key })
            where key.hasPrefix("level.") || key.hasPrefix("flag.") || key.hasPrefix("floor.") {
                lint(text, "someoneInCare's '\(key)'", location)
            }
        }
        // A floor says its reason on its own, before the level text: it is advice too.
        for (i, floor) in brain.floors.enumerated() {
            guard let location = floor.location else { continue }
            lint(floor.reason, "the reason of floor \(i + 1) (\(floor.facts.joined(separator: " + ")))", location)
        }
        return problems
    }

    /// Every text said of someone in care (`someoneInCare`) replaces something the brain says:
    /// a red flag's message, a cause's reason; and each placeholder it has is a word of the
    /// person or one the text it replaces has ({onset}), or it would be said as typed.
    func careTexts() -> [Problem] {
        guard let section = brain.someoneInCare, let location = section.location else { return [] }
        let personWords = Set(section.forms.flatMap(\.words.keys))
        var problems: [Problem] = []
        for (key, text) in section.texts.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: ".").map(String.init)
            var original: String?
            switch parts.first {
            case "flag": original = brain.redFlags.first { $0.id == parts[1] }?.message
            case "reason":
                original =
                    brain.causes.first { $0.id == parts[1] }?.evidence.first {
                        $0.fact == parts.dropFirst(2).joined(separator: ".")
                    }?.reason
            case "tip":
                original = brain.causes.first { $0.id == parts[1] }.flatMap { cause in
                    Int(parts[2]).flatMap { cause.tips.indices.contains($0 - 1) ? cause.tips[$0 - 1] : nil }
                }
            case "floor":
                let facts = parts.dropFirst().joined(separator: ".")
                original = brain.floors.first { $0.facts.joined(separator: "+") == facts }?.reason
            case "message": original = brain.messages[parts[1]]
            case "level": original = EscalationLevel(rawValue: parts[1]).flatMap { brain.levels[$0]?.message }
            default: original = brain.slots.first { $0.id == parts[1] }.map { _ in "" }
            }
            guard let original else {
                problems.append(Problem(location, "someoneInCare: '\(key)' names nothing the brain says"))
                continue
            }
            for name in Self.placeholders(in: text) {
                let lowered = (name.first?.lowercased() ?? "") + name.dropFirst()
                if !personWords.contains(lowered) && !original.contains("{\(name)}") {
                    problems.append(Problem(location, "someoneInCare: '\(key)' has {\(name)}, which nothing fills"))
                }
            }
        }
        return problems
    }

    /// The names in braces in `text` ("{they}", "{onset}").
    static func placeholders(in text: String) -> [String] {
        text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { piece in
            piece.firstIndex(of: "}").map { String(piece[..<$0]) }
        }
    }

    /// A text as its lowercase words, one space between and around them (" get help now "),
    /// so a phrase is found whole: "now" is not in "know", and "same-day" reads "same day".
    static func words(_ text: String) -> String {
        let spaced = String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
        return " " + spaced.split(separator: " ").joined(separator: " ") + " "
    }

    /// The plainest sentence a pattern describes, or nil when it needs words from a concept
    /// with no phrases.
    private func witness(for pattern: Pattern) -> String? {
        var words: [String] = []
        func emit(_ elements: [Pattern.Element]) -> Bool {
            for element in elements {
                switch element {
                case .word(let stem): words.append(surface(of: stem))
                case .concept(let name):
                    guard let phrase = phrase(of: name) else { return false }
                    words.append(phrase)
                case .wildcard, .optional: break
                case .choice(let branches): if !emit(branches[0]) { return false }
                }
            }
            return true
        }
        let elements = pattern.elements(rewriter: brain.analyzer.rewriter)
        guard emit(elements.sequence), emit(elements.unordered) else { return nil }
        return words.joined(separator: " ")
    }

    /// Stems are not always words; the surface form used in the brain's vocabulary wins.
    private func surface(of stem: String) -> String {
        if stem.hasPrefix("#") {
            if stem == Stemmer.pastYearStem { return "2019" }
            switch stem {
            case "#distance": return "3 miles"
            case "#long_distance": return "500 miles"
            case "#long_duration": return "2 hours"
            case "#few_minutes": return "2 minutes"
            case "#volume": return "30 miles a week"
            default: return "20 minutes"
            }
        }
        return surfaceForms[stem] ?? stem
    }

    private func phrase(of concept: String) -> String? {
        brain.conceptExamples[concept]
    }
}
