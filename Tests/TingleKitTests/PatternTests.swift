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
        slots: []
        levels:
          emergency: {title: E, message: e}
          urgent: {title: U, message: u}
          doctor: {title: D, message: d}
          selfcare: {title: S, message: s}
        messages: {\(BrainLoader.requiredMessages.map { "\($0): x" }.joined(separator: ", "))}
        concepts: {\(ConceptKey.allCases.enumerated().map { "\($1.rawValue): [zzconcept\($0)]" }.joined(separator: ", "))}
        """

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

    @Test func specificity() throws {
        let general = try Pattern(parsing: "* ~numb *")
        let specific = try Pattern(parsing: "* what causes * ~numb *")
        #expect(specific.specificity > general.specificity)
    }

    @Test("The fast stem lookup agrees with the term table for every word of the brain, and knows no other")
    func wordIDs() throws {
        let brain = try BrainLoader.builtIn()
        var words = 0
        for (term, id) in brain.terms.ids {
            guard case .word(let stem) = term else { continue }
            words += 1
            #expect(brain.wordIDs.id(of: stem) == id, "\(stem)")
        }
        #expect(words > 500)
        for unknown in ["", "zzzq", "numbb", "#dist", "feet ", "日本"] {
            #expect(brain.wordIDs.id(of: unknown) == -1, "\(unknown)")
        }
    }
}
