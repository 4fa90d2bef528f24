import Testing

@testable import TingleKit

/// `elsewhere:` (`ElsewhereSection`): a time said in a clause about another part of the body
/// is that part's, not when the numbness starts or how it ends; said in the numbness's own
/// clause, it still is.
@Suite("Another part's clause")
struct ElsewhereTests {
    let brain = builtInBrain

    func values(_ line: String, asking: String? = nil) -> [String: [String]] {
        let findings = FindingsInput(MatchInput(text: brain.analyzer.analyze(line), brain: brain))
        return FindingsReader(brain: brain).read(findings, asking: asking).values.mapValues(\.descriptions)
    }

    @Test("The built-in brain keeps onset and course to the numbness's own clauses")
    func builtIn() throws {
        let rules = try #require(brain.section(ElsewhereSection.self)).rules
        #expect(rules["onset"] != nil && rules["course"] != nil)
        // Shoes worn are the runner's whichever part aches in them: the shoes' only rules are
        // someone else's guess and a plan still to come (a pair to be bought), no part of the body.
        #expect(
            (rules["footwear"] ?? []).allSatisfy { $0.parts == "slot_guess" || $0.parts == "slot_planned" },
            "shoes worn are the runner's whichever part aches in them")
    }

    @Test("A time said only of another part fills nothing")
    func anotherPartsTime() {
        #expect(values("my knees ache on long runs, toes go numb too")["onset"] == nil)
        #expect(values("knees ache on long runs and toes go numb")["onset"] == nil)
        #expect(values("my hips go stiff after an hour, toes tingle as well")["onset"] == nil)
        #expect(values("my hamstring stays tight for hours afterwards, toes go numb on runs")["course"] == nil)
        // Asked when it starts, the other part's time is still its own.
        #expect(values("my knees ache after 5 miles, the toes too", asking: "onset")["onset"] == nil)
    }

    @Test("Numbness said of the hands, arms or face is theirs; said with the feet, it is the feet's")
    func upperParts() {
        #expect(values("my hands tingle on long runs too")["onset"] == nil)
        #expect(values("my toes go numb and my hands tingle on long runs")["onset"] == nil)
        #expect(values("my forefoot and my fingertips tingle after about 5k")["onset"] == ["after about 5 km"])
        #expect(values("my fingers and toes go numb on long runs")["onset"] == ["on long runs"])
    }

    @Test("What was set aside as another part's is kept for /why, and nothing else is")
    func setAsideForWhy() {
        let read = { (line: String) -> Findings in
            let input = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
            return FindingsReader(brain: brain).read(FindingsInput(input), asking: nil)
        }
        let aside = read("my knees ache on long runs, toes go numb too").setAside
        #expect(aside.map { $0.slot } == ["onset"])
        #expect(aside.map { $0.value } == ["on long runs"])
        // Heard in the numbness's own clause too: it counts, and nothing is set aside.
        #expect(read("my knees ache and my toes go numb after 5k").setAside.isEmpty)
    }

    @Test("A time said in the numbness's own clause, or of both together, still counts")
    func ownTime() {
        #expect(values("my knees ache and my toes go numb after 5k")["onset"] == ["after about 5 km"])
        #expect(values("my knees and toes go numb on long runs")["onset"] == ["on long runs"])
        #expect(values("my hip is stiff but my toes go numb straight away")["onset"] == ["from the start of the run"])
        // A time said first, in a clause of its own, is the whole sentence's.
        #expect(values("on long runs, my knees ache and my toes go numb")["onset"] == ["on long runs"])
        // Only the part's clause is set aside: the numbness's time in the same sentence stays.
        #expect(
            values("my calf gets tight after 10 minutes, my toes go numb after 40 minutes")["onset"] == [
                "after about 40 minutes"
            ])
    }

    @Test("An unknown concept or slot is a problem where it is written")
    func unknownNames() {
        let yaml =
            PatternTests.minimalRest + """

                elsewhere:
                  - slots: [nowhere]
                    parts: no_such_parts
                    unless: numb
                """
        do throws(Problems) {
            _ = try BrainLoader.load(files: [BrainSourceFile(path: "e.yaml", text: yaml)])
            Issue.record("loaded a brain naming an unknown slot and concept")
        } catch {
            let messages = error.all.map(\.description).joined(separator: "\n")
            #expect(messages.contains("unknown concept 'no_such_parts'"))
            #expect(messages.contains("unknown slot 'nowhere'"))
        }
    }
}
