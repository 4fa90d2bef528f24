import Testing

@testable import TingleKit

/// Issue 18: a name the code reads (a slot, an answer intent) is one the brain must have;
/// a brain without it is refused where it should be added, not loaded with a silent gap.
@Suite("Names the code reads are checked against the brain")
struct CodeDataNamesTests {
    func problems(_ yaml: String) -> [String] {
        do throws(Problems) {
            _ = try brain(["base.yaml": yaml])
            return ["loaded"]
        } catch {
            return error.all.map(\.description)
        }
    }

    var slotsLine: Int {
        PatternTests.minimalRest.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("slots:") }! + 2
    }

    @Test("A brain without a slot --json reports by name is refused at its slots", arguments: SlotKey.allCases)
    func missingSlot(key: SlotKey) {
        let without = PatternTests.minimalRest.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("{id: \(key.rawValue),") }.joined(separator: "\n")
        #expect(without != PatternTests.minimalRest)
        #expect(
            problems(without) == [
                "base.yaml:\(slotsLine):3: the brain has no slot '\(key.rawValue)', which --json and the summary read by name; add it under 'slots:'"
            ])
    }

    @Test("The symptoms slot must be a list: --json gives its ids")
    func symptomsIsAList() {
        let single = PatternTests.minimalRest.replacingOccurrences(of: ", list: true}", with: "}")
        #expect(single != PatternTests.minimalRest)
        #expect(
            problems(single) == [
                "base.yaml:\(slotsLine + 2):10: the slot 'symptoms' is read as a list of symptom ids (--json); add 'list: true'"
            ])
    }

    @Test("A list slot's extractors read only its answer and name a symptom")
    func listSlotExtractors() {
        let loose = PatternTests.minimalRest.replacingOccurrences(
            of: "list: true}", with: "list: true, extractors: [{pattern: pale, value: v, facts: [x.y]}]}")
        #expect(loose != PatternTests.minimalRest)
        let found = problems(loose)
        #expect(
            found.contains {
                $0.hasSuffix("an extractor of the list slot 'symptoms' reads only its answer; add 'asked: true'")
            })
        #expect(
            found.contains {
                $0.hasSuffix(
                    "an extractor of the list slot 'symptoms' adds the symptoms its facts name; give it a 'symptom.ID' fact"
                )
            }, "\(found)")
    }

    @Test("A sign said bare answers 'anything else?' only: 'pale' is a colour change there, 'blue' the shoes")
    func bareSignAsTheListAnswer() {
        #expect(
            converse(["my toes go numb", "20 min", "old brooks", "kinda pale maybe"])[3].symptoms == ["colour_change"])
        let shoes = converse(["my toes go numb", "20 min", "blue"])[2]
        #expect(shoes.symptoms == nil)
        #expect(shoes.redFlags.isEmpty)
    }

    @Test("A brain without an answer intent is refused at its intents", arguments: RoleIntent.allCases)
    func missingRoleIntent(role: RoleIntent) {
        let without = PatternTests.minimalRest.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("{id: \(role.rawValue),") }.joined(separator: "\n")
        #expect(without != PatternTests.minimalRest)
        let found = problems(without)
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix(
                "base.yaml:2:3: the brain has no intent '\(role.rawValue)', which the dialogue needs \(role.need); add it under 'intents:'"
            ) == true, "\(found)")
    }

    @Test("'inform' is the engine's name for a turn that only told something, never a brain intent")
    func informIsNotInTheBrain() {
        #expect(builtInBrain.intent(RoleIntent.inform) == nil)
        #expect(converse(["my toes go numb", "about 3 miles in"]).last?.intent == RoleIntent.inform)
    }

    @Test("A message is filled in one pass: braces in a value are not filled again")
    func fillOnce() {
        let text = builtInBrain.message(.correctedValue, ["slot": "footwear", "value": "{old} shoes", "old": "new"])
        #expect(text == "footwear is now \"{old} shoes\" (was \"new\")")
        #expect(builtInBrain.message(.causeBecause, [:]) == ", because {reasons}")
    }

    @Test("The summary's words come from the brain's messages")
    func summaryWordsAreData() {
        var session = Session(brain: builtInBrain)
        _ = session.respond(to: "my toes go numb")
        let summary = reply(to: .summary, in: &session)
        #expect(summary.hasPrefix(builtInBrain.message(.summaryTitle) + "\n"))
        #expect(summary.hasSuffix("\n" + builtInBrain.message(.summaryFooter)))
        #expect(
            summary.contains(
                builtInBrain.message(.summaryReported, ["value": builtInBrain.message(.summaryReportedNumbness)])))
    }

    @Test("A list said in a sentence, and an answer not known, are worded by the brain")
    func listAndNotKnown() {
        #expect(ResponseComposer.list(["a", "b", "c"], in: builtInBrain) == "a, b and c")
        #expect(ResponseComposer.list(["a"], in: builtInBrain) == "a")
        let skipped = Conversation.SlotValue(skipped: true)
        #expect(skipped.summary(in: builtInBrain) == builtInBrain.message(.slotNotKnown))
        #expect(Conversation.SlotValue().summary(in: builtInBrain) == nil)
    }
}
