import BrainFormat

/// `someoneInCare:`, how tingle speaks of someone in the runner's care (their child, an
/// athlete they coach, a person they ask for: `PersonInCare`). The questions and advice are
/// written to the runner ("What do you run in?"); when the conversation is about someone
/// else, a clinician asks the parent "What does she run in?". So the brain holds, by what it
/// replaces, the text said instead (`texts`), with the person's words left as placeholders
/// ("What {do} {they} run in?"), and the sets of words that fill them (`pronouns`), each
/// chosen by a concept that names such a person ("daughter", "husband") or, the last one,
/// by default. The engine only fills placeholders: which words, and where, is data.
public struct SomeoneInCareSection: BrainSection {
    public struct PronounSpec: Decodable, Sendable {
        let concept: String?
        let words: [String: String]
    }

    public struct Spec: Decodable, Sendable {
        let pronouns: [PronounSpec]?
        let texts: [String: String]?
    }

    public static let key = "someoneInCare"
    public static let shape: Shape = .record(
        [
            "pronouns": .list(.record(["concept": .text, "words": .table(.text)], required: ["words"])),
            "texts": .table(.text),
        ], required: [])

    /// The fields of a slot a text may replace (`slot.ID.FIELD`).
    static let slotFields: Set<String> = ["question", "hint", "rephrase", "why"]

    /// The sets of words, in order: the first whose concept names the person wins; the one
    /// without a concept is the default.
    public let forms: [CareForms]
    /// The texts said of the person in care, by what they replace: `slot.ID.FIELD`,
    /// `message.KEY`, `level.LEVEL`, `flag.ID`, `reason.CAUSE.FACT` (why a cause is listed),
    /// `tip.CAUSE.N` (a cause's Nth tip), `floor.FACT+FACT` (a floor's reason, by its facts).
    public let texts: [String: String]
    /// Where the texts are written, for `tingle check`'s problems with them.
    public var location: SourceLocation? = nil

    public init(compiling parts: [SectionPart<Spec>], in context: inout SectionContext) {
        var forms: [CareForms] = []
        var texts: [String: String] = [:]
        for part in parts {
            for (i, spec) in (part.document.pronouns ?? []).enumerated() {
                if let concept = spec.concept, !context.hasConcept(concept) {
                    context.problem(part.at(".pronouns[\(i)].concept"), "unknown concept '\(concept)'")
                }
                forms.append(CareForms(concept: spec.concept, words: spec.words))
            }
            for (key, text) in part.document.texts ?? [:] {
                if let problem = Self.problem(key: key, in: context) {
                    context.problem(part.at(".texts.\(key)#key"), problem)
                }
                texts[key] = text
            }
        }
        let start = parts.first?.at("") ?? context.start
        if !texts.isEmpty {
            // Every text must be sayable of anyone: one default, and every set fills every
            // placeholder of the person that any text uses.
            if forms.filter({ $0.concept == nil }).count != 1 || forms.last?.concept != nil {
                context.problem(start, "'someoneInCare' needs exactly one pronoun set without a concept, last")
            }
            let keys = Set(forms.flatMap(\.words.keys))
            for form in forms where Set(form.words.keys) != keys {
                context.problem(
                    start, "every pronoun set of 'someoneInCare' needs the same words: \(keys.sorted())")
            }
        }
        self.forms = forms
        self.texts = texts
        location = parts.last(where: { $0.document.texts != nil })?.at(".texts")
    }

    /// What is wrong with a text's key, if anything: it must name something said to the runner.
    static func problem(key: String, in context: SectionContext) -> String? {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("slot", 3):
            if !context.hasSlot(parts[1]) { return "unknown slot '\(parts[1])'" }
            if !slotFields.contains(parts[2]) { return "a slot's text is one of \(slotFields.sorted())" }
            return nil
        case ("message", 2):
            return MessageKey(rawValue: parts[1]) == nil ? "unknown message '\(parts[1])'" : nil
        case ("level", 2):
            return EscalationLevel(rawValue: parts[1]) == nil ? "unknown level '\(parts[1])'" : nil
        case ("reason", let count) where count >= 4:
            return nil  // causes are compiled elsewhere; `tingle check` names an unknown one
        case ("tip", 3), ("floor", _):
            return nil  // causes and floors are compiled elsewhere; `tingle check` names an unknown one
        case ("flag", 2):
            return nil  // red flags are compiled elsewhere; `tingle check` names an unknown one
        default:
            return
                "a key of 'someoneInCare.texts' is slot.ID.FIELD, message.KEY, level.LEVEL, flag.ID, reason.CAUSE.FACT, tip.CAUSE.N or floor.FACT+FACT"
        }
    }
}

/// The words that stand for one kind of person in care ("she", "her", "does"), by the
/// placeholder each fills.
public struct CareForms: Sendable {
    public let concept: String?
    public let words: [String: String]

    /// `text` with every placeholder of the person filled: `{their}` with the set's word,
    /// `{Their}` with it capitalised (a sentence's first word). Other braces (`{value}`) stay
    /// for the engine.
    public func fill(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let word = words[name] {
                out += word
            } else if let first = name.first, first.isUppercase, let word = words[first.lowercased() + name.dropFirst()]
            {
                out += word.prefix(1).uppercased() + word.dropFirst()
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
