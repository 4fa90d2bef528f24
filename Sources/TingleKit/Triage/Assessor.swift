/// Works out the advice level and the likely causes from what the user reported:
/// each cause scores its base plus the weights of the facts that support it, and
/// keeps the reasons (in the user's terms) for the facts that counted.
public struct Assessment: Sendable {
    public struct RankedCause: Sendable {
        public let cause: Cause
        public let score: Double
        public let reasons: [String]
        /// The same reasons as said of someone in the runner's care: each the brain's text
        /// for them (`reason.CAUSE.FACT` in `someoneInCare`), its person's words still to fill,
        /// or the runner's own where it has none.
        public var careReasons: [String] = []
    }

    public let level: EscalationLevel
    public let levelReasons: [String]
    public let causes: [RankedCause]
    public let tips: [String]
    /// The questions left unanswered ("not sure", skipped), by their titles.
    public var unknowns: [String] = []

    /// Nothing the runner said points to any cause: the view must say what is not known
    /// instead of naming a most likely cause.
    public var isUncertain: Bool { !causes.isEmpty && causes.allSatisfy(\.reasons.isEmpty) }
}

struct Assessor {
    let brain: Brain

    /// The view of what `conversation` holds, with the red flags raised so far (`redFlags`).
    func assess(_ conversation: Conversation, redFlags: [String]) -> Assessment {
        let facts = conversation.facts
        // The level this assessment gives on its own (floors and red flags held); the session
        // keeps the conversation's level from dropping below what was said before.
        var level = EscalationLevel.selfcare
        var levelReasons: [String] = []
        for floor in brain.floors where floor.facts.allSatisfy(facts.contains) {
            if floor.level > level { level = floor.level }
            if floor.level >= .doctor { levelReasons.append(floor.reason) }
        }
        for id in redFlags {
            if let rule = brain.redFlags.first(where: { $0.id == id }), rule.level > level { level = rule.level }
        }
        var ranked: [Assessment.RankedCause] = []
        for cause in brain.causes {
            var score = cause.base
            var reasons: [String] = []
            var careReasons: [String] = []
            for evidence in cause.evidence where facts.contains(evidence.fact) {
                score += evidence.weight
                if let reason = evidence.reason, evidence.weight > 0 {
                    reasons.append(fill(reason, conversation))
                    let forCare = brain.someoneInCare?.texts["reason.\(cause.id).\(evidence.fact)"]
                    careReasons.append(fill(forCare ?? reason, conversation))
                }
            }
            // A cause is shown only with a reason from what the user said, unless it is a
            // common cause in its own right (base > 0).
            // A single weak hint (burning alone) is not enough to name a serious cause.
            if score >= 2 && (!reasons.isEmpty || cause.base > 0) || cause.base > 0 && score > 0 {
                var ranking = Assessment.RankedCause(cause: cause, score: score, reasons: reasons)
                ranking.careReasons = careReasons
                ranked.append(ranking)
            }
        }
        // Stable sort: equal scores keep the brain's order, which is the documented tie-break.
        ranked = ranked.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
        let top = Array(ranked.prefix(3))
        var assessment = Assessment(level: level, levelReasons: levelReasons, causes: top, tips: Self.tips(for: top))
        assessment.unknowns = brain.slots.filter { conversation.slots[$0.id]?.skipped == true }.map {
            $0.title.lowercased()
        }
        return assessment
    }

    /// At most this many tips in a view: enough to act on, few enough to read.
    static let maxTips = 5

    /// Every cause listed gets at least its first tip (a listed cause with nothing to do
    /// about it reads as if it did not matter: the diabetic foot check under nerve damage,
    /// the doctor's pulse check under circulation); the rest go to the most likely causes
    /// first. Grouped by cause, in the order the causes are listed; no tip twice.
    static func tips(for causes: [Assessment.RankedCause]) -> [String] {
        var quota = causes.map { min(1, $0.cause.tips.count) }
        var left = maxTips - quota.reduce(0, +)
        for i in causes.indices where left > 0 {
            let more = min(left, causes[i].cause.tips.count - quota[i])
            quota[i] += more
            left -= more
        }
        var tips: [String] = []
        for (i, ranked) in causes.enumerated() {
            for tip in ranked.cause.tips.prefix(quota[i]) where !tips.contains(tip) { tips.append(tip) }
        }
        return tips
    }

    /// `description` without a bracketed note at its end, when something comes before it.
    static func withoutClosingNote(_ description: String) -> String {
        guard description.hasSuffix(")"), let open = description.lastIndex(of: "("), open > description.startIndex
        else { return description }
        var end = open
        while end > description.startIndex, description[description.index(before: end)] == " " {
            end = description.index(before: end)
        }
        return end == description.startIndex ? description : String(description[..<end])
    }

    /// Reasons may quote what the user said: `{onset}`, `{footwear}`.
    private func fill(_ reason: String, _ conversation: Conversation) -> String {
        var text = reason
        for (id, value) in conversation.slots {
            // The first thing said reads best inside a sentence ("it starts after about 20 minutes").
            // A note said back with it, in brackets at its end ("after about 20 minutes (if I've
            // got the unit right)"), was for the turn that heard it, not for inside a sentence.
            if let first = value.descriptions.first {
                text = text.replacingFirst("{\(id)}", with: Self.withoutClosingNote(first))
            }
        }
        return text
    }
}
