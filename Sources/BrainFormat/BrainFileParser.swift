import Yams

/// One brain file read: its document, and where each of its values was written, by path
/// ("intents[3].patterns[0]"), for messages that name a file, line and column.
package struct BrainFile: Sendable, Equatable {
    package let file: String
    package let body: BrainDocument
    package let locations: [String: SourceLocation]

    package init(file: String, body: BrainDocument, locations: [String: SourceLocation]) {
        self.file = file
        self.body = body
        self.locations = locations
    }

    package func at(_ path: String) -> SourceLocation {
        locations[path] ?? SourceLocation(file: file, line: 1, column: 1)
    }
}

/// What reading one YAML file gave: its document, or its problems.
package struct ParsedBrainFile: Sendable {
    package var document: BrainFile?
    package var problems: [Problem] = []

    package init(document: BrainFile? = nil, problems: [Problem] = []) {
        self.document = document
        self.problems = problems
    }
}

/// Reads brain YAML: syntax, then the schema node by node (so every problem has a line
/// and column), then the Codable document.
package enum BrainFileParser {
    /// Reads one YAML file on its own (files are independent, so this runs in parallel).
    package static func parse(_ file: BrainSourceFile) -> ParsedBrainFile {
        var parsed = ParsedBrainFile()
        let node: Node?
        do {
            // The basic resolver skips matching every scalar against the number and date
            // patterns: the schema decides types, and it was a tenth of loading the brain.
            node = try Yams.compose(yaml: file.text, .basic)
        } catch let error as YamlError {
            parsed.problems.append(problem(from: error, file: file.path))
            return parsed
        } catch {
            parsed.problems.append(Problem(SourceLocation(file: file.path, line: 1, column: 1), "cannot be read as YAML: \(error)"))
            return parsed
        }
        guard let node else { return parsed }  // an empty file holds nothing, which is fine
        var locations: [String: SourceLocation] = [:]
        BrainSchema.validate(node, as: BrainSchema.document, path: "", file: file.path, locations: &locations,
                             problems: &parsed.problems)
        guard parsed.problems.isEmpty else { return parsed }
        do {
            let body = try YAMLDecoder().decode(BrainDocument.self, from: node)
            parsed.document = BrainFile(file: file.path, body: body, locations: locations)
        } catch {
            parsed.problems.append(Problem(BrainSchema.location(of: node, in: file.path), "cannot be decoded: \(error)"))
        }
        return parsed
    }

    static func problem(from error: YamlError, file: String) -> Problem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return Problem(SourceLocation(file: file, line: mark.line, column: mark.column), "YAML syntax: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Problem(SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                           "the key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping")
        case .reader(let problem, _, _, _):
            return Problem(SourceLocation(file: file, line: 1, column: 1), "YAML: \(problem)")
        default:
            return Problem(SourceLocation(file: file, line: 1, column: 1), "YAML: \(error)")
        }
    }

}
