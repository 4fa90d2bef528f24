import BuiltInBrain
import Testing

@testable import TingleKit

/// The intents and the dialogue are linked on both cores, each by a linker of its own, and
/// the dialogue renumbered after the intents. The brain must come out exactly as linking them
/// one after the other makes it: the same term ids, pattern numbers and programs, the same
/// problems.
@Suite struct ParallelLinkingTests {
    /// Everything linking decides, as text: the term table in id order, then each pattern of
    /// every rule with its number and programs, then the rule index.
    static func linking(of brain: Brain) -> String {
        var out = "terms: \(brain.terms.terms)\n"
        func add(_ label: String, _ patterns: [Pattern]) {
            for pattern in patterns {
                guard let linked = pattern.linked else {
                    out += "\(label) \(pattern.source): not linked\n"
                    continue
                }
                out +=
                    "\(label) #\(linked.number) \(linked.program) \(linked.unorderedPrograms) \(linked.starts) "
                    + "\(linked.requirementIDs) \(linked.literals)\n"
            }
        }
        for intent in brain.intents { add("intent \(intent.id)", intent.patterns) }
        for slot in brain.slots {
            add("slot \(slot.id)", slot.extractors.map(\.pattern))
            add("slot \(slot.id) except", slot.extractors.flatMap(\.except))
            add("slot \(slot.id) none", slot.none)
        }
        for (kind, rules) in [("symptom", brain.symptoms), ("risk", brain.risks), ("context", brain.context)] {
            for rule in rules {
                add("\(kind) \(rule.id)", rule.patterns)
                add("\(kind) \(rule.id) denial", rule.denials)
                add("\(kind) \(rule.id) except", rule.except)
            }
        }
        for flag in brain.redFlags { add("red flag \(flag.id)", flag.patterns) }
        dump(brain.index, to: &out)
        return out
    }

    static func compile(_ compiler: BrainCompiler, inParallel: Bool) -> Result<Brain, Problems> {
        var compiler = compiler
        compiler.linksInParallel = inParallel
        return Result<Brain, Problems>(catching: { () throws(Problems) -> Brain in try compiler.compile() })
    }

    @Test func theBuiltInBrainLinksAsInOrder() throws {
        let compiler = BrainLoader.compiler(for: BrainSourceFile.builtIn)
        let apart = try Self.compile(compiler, inParallel: true).get()
        let inOrder = try Self.compile(compiler, inParallel: false).get()
        // The dialogue's rules are matched by their own copies of their patterns: had one
        // kept the numbering of the linker it was linked by, it would show here.
        #expect(apart.terms.terms.count == inOrder.terms.terms.count)
        #expect(Self.linking(of: apart) == Self.linking(of: inOrder))
    }

    /// A compiled brain holds nothing of the documents it was compiled from: the compiler lets
    /// them go as it goes, so a big brain's documents and its finished tables are never all
    /// held at once (the peak of loading it).
    @Test func compilingLetsTheDocumentsGo() throws {
        var compiler = BrainLoader.compiler(for: BrainSourceFile.builtIn)
        #expect(compiler.documents.contains { $0.body.intents?.isEmpty == false })
        let brain = try compiler.compile()
        #expect(compiler.documents.isEmpty)
        #expect(!brain.intents.isEmpty)
        // What the sections still read once the rules are compiled: the rules are gone from it.
        let file = BrainLoader.compiler(for: BrainSourceFile.builtIn).documents.first { $0.body.intents != nil }!
        let left = file.withoutRules
        #expect(left.body.intents == nil && left.body.content == nil && left.body.redFlags == nil)
        #expect(left.sections.keys == file.sections.keys && left.places == file.places)
    }

    @Test func problemsAreTheSame() {
        // Problems in both halves: a bad pattern, an unknown intent and unknown content among
        // the intents (the content is compiled beside the dialogue), a bad pattern and an
        // unknown concept in the dialogue.
        let files = [
            "a.yaml": """
            intents:
              - id: first
                patterns: ["* (unclosed *"]
              - id: second
                patterns: ["* hello *"]
                offer: {ask: "More?", intent: nowhere}
                answer: no_such_answer
            symptoms:
              - id: odd
                label: odd
                patterns: ["* ~no_such_concept *", "* [open *"]
            """
        ]
        let compiler = BrainLoader.compiler(
            for: files.map { BrainSourceFile(path: $0.key, text: $0.value) }
                + BrainSourceFile.builtIn.filter {
                    $0.path.hasSuffix("lexicon.txt")
                })
        let apart = Self.compile(compiler, inParallel: true)
        let inOrder = Self.compile(compiler, inParallel: false)
        guard case .failure(let a) = apart, case .failure(let b) = inOrder else {
            Issue.record("a brain with broken patterns loaded")
            return
        }
        #expect(a.all.map(\.description) == b.all.map(\.description))
        #expect(a.all.contains { $0.description.contains("no_such_concept") })
        #expect(a.all.contains { $0.description.contains("nowhere") })
        #expect(a.all.contains { $0.description.contains("unknown content 'no_such_answer'") })
    }
}
