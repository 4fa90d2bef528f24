import BuiltInBrain
import Foundation
import Testing

@testable import TingleKit

@Suite("Brain snapshot")
struct BrainSnapshotTests {
    static var yamlFiles: [BrainSourceFile] { BrainSourceFile.builtIn.filter { !$0.path.hasSuffix(".txt") } }

    @Test("The snapshot built into the binary reads back exactly as the YAML of Intents/ does")
    func snapshotMatchesYAML() throws {
        let parsed = Self.yamlFiles.map(BrainFileParser.parse)
        #expect(parsed.allSatisfy { $0.problems.isEmpty })
        let fromSnapshot = try BrainSnapshot.decode(EmbeddedBrain.builtIn.snapshot)
        #expect(fromSnapshot.count == parsed.count)
        #expect(fromSnapshot == parsed.compactMap(\.document))
    }

    @Test("The preparation built into the binary is what preparing the YAML gives now")
    func preparationMatchesYAML() throws {
        let documents = Self.yamlFiles.map(BrainFileParser.parse).compactMap(\.document)
        let embedded = try BrainPreparation.decode(EmbeddedBrain.builtIn.preparation)
        let fresh = BrainPreparation(BrainSources(documents))
        #expect(embedded.patterns.count > 500)
        #expect(embedded.patterns.keys.sorted() == fresh.patterns.keys.sorted())
        #expect(embedded == fresh)
        // A cut or extended snapshot is refused, never half-read.
        #expect(throws: BrainSnapshot.Corrupt.self) {
            try BrainPreparation.decode(String(EmbeddedBrain.builtIn.preparation.dropLast()))
        }
        #expect(throws: BrainSnapshot.Corrupt.self) {
            try BrainPreparation.decode(EmbeddedBrain.builtIn.preparation + "0;")
        }
    }

    @Test("The build's check of the built-in lexicon is what checking it now gives")
    func lexiconStartMatches() throws {
        let lexicons = BrainSourceFile.builtIn.filter { $0.path.hasSuffix(".txt") }
        #expect(lexicons.count == 1)
        let start = try #require(EmbeddedBrain.builtIn.lexiconStart)
        #expect(Lexicon.sortedWords(in: lexicons[0].text) == start)
        // The words after it are the lexicon's: a word from the file is known, one not in it is not.
        let lexicon = Lexicon(checkedSorted: lexicons[0].text, start: start)
        let words = lexicons[0].text.dropFirst(start).split(separator: "\n").map(String.init)
        #expect(words.count > 1000)
        #expect(lexicon.contains(words[0]) && lexicon.contains(words[words.count / 2]) && lexicon.contains(words.last!))
        #expect(!lexicon.contains("zzqxnotaword"))
    }

    @Test("A refused pattern and a concept problem survive the preparation's round trip")
    func preparationRoundTrip() throws {
        let yaml = """
            concepts: {a: ["x y", "~b"], b: ["~a", "z"], "ü": ["日本 🏃"]}
            intents:
              - {id: i, patterns: ["* (a|[b c]) ~a *", "* (x *", "{p ~ü} *"]}
            """
        let parsed = BrainFileParser.parse(BrainSourceFile(path: "p.yaml", text: yaml))
        let preparation = BrainPreparation(BrainSources([try #require(parsed.document)]))
        #expect(preparation.conceptProblems.count == 1)
        #expect(preparation.patterns.values.contains { if case .failed = $0 { true } else { false } })
        #expect(try BrainPreparation.decode(preparation.encode()) == preparation)
    }

    @Test("The brain from the snapshot behaves as the brain from the YAML")
    func sameBrain() throws {
        let snapshot = try BrainLoader.builtIn()
        let yaml = try BrainLoader.load(files: BrainSourceFile.builtIn)
        #expect(BrainChecker(brain: snapshot).check() == BrainChecker(brain: yaml).check())
        #expect(snapshot.intents.map(\.patternLocations) == yaml.intents.map(\.patternLocations))
        let lines = [
            "hi", "my toes go numb about 20 minutes into a run", "new hokas, laced pretty tight",
            "no pain but my foot is cold and pale", "what causes it?", "/why",
        ]
        var a = Session(brain: snapshot)
        var b = Session(brain: yaml)
        for line in lines { #expect(a.respond(to: line).jsonLine == b.respond(to: line).jsonLine) }
    }

    @Test("Every kind of value survives a round trip: empty, absent, unicode, separators, numbers")
    func roundTrip() throws {
        let yaml = """
            settings: {keywordThreshold: 0.1, expectedBoost: -2.5e-7, maxInputLength: 12, startIntent: "s;t:1"}
            concepts: {a: [], "ü": ["x:y", "3;4", "日本 🏃", ""]}
            intents:
              - {id: "7:", patterns: ["* a *"], keywords: {b: 1.5, "~a": 2}, topic: true, priority: 0}
              - {id: plain}
            content: [{id: c, title: "", source: s, text: "line one\\nline two\\ttab"}]
            redFlags: [{id: r, level: urgent, label: l, when: [[f, g], []], message: "m"}]
            """
        let parsed = BrainFileParser.parse(BrainSourceFile(path: "dir/odd.yaml", text: yaml))
        #expect(parsed.problems.isEmpty)
        let document = try #require(parsed.document)
        let text = BrainSnapshot.encode([document, document])
        #expect(try BrainSnapshot.decode(text) == [document, document])
        #expect(text.utf8.count > 100)
    }

    @Test("A damaged snapshot is refused, not misread", arguments: ["", "1;", "x", "1;3:abc", "0;0;"])
    func corrupt(_ text: String) {
        #expect(throws: BrainSnapshot.Corrupt.self) { try BrainSnapshot.decode(text) }
    }

    @Test("Loading on both cores numbers the brain the same way every time")
    func deterministicLoad() throws {
        let a = try BrainLoader.builtIn()
        let b = try BrainLoader.builtIn()
        #expect(a.terms.terms == b.terms.terms)
        #expect(
            a.index.owners.map { [Int32($0.kind.rawValue), $0.rule, $0.item] }
                == b.index.owners.map { [Int32($0.kind.rawValue), $0.rule, $0.item] })
        #expect(BrainChecker(brain: a).surfaceForms == BrainChecker(brain: b).surfaceForms)
    }

    /// Content is trimmed as Foundation's `.whitespaces` and `.whitespacesAndNewlines` would.
    @Test(
        "Trimming agrees with Foundation",
        arguments: [
            "", "  a b  ", "\t\nx\r\n", "\u{A0}\u{2003}é\u{3000}",
            "\u{85}\u{2028}y\u{2029}", "z\u{200B}", " \u{1F3C3} ",
            "\u{180E}q\u{FEFF}", "\u{2060}r\u{202F}",
        ])
    func trimming(_ text: String) {
        #expect(String(text[...].trimming(newlines: false)) == text.trimmingCharacters(in: .whitespaces))
        #expect(String(text[...].trimming(newlines: true)) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
