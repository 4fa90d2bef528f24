import Yams

/// The shape of every brain section, checked node by node before decoding so that a
/// wrong type, a missing key or an unknown key (a typo) is reported with its line and
/// column instead of being silently ignored.
public indirect enum Shape: Sendable {
    case text
    case number
    case integer
    case bool
    case list(Shape)
    case record([String: Shape], required: Set<String>)
    case table(Shape)

    var name: String {
        switch self {
        case .text: return "a string"
        case .number: return "a number"
        case .integer: return "a whole number"
        case .bool: return "true or false"
        case .list: return "a list"
        case .record, .table: return "a mapping"
        }
    }
}

package enum BrainSchema {
    static let strings: Shape = .list(.text)
    static let patternList: Shape = .list(.text)

    static let document: Shape = .record(
        [
            "settings": .record(
                [
                    "keywordThreshold": .number, "expectedBoost": .number, "maxInputLength": .integer,
                    "startIntent": .text, "assessIntent": .text, "selfCareIntents": strings,
                    "smallTalkIntents": strings, "asideIntents": strings,
                    "adviceActions": strings, "adviceTimes": strings, "leavingLines": strings,
                    "restartingLines": strings,
                ], required: []),
            "concepts": .table(strings),
            "rewrites": .table(.text),
            "intents": .list(
                .record(
                    [
                        "id": .text, "patterns": patternList, "keywords": .table(.number), "examples": strings,
                        "answer": .text,
                        "offer": .record(["ask": .text, "intent": .text], required: ["ask", "intent"]),
                        "priority": .number, "topic": .bool, "counterExamples": strings,
                    ], required: ["id"])),
            "content": .list(
                .record(
                    ["id": .text, "title": .text, "source": .text, "text": .text],
                    required: ["id", "title", "source", "text"])),
            "slots": .list(
                .record(
                    [
                        "id": .text, "title": .text, "question": .text, "hint": .text, "none": patternList,
                        "when": .list(strings), "yes": strings, "no": strings, "list": .bool, "fills": strings,
                        "freeText": .bool, "rephrase": .text, "why": .text, "alternatives": .list(strings),
                        "subject": .text, "beforeReport": .bool,
                        "extractors": .list(
                            .record(
                                [
                                    "pattern": .text, "value": .text, "facts": strings, "asked": .bool,
                                    "except": patternList,
                                ],
                                required: ["pattern", "value"])),
                    ], required: ["id", "question"])),
            "symptoms": .list(symptomTerm),
            "risks": .list(riskTerm),
            "context": .list(term),
            "redFlags": .list(
                .record(
                    [
                        "id": .text, "level": .text, "label": .text, "patterns": patternList, "when": .list(strings),
                        "message": .text,
                        "source": .text, "examples": strings, "counterExamples": strings,
                        "except": patternList,
                    ], required: ["id", "level", "label", "message"])),
        ], required: [])

    static let term: Shape = .record(
        ["id": .text, "label": .text, "patterns": patternList], required: ["id", "label", "patterns"])
    static let riskTerm: Shape = .record(
        ["id": .text, "label": .text, "patterns": patternList, "current": .bool], required: ["id", "label", "patterns"])
    static let symptomTerm: Shape = .record(
        [
            "id": .text, "label": .text, "patterns": patternList, "denials": patternList,
            "except": patternList,
        ],
        required: ["id", "label", "patterns"])

    /// Checks `node` against `shape`, recording each problem and the location of every
    /// path (`intents[3].examples[1]`) so later checks can point at the right line.
    package static func validate(
        _ node: BrainValue, as shape: Shape, path: String, file: String,
        locations: inout [String: SourceLocation], problems: inout [Problem]
    ) {
        let here = location(of: node, in: file)
        locations[path] = here
        let what = path.isEmpty ? "the file" : "'\(path)'"
        switch (shape, node.kind) {
        case (.text, .scalar(let scalar, _)):
            if let problem = unsafeText(scalar, what: what, at: here) { problems.append(problem) }
            if path.hasSuffix(".id") || path == "id",
                scalar.allSatisfy({ $0.isWhitespace })
            {
                problems.append(Problem(here, "\(what) is empty; give it a name (other rules refer to it by this id)"))
            }
        case (.number, .scalar(let scalar, _)):
            // Double("nan"), Double("inf") and Double("1e309") all read; none is a weight or a
            // threshold (a NaN weight made the assessment lose its causes).
            if let value = Double(scalar) {
                if !value.isFinite {
                    problems.append(Problem(here, "\(what) should be a finite number, not '\(scalar)'"))
                }
            } else {
                problems.append(Problem(here, "\(what) should be a number, not '\(scalar)'"))
            }
        case (.integer, .scalar(let scalar, _)):
            if Int(scalar) == nil {
                problems.append(Problem(here, "\(what) should be a whole number, not '\(scalar)'"))
            }
        case (.bool, .scalar(let scalar, _)):
            if !["true", "false"].contains(scalar) {
                problems.append(Problem(here, "\(what) should be true or false, not '\(scalar)'"))
            }
        case (.list(let element), .list(let sequence)):
            for (index, item) in sequence.enumerated() {
                validate(
                    item, as: element, path: "\(path)[\(index)]", file: file, locations: &locations, problems: &problems
                )
            }
        case (.record(let fields, let required), .mapping(let mapping)):
            var seen: Set<String> = []
            for entry in mapping {
                let (keyNode, value) = (entry.key, entry.value)
                let key = keyNode.string ?? ""
                let keyPath = path.isEmpty ? key : "\(path).\(key)"
                guard let fieldShape = fields[key] else {
                    let known = fields.keys.sorted().joined(separator: ", ")
                    let hint = closest(to: key, in: Array(fields.keys)).map { " (did you mean '\($0)'?)" } ?? ""
                    problems.append(
                        Problem(
                            location(of: keyNode, in: file),
                            "unknown key '\(key)' in \(what)\(hint); known keys: \(known)"))
                    continue
                }
                seen.insert(key)
                validate(value, as: fieldShape, path: keyPath, file: file, locations: &locations, problems: &problems)
            }
            for key in required.subtracting(seen).sorted() {
                problems.append(Problem(here, "\(what) is missing the required key '\(key)'"))
            }
        case (.table(let valueShape), .mapping(let mapping)):
            for entry in mapping {
                let (keyNode, value) = (entry.key, entry.value)
                let key = keyNode.string ?? ""
                locations["\(path).\(key)#key"] = location(of: keyNode, in: file)
                if let problem = unsafeText(key, what: "a key of \(what)", at: location(of: keyNode, in: file)) {
                    problems.append(problem)
                }
                validate(
                    value, as: valueShape, path: "\(path).\(key)", file: file, locations: &locations,
                    problems: &problems)
            }
        case (_, .scalar(let scalar, let plain)) where scalar.isEmpty && plain:
            problems.append(Problem(here, "\(what) is empty; it should be \(shape.name)"))
        default:
            problems.append(Problem(here, "\(what) should be \(shape.name), not \(describe(node))"))
        }
    }

    /// A problem when brain text holds a character that would reach the user's terminal as
    /// a command rather than as text: a control character other than tab and line break
    /// (ESC starts the sequences that set the clipboard, the window title or clear the
    /// screen), DEL, a C1 control, or a bidirectional override or isolate (which reorders
    /// what is shown). YAML's double quotes can write any of them ("\\e", "\\u202E").
    static func unsafeText(_ text: String, what: String, at here: SourceLocation) -> Problem? {
        guard
            let bad = text.unicodeScalars.first(where: { scalar in
                let v = scalar.value
                return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
                    || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            })
        else { return nil }
        let hex = String(bad.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return Problem(
            here, "\(what) holds the control character \(code), which would reach the terminal as a command; remove it")
    }

    static func location(of node: Node, in file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    static func location(of value: BrainValue, in file: String) -> SourceLocation {
        SourceLocation(file: file, line: value.line, column: value.column)
    }

    private static func describe(_ node: BrainValue) -> String {
        switch node.kind {
        case .scalar(let scalar, _): return "'\(scalar.prefix(40))'"
        case .mapping: return "a mapping"
        case .list: return "a list"
        }
    }

    /// The top-level keys the file format itself reads; any other is a section of the engine's
    /// own (see `BrainValue`), or a typo the engine reports.
    package static let formatSections: Set<String> = {
        guard case .record(let fields, _) = document else { return [] }
        return Set(fields.keys)
    }()

    /// An unknown top-level key, reported as a key the schema does not know is.
    package static func unknownSection(_ key: String, at place: SourceLocation, known: [String]) -> Problem {
        let hint = closest(to: key, in: known).map { " (did you mean '\($0)'?)" } ?? ""
        return Problem(
            place, "unknown key '\(key)' in the file\(hint); known keys: \(known.sorted().joined(separator: ", "))")
    }

    /// The format's section `key` is most likely a misspelling of, if any.
    package static func formatSection(misspeltAs key: String) -> String? {
        closest(to: key, in: Array(formatSections))
    }

    private static func closest(to key: String, in keys: [String]) -> String? {
        keys.sorted().first { editDistance(key.lowercased(), $0.lowercased(), limit: 2) <= 2 }
    }
}
