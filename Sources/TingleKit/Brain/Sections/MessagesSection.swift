import BrainFormat

/// `messages:`, everything tingle says outside answers, by key (later files win). Every key
/// the code reads (`MessageKey`) must be there. Read through `Brain.message(_:)`.
public struct MessagesSection: BrainSection {
    public static let key = "messages"
    public static let shape: Shape = .table(.text)

    public let texts: [String: String]

    public init(compiling parts: [SectionPart<[String: String]>], in context: inout SectionContext) {
        var texts: [String: String] = [:]
        for part in parts { texts.merge(part.document) { _, later in later } }
        // A missing message is reported where the messages are, not in whichever file came first.
        for key in MessageKey.allCases.map(\.rawValue) where texts[key] == nil {
            context.problem(
                parts.first?.at("") ?? context.start, "the message '\(key)' is missing; add it under 'messages:'")
        }
        self.texts = texts
    }
}
