/// What one turn produced: the reply and the state the `--json` contract exposes.
public struct TurnResult: Sendable {
    public let turn: Int
    public let input: String
    /// The first intent understood, "inform" when the turn only answered a question,
    /// or nil when nothing was understood.
    public let intent: String?
    public let intents: [String]
    public let onset: String?
    public let footwear: String?
    /// Symptom ids, an empty list for "none", nil when not known.
    public let symptoms: [String]?
    public let asking: String?
    public let escalation: EscalationLevel?
    public let redFlags: [String]
    /// Of `redFlags`, those told of someone with the runner (a companion who collapsed), not
    /// of the runner: a script can tell whose emergency it is, as `/summary` does.
    public var redFlagsOfSomeoneElse: [String] = []
    public let state: Conversation.State
    public let reply: String
    public let trace: TurnTrace

    /// One JSON object on one line, keys in the documented order.
    public var jsonLine: String {
        var json = JSONWriter()
        json.beginObject()
        json.field("turn", turn)
        json.field("input", input)
        json.field("intent", intent)
        json.key("slots")
        json.beginObject()
        json.field(SlotKey.onset.rawValue, onset)
        json.field(SlotKey.footwear.rawValue, footwear)
        json.key(SlotKey.symptoms.rawValue)
        if let symptoms { json.strings(symptoms) } else { json.null() }
        json.endObject()
        json.field("asking", asking)
        json.field("escalation", escalation?.rawValue)
        json.field("redFlags", redFlags)
        json.field("redFlagsOfSomeoneElse", redFlagsOfSomeoneElse)
        json.field("state", state.rawValue)
        json.field("reply", reply)
        json.endObject()
        return json.text
    }
}

/// Why a turn went the way it did, for `/why` and `replay --coverage`.
public struct TurnTrace: Sendable {
    public var corrections: [(typed: String, corrected: String)] = []
    public var denied: [String] = []
    /// Words said of someone else, in the past, as a possibility or a hypothesis.
    public var contexts: [String] = []
    /// The line used up its matching step budget (`StepBudget`): some patterns were not tried.
    public var budgetSpent = false
    public var candidates: [IntentMatcher.Candidate] = []
    public var chosen: [String] = []
    /// Symptoms, risk factors and details found, by id.
    public var extracted: [String] = []
    /// Slot values heard, with the rule that heard each.
    var heard: [Heard] = []
    /// Slot values heard only of another part of the body, which did not count.
    var setAside: [Heard] = []
    public var redFlagsChecked = 0
    public var redFlagsRaised: [String] = []
    /// Each raised flag with the pattern or facts that raised it, put in words when asked.
    var redFlagsBecause: [(rule: RedFlagRule, because: RedFlagReason)] = []
    /// Each raised flag with the pattern or facts that raised it.
    public var redFlagReasons: [String] {
        redFlagsBecause.map { "\($0.rule.id) (\($0.rule.level.rawValue)) \($0.because.text)" }
    }
    public var transition: (from: Conversation.State, to: Conversation.State) = (.greeting, .greeting)
    public var content: [String] = []
    public var menuChoice: Int?
    /// The reply gave a view (likely causes and what to try) or escalated.
    public var showedView = false

    public init() {}
}
