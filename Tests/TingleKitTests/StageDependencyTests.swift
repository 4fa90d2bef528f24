import Foundation
import Testing

/// Issue 18: the folders of `Sources/TingleKit` follow a turn through the engine, and a
/// stage may read what a lower stage made, never name what a higher one does: otherwise the
/// folders form cycles, and a change to the dialogue ripples down into matching. Until the
/// stages are SwiftPM targets of their own (the compiler then refuses an upward import), this
/// test reads the sources and refuses a type name that points up.
@Suite("Stages name no higher stage")
struct StageDependencyTests {
    /// Stage folders, lowest first; folders of one rank may name each other. The text stage
    /// and the pattern language are targets of their own (`TingleText`, `PatternLanguage`),
    /// where the compiler refuses an upward reference. `Brain/` is not here: it is the
    /// compiled brain every stage reads (its types may be named from anywhere), and it
    /// compiles every stage's rules, so it names theirs.
    static let stages: [(folder: String, rank: Int)] = [
        ("Matching", 1), ("Findings", 2), ("Dialogue", 3), ("Triage", 4), ("Composing", 5), ("Session", 6),
        ("Evaluation", 7), ("Transcripts", 7),
    ]

    /// Upward references known and not yet removed, as "File.swift: Type", each with why.
    /// A new upward reference fails the test; so does an entry here that no longer occurs
    /// (delete it once the reference is gone).
    static let allowed: [String: String] = [:]

    struct Reference: CustomStringConvertible {
        let file: String
        let line: Int
        let folder: String
        let type: String
        let declaredIn: String
        var key: String { "\((file as NSString).lastPathComponent): \(type)" }
        var description: String { "\(file):\(line): \(folder) names \(type), a type of the higher stage \(declaredIn)" }
    }

    static let kit: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/TingleKit")

    /// The Swift files of a folder, recursively, with their text.
    static func sources(in folder: String) -> [(path: String, text: String)] {
        let root = kit.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var files: [(String, String)] = []
        while let url = walker.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else {
                continue
            }
            files.append(("Sources/TingleKit/\(folder)/" + url.path.dropFirst(root.path.count + 1), text))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The source with comments and string literals blanked out, line breaks kept (so line
    /// numbers hold): a type named in a comment or in a message is no dependency.
    static func code(_ text: String) -> String {
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func at(_ k: Int) -> Unicode.Scalar? { k < chars.count ? chars[k] : nil }
        func blank(_ c: Unicode.Scalar) { out.append(c == "\n" ? "\n" : " ") }
        while i < chars.count {
            let c = chars[i]
            if c == "/" && at(i + 1) == "/" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
            } else if c == "/" && at(i + 1) == "*" {
                var depth = 0
                repeat {
                    if chars[i] == "/" && at(i + 1) == "*" {
                        depth += 1
                        i += 2
                    } else if chars[i] == "*" && at(i + 1) == "/" {
                        depth -= 1
                        i += 2
                    } else {
                        blank(chars[i])
                        i += 1
                    }
                } while i < chars.count && depth > 0
            } else if c == "#" || c == "\"" {
                // A string literal: raw (#"…"#), multi-line ("""…""") or plain.
                var hashes = 0
                while at(i + hashes) == "#" { hashes += 1 }
                guard at(i + hashes) == "\"" else {
                    out.append(c)
                    i += 1
                    continue
                }
                i += hashes
                let triple = at(i + 1) == "\"" && at(i + 2) == "\""
                let quote = triple ? 3 : 1
                i += quote
                while i < chars.count {
                    if hashes == 0 && chars[i] == "\\" {
                        blank(chars[i])
                        i += 1
                        if i < chars.count { blank(chars[i]) }
                        i += 1
                        continue
                    }
                    let closes =
                        chars[i] == "\"" && (0..<quote).allSatisfy { at(i + $0) == "\"" }
                        && (0..<hashes).allSatisfy { at(i + quote + $0) == "#" }
                    if closes {
                        i += quote + hashes
                        break
                    }
                    blank(chars[i])
                    i += 1
                }
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// Types declared at the top level of a file (nested types are reached through them).
    static func declaredTypes(in code: String) -> [String] {
        let declaration =
            /^(?:(?:public|package|internal|private|fileprivate|final|indirect)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z][A-Za-z0-9_]*)/
            .anchorsMatchLineEndings()
        return code.matches(of: declaration).map { String($0.output.1) }
    }

    /// Every reference from a stage folder to a type declared in a higher stage's folder.
    static func upwardReferences() -> [Reference] {
        var owner: [String: (folder: String, rank: Int)] = [:]
        var files: [(path: String, code: String, folder: String, rank: Int)] = []
        for (folder, rank) in stages {
            for (path, text) in sources(in: folder) {
                let stripped = code(text)
                files.append((path, stripped, folder, rank))
                for type in declaredTypes(in: stripped) { owner[type] = (folder, rank) }
            }
        }
        let identifier = /\b[A-Z][A-Za-z0-9_]*\b/
        var found: [Reference] = []
        for file in files {
            for (number, line) in file.code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var seen: Set<String> = []
                for match in line.matches(of: identifier) {
                    let name = String(match.output)
                    guard let declared = owner[name], declared.rank > file.rank, seen.insert(name).inserted else {
                        continue
                    }
                    found.append(
                        Reference(
                            file: file.path, line: number + 1, folder: file.folder, type: name,
                            declaredIn: declared.folder))
                }
            }
        }
        return found
    }

    @Test("No stage folder names a type of a higher stage, beyond the listed exceptions")
    func noUpwardReferences() {
        let found = Self.upwardReferences()
        let new = found.filter { Self.allowed[$0.key] == nil }
        #expect(new.isEmpty, "upward references:\n\(new.map(\.description).joined(separator: "\n"))")
        let stale = Set(Self.allowed.keys).subtracting(found.map(\.key))
        #expect(stale.isEmpty, "listed as allowed but no longer found, remove: \(stale.sorted())")
    }

    @Test("The reader sees through comments and strings, and finds a reference")
    func readerWorks() {
        let stripped = Self.code(
            "let a = Session() // Session\n let s = \"Session \\(x)\" /* Session */ ; #\"Session\"#\n")
        #expect(stripped.components(separatedBy: "Session").count == 2)
        #expect(stripped.split(separator: "\n", omittingEmptySubsequences: false).count == 3)
        #expect(Self.declaredTypes(in: "public struct A {}\n    struct Nested {}\nenum B: String {}\n") == ["A", "B"])
        // The sources are found at all (a wrong root would pass with nothing to read).
        #expect(Self.sources(in: "Session").contains { $0.path.hasSuffix("Session/Session.swift") })
    }
}
