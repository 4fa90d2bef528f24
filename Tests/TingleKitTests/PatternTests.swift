import BuiltInBrain
import Testing

@testable import TingleKit

@Suite("Pattern language")
struct PatternTests {
    /// A small brain with two concepts of real phrases, to test patterns in isolation.
    static let mini: Brain = {
        let yaml = PatternTests.minimalRest
            .replacingOccurrences(of: "numb: [zzconcept0]", with: "numb: [numb, pins and needles, cannot feel]")
            .replacingOccurrences(of: "foot: [zzconcept1]", with: "foot: [foot, feet, toes, ball of the foot]")
        return try! brain(["rest.yaml": yaml])
    }()

    static let minimalRest = """
        intents:
          - {id: yes, patterns: ["yes"]}
          - {id: no, patterns: ["no"]}
          - {id: dont_know, patterns: ["dunno"]}
          - {id: report_numbness, patterns: ["* numb *"]}
          - {id: ask_assessment, patterns: ["assess"]}
          - {id: greeting, patterns: ["hello"]}
          - {id: thanks, patterns: ["thanks"]}
          - {id: help, patterns: ["help"]}
          - {id: goodbye, patterns: ["bye"]}
          - {id: clarify, patterns: ["huh"]}
          - {id: ask_why, patterns: ["why"]}
        slots:
          - {id: onset, question: "When?"}
          - {id: footwear, question: "Shoes?"}
          - {id: symptoms, question: "Else?", list: true}
        levels:
          emergency: {title: E, message: e}
          urgent: {title: U, message: u}
          doctor: {title: D, message: d}
          selfcare: {title: S, message: s}
        messages: {\(BrainLoader.requiredMessages.map { "\($0): x" }.joined(separator: ", "))}
        concepts: {\(ConceptKey.allCases.enumerated().map { "\($1.rawValue): [\($1 == .negationCues ? Self.minimalCues : "zzconcept\($0)")]" }.joined(separator: ", "))}
        """

    /// The minimal brain's negation cues (`~negation_cues`, which tells what denies).
    static let minimalCues = "no, not, never, without"

    func matches(_ pattern: String, _ text: String) -> Bool {
        let compiled = try! Pattern(parsing: pattern)
        let input = MatchInput(text: Self.mini.analyzer.analyze(text), brain: Self.mini)
        return PatternMatcher.match(compiled, in: input, range: 0..<input.tokens.count) != nil
    }

    @Test func literalsAndWildcards() {
        #expect(matches("what causes *", "what causes numb feet"))
        #expect(!matches("what causes *", "so what causes it"))  // anchored at the start
        #expect(matches("* causes *", "so what causes it"))
        #expect(matches("* tingling *", "my toes tingled"))  // compared by stem
    }

    @Test func optionalsAndAlternatives() {
        #expect(matches("[please] help", "help"))
        #expect(matches("[please] help", "please help"))
        #expect(matches("(hi|hello there) *", "hello there tingle"))
        #expect(!matches("(hi|hello there) *", "hello"))
        #expect(matches("[ok|okay] bye", "okay bye"))
    }

    @Test func concepts() {
        #expect(matches("* ~numb * ~foot *", "pins and needles in the ball of the foot"))
        #expect(matches("* ~numb * ~foot *", "i can't feel my toes"))
        #expect(!matches("* ~numb * ~foot *", "my toes are fine"))
    }

    @Test func anyOrder() {
        #expect(matches("{~foot ~numb}", "toes gone numb"))
        #expect(matches("{~foot ~numb}", "numb, the toes"))
        #expect(!matches("{~foot ~numb}", "numb hands"))
    }

    @Test("A denied word matches only a pattern that also names the negation")
    func negation() {
        #expect(!matches("* pain *", "no pain"))
        #expect(matches("* no pain *", "no pain"))
        #expect(matches("* not sure *", "i'm not sure"))
        #expect(!matches("{~numb}", "not numb"))
    }

    /// The offset counts characters, so a column after an accented or combined letter is right.
    @Test(
        "Syntax errors name the position, in characters",
        arguments: [
            ("(a|b", 2), ("[", 0), ("~", 0), ("a |", 2), ("{}", 0), ("()", 1), ("a ) b", 2),
            ("café (a|b", 7), ("cafe\u{301} ) b", 5), ("日本 ~", 3),
        ])
    func syntaxErrors(pattern: String, offset: Int) {
        #expect(throws: PatternParser.SyntaxError.self) { try PatternParser.parse(pattern) }
        do {
            _ = try PatternParser.parse(pattern)
        } catch {
            #expect(error.offset == offset)
        }
    }

