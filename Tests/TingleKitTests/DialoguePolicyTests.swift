import Foundation
import Testing

@testable import TingleKit

@Suite("Dialogue policy")
struct DialoguePolicyTests {
    /// The README's copy of the table, between its markers.
    static func readmeBlock() throws -> String {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- dialogue-policy:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- dialogue-policy:end -->"))
        return String(readme[begin.upperBound..<end.lowerBound])
    }

    static var rendered: String {
        "```mermaid\n\(DialoguePolicy.mermaid)\n```\n\n\(DialoguePolicy.markdown)\n"
    }

    @Test(
        "The README shows the table the code uses (regenerate: TINGLE_UPDATE_README=1 swift test --filter DialoguePolicy)"
    )
    func readmeMatches() throws {
        if ProcessInfo.processInfo.environment["TINGLE_UPDATE_README"] == "1" {
            let url = packageRoot.appendingPathComponent("README.md")
            let readme = try String(contentsOf: url, encoding: .utf8)
            let begin = try #require(readme.range(of: "<!-- dialogue-policy:begin -->\n"))
            let end = try #require(readme.range(of: "<!-- dialogue-policy:end -->"))
            try (readme[..<begin.upperBound] + Self.rendered + readme[end.lowerBound...]).write(
                to: url, atomically: true, encoding: .utf8)
        }
        #expect(try Self.readmeBlock() == Self.rendered)
    }

    @Test("Transitions follow the table; an event with no row leaves the state")
    func transitions() {
        #expect(DialoguePolicy.next(from: .greeting, on: .report) == .assessing)
        #expect(DialoguePolicy.next(from: .assessing, on: .viewDue) == .assessed)
        #expect(DialoguePolicy.next(from: .assessed, on: .redFlag) == .escalated)
        #expect(DialoguePolicy.next(from: .escalated, on: .viewDue) == .escalated)
        #expect(DialoguePolicy.next(from: .escalated, on: .report) == .escalated)
        #expect(
            DialoguePolicy.next(from: .escalated, on: .withdrawal, reported: true, questionsLeft: false) == .assessed)
        #expect(DialoguePolicy.next(from: .escalated, on: .withdrawal, reported: false) == .greeting)
        // Each (state, event) pair has one row at most.
        let pairs = DialoguePolicy.rows.map { "\($0.from)-\($0.event)" }
        #expect(Set(pairs).count == pairs.count)
    }

    @Test("A conversation walks the table: report, answers, view, red flag")
    func walk() {
        let states = converse([
            "hi", "my toes go numb after 3 miles", "old asics", "no", "gone in a minute", "my groin is numb now",
        ])
        .map(\.state)
        #expect(states == [.greeting, .assessing, .assessing, .assessing, .assessed, .escalated])
    }
}

@Suite("Rule table")
struct RuleTableTests {
    @Test(
        "The README lists every red flag with its level and source (regenerate: TINGLE_UPDATE_README=1 swift test --filter RuleTable)"
    )
    func readmeMatches() throws {
        let url = packageRoot.appendingPathComponent("README.md")
        var readme = try String(contentsOf: url, encoding: .utf8)
        let rendered = RuleTable.markdown(builtInBrain) + "\n"
        let begin = try #require(readme.range(of: "<!-- red-flag-rules:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- red-flag-rules:end -->"))
        if ProcessInfo.processInfo.environment["TINGLE_UPDATE_README"] == "1" {
            readme = String(readme[..<begin.upperBound]) + rendered + String(readme[end.lowerBound...])
            try readme.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(readme[begin.upperBound..<end.lowerBound]) == rendered)
    }

    @Test("Every red flag names its source")
    func sources() {
        for rule in builtInBrain.redFlags { #expect(!rule.source.isEmpty, "\(rule.id) has no source") }
    }
}
