import Testing

@testable import TingleKit

/// How tingle speaks of someone in the runner's care (`SomeoneInCareSection`): the words that
/// fill a text's placeholders, which set a conversation picks, and what the brain refuses.
@Suite("Speaking of someone in care")
struct SomeoneInCareTests {
    static let she = CareForms(
        concept: "care_person_she", words: ["they": "she", "their": "her", "do": "does", "s": "s"])
    static let they = CareForms(concept: nil, words: ["they": "they", "their": "their", "do": "do", "s": ""])

    @Test("Placeholders take the set's words, capitalised with a capital; the engine's own stay")
    func fill() {
        let text = "{Do} {they} run in {their} shoes? {They} stop{s} at {onset}."
        #expect(Self.she.fill(text) == "Does she run in her shoes? She stops at {onset}.")
        #expect(Self.they.fill(text) == "Do they run in their shoes? They stop at {onset}.")
        #expect(Self.she.fill("no braces {") == "no braces {")
    }

    /// The last line's reply, in a fresh conversation of `lines`.
    func reply(_ lines: [String]) -> String { converse(lines).last?.reply ?? "" }

    @Test("The person named first from where the line names them picks the words; none gendered is 'they'")
    func picked() {
        #expect(reply(["my daughter's feet go numb in cross country"]).contains("only when she speeds up"))
        #expect(reply(["my son (14) says his toes go numb when he runs"]).contains("only when he speeds up"))
        #expect(reply(["my 15 year old gets tingly feet at practice"]).contains("only when they speed up"))
        // A relative named before the child does not choose for them.
        #expect(
            reply(["my dad has diabetes and my daughter's feet go numb at practice"]).contains(
                "only when she speeds up"))
        // Named with neither, and "she" later: she, from then on.
        #expect(
            reply(["my 15 year old gets tingly feet at practice", "she says about halfway"]).contains(
                "What does she run in?"))
        // The runner's own report keeps "you".
        #expect(reply(["my toes go numb after 20 minutes"]).contains("What do you run in?"))
    }

    @Test("A coach's squad or client and a parent's shorthand name someone in care; a child named as company does not")
    func namedAsACoachOrParent() {
        #expect(reply(["my client's toes go numb on long runs"]).contains("What do they run in?"))
        #expect(reply(["the kids i coach get numb feet in races"]).contains("What do they run in?"))
        #expect(reply(["one of the lads in my xc squad keeps getting numb feet"]).contains("for them"))
        #expect(reply(["dd's toes go numb at cross country"]).contains("only when she speeds up"))
        #expect(reply(["ds gets tingly feet after 20 mins"]).contains("What does he run in?"))
        // Out running with the child, the runner's own toes.
        #expect(reply(["i went for a run with my son and my toes went numb"]).contains("only when you speed up"))
        // Named as company but told of, the child is still the one it is about: his sign, for him.
        let his = converse(["out running with my son and his foot has gone white and cold and really hurts"])
        #expect(his.last?.escalation == .emergency)
        #expect(his.last?.reply.contains("for him") == true)
        // Someone else's report of when it comes on answers for the one in care.
        let results = converse(["my son's toes tingle on runs", "his coach says it comes on about halfway round"])
        #expect(results.last?.onset != nil)
    }

    @Test("A warning sign of the person in care escalates, its advice worded for acting for them")
    func escalation() {
        let results = converse(["my son's toes go numb on runs", "he says he can't feel when he needs to pee now"])
        #expect(results.last?.escalation == .emergency)
        #expect(results.last?.reply.contains("for him, or get him to the nearest emergency department") == true)
        #expect(results.last?.reply.contains("Don't drive yourself") == false)
    }

    @Test("A first report told wholly of someone else answers the plain questions about them, and only those")
    func firstReportOfSomeoneElse() {
        let buddy = converse(["my running buddy keeps getting numb feet around mile 4"])
        #expect(buddy.last?.onset != nil)
        #expect(buddy.last?.asking == "footwear")
        // Their warning sign told with their numbness counts as it would a line later: the
        // conversation is about her now, so a foot she can't lift is urgent, for her.
        let sister = converse(["my sister's foot went numb on a run and she can't lift her toes now"])
        #expect(sister.last?.escalation == .urgent)
        #expect(sister.last?.reply.contains("Call her doctor") == true)
        // The runner's own numbness beside it keeps the line the runner's: her time is not theirs.
        let own = converse(["my wife's feet go numb after 5k and mine go numb too"])
        #expect(own.last?.onset == nil)
        #expect(own.last?.reply.contains("only when you speed up") == true)
    }

    @Test("A text must replace something the brain says, with placeholders something fills")
    func refused() {
        let context = SectionContext(
            intentIDs: [], contentIDs: [], producedFacts: [], slotIDs: ["onset"], conceptNames: [],
            start: .init(file: "f", line: 1, column: 1))
        #expect(SomeoneInCareSection.problem(key: "slot.onset.question", in: context) == nil)
        #expect(SomeoneInCareSection.problem(key: "slot.nosuch.question", in: context) == "unknown slot 'nosuch'")
        #expect(SomeoneInCareSection.problem(key: "slot.onset.title", in: context) != nil)
        #expect(SomeoneInCareSection.problem(key: "message.nosuch", in: context) == "unknown message 'nosuch'")
        #expect(SomeoneInCareSection.problem(key: "level.soon", in: context) == "unknown level 'soon'")
        #expect(SomeoneInCareSection.problem(key: "reason.compression.footwear.tight", in: context) == nil)
        #expect(SomeoneInCareSection.problem(key: "question", in: context) != nil)
        #expect(BrainChecker.placeholders(in: "{They} stop{s} at {onset}") == ["They", "s", "onset"])
        #expect(
            BrainChecker(brain: builtInBrain).careTexts().isEmpty, "the built-in brain's texts all replace something")
    }
}
