import Testing

@testable import TingleKit

/// Issue 13: data that used to pass `check` but was wrong is refused at FILE:LINE:COLUMN.
@Suite("check refuses wrong data")
struct CheckRefusalsTests {
    func problems(_ extra: String) -> [String] {
        do throws(Problems) {
            _ = try brain(["base.yaml": PatternTests.minimalRest, "extra.yaml": extra])
            return []
        } catch {
            return error.all.map(\.description)
        }
    }

    @Test(
        "nan, inf and 1e309 are not numbers a setting or a weight can be",
        arguments: ["nan", "inf", "-inf", "1e309", "NaN"])
    func nonFinite(value: String) {
        #expect(
            problems("settings:\n  keywordThreshold: \(value)\n")
                == ["extra.yaml:2:21: 'settings.keywordThreshold' should be a finite number, not '\(value)'"])
        #expect(
            problems("intents:\n  - id: zz\n    patterns: [\"* zz *\"]\n    keywords: {zz: \(value)}\n")
                == ["extra.yaml:4:20: 'intents[0].keywords.zz' should be a finite number, not '\(value)'"])
        #expect(problems("settings:\n  keywordThreshold: 2.5e3\n").isEmpty)
    }

    @Test(
        "Escape sequences, C1 controls and bidi overrides in brain text are refused",
        arguments: [
            ("\\e]52;c;aGk=\\a", "U+001B"), ("\\e]0;title\\a", "U+001B"), ("\\e[2J", "U+001B"),
            ("\\u202E", "U+202E"), ("\\x9B", "U+009B"), ("\\u2066", "U+2066"),
        ])
    func controlCharacters(escape: String, code: String) {
        let found = problems("content:\n  - {id: zz, title: t, source: s, text: \"before \(escape) after\"}\n")
        #expect(
            found == [
                "extra.yaml:2:41: 'content[0].text' holds the control character \(code), which would reach the terminal as a command; remove it"
            ],
            "\(found)")
        #expect(problems("content:\n  - {id: zz, title: t, source: s, text: \"a tab\\there\"}\n").isEmpty)
    }

    @Test("An empty id is refused")
    func emptyID() {
        #expect(
            problems("intents:\n  - id: \"\"\n    patterns: [\"* zz *\"]\n")
                == ["extra.yaml:2:9: 'intents[0].id' is empty; give it a name (other rules refer to it by this id)"])
    }

    @Test(
        "A pattern that requires no word or concept ('*', '[please] *') is refused",
        arguments: ["*", "* *", "[please] *"])
    func matchEverything(pattern: String) {
        #expect(
            problems("intents:\n  - id: zz\n    patterns: [\"\(pattern)\"]\n")
                == [
                    "extra.yaml:3:16: pattern '\(pattern)' requires no word or concept, so it matches almost any sentence; name at least one word or concept outside '[…]'"
                ])
    }

    @Test("startIntent naming no intent is reported where it is set, not at line 1 of the first file")
    func startIntentLocation() {
        #expect(
            problems("settings:\n  startIntent: nosuch\n")
                == [
                    "extra.yaml:2:16: the brain has no intent 'nosuch', which the dialogue needs to start an assessment (settings.startIntent); add it under 'intents:'"
                ])
    }

    @Test("A duplicate key is reported where it is written the second time, not at the mapping's first key")
    func duplicateKeyPlace() {
        #expect(
            problems("messages:\n  welcome: hi\n  goodbye: bye\n  welcome: again\n")
                == ["extra.yaml:4:3: the key 'welcome' appears twice in one mapping"])
        #expect(
            problems("intents:\n  - id: a\n    patterns: [\"a b\"]\n    id: b\n")
                == ["extra.yaml:4:5: the key 'id' appears twice in one mapping"])
    }

    @Test("An unclosed quote is reported at its opening quote, not where the file ends")
    func unclosedQuotePlace() {
        #expect(
            problems("messages:\n  welcome: \"hi there\n  goodbye: bye\n")
                == ["extra.yaml:2:12: YAML syntax: found unexpected end of stream (while scanning a quoted scalar)"])
    }

    @Test("A NUL byte is reported at its line and column")
    func nulPlace() {
        #expect(
            problems("messages:\n  welcome: hi\u{0}\n") == ["extra.yaml:2:14: YAML: control characters are not allowed"]
        )
    }

    @Test("An empty concept and a phrase with no word are refused")
    func emptyConcepts() {
        #expect(
            problems("concepts:\n  zz: []\n") == [
                "extra.yaml:2:3: concept 'zz' has no phrases; give it at least one, or remove it"
            ])
        #expect(
            problems("concepts:\n  zz: [\"!!!\", \"\", fine]\n") == [
                "extra.yaml:2:3: concept 'zz' has the phrase '!!!', which holds no word (punctuation and emoji are not read); remove it",
                "extra.yaml:2:3: concept 'zz' has the phrase '', which holds no word (punctuation and emoji are not read); remove it",
            ])
    }
}

@Suite("Recordings replay")
struct RecordingReplayTests {
    @Test("A line that cleans to nothing is recorded so that the recording still reads and replays green")
    func blankAfterCleaning() throws {
        var session = Session(brain: builtInBrain)
        var recorder = TranscriptRecorder()
        for line in ["hello", "\u{1B}\u{1B}", "\u{1B}[2J", "my toes go numb"] {
            recorder.record(session.respond(to: line))
        }
        let transcript = try TranscriptParser.parse(recorder.text, path: "recorded.txt")
        #expect(transcript.turns.count == 4)
        let report = TranscriptReplayer(brain: builtInBrain).replay(transcript)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.message))")
    }
}
