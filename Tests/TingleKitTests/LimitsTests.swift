import Testing

@testable import TingleKit

/// Issue 13: the limits that keep hostile brains and lines from crashing tingle or making a
/// turn cost more than linear time. Costs are counted in matcher steps, not measured in time.
@Suite("Limits: nesting, pattern size, matching cost")
struct LimitsTests {
    func nested(_ depth: Int) -> String {
        String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
    }

    @Test("A pattern nested 25,000 deep is a syntax error at the first bracket too deep, not a stack overflow")
    func deepNesting() {
        do throws(PatternParser.SyntaxError) {
            _ = try PatternParser.parse(nested(25_000))
            Issue.record("a pattern nested 25,000 deep parsed")
        } catch {
            #expect(error.offset == PatternParser.maxNesting)
            #expect(error.message.contains("nested more than 32 deep"))
        }
        do throws(PatternParser.SyntaxError) {
            _ = try PatternParser.parse(
                "* " + String(repeating: "[", count: 40) + "a" + String(repeating: "]", count: 40))
            Issue.record("optional brackets nested 40 deep parsed")
        } catch {
            #expect(error.offset == 2 + PatternParser.maxNesting)
        }
        #expect((try? PatternParser.parse(nested(PatternParser.maxNesting))) != nil, "32 deep is allowed")
    }

    @Test("A pattern longer than 2,000 characters is refused (the matcher recurses once an element)")
    func longPattern() {
        let long = String(repeating: "a ", count: 1_001)
        do throws(PatternParser.SyntaxError) {
            _ = try PatternParser.parse(long)
            Issue.record("a pattern of \(long.count) characters parsed")
        } catch {
            #expect(error.offset == PatternParser.maxLength)
            #expect(error.message.contains("longer than 2000 characters"))
        }
        #expect((try? PatternParser.parse(String(long.dropLast(3)))) != nil)
    }

    @Test("A brain with a pattern nested too deep is refused at FILE:LINE:COLUMN of the bracket")
    func deepNestingInABrain() {
        let extra = "intents:\n  - id: deep\n    patterns: [\"\(nested(25_000))\"]\n"
        do throws(Problems) {
            _ = try brain(["base.yaml": PatternTests.minimalRest, "deep.yaml": extra])
            Issue.record("the brain loaded")
        } catch {
            let found = error.all.map(\.description)
            // The pattern's place (column 16, its quote) plus the offset of the 33rd bracket,
            // as every pattern syntax error is placed; the pattern quoted only in part.
            #expect(
                found == [
                    "deep.yaml:3:\(16 + PatternParser.maxNesting): pattern '\(String(repeating: "(", count: 60))…': brackets are nested more than 32 deep; write the pattern flatter (or as several patterns)"
                ],
                "\(found.map { String($0.prefix(200)) })")
        }
    }

    /// Steps one pattern takes to (fail to) match `line` on `brain`.
    func steps(_ pattern: String, _ line: String, brain: Brain) throws -> (matched: Bool, steps: Int, exhausted: Bool) {
        let compiled = try Pattern(parsing: pattern)
        let input = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
        let matched = PatternMatcher.matches(compiled, in: input, range: 0..<input.tokens.count)
        return (matched, input.budget.used, input.budget.exhausted)
    }