    @Test("A run of literal words is rewritten as a phrase, as input is; each word is still read alone")
    func rewritesSeeRunsOfWords() throws {
        let rewriter = PhraseRewriter(["back to normal": "to normal", "comes back": "returns", "b4": "before"])
        func words(_ source: String) throws -> [PatternElement] {
            try PatternParser.parse(source, rewriter: rewriter).sequence
        }
        let stem = { (word: String) in PatternElement.word(Stemmer.stem(word)) }
        #expect(try words("* back to normal *") == [.wildcard, stem("to"), stem("normal"), .wildcard])
        #expect(try words("(fades|comes back)") == [.choice([[stem("fades")], [stem("returns")]])])
        #expect(try words("numb b4 mile") == [stem("numb"), stem("before"), stem("mile")])
        // Not across an operator: "back" alone, then an optional "to normal", is left as written.
        #expect(try words("back [to normal]") == [stem("back"), .optional([stem("to"), stem("normal")])])
        // Each word read alone: an amount and its unit stay two words in a pattern.
        #expect(try words("20 minutes") == [stem("20"), stem("minutes")])
    }

    @Test("'{{…}}' wants every term within one clause; '{…}' anywhere in the line")
    func withinClause() throws {
        let clause = try Pattern(parsing: "{{~foot ~numb}}")
        let line = try Pattern(parsing: "{~foot ~numb}")
        #expect(clause.withinClause && !line.withinClause)
        #expect(clause.unordered == line.unordered)
        func matches(_ pattern: Pattern, _ text: String) -> Bool {
            let input = MatchInput(text: builtInBrain.analyzer.analyze(text), brain: builtInBrain)
            return PatternMatcher.matches(
                pattern.linked(to: builtInBrain.terms), in: input, range: 0..<input.tokens.count)
        }
        #expect(matches(clause, "my heel and the instep went dead"))
        #expect(!matches(clause, "my heel is bruised but my calf feels numb"))
        #expect(matches(line, "my heel is bruised but my calf feels numb"))
        // "And" before a subject, once the words before it had a verb of their own.
        #expect(!matches(clause, "my heel is bruised and my calf feels numb"))
        #expect(throws: PatternParser.SyntaxError.self) { try Pattern(parsing: "{{~foot ~numb}") }
    }

    @Test func specificity() throws {
        let general = try Pattern(parsing: "* ~numb *")
        let specific = try Pattern(parsing: "* what causes * ~numb *")
        #expect(specific.specificity > general.specificity)
    }

    @Test("A concept phrase of three words or more is also found without its articles, but not one that ends it")
    func phrasesWithoutArticles() {
        let phrases = ConceptPhrases(resolved: [
            "trouble": [["lost", "control", "of", "my", "bladder"]], "spread": [["move", "up", "to", "my"]],
            "other": [["my", "wife"]],
        ])
        let found = Set(phrases.phrases.map(\.stems))
        #expect(found.contains(["lost", "control", "of", "bladder"]))
        #expect(!found.contains(["move", "up", "to"]))
        #expect(!found.contains(["wife"]))
    }

