import Testing

@testable import TingleKit

/// Safety first: every red flag fires on several phrasings, on any turn, and stays quiet
/// when the user denies it.
@Suite("Red flags")
struct RedFlagTests {
    static let cases: [(flag: String, level: EscalationLevel, lines: [String])] = [
        (
            "cauda_equina", .emergency,
            [
                "my groin and inner thighs go numb when i run",
                "numbness around my bottom and genitals",
                "I've got saddle numbness",
                "since yesterday i can't pee properly",
                "i wet myself on my run and my feet were numb",
                "both legs are weak and my back is killing me",
                "can't control my bladder",
                "i can't feel myself wiping",
            ]
        ),
        (
            "stroke", .emergency,
            [
                "suddenly one side of my body went numb",
                "my face is drooping and my foot is numb",
                "my speech is slurred",
                "i suddenly feel confused and my arm is weak",
                "lost vision in one eye",
                "i suddenly feel confused and my foot is numb",
                "my left arm and leg went numb on my run",
                "the left side of my face feels numb",
                "my speech went weird and my foot is numb",
                "i have a terrible headache and my arm is weak",
            ]
        ),
        (
            "limb_ischemia", .emergency,
            [
                "my foot suddenly went cold and white",
                "my toes turned blue all of a sudden",
                "i can't find a pulse in my foot",
                "i cannot move my toes",
                "my foot looks mottled",
                "my foot is ice cold and white and won't warm up",
                "my toes have gone blue and i can't move them",
                "my foot is cold and blue and really painful",
            ]
        ),
        (
            "compartment_acute", .emergency,
            [
                "severe pain in my calf and it's swollen and tight",
                "after a kick in football my shin is swollen and rock hard",
                "my leg is swollen and the pain is getting worse and worse",
            ]
        ),
        (
            "rapid_spread", .emergency,
            [
                "the tingling is spreading up into my hands",
                "numbness spreading up both legs",
                "my legs are getting weaker by the hour",
                "i'm having trouble breathing and my feet are numb",
                "the tingling has gone from my feet up to my knees in a day",
                "i'm struggling to swallow and my feet tingle",
            ]
        ),
        (
            "injury_back", .emergency,
            [
                "after a car accident my feet went numb",
                "i had a fall on my back and now my toes are numb",
            ]
        ),
        (
            "weakness", .urgent,
            [
                "i have foot drop",
                "my toes keep catching on the ground",
                "i can't lift my foot properly",
                "the weakness doesn't go away after the run",
                "my foot flops when i walk",
                "i can't stand on my heels",
            ]
        ),
        (
            "frostbite", .urgent,
            [
                "after my run in the cold my toes have waxy skin",
                "i think i have frostbite",
                "blisters on my toes after running in freezing weather",
                "after running in the snow my toes are black",
            ]
        ),
        (
            "persistent", .doctor,
            [
                "the numbness stays even when i'm sitting",
                "my feet are numb all the time now",
                "still numb after weeks even though i changed shoes and loosened my laces",
            ]
        ),
        (
            "appearance", .doctor,
            [
                "my feet go numb and my foot changes colour",
                "my toes go numb and my foot swells up",
            ]
        ),
        (
            "with_pain", .doctor,
            [
                "my toes go numb and it hurts a lot",
                "my feet go numb and i feel weak",
            ]
        ),
    ]

    static let flat: [(String, EscalationLevel, String)] = cases.flatMap { c in c.lines.map { (c.flag, c.level, $0) } }