    @Test("'* zq * zq … * zr' on a long line of 'zq' fails in a number of steps linear in the line, not exponential")
    func exponentialPattern() throws {
        let pattern = "* zq * zq * zq * zq * zq * zq * zq * zr"
        var counts: [Int] = []
        for words in [100, 200, 400] {
            let result = try steps(
                pattern, Array(repeating: "zq", count: words).joined(separator: " "), brain: PatternTests.mini)
            #expect(!result.matched)
            #expect(!result.exhausted, "the budget was spent at \(words) words: backtracking is not bounded")
            counts.append(result.steps)
        }
        // Twice the words, at most a little over twice the steps (a cost of n² would be 4×).
        #expect(counts[1] <= counts[0] * 5 / 2 && counts[2] <= counts[1] * 5 / 2, "steps: \(counts)")
        // And it still matches when it should.
        #expect(
            try steps(
                pattern, Array(repeating: "zq", count: 50).joined(separator: " ") + " zr", brain: PatternTests.mini
            ).matched)
    }

    @Test("A negated line does not defeat the memo: 'no zq' repeated, with a pattern that must match the cues")
    func negatedLine() throws {
        let pattern = "* [no] zq * [no] zq * [no] zq * [no] zq * zr"
        var counts: [Int] = []
        for words in [100, 200, 400] {
            let line = (0..<words).map { $0 % 2 == 0 ? "no" : "zq" }.joined(separator: " ")
            let result = try steps(pattern, line, brain: PatternTests.mini)
            #expect(!result.matched && !result.exhausted)
            counts.append(result.steps)
        }
        #expect(counts[1] <= counts[0] * 5 / 2 && counts[2] <= counts[1] * 5 / 2, "steps: \(counts)")
    }

    @Test("Matching every pattern of the built-in brain on a line costs steps linear in the line's length")
    func linearTurn() {
        func cost(_ repeats: Int) -> Int {
            let line = String(
                repeating: "my foot goes white and my toes go numb and it does not hurt but i cannot feel my feet and ",
                count: repeats)
            let input = MatchInput(text: builtInBrain.analyzer.analyze(line), brain: builtInBrain)
            let whole = 0..<input.tokens.count
            for pattern in builtInBrain.intents.flatMap(\.patterns) + builtInBrain.redFlags.flatMap(\.patterns)
                + builtInBrain.symptoms.flatMap(\.patterns)
            {
                _ = PatternMatcher.matches(pattern, in: input, range: whole)
            }
            #expect(!input.budget.exhausted)
            return input.budget.used
        }
        let counts = [5, 10, 20].map(cost)
        #expect(counts[1] <= counts[0] * 5 / 2 && counts[2] <= counts[1] * 5 / 2, "steps: \(counts)")
    }

    @Test("A line is too long by its characters, not its bytes")
    func tooLongByCharacters() {
        let limit = builtInBrain.settings.maxInputLength
        func reply(_ line: String) -> String {
            var session = Session(brain: builtInBrain)
            return session.respond(to: line).reply
        }
        let tooLong = reply(String(repeating: "a ", count: limit))
        // Two bytes a character: over the limit in bytes, at it in characters.
        #expect(reply(String(repeating: "é", count: limit)) != tooLong)
        #expect(reply(String(repeating: "é", count: limit + 1)) == tooLong)
    }

    @Test("A choice's branches that cannot begin where it is tried still count a step each")
    func choiceStepsCounted() throws {
        // entry, split, 'numb' (fails), split, 'tingle' (fails), 'pain', end: seven steps.
        let words = try steps("(numb|tingle|pain)", "pain", brain: builtInBrain)
        #expect(words.matched && words.steps == 7, "\(words)")
        // entry, split, ~foot (no foot here), 'numb', end.
        let concept = try steps("(~foot|numb)", "numb", brain: builtInBrain)
        #expect(concept.matched && concept.steps == 5, "\(concept)")
        // entry, split, 'numb' (fails), 'pain', split, 'numb', jump, end.
        let twice = try steps("(numb|pain) (numb|pain)", "pain numb", brain: builtInBrain)
        #expect(twice.matched && twice.steps == 8, "\(twice)")
    }

    @Test("When the step budget is spent, matching fails at once for the rest of the line (bounded, not hung)")
    func budgetFailsSafe() throws {
        let compiled = try Pattern(parsing: "* zq *")
        let input = MatchInput(text: PatternTests.mini.analyzer.analyze("zq zq"), brain: PatternTests.mini)
        #expect(PatternMatcher.matches(compiled, in: input, range: 0..<2))
        input.budget.used = StepBudget.limit
        #expect(!PatternMatcher.matches(compiled, in: input, range: 0..<2))
        #expect(input.budget.exhausted)
    }

    /// The problems of the minimal brain plus one extra file (empty when it loads).
    func problems(_ extra: String, file: String = "extra.yaml") -> [String] {
        do throws(Problems) {
            _ = try brain(["base.yaml": PatternTests.minimalRest, file: extra])
            return []
        } catch {
            return error.all.map(\.description)
        }
    }

    @Test("A YAML alias bomb (400 aliases of a 300-word anchor) is refused at the entry where it passes 100,000 values")
    func aliasBomb() {
        let anchor = "  a: &a [" + (0..<300).map { "w\($0)" }.joined(separator: ", ") + "]\n"
        let aliases = (0..<400).map { "  c\($0): *a\n" }.joined()
        let found = problems("concepts:\n" + anchor + aliases)
        // 1 + 1 + (1 + 300 + 1 key) per concept: the 331st alias (line 333) passes the limit.
        #expect(
            found == [
                "extra.yaml:333:3: the file holds more than 100000 values from here on, counting each alias (*name) as a full copy of its anchor; repeat fewer aliases or split the file"
            ],
            "\(found)")
        // A few aliases are fine.
        #expect(problems("concepts:\n" + anchor + "  b: *a\n").isEmpty)
    }

    @Test("A concept including the next one twice, 22 deep, stands for its 23 distinct phrases, not 2²² copies")
    func conceptDoubling() throws {
        var yaml = "concepts:\n"
        for i in 0..<22 { yaml += "  c\(i): [~c\(i + 1), ~c\(i + 1), word\(i)]\n" }
        yaml += "  c22: [word]\n"
        let loaded = try brain(["base.yaml": PatternTests.minimalRest, "concepts.yaml": yaml])
        #expect(loaded.concepts.names.contains("c0"))
        // Beside the built-in concepts' own phrases (the numbers said with no unit).
        let builtIn = Set(ConceptTable.builtIn.values.flatMap { $0 }).count
        #expect(loaded.concepts.phrases.count < builtIn + 100)
    }

    @Test("A concept that stands for more than 10,000 distinct phrases is refused at its place")
    func conceptTooLarge() {
        var yaml = "concepts:\n"
        for i in 0..<11 { yaml += "  p\(i): [" + (0..<1_000).map { "x\(i)y\($0)" }.joined(separator: ", ") + "]\n" }
        yaml += "  all: [" + (0..<11).map { "~p\($0)" }.joined(separator: ", ") + "]\n"
        let found = problems(yaml)
        #expect(
            found == [
                "extra.yaml:13:3: concept 'all' stands for more than 10000 phrases once its '~' includes are expanded; include fewer concepts"
            ],
            "\(found.map { $0.prefix(200) })")
    }

    @Test(
        "A '</' expression that could backtrack exponentially is a malformed transcript at FILE:LINE:COLUMN",
        arguments: [("^Unknown command /(a+)+$", 22), ("(?:\\w+\\s?)*$", 4), ("(ab|a)*c", 4), ("(x)\\1", 7)])
    func runawayRegex(regex: String, column: Int) {
        do throws(Problems) {
            _ = try TranscriptParser.parse("> hello\n</ \(regex)\n", path: "t.txt")
            Issue.record("'\(regex)' was accepted")
        } catch {
            let found = error.all.map(\.description)
            #expect(found.count == 1 && found[0].hasPrefix("t.txt:2:\(column): '</' "), "\(found)")
        }
    }

    @Test("A '</' expression too costly for a reply line fails that turn at its FILE:LINE instead of running")
    func regexBudget() throws {
        // '.*.*.*x' on a 300-character line took 22 s in a release build.
        let transcript = try TranscriptParser.parse("> hello\n</ .*.*.*x\n", path: "t.txt")
        let report = TranscriptReplayer(brain: builtInBrain).replay(transcript)
        #expect(report.failures.map(\.line) == [2])
        #expect(report.failures.first?.message.contains("could take too long on a reply line") == true)
        // What transcripts use is affordable on any reply line a session can give.
        let long = String(repeating: "a", count: 5_000)
        #expect(TranscriptReplayer.affordable("^EMERGENCY", on: long))
        #expect(TranscriptReplayer.affordable("^See a doctor.*today", on: long))
        #expect(!TranscriptReplayer.affordable(".*.*.*x", on: String(repeating: "a", count: 300)))
    }

    /// SplitMix64: the same cases on every run.
    struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test(
        "Remembering failures never changes a match: 5,000 random patterns and lines, with and without negation, agree with plain backtracking"
    )
    func memoIsSound() throws {
        var random = Seeded(state: 13)
        let words = [
            "zq", "zr", "no", "not", "numb", "foot", "feet", "and", "never", "pins", "needles", "cannot", "feel",
        ]
        func element(_ depth: Int) -> String {
            switch random.next(depth > 1 ? 5 : 8) {
            case 0, 1: return "*"
            case 2: return "~numb"
            case 3: return "~foot"
            case 4: return words[random.next(words.count)]
            case 5: return "[" + branch(depth + 1) + "]"
            case 6: return "(" + branch(depth + 1) + "|" + branch(depth + 1) + ")"
            default: return "{" + words[random.next(words.count)] + "}"
            }
        }
        // One or two elements: a branch that matches a negation cue and one that does not
        // reach the same place by different paths, which is what the memo must tell apart.
        func branch(_ depth: Int) -> String {
            (0..<(1 + random.next(2))).map { _ in element(depth) }.joined(separator: " ")
        }
        var disagreements: [String] = []
        for _ in 0..<5_000 {
            let pattern = (0..<(1 + random.next(6))).map { _ in element(0) }.joined(separator: " ")
            let line = (0..<random.next(14)).map { _ in words[random.next(words.count)] }.joined(separator: " ")
            guard let compiled = try? Pattern(parsing: pattern) else { continue }
            let brain = PatternTests.mini
            let input = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
            for range in [0..<input.tokens.count] + input.text.sentences {
                let plain = PatternMatcher.match(compiled, in: input, range: range, memoAfter: .max)
                let remembering = PatternMatcher.match(compiled, in: input, range: range, memoAfter: 0)
                if plain != remembering { disagreements.append("'\(pattern)' on '\(line)' \(range)") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }
}
