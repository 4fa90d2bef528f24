import BrainFormat

/// `floors:`, the lowest advice level that holds whenever all of a set of facts hold (known
/// diabetes with numbness: a doctor), with the reason the view gives. Read by `Assessor` and
/// `Session`.
public struct FloorsSection: BrainSection {
    public struct Spec: Decodable, Sendable {
        let facts: [String]
        let level: String
        let reason: String
    }

    public static let key = "floors"
    public static let shape: Shape = .list(
        .record(["facts": .list(.text), "level": .text, "reason": .text], required: ["facts", "level", "reason"]))

    /// In the order written, files in order.
    public let floors: [Floor]

    public init(compiling parts: [SectionPart<[Spec]>], in context: inout SectionContext) {
        var floors: [Floor] = []
        for part in parts {
            for (i, spec) in part.document.enumerated() {
                for (k, fact) in spec.facts.enumerated() {
                    context.requireFact(fact, at: part.at("[\(i)].facts[\(k)]"))
                }
                guard let level = context.level(spec.level, at: part.at("[\(i)].level")) else { continue }
                var floor = Floor(facts: spec.facts, level: level, reason: spec.reason)
                floor.location = part.at("[\(i)].reason")
                floors.append(floor)
            }
        }
        self.floors = floors
    }
}
