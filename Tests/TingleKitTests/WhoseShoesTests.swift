import Testing

@testable import TingleKit

/// Whose shoes and whose opinion a line tells: someone else's kit said of them, someone
/// else's guess, and a correction that keeps the name it does not correct.
@Suite("Whose shoes")
struct WhoseShoesTests {
    func contexts(_ line: String) -> [String: FindingContext] {
        let analysis = LineAnalysis(brain: builtInBrain, line: line)
        var result: [String: FindingContext] = [:]
        for token in analysis.tokens { result[token.typed] = token.context }
        return result
    }

    @Test("Someone's kit as the subject of its clause is theirs; a pair the runner borrowed is the runner's")
    func theirKitSaidOf() {
        #expect(contexts("my dad's shoes are too small")["small"] == .otherPerson)
        #expect(contexts("my wife's trainers give her blisters")["blisters"] == .otherPerson)
        // Borrowed: worn, in, or the pair named bare.
        #expect(contexts("I borrowed my dad's shoes and they are too small")["small"] == .affirmed)
        #expect(contexts("in my husband's old hokas")["old"] == .affirmed)
        #expect(contexts("my sister's old asics")["old"] == .affirmed)
        // A word of the runner's own in the clause makes the pair theirs.
        #expect(contexts("my sister's asics are a bit big on me")["big"] == .affirmed)
        // A person's own body stays theirs, as before.
        #expect(contexts("my sister's foot went numb")["numb"] == .otherPerson)
    }

    @Test("Someone else's kit or guess is never the shoes' free-text answer")
    func noFreeTextOfTheirs() {
        let kit = converse(["my toes go numb at 5k", "my dad's trainers give him the same problem"])
        #expect(kit[1].footwear == nil)
        #expect(kit[1].asking == "footwear")
        let guess = converse(["my toes go numb at 5k", "my nan reckons it's the weather"])
        #expect(guess[1].footwear == nil)
        #expect(guess[1].asking == "footwear")
    }

    @Test("Someone else's guess fills no slot; the runner's own 'I think' does")
    func guessFillsNoSlot() {
        let theirs = converse(["my toes go numb at 5k", "my wife thinks my shoes are too tight"])
        #expect(theirs[1].footwear == nil)
        #expect(theirs[1].intent == "faq.tight_shoes")
        let own = converse(["my toes go numb at 5k", "i think my shoes are too tight"])
        #expect(own[1].footwear == "shoes feel tight")
    }

    @Test("corrected: a description put right in one part keeps the name it quoted")
    func correctedKeepsQuotedName() throws {
        let footwear = try #require(builtInBrain.slots.first { $0.id == "footwear" })
        var old = SlotValue(descriptions: ["new hokas"], facts: ["footwear.new"])
        old.kinds["new hokas"] = ["footwear.new", "{shoe_brand}"]
        old.quoted["new hokas"] = [SlotValue.Quote(concept: "{shoe_brand}", words: "hokas")]
        var new = SlotValue(descriptions: ["about 500 miles on them"], facts: ["footwear.worn"])
        new.kinds["about 500 miles on them"] = ["{mileage}"]
        let value = Session.corrected(old, by: new, in: footwear)
        #expect(value.descriptions == ["hokas", "about 500 miles on them"])
        #expect(value.facts == ["footwear.worn"])
        // Without a quote, the whole description goes, as before.
        old.quoted = [:]
        #expect(Session.corrected(old, by: new, in: footwear).descriptions == ["about 500 miles on them"])
    }

    @Test("An amount is never kept alone by a correction")
    func amountNotKept() {
        let results = converse(["my toes go numb at 5k", "about 500 miles on them", "actually they're brand new"])
        #expect(results[2].footwear == "new shoes")
        let named = converse(["my toes go numb at 5k", "new hokas", "no, not new, they've got 500 miles on them"])
        #expect(named[2].footwear == "hokas, about 500 miles on them")
    }
}
