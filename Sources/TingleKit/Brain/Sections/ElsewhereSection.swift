import BrainFormat

/// `elsewhere:`, the slots whose readings belong to the part of the body a clause is about.
/// "My knees ache on long runs, toes go numb too": "on long runs" is said of the knees, and a
/// clinician would not take it as when the numbness starts; nor is "my knee stays sore for
/// hours after" how the numbness ends. For each rule, a reading of one of its `slots` said only
/// in clauses that name one of the `parts` and none of the words of `unless` (the numbness, the
/// feet) does not count; the slot's question is asked instead. A slot may have several rules,
/// each with its own parts and its own words that keep a clause: numbness said of the hands
/// ("my hands tingle on long runs too") is the hands', though the clause holds a numbness word,
/// unless it names the feet too. Read by `FindingsReader`.
public struct ElsewhereSection: BrainSection {
    public struct Spec: Decodable, Sendable {
        let slots: [String]
        let parts: String
        let unless: String
    }

    public static let key = "elsewhere"
    public static let shape: Shape = .list(
        .record(["slots": .list(.text), "parts": .text, "unless": .text], required: ["slots", "parts", "unless"]))

    /// The concepts of one rule: the parts that take a clause's readings, and the words that
    /// keep them for the slot.
    public struct Rule: Sendable, Equatable {
        public let parts: String
        public let unless: String
    }

    /// By slot id, in the order written; a clause any of them sets aside is set aside.
    public let rules: [String: [Rule]]

    public init(compiling parts: [SectionPart<[Spec]>], in context: inout SectionContext) {
        var rules: [String: [Rule]] = [:]
        for part in parts {
            for (i, spec) in part.document.enumerated() {
                var known = true
                for (key, name) in [("parts", spec.parts), ("unless", spec.unless)] where !context.hasConcept(name) {
                    context.problem(part.at("[\(i)].\(key)"), "elsewhere names the unknown concept '\(name)'")
                    known = false
                }
                for (k, slot) in spec.slots.enumerated() where !context.hasSlot(slot) {
                    context.problem(part.at("[\(i)].slots[\(k)]"), "elsewhere names the unknown slot '\(slot)'")
                    known = false
                }
                guard known else { continue }
                let rule = Rule(parts: spec.parts, unless: spec.unless)
                for slot in spec.slots where !(rules[slot]?.contains(rule) ?? false) {
                    rules[slot, default: []].append(rule)
                }
            }
        }
        self.rules = rules
    }
}
