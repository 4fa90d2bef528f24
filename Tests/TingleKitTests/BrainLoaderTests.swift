import Foundation
import Testing

@testable import TingleKit

@Suite("Brain loading and checking")
struct BrainLoaderTests {
    /// Loads the minimal valid brain plus `extra`, expecting problems; returns their text.
    func problems(_ extra: String, file: String = "broken.yaml") -> [String] {
        do throws(Problems) {
            _ = try brain(["base.yaml": PatternTests.minimalRest, file: extra])
            return []
        } catch {
            return error.all.map(\.description)
        }
    }

    @Test("A brain without a concept the engine reads by name is refused, where the concepts are")
    func missingConceptKey() {
        let without = PatternTests.minimalRest.replacingOccurrences(of: "correction: [", with: "correctionx: [")
        #expect(without != PatternTests.minimalRest)
        do throws(Problems) {
            _ = try brain(["base.yaml": without])
            Issue.record("a brain without ~correction loaded")
        } catch {
            #expect(error.all.contains { $0.message.contains("no concept '~correction'") && $0.location.line > 1 })
        }
    }

    @Test(
        "The negation cues are the brain's ~negation_cues, each also by its stem; a phrase of one cue protects nothing")
    func negationCuesAreData() throws {
        let cueList = "\(ConceptKey.negationCues.rawValue): [\(PatternTests.minimalCues)]"
        let base = PatternTests.minimalRest
        #expect(base.contains(cueList))
        func denied(_ line: String, cues: String) throws -> [String] {
            let brain = try brain([
                "base.yaml": base.replacingOccurrences(
                    of: cueList, with: "\(ConceptKey.negationCues.rawValue): [\(cues)]")
            ])
            return brain.analyzer.analyze(line).tokens.filter(\.isDenied).map(\.text)
        }
        #expect(try denied("nae pain in my feet", cues: "nae") == ["pain", "in", "my", "feet"])
        #expect(try denied("no pain in my feet", cues: "nae").isEmpty)
        #expect(try denied("nothing hurts", cues: "nothing") == ["hurts"])
        #expect(builtInBrain.analyzer.negation.cueStems.isSuperset(of: ["no", "not", "never", "without"]))
    }

    @Test func minimalBrainLoads() throws {
        let loaded = try brain(["base.yaml": PatternTests.minimalRest])
        #expect(loaded.intents.count == 11)
    }

    @Test func yamlSyntaxErrorHasLineAndColumn() {
        let found = problems("intents:\n  - id: a\n    patterns: [\"x\"\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("broken.yaml:") == true)
        #expect(found.first?.contains("YAML syntax") == true)
    }

    @Test func unknownKeyIsAnErrorWithASuggestion() {
        let found = problems("intents:\n  - id: extra\n    patterns: [\"x\"]\n    exmaples: [\"x\"]\n")
        #expect(
            found == [
                "broken.yaml:4:5: unknown key 'exmaples' in 'intents[0]' (did you mean 'examples'?); known keys: answer, counterExamples, examples, id, keywords, offer, patterns, priority, topic"
            ])
    }

