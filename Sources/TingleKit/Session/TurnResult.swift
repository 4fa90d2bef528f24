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
    public let state: Conversation.State
    public let reply: String
    public let trace: TurnTrace

    /// One JSON object on one line, keys in the documented order.
    public var jsonLine: String {
        var json = JSONWriter()
        json.beginObject()
            json.key("turn"); json.number(turn)
            json.key("input"); json.string(input)
            json.key("intent"); json.optionalString(intent)
            json.key("slots")
            json.beginObject()
                json.key("onset"); json.optionalString(onset)
                json.key("footwear"); json.optionalString(footwear)
                json.key("symptoms"); if let symptoms { json.strings(symptoms) } else { json.null() }
            json.endObject()
            json.key("asking"); json.optionalString(asking)
            json.key("escalation"); json.optionalString(escalation?.rawValue)
            json.key("redFlags"); json.strings(redFlags)
            json.key("state"); json.string(state.rawValue)
            json.key("reply"); json.string(reply)
        json.endObject()
        return json.text
    }
}

/// Why a turn went the way it did, for `/why` and `replay --coverage`.
public struct TurnTrace: Sendable {
    public var corrections: [(typed: String, corrected: String)] = []
    public var denied: [String] = []
    public var candidates: [IntentMatcher.Candidate] = []
    public var chosen: [String] = []
    public var extracted: [String] = []
    public var redFlagsChecked = 0
    public var redFlagsRaised: [String] = []
    /// Each raised flag with the pattern or facts that raised it.
    public var redFlagReasons: [String] = []
    public var transition: (from: Conversation.State, to: Conversation.State) = (.greeting, .greeting)
    public var content: [String] = []
    public var menuChoice: Int?

    public init() {}
}

/// A minimal JSON writer: deterministic key order, and every control character escaped
/// so an input line can never break the one-object-per-line contract.
struct JSONWriter {
    private(set) var text = ""
    /// Whether the current object or array already holds an item (so the next needs a comma).
    private var hasItem = [false]
    private var afterKey = false

    /// Writes the comma that separates this value from the previous one, if any.
    private mutating func separator() {
        if afterKey { afterKey = false; return }
        if hasItem[hasItem.count - 1] { text += "," }
        hasItem[hasItem.count - 1] = true
    }

    mutating func beginObject() {
        separator()
        text += "{"
        hasItem.append(false)
    }

    mutating func endObject() {
        hasItem.removeLast()
        text += "}"
    }

    mutating func key(_ name: String) {
        separator()
        appendQuoted(name)
        text += ":"
        afterKey = true
    }

    mutating func string(_ value: String) { separator(); appendQuoted(value) }
    mutating func optionalString(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func number(_ value: Int) { separator(); text += String(value) }
    mutating func null() { separator(); text += "null" }

    mutating func strings(_ values: [String]) {
        separator()
        text += "["
        for (i, value) in values.enumerated() {
            if i > 0 { text += "," }
            appendQuoted(value)
        }
        text += "]"
    }

    private mutating func appendQuoted(_ value: String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
