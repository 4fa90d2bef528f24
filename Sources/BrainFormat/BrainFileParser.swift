import Yams

/// One brain file read: its document, and where each of its values was written, by path
/// ("intents[3].patterns[0]"), for messages that name a file, line and column.
package struct BrainFile: Sendable, Equatable {
    package let file: String
    package let body: BrainDocument
    /// Where each value is written, by path (see `PlaceTable`).
    package let places: PlaceTable
    /// Top-level sections the file format does not list, as written, for the engine's own
    /// sections to read (and to refuse when none claims them).
    package let sections: [String: BrainValue]

    package init(
        file: String, body: BrainDocument, locations: [String: SourceLocation], sections: [String: BrainValue] = [:]
    ) {
        self.init(file: file, body: body, places: PlaceTable(locations), sections: sections)
    }

    package init(file: String, body: BrainDocument, places: PlaceTable, sections: [String: BrainValue]) {
        self.file = file
        self.body = body
        self.places = places
        self.sections = sections
    }

    /// Whether `path` is written in the file.
    package func has(_ path: String) -> Bool { places[path] != nil }

    /// Where `path` is written; for a path the file does not hold (a default the compiler
    /// checks, a key left out), the nearest enclosing value that is written, and at worst the
    /// file's first key, so no problem is placed at a guessed start of the file.
    package func at(_ path: String) -> SourceLocation {
        var path = path
        while true {
            if let place = places[path] { return SourceLocation(file: file, line: place.line, column: place.column) }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" || $0 == "#" }) else { break }
            path = String(path[..<cut])
        }
        return places[""].map { SourceLocation(file: file, line: $0.line, column: $0.column) }
            ?? SourceLocation(wholeFile: file)
    }

    /// Where `path` is written, or its nearest ancestor that is, as `at(_:)` with the path
    /// written out would find it.
    package func at(_ path: PlacePath) -> SourceLocation {
        for hash in path.candidates {
            if let place = places[hash: hash] {
                return SourceLocation(file: file, line: place.line, column: place.column)
            }
        }
        return start
    }

    /// Where the file's first key is written (its root mapping starts there): the place for a
    /// problem that nothing in the brain names, such as a section no file has.
    package var start: SourceLocation { at("") }

    /// The file without the parts the compiler turns into rules (intents, content, slots,
    /// symptoms, risks, context, red flags): once they are compiled, what is left is read only
    /// by the sections that own themselves, and a big brain's rules were megabytes of it.
    package var withoutRules: BrainFile {
        var body = body
        body.intents = nil
        body.content = nil
        body.slots = nil
        body.symptoms = nil
        body.risks = nil
        body.context = nil
        body.redFlags = nil
        return BrainFile(file: file, body: body, places: places, sections: sections)
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
    /// Bytes in one brain file, at most. The built-in brain's largest file is a few tens of
    /// kilobytes (the lexicon, a quarter of a megabyte).
    package static let maxFileBytes = 4 << 20
    /// Values (scalars, lists, mappings) in one file, at most, counting each alias (`*name`)
    /// as the full copy of its anchor it stands for. A few kilobytes of aliases can stand for
    /// millions of values (the "billion laughs"), which checking and loading would each walk.
    /// The built-in brain's largest file holds under 2,000.
    package static let maxValues = 100_000

    /// Reads one YAML file on its own (files are independent, so this runs in parallel).
    package static func parse(_ file: BrainSourceFile) -> ParsedBrainFile {
        var parsed = ParsedBrainFile()
        if file.text.utf8.count > maxFileBytes {
            parsed.problems.append(
                Problem(
                    SourceLocation(wholeFile: file.path),
                    "is \(file.text.utf8.count) bytes; a brain file may be at most \(maxFileBytes) bytes (4 MiB): split it"
                ))
            return parsed
        }
        let node: Node?
        do {
            // The basic resolver skips matching every scalar against the number and date
            // patterns: the schema decides types, and it was a tenth of loading the brain.
            node = try Yams.compose(yaml: file.text, .basic)
        } catch let error as YamlError {
            parsed.problems.append(problem(from: error, file: file.path, text: file.text))
            return parsed
        } catch {
            parsed.problems.append(
                Problem(SourceLocation(wholeFile: file.path), "cannot be read as YAML: \(error)"))
            return parsed
        }
        guard let node else { return parsed }  // an empty file holds nothing, which is fine
        if let problem = tooManyValues(node, file: file.path) {
            parsed.problems.append(problem)
            return parsed
        }
        var locations: [String: SourceLocation] = [:]
        // The format's own sections are checked here; any other top-level key is kept as
        // written, for the engine's sections (checked when the brain is compiled).
        var value = BrainValue(node)
        var sections: [String: BrainValue] = [:]
        if case .mapping(let entries) = value.kind {
            let own = entries.filter { BrainSchema.formatSections.contains($0.key.string ?? "") }
            for entry in entries where !BrainSchema.formatSections.contains(entry.key.string ?? "") {
                let key = entry.key.string ?? ""
                sections[key] = entry.value
                locations["\(key)#key"] = SourceLocation(
                    file: file.path, line: entry.key.line, column: entry.key.column)
            }
            value = BrainValue(kind: .mapping(own), line: value.line, column: value.column)
        }
        BrainSchema.validate(
            value, as: BrainSchema.document, path: "", file: file.path, locations: &locations,
            problems: &parsed.problems)
        guard parsed.problems.isEmpty else { return parsed }
        do {
            let body = try YAMLDecoder().decode(BrainDocument.self, from: node)
            parsed.document = BrainFile(file: file.path, body: body, locations: locations, sections: sections)
        } catch {
            parsed.problems.append(
                Problem(BrainSchema.location(of: node, in: file.path), "cannot be decoded: \(error)"))
        }
        return parsed
    }

    /// The problem when `node` holds more than `maxValues` values, placed at the entry of a
    /// section (or the section) where the count passed the limit; nil when it is within it.
    /// Counting stops at the limit, so a bomb costs no more to refuse than the limit.
    static func tooManyValues(_ node: Node, file: String) -> Problem? {
        var count = 0
        /// Counts `node` and what it holds, with a stack rather than recursion; false past the limit.
        func add(_ node: Node) -> Bool {
            var stack = [node]
            while let next = stack.popLast() {
                count += 1
                if count > maxValues { return false }
                switch next {
                case .mapping(let mapping):
                    for (key, value) in mapping {
                        stack.append(key)
                        stack.append(value)
                    }
                case .sequence(let sequence):
                    stack.append(contentsOf: sequence)
                default:
                    break
                }
            }
            return true
        }
        func refuse(at place: Node) -> Problem {
            Problem(
                BrainSchema.location(of: place, in: file),
                "the file holds more than \(maxValues) values from here on, counting each alias (*name) as a full copy of its anchor; repeat fewer aliases or split the file"
            )
        }
        guard case .mapping(let sections) = node else { return add(node) ? nil : refuse(at: node) }
        count += 1
        // Entries are placed by their key (a key is never an alias, so its place is where it is
        // written) or, in a list, by the item.
        for (sectionKey, section) in sections {
            count += 1
            switch section {
            case .mapping(let entries):
                count += 1
                for (key, value) in entries where !add(key) || !add(value) { return refuse(at: key) }
            case .sequence(let items):
                count += 1
                for item in items where !add(item) { return refuse(at: item) }
            default:
                if !add(section) { return refuse(at: sectionKey) }
            }
            if count > maxValues { return refuse(at: sectionKey) }
        }
        return nil
    }

    static func problem(from error: YamlError, file: String, text: String = "") -> Problem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            // An unclosed quote is found only at the end of the file (or of the next line):
            // its opening quote, where the context starts, is where to look.
            let place = context.flatMap { $0.text.contains("quoted scalar") ? $0.mark : nil } ?? mark
            return Problem(SourceLocation(file: file, line: place.line, column: place.column), "YAML syntax: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams gives the mapping's place; the second writing of the key is what to fix.
            let place =
                secondKey(duplicates.first ?? "", after: context.mark, in: text)
                ?? SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            return Problem(
                SourceLocation(file: file, line: place.line, column: place.column),
                "the key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping")
        case .reader(let problem, let offset, _, let yaml):
            // The reader gives an offset in characters; the problem is shown where it is (a NUL
            // byte on line 2 was reported at 1:1).
            var line = 1
            var column = 1
            for character in yaml.prefix(offset ?? 0) {
                if character == "\n" || character == "\r\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return Problem(SourceLocation(file: file, line: line, column: column), "YAML: \(problem)")
        default:
            // The other errors (writing, memory, decoding the bytes) carry no place in the text.
            return Problem(SourceLocation(wholeFile: file), "YAML: \(error)")
        }
    }

    /// Where `key` is written the second time in the block mapping that starts at `start`:
    /// the lines from there that begin, at the mapping's indentation, with `key:` (or
    /// `- key:` for the first key of a list item). Nil when that cannot be told (a flow
    /// mapping, a quoted key), and the mapping's place is used instead.
    static func secondKey(_ key: String, after start: Mark, in text: String) -> SourceLocation? {
        guard !key.isEmpty else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = 0
        for index in max(start.line - 1, 0)..<lines.count {
            let line = lines[index].unicodeScalars
            let indent = line.prefix { $0 == " " || $0 == "-" }.count
            if index > start.line - 1 && indent < start.column - 1 && !lines[index].allSatisfy({ $0 == " " }) { break }
            guard indent == start.column - 1 else { continue }
            let rest = String(String.UnicodeScalarView(line.dropFirst(indent)))
            if rest.hasPrefix(key + ":") {
                seen += 1
                if seen == 2 { return SourceLocation(file: "", line: index + 1, column: indent + 1) }
            }
        }
        return nil
    }

}
