import Testing

@testable import TingleKit

/// A toy section, defined here and nowhere else: adding a section to the brain needs its own
/// type and the code that reads it, and no edit to the file format, the snapshot or the
/// compiler (issue 18).
struct SignpostSection: BrainSection {
    struct Signpost: Decodable, Sendable {
        let intent: String
        let says: String
        let weight: Double?
    }

    static let key = "signposts"
    static let shape: Shape = .list(
        .record(["intent": .text, "says": .text, "weight": .number], required: ["intent", "says"]))

    /// What each intent's signpost says, by intent, weights summed over the files.
    let says: [String: String]
    let weights: [String: Double]

    init(compiling parts: [SectionPart<[Signpost]>], in context: inout SectionContext) {
        var says: [String: String] = [:]
        var weights: [String: Double] = [:]
        for part in parts {
            for (i, post) in part.document.enumerated() {
                guard context.hasIntent(post.intent) else {
                    context.problem(part.at("[\(i)].intent"), "signpost for the unknown intent '\(post.intent)'")
                    continue
                }
                says[post.intent] = post.says
                weights[post.intent, default: 0] += post.weight ?? 1
            }
        }
        self.says = says
        self.weights = weights
    }
}

@Suite("Sections that own themselves")
struct BrainSectionTests {
    static let signposts = """
        signposts:
          - {intent: report_numbness, says: "numb feet this way", weight: 2}
          - intent: greeting
            says: hello there
        """

    func load(_ files: [String: String], sections: [any BrainSection.Type]) throws(Problems) -> Brain {
        try BrainLoader.load(
            files: files.sorted { $0.key < $1.key }.map { BrainSourceFile(path: $0.key, text: $0.value) },
            sections: sections)
    }

    func problems(_ files: [String: String], sections: [any BrainSection.Type]) -> [String] {
        do throws(Problems) {
            _ = try load(files, sections: sections)
            return []
        } catch {
            return error.all.map(\.description)
        }
    }

    @Test("A toy section loads from its own type alone, across files, and its reader finds it")
    func toySection() throws {
        let brain = try load(
            [
                "base.yaml": PatternTests.minimalRest, "posts.yaml": Self.signposts,
                "more.yaml": "signposts:\n  - {intent: report_numbness, says: later file wins, weight: 0.5}\n",
            ], sections: BrainSections.standard + [SignpostSection.self])
        let section = try #require(brain.section(SignpostSection.self))
        #expect(section.says["greeting"] == "hello there")
        #expect(
            section.says["report_numbness"] == "numb feet this way", "files in path order: more.yaml, then posts.yaml")
        #expect(section.weights["report_numbness"] == 2.5)
        #expect(brain.section(MenuSection.self) != nil, "the standard sections load beside it")
    }

    @Test("Its problems have their places: a wrong type, an unknown key, a missing key, a bad reference")
    func toyProblems() {
        let sections = BrainSections.standard + [SignpostSection.self]
        let wrong = """
            signposts:
              - {intent: greeting, says: hi, weight: lots}
              - {intent: greeting, say: hi}
              - {intent: nosuch, says: hi}
            """
        let found = problems(["base.yaml": PatternTests.minimalRest, "posts.yaml": wrong], sections: sections)
        #expect(
            found.contains { $0.hasPrefix("posts.yaml:2:42: 'signposts[0].weight' should be a number, not 'lots'") })
        #expect(
            found.contains {
                $0.hasPrefix("posts.yaml:3:24: unknown key 'say' in 'signposts[1]' (did you mean 'says'?)")
            })
        #expect(found.contains { $0.hasPrefix("posts.yaml:3:5: 'signposts[1]' is missing the required key 'says'") })
        let reference = problems(
            ["base.yaml": PatternTests.minimalRest, "posts.yaml": "signposts:\n  - {intent: nosuch, says: hi}\n"],
            sections: sections)
        #expect(reference == ["posts.yaml:2:14: signpost for the unknown intent 'nosuch'"])
    }

    @Test("A section no one registered, or a misspelt one, is an unknown key at its place")
    func unregistered() {
        let found = problems(
            ["base.yaml": PatternTests.minimalRest, "posts.yaml": Self.signposts], sections: BrainSections.standard)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("posts.yaml:1:1: unknown key 'signposts' in the file") == true)
        let typo = problems(
            ["base.yaml": PatternTests.minimalRest, "m.yaml": "menuu: [greeting]\n"], sections: BrainSections.standard)
        #expect(typo.first?.contains("unknown key 'menuu' in the file (did you mean 'menu'?)") == true)
    }

    struct Sample: Decodable, Equatable {
        struct Inner: Decodable, Equatable {
            let n: Int
            let ok: Bool
        }

        let name: String
        let weight: Double
        let missing: String?
        let empty: String?
        let quotedEmpty: String?
        let items: [Inner]
        let table: [String: [String]]
    }

    @Test("A section's document is decoded from the value as YAML's decoder would: types, nulls, nesting")
    func decoding() throws {
        let yaml = """
            sample:
              name: 42
              weight: 2.5e-1
              empty:
              quotedEmpty: ""
              items: [{n: 3, ok: true}, {n: -1, ok: false}]
              table: {b: [x, "y z"], a: []}
            """
        let parsed = BrainFileParser.parse(BrainSourceFile(path: "s.yaml", text: yaml))
        let value = try #require(parsed.document?.sections["sample"])
        let sample = try value.decode(Sample.self)
        #expect(
            sample
                == Sample(
                    name: "42", weight: 0.25, missing: nil, empty: nil, quotedEmpty: "",
                    items: [.init(n: 3, ok: true), .init(n: -1, ok: false)], table: ["b": ["x", "y z"], "a": []]))
        let wrong = BrainFileParser.parse(BrainSourceFile(path: "s.yaml", text: "sample: {name: a, weight: heavy}\n"))
        #expect(throws: DecodingError.self) { try wrong.document?.sections["sample"]?.decode(Sample.self) }
    }

    @Test("The section survives the snapshot as written, and the menu section reads the built-in brain")
    func snapshot() throws {
        let parsed = BrainFileParser.parse(BrainSourceFile(path: "p.yaml", text: Self.signposts))
        let document = try #require(parsed.document)
        #expect(document.sections["signposts"] != nil)
        let text = BrainSnapshot.encode([document])
        #expect(try BrainSnapshot.decode(text) == [document])
        #expect(builtInBrain.section(MenuSection.self)?.intents.count == 8)
    }
}
