import BrainFormat

/// `causes:`, what could be behind it: each with a base score, the facts that speak for or
/// against it, tips, and optionally the content that explains it. Read by `Assessor`.
public struct CausesSection: BrainSection {
    public struct Spec: Decodable, Sendable {
        struct Evidence: Decodable, Sendable {
            let fact: String
            let weight: Double
            let reason: String?
        }

        let id: String
        let title: String
        let explanation: String
        let base: Double?
        let evidence: [Evidence]
        let tips: [String]
        let content: String?
    }

    public static let key = "causes"
    public static let shape: Shape = .list(
        .record(
            [
                "id": .text, "title": .text, "explanation": .text, "base": .number, "tips": .list(.text),
                "content": .text,
                "evidence": .list(
                    .record(["fact": .text, "weight": .number, "reason": .text], required: ["fact", "weight"])),
            ], required: ["id", "title", "explanation", "evidence", "tips"]))

    /// In the order written, files in order.
    public let causes: [Cause]

    public init(compiling parts: [SectionPart<[Spec]>], in context: inout SectionContext) {
        var causes: [Cause] = []
        var seen: [String: SourceLocation] = [:]
        for part in parts {
            for (i, spec) in part.document.enumerated() {
                let place = part.at("[\(i)].id")
                if let first = seen[spec.id] {
                    context.problem(place, "cause '\(spec.id)' is already defined at \(first)")
                    continue
                }
                seen[spec.id] = place
                for (k, evidence) in spec.evidence.enumerated() {
                    context.requireFact(evidence.fact, at: part.at("[\(i)].evidence[\(k)].fact"))
                }
                if let content = spec.content, !context.hasContent(content) {
                    context.problem(
                        part.at("[\(i)].content"), "cause '\(spec.id)' refers to unknown content '\(content)'")
                }
                causes.append(
                    Cause(
                        id: spec.id, title: spec.title, explanation: spec.explanation, base: spec.base ?? 0,
                        evidence: spec.evidence.map { .init(fact: $0.fact, weight: $0.weight, reason: $0.reason) },
                        tips: spec.tips, content: spec.content))
            }
        }
        self.causes = causes
    }
}
