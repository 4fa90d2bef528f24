import Testing

@testable import TingleKit

@Suite("Slash commands and the chat's edges")
struct SlashCommandTests {
    @Test("A short line's words, read from its bytes, are those its Characters give")
    func letterWords() {
        for line in [
            "Thanks, bye!", "  BYE   now ", "see-ya", "ok.bye\r\n", "x@y[z]`w{", "bye2day", "", "...", "Tschüss, bye",
        ] {
            let characters = line.lowercased().split { !$0.isLetter }.joined(separator: " ")
            #expect(TextNormalizer.letterWords(line) == characters, "\(line)")
        }
        #expect(TextNormalizer.letterWords("Thanks, BYE!") == "thanks bye")
    }

    @Test("A file name after /save or /summary: quotes taken off, ~ is the home folder")
    func filePaths() {
        #expect(SlashCommand.filePath("'my notes.md'", home: "/h") == "my notes.md")
        #expect(SlashCommand.filePath("\"a b.txt\"", home: "/h") == "a b.txt")
        #expect(SlashCommand.filePath("~/feet.md", home: "/home/r") == "/home/r/feet.md")
        #expect(SlashCommand.filePath("~/feet.md", home: "/home/r/") == "/home/r/feet.md")
        #expect(SlashCommand.filePath("~", home: "/home/r") == "/home/r")
        #expect(SlashCommand.filePath("~bob/x", home: "/home/r") == "~bob/x", "another user's home is not guessed")
        #expect(SlashCommand.filePath("~/x", home: nil) == "~/x")
        #expect(SlashCommand.filePath("it's.md", home: nil) == "it's.md", "a lone quote is part of the name")
    }

    @Test("quit, exit and bye alone on a line leave; in a sentence they do not")
    func leavingWords() {
        for line in ["quit", "exit", "Bye!", " bye ", "goodbye.", "EXIT", "ok bye", "Thanks, bye!", "see ya"] {
            #expect(SlashCommand.parse(line, settings: builtInBrain.settings)?.command == .quit, "\(line)")
        }
        for line in ["bye for now, thanks", "my foot quit on me", "exit wound", "ok"] {
            #expect(SlashCommand.parse(line, settings: builtInBrain.settings)?.command != .quit, "\(line)")
        }
    }

    @Test("The lines that leave or start again are the brain's settings, read as their words")
    func leavingAndRestartingLinesAreData() throws {
        let custom = try brain([
            "base.yaml": PatternTests.minimalRest,
            "settings.yaml": "settings:\n  leavingLines: [Ciao!, laters]\n  restartingLines: [\"Go again.\"]\n",
        ])
        #expect(SlashCommand.parse("ciao", settings: custom.settings)?.command == .quit)
        #expect(SlashCommand.parse("Laters!!", settings: custom.settings)?.command == .quit)
        #expect(SlashCommand.parse("go  AGAIN", settings: custom.settings)?.command == .restart)
        #expect(SlashCommand.parse("bye", settings: custom.settings) == nil, "not a line of this brain")
        #expect(SlashCommand.parse("start over", settings: builtInBrain.settings)?.command == .restart)
        #expect(SlashCommand.parse("/bye", settings: custom.settings)?.command == .quit, "the commands stay")
    }

    @Test("/topics lists every topic, numbered, and a number picks one")
    func topics() throws {
        var session = Session(brain: builtInBrain)
        let text = reply(to: .topics, in: &session)
        let topics = builtInBrain.topics
        #expect(topics.count >= 30)
        for (i, topic) in topics.enumerated() { #expect(text.contains("\(i + 1). \(topic.title)")) }
        let ids = Set(topics.map(\.intent))
        for excluded in ["greeting", "help", "yes", "no", "dont_know", "report_numbness", "ask_assessment"] {
            #expect(!ids.contains(excluded), "\(excluded) is not a topic")
        }
        // A topic picked from the list was asked nothing: its answer must not open with a
        // reply to a question ("Yes, …").
        for topic in topics {
            let text = builtInBrain.intent(topic.intent)?.answer.flatMap { builtInBrain.content[$0]?.text } ?? ""
            let first = text.prefix { $0.isLetter }.lowercased()
            #expect(!["yes", "no", "yeah", "nope"].contains(first), "\(topic.intent) opens with '\(first)'")
        }
        let third = topics[2]
        let picked = session.respond(to: "3")
        #expect(picked.intent == third.intent)
        #expect(picked.trace.content == [builtInBrain.intent(third.intent)?.answer].compactMap { $0 })
    }

    @Test("One question (tingle ask): no question or offer left hanging; a report says how to go on")
    func oneShot() {
        var session = Session(brain: builtInBrain)
        session.oneShot = true
        let report = session.respond(to: "my toes go numb after 3 miles")
        #expect(report.reply.hasSuffix(builtInBrain.message(.oneShotMore)))
        let asked = builtInBrain.slots.first { $0.id == report.asking }?.question ?? "no question"
        #expect(!report.reply.contains(asked))
        var faq = Session(brain: builtInBrain)
        faq.oneShot = true
        let answer = faq.respond(to: "what causes numb feet when running?")
        #expect(!answer.reply.hasSuffix("?"))
        #expect(!answer.reply.contains(builtInBrain.message(.oneShotMore)), "an offer just goes")
        // The chat keeps both.
        #expect(converse(["my toes go numb after 3 miles"])[0].reply.contains(asked))
    }

    @Test("A summary carries the front end's date; replay and evaluation have none")
    func summaryDate() {
        var session = Session(brain: builtInBrain)
        _ = session.respond(to: "my toes go numb after 3 miles")
        let undated = reply(to: .summary, in: &session)
        #expect(!undated.contains("Date:"))
        session.today = { "2026-11-30" }
        session.home = "/home/r"
        guard
            case .writeFile(let path, let contents, _) = session.perform(.summary, name: "summary", argument: "~/f.md")
        else {
            Issue.record("summary FILE should write")
            return
        }
        #expect(path == "/home/r/f.md")
        #expect(contents.contains("- Date: 2026-11-30"))
    }

    @Test("/why names the intent --json reports first, the rule's place and the words it used, never pattern source")
    func why() {
        var session = Session(brain: builtInBrain)
        let result = session.respond(to: "what causes it? should I see a doctor?")
        let why = reply(to: .why, in: &session)
        let firstIntent = why.split(separator: "\n").first { $0.hasPrefix("  intent ") }
        #expect(firstIntent?.hasPrefix("  intent \(result.intent ?? "-"),") == true, "\(why)")
        #expect(why.contains("faq.yaml:"))
        #expect(why.contains("on \"what causes it\""))
        for syntax in ["|", "*", "~", "{"] { #expect(!why.contains(syntax), "raw pattern source: \(why)") }
        _ = session.respond(to: "my groin is numb")
        let flag = reply(to: .why, in: &session)
        #expect(flag.contains("cauda_equina (emergency) on \"groin … numb\", the pattern at dialogue/red-flags.yaml:"))
    }

    @Test("Coverage counts every content entry a reply shows, whichever path showed it")
    func coverage() {
        var coverage = Coverage()
        for result in converse(["i dunno really"]) { coverage.record(result) }
        #expect(coverage.content.contains("dont_know"))
    }
}
