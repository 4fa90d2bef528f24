import Testing

@testable import TingleKit

/// `PartReference` on its own: which part a line names as the runner's own, and when a later
/// line is read again with its "it" or "they" as that part (only when a warning sign could
/// become possible that way).
@Suite("Part pointed back to")
struct PartReferenceTests {
    let brain = builtInBrain
    var reference: PartReference { brain.contextMarker.partReference }

    func input(_ line: String) -> MatchInput { MatchInput(text: brain.analyzer.analyze(line), brain: brain) }

    func named(_ line: String) -> PartReference.Named? { reference.named(in: FindingsInput(input(line))) }

    /// The red flags the line raises read with its pointing words as `part`, or nil when it is not read again.
    func raisedPointingBack(_ line: String, to part: PartReference.Named) -> [String]? {
        reference.reading(input(line), as: part).map { read in
            RedFlagChecker(brain: brain).check(FindingsInput(read).reported, facts: []).map(\.rule.id)
        }
    }

    @Test("The part named is the runner's own")
    func namedPart() throws {
        #expect(named("my toes fizz by the second mile")?.stem == "toe")
        #expect(named("my left leg feels heavy")?.stem == "leg")
        #expect(named("my wife says her feet tingle") == nil)
        #expect(named("what causes numb feet in runners?") == nil)
        #expect(try #require(named("my foot goes dead")).terms.count > 1)
    }

    @Test("A line is read again with the part only where a warning sign could become possible")
    func readAgain() throws {
        let foot = try #require(named("my foot goes dead at 5k"))
        #expect(
            raisedPointingBack("today it went white and cold and really hurts", to: foot)?.contains("limb_ischemia")
                == true)
        // Nothing of a warning sign with the part added: not read again.
        #expect(raisedPointingBack("it was freezing this morning", to: foot) == nil)
        #expect(raisedPointingBack("is it bad?", to: foot) == nil)
        // A sentence that names its own part points at that one.
        #expect(raisedPointingBack("my knee went white and cold and it hurts", to: foot) == nil)
        // No word that points back.
        #expect(raisedPointingBack("went white and cold and hurts", to: foot) == nil)
    }
}
