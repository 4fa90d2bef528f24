import BrainFormat

/// `menu:`, the intents the fallback offers as a numbered list when nothing was understood,
/// in order (every file's list, in file order). Read by `Session` when it falls back.
public struct MenuSection: BrainSection {
    public static let key = "menu"
    public static let shape: Shape = .list(.text)

    /// The intents offered, in order.
    public let intents: [String]

    public init(compiling parts: [SectionPart<[String]>], in context: inout SectionContext) {
        var intents: [String] = []
        for part in parts {
            for (i, id) in part.document.enumerated() {
                if context.hasIntent(id) {
                    intents.append(id)
                } else {
                    context.problem(part.at("[\(i)]"), "unknown intent '\(id)'")
                }
            }
        }
        self.intents = intents
    }
}