    @Test("A missing message is reported where the messages are, not in the first file")
    func missingMessagePointsAtTheMessages() {
        let withoutNoted = PatternTests.minimalRest.replacingOccurrences(of: "noted: x, ", with: "")
            .replacingOccurrences(of: ", noted: x", with: "")
        #expect(withoutNoted != PatternTests.minimalRest)
        let messagesLine = withoutNoted.split(separator: "\n").firstIndex { $0.hasPrefix("messages:") }! + 1
        do throws(Problems) {
            _ = try brain(["a-first.yaml": "rewrites: {me feet: my feet}\n", "base.yaml": withoutNoted])
            Issue.record("a brain without the 'noted' message loaded")
        } catch {
            #expect(
                error.all.map(\.description) == [
                    "base.yaml:\(messagesLine):11: the message 'noted' is missing; add it under 'messages:'"
                ])
        }
    }

    @Test func wrongTypeAndMissingKey() {
        let found = problems("intents:\n  - patterns: x\n    priority: high\n")
        #expect(found.contains("broken.yaml:2:15: 'intents[0].patterns' should be a list, not 'x'"))
        #expect(found.contains("broken.yaml:3:15: 'intents[0].priority' should be a number, not 'high'"))
        #expect(found.contains("broken.yaml:2:5: 'intents[0]' is missing the required key 'id'"))
    }

    @Test func duplicateIdsAndDanglingReferences() {
        let found = problems(
            """
            intents:
              - id: yes
                patterns: ["yep"]
              - id: extra
                patterns: ["* ~nosuchconcept *"]
                answer: nothing_here
                offer: {ask: "More?", intent: nowhere}
            """)
        #expect(found.contains { $0.hasPrefix("broken.yaml:2:9: intent 'yes' is already defined at base.yaml:") })
        #expect(
            found.contains("broken.yaml:5:16: pattern '* ~nosuchconcept *' names the unknown concept '~nosuchconcept'"))
        #expect(found.contains("broken.yaml:6:13: intent 'extra' answers with unknown content 'nothing_here'"))
        #expect(found.contains("broken.yaml:7:35: unknown intent 'nowhere'"))
    }

    @Test func patternSyntaxErrorPointsIntoThePattern() {
        let found = problems("intents:\n  - id: extra\n    patterns: [\"a (b|c\"]\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("broken.yaml:3:") == true)
        #expect(found.first?.contains("missing") == true)
    }

    @Test func unknownFactsAndLevels() {
        let found = problems(
            """
            redFlags:
              - id: f
                level: catastrophic
                label: x
                message: y
                when: [[reported]]
              - id: g
                level: urgent
                label: x
                message: y
                when: [[symptom.nothing]]
            """)
        #expect(found.contains { $0.contains("unknown level 'catastrophic'") })
        #expect(found.contains { $0.contains("the fact 'symptom.nothing' is never set") })
    }

    @Test("The sections that own themselves check levels and facts as the red flags do, at their places")
    func unknownFactsAndLevelsInSections() {
        let found = problems(
            """
            floors:
              - {facts: [risk.nowhere], level: severe, reason: "see someone"}
            causes:
              - {id: c, title: C, explanation: e, tips: [t], evidence: [{fact: symptom.ghost, weight: 1}]}
            """)
        #expect(found.contains { $0.contains(":2:14: the fact 'risk.nowhere' is never set by an extractor") })
        #expect(found.contains { $0.contains(":2:36: unknown level 'severe'; use one of") })
        #expect(found.contains { $0.contains(":4:68: the fact 'symptom.ghost' is never set by an extractor") })
    }

    @Test func folderErrors() throws {
        #expect(throws: Problems.self) { try BrainLoader.load(directory: "/nonexistent/tingle-brain") }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("tingle-empty-\(getpid())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        do throws(Problems) {
            _ = try BrainLoader.load(directory: empty.path)
            Issue.record("an empty folder must be refused")
        } catch {
            #expect(error.description.contains("holds no brain files"))
        }
        try Data([0x69, 0x64, 0x3A, 0xFF, 0xFE, 0x0A]).write(to: empty.appendingPathComponent("bad.yaml"))
        do throws(Problems) {
            _ = try BrainLoader.load(directory: empty.path)
            Issue.record("invalid UTF-8 must be refused")
        } catch {
            #expect(error.description.contains("bad.yaml:1:4: is not valid UTF-8"))
        }
    }

    @Test("The built-in brain passes its own check")
    func builtInBrainChecks() {
        let problems = BrainChecker(brain: builtInBrain).check()
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test("check catches an example that reaches another intent, and unreachable content")
    func checkerFindsProblems() throws {
        let loaded = try brain([
            "base.yaml": PatternTests.minimalRest,
            "more.yaml": """
            content:
              - {id: orphan, title: O, source: test, text: nobody asks}
            intents:
              - id: extra
                patterns: ["extra words"]
                examples: ["yes"]
            """,
        ])
        let found = BrainChecker(brain: loaded).check().map(\.description)
        #expect(found.contains("more.yaml:6:16: example \"yes\" of 'extra' matches 'yes' instead"))
        #expect(found.contains { $0.hasPrefix("more.yaml:2:10: content 'orphan' is not reached") })
    }

    @Test("check refuses a content entry with an empty source, at the place of its source")
    func checkerRefusesUnsourcedContent() throws {
        let loaded = try brain([
            "base.yaml": PatternTests.minimalRest,
            "more.yaml": """
            content:
              - {id: sourced, title: S, source: "NHS: Sciatica", text: fine}
              - id: unsourced
                title: U
                source: "  "
                text: where from?
            intents:
              - {id: ask_s, patterns: ["tell me s"], answer: sourced}
              - {id: ask_u, patterns: ["tell me u"], answer: unsourced}
            """,
        ])
        let found = BrainChecker(brain: loaded).check().map(\.description)
        #expect(found.contains { $0.hasPrefix("more.yaml:5:13: content 'unsourced' has no source") }, "\(found)")
        #expect(!found.contains { $0.contains("'sourced' has no source") })
    }

    @Test("check refuses advice that does not say what to do and how soon, in the brain's own words")
    func checkerLintsAdvice() throws {
        let rest = PatternTests.minimalRest
            .replacingOccurrences(
                of: "emergency: {title: E, message: e}", with: "emergency: {title: E, message: Call for help now.}"
            )
            .replacingOccurrences(
                of: "urgent: {title: U, message: u}", with: "urgent: {title: Today, message: Get seen.}")
        let lint = """
            settings:
              adviceActions: [call, get, book]
              adviceTimes: [now, today, within]
            redFlags:
              - id: vague
                level: doctor
                label: V
                patterns: ["* zzvague *"]
                message: Worth a look, you know.
              - id: no_time
                level: doctor
                label: T
                patterns: ["* zztime *"]
                message: Book a doctor if you know.
              - id: clear
                level: doctor
                label: C
                patterns: ["* zzclear *"]
                message: Book a doctor within a week.
            floors:
              - {facts: [reported], level: doctor, reason: "Worth a check by a doctor."}
            """
        let found = BrainChecker(brain: try brain(["base.yaml": rest, "lint.yaml": lint])).check().map(\.description)
        let advice = found.filter { $0.contains("does not say") }
        #expect(
            advice.contains(
                "lint.yaml:9:14: the message of red flag 'vague' does not say what to do: it has none of settings.adviceActions ('call', 'get', 'book')"
            ), "\(advice)")
        #expect(
            advice.contains { $0.hasPrefix("lint.yaml:9:14: the message of red flag 'vague' does not say how soon") })
        // "know" is not "now": phrases are whole words.
        #expect(
            advice.contains { $0.hasPrefix("lint.yaml:14:14: the message of red flag 'no_time' does not say how soon") }
        )
        #expect(!advice.contains { $0.contains("'no_time' does not say what to do") })
        #expect(!advice.contains { $0.contains("'clear'") })
        // A level is read with its title: "Today" tells the urgent level how soon.
        #expect(!advice.contains { $0.contains("'emergency' level") || $0.contains("'urgent' level") })
        #expect(
            advice.contains {
                $0.hasPrefix("base.yaml:") && $0.contains("the 'doctor' level text does not say how soon")
            })
        // A floor's reason is said on its own, so it is advice too.
        #expect(
            advice.contains {
                $0.hasPrefix("lint.yaml:21:") && $0.contains("the reason of floor 1 (reported) does not say how soon")
            }, "\(advice)")
        // Without the brain's lists, no advice lint.
        let plain = BrainChecker(brain: try brain(["base.yaml": rest])).check().map(\.description)
        #expect(!plain.contains { $0.contains("does not say") }, "\(plain)")
    }
}
