import Testing

@testable import TingleKit

/// Issue 18: a problem about something the brain lacks is placed where it should be added
/// (the section, or the setting that names it), never at a guessed line 1, column 1.
@Suite("Problems are placed where the fix goes")
struct ProblemPlacesTests {
    func problems(_ files: [String: String]) -> [String] {
        do throws(Problems) {
            _ = try brain(files)
            return ["loaded"]
        } catch {
            return error.all.map(\.description)
        }
    }

    /// The 1-based line of the first line of `text` that starts with `prefix`.
    func line(of prefix: String, in text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(prefix) }! + 1
    }

    @Test("A level without text is reported at the levels, with what to add")
    func missingLevel() {
        let without = PatternTests.minimalRest.replacingOccurrences(of: "  doctor: {title: D, message: d}\n", with: "")
        #expect(without != PatternTests.minimalRest)
        #expect(
            problems(["a-first.yaml": "rewrites: {me feet: my feet}\n", "base.yaml": without]) == [
                "base.yaml:\(line(of: "levels:", in: without) + 1):3: the level 'doctor' has no text; add 'doctor: {title: …, message: …}' under 'levels:'"
            ])
    }

    @Test("With no levels at all, the problem is at the first key of the first file, not at its line 1")
    func noLevelsSection() {
        var without = PatternTests.minimalRest
        for level in ["levels:", "  emergency:", "  urgent:", "  doctor:", "  selfcare:"] {
            without = without.split(separator: "\n").filter { !$0.hasPrefix(level) }.joined(separator: "\n")
        }
        let found = problems([
            "a-first.yaml": "# Regional words.\n\nrewrites: {me feet: my feet}\n", "base.yaml": without,
        ])
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.hasPrefix("a-first.yaml:3:1: the level '") }, "\(found)")
    }

    @Test("An answer intent the dialogue needs is reported at the intents, with what to add")
    func missingRoleIntent() {
        let without = PatternTests.minimalRest.replacingOccurrences(
            of: "  - {id: dont_know, patterns: [\"dunno\"]}\n", with: "")
        #expect(without != PatternTests.minimalRest)
        #expect(
            problems(["base.yaml": without]) == [
                "base.yaml:2:3: the brain has no intent 'dont_know', which the dialogue needs as an answer to its questions; add it under 'intents:'"
            ])
    }

    @Test("The default assessIntent, named by no setting, is reported at the intents")
    func missingDefaultAssessIntent() {
        let without = PatternTests.minimalRest.replacingOccurrences(
            of: "  - {id: ask_assessment, patterns: [\"assess\"]}\n", with: "")
        #expect(without != PatternTests.minimalRest)
        #expect(
            problems(["base.yaml": without]) == [
                "base.yaml:2:3: the brain has no intent 'ask_assessment', which the dialogue needs to give its view (settings.assessIntent); add it under 'intents:'"
            ])
    }

    @Test("A concept the engine reads by name is reported at the concepts, with where to define it")
    func missingConcept() {
        let without = PatternTests.minimalRest.replacingOccurrences(of: "correction: [", with: "correctionx: [")
        #expect(
            problems(["base.yaml": without]) == [
                "base.yaml:\(line(of: "concepts:", in: without)):11: the brain has no concept '~correction', which the engine reads by name; define it under 'concepts:'"
            ])
    }

    @Test("A path a file does not hold falls back to the nearest value it does, then to its first key")
    func nearestWrittenPlace() throws {
        let text = "# Content.\n\ncontent:\n  - {id: a, title: T, source: s, text: t}\nrewrites:\n  welcome: hi\n"
        let file = try #require(BrainFileParser.parse(BrainSourceFile(path: "f.yaml", text: text)).document)
        #expect(file.start == SourceLocation(file: "f.yaml", line: 3, column: 1))
        #expect(file.at("content[0].text") == SourceLocation(file: "f.yaml", line: 4, column: 40))
        #expect(file.at("content[0].hint") == SourceLocation(file: "f.yaml", line: 4, column: 5))
        #expect(file.at("rewrites.welcome#key") == SourceLocation(file: "f.yaml", line: 6, column: 3))
        #expect(file.at("settings.startIntent") == file.start)
        let empty = BrainFile(file: "e.yaml", body: file.body, locations: [:])
        #expect(empty.at("content") == SourceLocation(wholeFile: "e.yaml"))
    }
}
