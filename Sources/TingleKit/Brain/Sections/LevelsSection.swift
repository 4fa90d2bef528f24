import BrainFormat

/// `levels:`, the title and message of each advice level (`emergency`, `urgent`, `doctor`,
/// `selfcare`): every level needs one. Read by the composer, the summary and `/why`.
public struct LevelsSection: BrainSection {
    public struct Spec: Decodable, Sendable {
        let title: String
        let message: String
    }

    public static let key = "levels"
    public static let shape: Shape = .table(
        .record(["title": .text, "message": .text], required: ["title", "message"]))

    public let texts: [EscalationLevel: LevelText]

    public init(compiling parts: [SectionPart<[String: Spec]>], in context: inout SectionContext) {
        var texts: [EscalationLevel: LevelText] = [:]
        for part in parts {
            for name in part.document.keys.sorted() {
                guard let level = context.level(name, at: part.at(".\(name)#key")), let spec = part.document[name]
                else { continue }
                var text = LevelText(title: spec.title, message: spec.message)
                text.location = part.at(".\(name).message")
                texts[level] = text
            }
        }
        for level in EscalationLevel.allCases where texts[level] == nil {
            context.problem(
                parts.first?.at("") ?? context.start,
                "the level '\(level.rawValue)' has no text; add '\(level.rawValue): {title: …, message: …}' under 'levels:'"
            )
        }
        self.texts = texts
    }
}
