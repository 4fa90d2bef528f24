import BrainFormat
import PatternLanguage

/// A kind of brain section that owns itself: one type declares its top-level key, the shape
/// its YAML must have (keys and types, checked with their places), the document it decodes to
/// (by `Decodable`), and how its parts from every file compile into what the engine reads.
/// Adding one touches its own file, the stage that reads it (`Brain.section(_:)`), and the
/// list of sections it is loaded with (`BrainSections.standard`, or the list given to
/// `BrainLoader`); the file format, the snapshot and the compiler need no change, since the
/// format keeps a section it does not list as written (`BrainValue`).
public protocol BrainSection: Sendable {
    /// What one file's section decodes to.
    associatedtype Document: Decodable & Sendable

    /// The top-level key the section is written under.
    static var key: String { get }
    /// The keys and types its YAML must have, checked before decoding.
    static var shape: Shape { get }

    /// Compiles the section from its parts, in file order (none when no file has it).
    init(compiling parts: [SectionPart<Document>], in context: inout SectionContext)
}

/// One file's part of a section: its document, and where each of its values is written.
public struct SectionPart<Document: Sendable>: Sendable {
    public let document: Document
    /// The file it is written in.
    public let file: String
    let value: BrainValue

    /// Where the value at `path` within the section is written ("[2].intent", ".title"), or
    /// the nearest enclosing value that is written; a path ending in `#key` gives where that
    /// mapping key is written (".doctor#key").
    public func at(_ path: String) -> SourceLocation {
        var value = self.value
        var rest = Substring(path)
        var wantsKey = false
        if rest.hasSuffix("#key") {
            rest = rest.dropLast(4)
            wantsKey = true
        }
        while !rest.isEmpty {
            if rest.hasPrefix("["), let close = rest.firstIndex(of: "]"),
                let index = Int(rest[rest.index(after: rest.startIndex)..<close]), case .list(let items) = value.kind,
                items.indices.contains(index)
            {
                value = items[index]
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix(".") {
                let name = rest.dropFirst().prefix { $0 != "." && $0 != "[" }
                guard case .mapping(let entries) = value.kind,
                    let entry = entries.first(where: { $0.key.string == String(name) })
                else { break }
                rest = rest.dropFirst(1 + name.count)
                value = wantsKey && rest.isEmpty ? entry.key : entry.value
            } else {
                break
            }
        }
        return SourceLocation(file: file, line: value.line, column: value.column)
    }
}

/// What a section compiles against: the brain compiled so far, and the problems found.
public struct SectionContext {
    let intentIDs: Set<String>
    let contentIDs: Set<String>
    /// Facts the brain's extractors, symptoms, risks and context can set.
    let producedFacts: Set<String>
    /// The slots' ids and the concepts' names, for sections that name them.
    var slotIDs: Set<String> = []
    var conceptNames: Set<String> = []
    /// Where a problem about something no file has goes: the first file's first key.
    public let start: SourceLocation
    var problems: [Problem] = []

    /// Reports a problem at its place; a brain with problems does not load.
    public mutating func problem(_ location: SourceLocation, _ message: String) {
        problems.append(Problem(location, message))
    }

    /// Whether the brain has the intent `id` (sections that name intents check them).
    public func hasIntent(_ id: String) -> Bool { intentIDs.contains(id) }

    public func hasContent(_ id: String) -> Bool { contentIDs.contains(id) }

    public func hasSlot(_ id: String) -> Bool { slotIDs.contains(id) }

    public func hasConcept(_ name: String) -> Bool { conceptNames.contains(name) }

    /// Reports a fact nothing in the brain can set: a rule that reads it could never apply.
    public mutating func requireFact(_ fact: String, at location: SourceLocation) {
        if !producedFacts.contains(fact) { problems.append(RuleChecks.unsetFact(fact, at: location)) }
    }

    /// The advice level `name`, or nil with a problem naming the levels there are.
    public mutating func level(_ name: String, at location: SourceLocation) -> EscalationLevel? {
        switch RuleChecks.level(name, at: location) {
        case .success(let level): return level
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
    }
}

/// The sections the engine loads a brain with.
public enum BrainSections {
    public static let standard: [any BrainSection.Type] = [
        MessagesSection.self, MenuSection.self, LevelsSection.self, CausesSection.self, FloorsSection.self,
        ElsewhereSection.self, SomeoneInCareSection.self,
    ]
}

extension BrainSection {
    /// This section of `documents`: each file's part checked against `shape` and decoded,
    /// then compiled. Problems go to `context`; the section is compiled only without them.
    static func compile(from documents: [BrainFile], in context: inout SectionContext) -> Self? {
        var parts: [SectionPart<Document>] = []
        var problems: [Problem] = []
        for file in documents {
            guard let value = file.sections[key] else { continue }
            var locations: [String: SourceLocation] = [:]
            let before = problems.count
            BrainSchema.validate(
                value, as: shape, path: key, file: file.file, locations: &locations, problems: &problems)
            guard problems.count == before else { continue }
            do {
                parts.append(
                    SectionPart(
                        document: try value.decode(Document.self), file: file.file, value: value))
            } catch {
                problems.append(
                    Problem(
                        SourceLocation(file: file.file, line: value.line, column: value.column),
                        "'\(key)' cannot be decoded: \(error)"))
            }
        }
        context.problems += problems
        guard problems.isEmpty else { return nil }
        return Self(compiling: parts, in: &context)
    }
}