    @Test(
        "The growing term table numbers terms in order, tells a word from a concept of its name, and keeps every id as it grows"
    )
    func growingTermTable() {
        var table = TermTable()
        #expect(table.id(of: .word("numb")) == nil, "an empty table knows nothing")
        #expect(table.id(for: .word("numb")) == 0)
        #expect(table.id(for: .concept("numb")) == 1, "a concept is not the word of its name")
        #expect(table.id(for: .word("numb")) == 0, "asked again, the same id")
        // Far past the first slots: growing places every id again.
        for k in 0..<5_000 { #expect(table.id(for: .word("w\(k)")) == Int32(k + 2)) }
        #expect(table.id(of: .word("w4999")) == 5_001)
        #expect(table.id(of: .concept("numb")) == 1 && table.id(of: .word("numb")) == 0)
        #expect(table.id(of: .concept("w7")) == nil)
        let frozen = table.frozen()
        #expect(frozen.id(of: .word("w123")) == 125 && frozen.id(of: .concept("numb")) == 1)
        #expect(frozen.count == 5_002)
    }

    @Test("The frozen term table finds every term it numbered by its id, and knows no other")
    func frozenTermTable() throws {
        let brain = try BrainLoader.builtIn()
        var words = 0
        var concepts = 0
        for (id, term) in brain.terms.terms.enumerated() {
            #expect(brain.terms.id(of: term) == Int32(id), "\(term)")
            guard case .word(let stem) = term else {
                concepts += 1
                continue
            }
            words += 1
            #expect(brain.wordIDs.id(of: stem) == Int32(id), "\(stem)")
        }
        #expect(words > 500)
        #expect(concepts > 50)
        for unknown in ["", "zzzq", "numbb", "#dist", "feet ", "日本"] {
            #expect(brain.wordIDs.id(of: unknown) == -1, "\(unknown)")
            #expect(brain.terms.id(of: .word(unknown)) == nil, "\(unknown)")
        }
        #expect(brain.terms.id(of: .concept("no_such_concept")) == nil)
    }
}

/// Issue 18: what the intent matcher asks of a pattern is read from its parsed structure,
/// not from how its source string begins.
@Suite("A pattern's shape")
struct PatternShapeTests {
    func shape(_ source: String) throws -> (ordered: Bool, anchored: Bool) {
        let pattern = try Pattern(parsing: source)
        return (pattern.isOrdered, pattern.isAnchoredAtStart)
    }

    @Test func shapes() throws {
        #expect(try shape("my ~foot (go|goes) ~numb *") == (true, true))
        #expect(try shape("[my|both] ~foot ~numb *") == (true, true))
        #expect(try shape("~foot ~numb *") == (true, true))
        #expect(try shape("(mine|my toes) go ~numb *") == (true, true))
        #expect(try shape("* my ~foot ~numb *") == (true, false))
        #expect(try shape("[~lead_words] is it normal *") == (true, false))
        #expect(try shape("[~lead_words|so] is it normal *") == (true, false))
        #expect(try shape("{~numb ~foot}") == (false, false))
        // Where the braces are written does not matter: the ordered part is what opens.
        #expect(try shape("{~numb} my ~foot *") == (true, true))
    }

    @Test("On every pattern of the built-in brain, the shape agrees with the source-prefix rule it replaced")
    func agreesWithTheOldRule() {
        for pattern in builtInBrain.intents.flatMap(\.patterns) {
            let s = pattern.source
            #expect(pattern.isOrdered == !s.hasPrefix("{"), "\(s)")
            #expect(
                pattern.isAnchoredAtStart == !(s.hasPrefix("*") || s.hasPrefix("{") || s.hasPrefix("[~")), "\(s)")
            #expect(
                pattern.conceptNames.contains(ConceptKey.worry.rawValue) == s.includes("~\(ConceptKey.worry.rawValue)"),
                "\(s)")
        }
    }

    @Test("A wildcard's start set is its count, a filter with each id's bit, then the ids, sorted")
    func startSetLayout() throws {
        let pattern = try Pattern(parsing: "* (numb|tingle|pain|~calf_shin|~nosuchconcept) *")
        let linked = try #require(pattern.linked(to: builtInBrain.terms).linked)
        guard case .wildcard(let at) = linked.program[1] else {
            Issue.record("no wildcard at 1: \(linked.program)")
            return
        }
        let offset = Int(at)
        let words = PatternOp.Compiler.filterWords
        let count = Int(linked.starts[offset])
        let filter = Array(linked.starts[(offset + 1)..<(offset + 1 + words)]).map { UInt32(bitPattern: $0) }
        let ids = Array(linked.starts[(offset + 1 + words)..<(offset + 1 + words + count)])
        // Five alternatives, the unknown concept as -1.
        #expect(count == 5 && ids == ids.sorted() && ids.first == -1, "\(ids)")
        for id in ids { #expect(filter[Int((id >> 5) & 7)] & (1 << UInt32(id & 31)) != 0, "\(id)") }
        #expect(filter.map(\.nonzeroBitCount).reduce(0, +) <= count)
        // And the wildcard still finds what follows it, and only that.
        let input = MatchInput(
            text: builtInBrain.analyzer.analyze("after a few miles my toes go numb"), brain: builtInBrain)
        #expect(PatternMatcher.matches(pattern, in: input, range: 0..<input.tokens.count))
        let other = MatchInput(
            text: builtInBrain.analyzer.analyze("after a few miles my toes go cold"), brain: builtInBrain)
        #expect(!PatternMatcher.matches(pattern, in: other, range: 0..<other.tokens.count))
    }
}