    @Test("Each red flag fires on its phrasings, and the reply opens with the escalation", arguments: flat)
    func fires(flag: String, level: EscalationLevel, line: String) throws {
        let result = converse([line])[0]
        #expect(result.redFlags.contains(flag), "\"\(line)\" should raise \(flag); raised \(result.redFlags)")
        let escalation = try #require(result.escalation)
        #expect(escalation >= level)
        let title = try #require(builtInBrain.levels[escalation]?.title)
        #expect(result.reply.hasPrefix(title), "the reply must open with the escalation")
        // A red flag stops the questionnaire; only a screening question may follow one below urgent.
        let screening = Set(builtInBrain.slots.filter { !$0.when.isEmpty }.map(\.id))
        #expect(
            result.asking == nil || escalation < .urgent && screening.contains(result.asking!),
            "a red flag stops the questionnaire; asking \(result.asking ?? "nothing")")
    }

    @Test("A red flag in the answer to a question is caught too")
    func midConversation() {
        let results = converse(["my feet go numb after 3 miles", "new nikes", "i have numbness in my groin as well"])
        #expect(results[1].redFlags.isEmpty)
        #expect(results[2].redFlags == ["cauda_equina"])
        #expect(results[2].escalation == .emergency)
        #expect(results[2].state == .escalated)
    }

    @Test(
        "Denied red flags raise nothing",
        arguments: [
            "no bladder problems",
            "no problems peeing",
            "i don't have any trouble peeing and no numbness in my groin",
            "my face isn't drooping",
            "no slurred speech or vision loss",
            "i didn't have a fall or a car accident",
            "my foot isn't cold or pale",
            "no back pain, no weakness",
        ])
    func negated(line: String) {
        let results = converse(["my feet go numb after 3 miles", line])
        #expect(results[1].redFlags.isEmpty, "\"\(line)\" raised \(results[1].redFlags)")
        #expect(results[1].escalation == nil || results[1].escalation == .selfcare)
    }

    @Test(
        "Words that only look like warning signs raise nothing",
        arguments: [
            "the bottoms of my feet go numb",  // "bottom" of the foot is not the saddle area
            "foot goes numb on the treadmill but not outside",  // "but" is not "butt"
            "back of my heel tingles after 5k",
            "my toes went numb and then the feeling came back",
            "i'm confused about why my feet go numb",
            "i can't see why my toes would tingle",
            "my feet fell asleep on my run",
        ])
    func lookalikes(line: String) {
        let r = converse([line])[0]
        #expect(r.redFlags.isEmpty, "\"\(line)\" raised \(r.redFlags)")
    }

    @Test(
        "Benign stories stay at self-care and are not frightened",
        arguments: [
            ["my toes go numb 20 minutes in, since i got new hokas, no pain", "gone in a minute once i stop"],
            ["my feet fall asleep after 5k", "i lace my shoes really tight", "nothing else", "it goes straight away"],
            [
                "pins and needles in my forefoot on long runs", "old asics with thick socks", "no",
                "a couple of minutes",
            ],
            [
                "why do my feet go numb when i run", "about half an hour in", "brooks ghost, laces quite tight",
                "just the numbness",
                "it wears off within a few minutes",
            ],
        ])
    func benign(lines: [String]) throws {
        let last = try #require(converse(lines).last)
        #expect(last.redFlags.isEmpty)
        #expect(last.escalation == .selfcare)
        #expect(last.state == .assessed)
        #expect(!last.reply.contains("EMERGENCY"))
    }

    @Test("The level never drops within a conversation")
    func levelNeverDrops() {
        let results = converse(["my toes go numb and my speech is slurred", "actually it's fine now", "lacing tips"])
        #expect(results.allSatisfy { $0.escalation == .emergency })
        #expect(results[1].reply.hasPrefix("Reminder"))
    }

    @Test("Known diabetes with new numbness is at least 'see a doctor'")
    func diabetesFloor() throws {
        let last = try #require(
            converse([
                "i'm diabetic and my feet go numb when i run", "after 2 miles", "nike pegasus", "nothing else",
                "it goes soon after I stop",
            ]).last)
        #expect(last.escalation == .doctor)
        #expect(last.reply.contains("diabetes"))
    }

    @Test("Diabetes with a blister on the foot is urgent")
    func diabeticFoot() {
        let results = converse([
            "i have type 2 diabetes and my toes go numb", "there's a blister on my heel that won't heal",
        ])
        #expect(results[1].redFlags.contains("diabetic_foot"))
        #expect(results[1].escalation == .urgent)
    }
}
