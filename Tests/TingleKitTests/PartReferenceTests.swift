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

    func named(_ line: String) -> PartReference.Named? { reference.named(in: FindingsInput(input(line))).first }

    /// The red flags a conversation has raised once its lines are said.
    func raised(after lines: [String]) -> [String] {
        var session = Session(brain: brain)
        for line in lines { _ = session.respond(to: line) }
        return session.triage.redFlags
    }

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

    @Test("Every part a line names is kept, each once; the last few of the conversation, the latest last")
    func remembered() throws {
        let parts = reference.named(in: FindingsInput(input("my toes and my shins and my toes again")))
        #expect(parts.map(\.stem) == ["toe", "shin"])
        let ankle = try #require(named("my ankle is sore"))
        let calf = try #require(named("my calf is sore"))
        var kept = PartReference.remembering(parts, after: [])
        kept = PartReference.remembering([ankle], after: kept)
        #expect(kept.map(\.stem) == ["toe", "shin", ankle.stem])
        // Named again, the toes are the latest; a fourth part pushes out the oldest.
        kept = PartReference.remembering([parts[0]], after: kept)
        kept = PartReference.remembering([calf], after: kept)
        #expect(kept.map(\.stem) == [ankle.stem, "toe", "calf"])
    }

    @Test("The words of one part are one part: feet, foot and toes do not push out the shin")
    func onePartManyWords() throws {
        let shin = try #require(named("took a kick to the shin"))
        let feet = try #require(named("my feet go numb"))
        let foot = try #require(named("my foot tingles"))
        let toes = try #require(named("my toes are cold"))
        let heel = try #require(named("my heel is sore"))
        #expect(feet.kind == foot.kind && foot.kind == toes.kind)
        #expect(try #require(named("my calf is sore")).kind == #require(named("my calves are sore")).kind)
        #expect(try #require(named("my calf is sore")).kind != shin.kind)
        var kept = PartReference.remembering([shin], after: [])
        for part in [feet, foot, toes] { kept = PartReference.remembering([part], after: kept) }
        #expect(kept.map(\.stem) == [shin.stem, feet.stem, foot.stem, toes.stem])
        // A fourth word of the feet: the oldest of them goes, the shin stays.
        kept = PartReference.remembering([heel], after: kept)
        #expect(kept.map(\.stem) == [shin.stem, foot.stem, toes.stem, heel.stem])
    }

    @Test("A later line is read once for each part named before it, and any reading raises")
    func eachPartRead() {
        // The shin, named after the toes: "it" swollen, tight and worse is the shin's.
        #expect(
            raised(after: [
                "my toes go numb on runs", "took a knock to the shin yesterday",
                "it is swollen and tight and the pain keeps getting worse",
            ]).contains("compartment_acute"))
        // The calves, named after the toes, do not hide them: "they" white and cold are the toes.
        #expect(
            raised(after: [
                "my toes go numb on runs", "my calves tighten on long runs", "they went white and cold and really hurt",
            ]).contains("limb_ischemia"))
        // Nothing to warn of, whichever part "it" is.
        #expect(
            !raised(after: ["my toes go numb on runs", "my calves tighten on long runs", "it eases once i stretch"])
                .contains { ["compartment_acute", "dvt", "limb_ischemia"].contains($0) })
    }
}

/// A line read once for each part "it" may mean costs a warning-sign check each time; where two
/// readings differ only in the terms marked, only the signs that name those terms are checked again.
@Suite("Readings told apart by their words")
struct ReadingsToldApartTests {
    let brain = builtInBrain
    var reference: PartReference { brain.contextMarker.partReference }

    func part(_ line: String) throws -> PartReference.Named {
        let input = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
        return try #require(reference.named(in: FindingsInput(input)).first)
    }

    func reading(_ line: String, as part: PartReference.Named) throws -> FindingsInput {
        let input = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
        return FindingsInput(try #require(reference.reading(input, as: part)))
    }

    /// The signs that could tell `line` read with its "it" as the part `one` names from it read
    /// as the part `other` names, by their ids.
    func signs(telling line: String, as one: String, from other: String) throws -> Set<String> {
        let (a, b) = (try reading(line, as: part(one)), try reading(line, as: part(other)))
        let signs = try #require(PartReference.signsTelling(a, from: b, warningTerms: brain.warningTerms))
        return Set(signs.map { brain.redFlags[Int($0)].id })
    }

    @Test("Two words of one part differ only for the signs that name what differs")
    func wordsOfOnePart() throws {
        let signs = try signs(
            telling: "now it keeps catching the kerb and went white", as: "my foot goes numb", from: "my toe goes numb")
        // "(foot|toe|toes|forefoot) * catching … kerb" names both words: the weakness sign.
        // "~foot", marked in both, is no difference: the signs that name only it are not here.
        #expect(signs.contains("weakness"))
        #expect(signs.count < brain.redFlags.count)
        // The same reading twice: nothing to tell them apart.
        let foot = try reading("now it keeps catching the kerb", as: part("my foot goes numb"))
        #expect(PartReference.signsTelling(foot, from: foot, warningTerms: brain.warningTerms) == [])
    }

    @Test("Parts of other concepts differ for the signs written with either concept")
    func otherParts() throws {
        // A foot gone white and cold is written with `~foot`, which the toes have and the calves not.
        let signs = try signs(
            telling: "they went white and cold and really hurt", as: "my toes go numb",
            from: "my calves tighten on long runs")
        #expect(signs.contains("limb_ischemia"))
    }

    @Test("A reading for red flags keeps their excepts: the benign look-alike still vetoes")
    func exceptsKept() {
        // Shoes that tighten late in a marathon are an except of the low-salt sign; read with
        // "they" as a part, the line must still find that except viable and veto the sign.
        var session = Session(brain: brain)
        for line in [
            "my calves get tight", "my shin is sore", "my feet ache a bit too", "my heel goes dead",
            "my racers started fitting tighter late in the marathon and they went numb",
        ] {
            _ = session.respond(to: line)
        }
        #expect(!session.triage.redFlags.contains("hyponatraemia"))
    }

    @Test("A sign that names only the word checked second is still raised")
    func secondWordStillRaises() {
        // The feet are read first (named last) and raise nothing; the toes, a word of the same
        // part, are checked for the signs that name "toe": the weakness sign is one.
        var session = Session(brain: brain)
        for line in ["my toes go numb on runs", "my feet ache a bit too", "now it keeps catching the kerb"] {
            _ = session.respond(to: line)
        }
        #expect(session.triage.redFlags.contains("weakness"))
    }
}
