/// The chat's slash commands, in one table: the REPL, piped input and transcript replay
/// all go through it, and tab completion and `/help` read it.
public enum SlashCommand: String, CaseIterable, Sendable {
    case help, topics, summary, why, save, restart, quit

    public var usage: String {
        switch self {
        case .help: return "/help"
        case .topics: return "/topics"
        case .summary: return "/summary [FILE]"
        case .why: return "/why"
        case .save: return "/save FILE"
        case .restart: return "/restart"
        case .quit: return "/quit"
        }
    }

    public var summary: String {
        switch self {
        case .help: return "show commands and example questions"
        case .topics: return "list every topic I can tell you about; a number picks one"
        case .summary: return "what you reported and the advice given (FILE: save it as Markdown)"
        case .why: return "explain how the last reply was chosen"
        case .save: return "save this conversation as a transcript"
        case .restart: return "forget this conversation and start again"
        case .quit: return "leave (Ctrl-D works too)"
        }
    }

    /// Words that, alone on a line, leave the chat as `/quit` does: people type them
    /// without the slash, and a chat that answers "bye" with "type /quit to leave" is a chore.
    static let leavingWords: Set<String> = [
        "quit", "exit", "bye", "goodbye", "bye bye", "bye now", "bye then", "ok bye", "okay bye", "thanks bye",
        "thank you bye", "cheers bye", "see ya", "see you", "cya", "ta ta",
    ]

    /// Words that, alone on a line, start the chat again as `/restart` does: typed mid-question,
    /// "start over" was read as an answer ("from the start of the run") or kept as the shoes.
    static let restartingWords: Set<String> = [
        "restart", "reset", "start over", "start again", "start afresh", "start from scratch", "begin again",
        "lets start again", "let s start again", "lets start over", "let s start over", "can we start again",
        "can we start over", "can i start again", "can i start over", "new conversation", "new chat",
        "start a new conversation", "start a new chat", "ok start over", "okay start over", "please start over",
        "start over please", "start again please",
    ]

    /// Parses "/name argument" (or a leaving word alone); nil when the line is not a command.
    public static func parse(_ line: String) -> (command: SlashCommand?, name: String, argument: String?)? {
        if line.utf8.count <= 16 {
            // The line's words, punctuation and spacing aside: "Thanks, bye!" is "thanks bye".
            let words = letterWords(line)
            if leavingWords.contains(words) { return (.quit, words, nil) }
        }
        if line.utf8.count <= 40, !line.utf8.contains(UInt8(ascii: "/")) {
            let words = letterWords(line)
            if restartingWords.contains(words) { return (.restart, words, nil) }
        }
        guard line.utf8.contains(UInt8(ascii: "/")) else { return nil }  // most lines: not a command
        let trimmed = String(line.trimmedSpaces)
        guard trimmed.hasPrefix("/"), trimmed.count > 1, trimmed.dropFirst().first?.isLetter == true else { return nil }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        let name = String(parts[0]).lowercased()
        let argument = parts.count > 1 ? String(String(parts[1]).trimmedSpaces) : nil
        let aliases: [String: SlashCommand] = ["exit": .quit, "bye": .quit, "reset": .restart, "?": .help]
        return (SlashCommand(rawValue: name) ?? aliases[name], name, argument?.isEmpty == true ? nil : argument)
    }

    /// The runs of letters of `line`, lowercased, joined by single spaces. A line of ASCII is
    /// read from its bytes, where a letter is A-Z or a-z as `Character.isLetter` says:
    /// lowercasing, splitting and joining Characters cost more than the rest of a short turn.
    static func letterWords(_ line: String) -> String {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else {
            return line.lowercased().split { !$0.isLetter }.joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        var between = false
        for byte in line.utf8 {
            let lower = byte | 0x20
            guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else {
                between = true
                continue
            }
            if between, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
            between = false
            bytes.append(lower)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A file name typed after `/save` or `/summary`, read as a shell reads one word: quotes
    /// around it taken off ('my notes.md'), and a leading ~ or ~/ is the home folder.
    public static func filePath(_ argument: String, home: String?) -> String {
        var path = argument
        if path.count >= 2, let first = path.first, first == "'" || first == "\"", path.last == first {
            path = String(path.dropFirst().dropLast())
        }
        if let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") {
            path = (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst()
        }
        return path
    }

    /// The `/help` text: the commands, then example questions from the brain.
    public static func helpText(brain: Brain) -> String {
        let width = allCases.map(\.usage.count).max() ?? 0
        let lines = allCases.map {
            "  \($0.usage.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.summary)"
        }
        return (["Commands:"] + lines).joined(separator: "\n") + "\n"
            + brain.message(.examples).trimmingCharacters(in: .newlines)
    }

    /// What a front end must do for a command.
    public enum Outcome: Sendable, Equatable {
        case reply(String)
        case quit(String)
        /// Write `contents` to the file (mode 0600), then show `confirmation`.
        case writeFile(path: String, contents: String, confirmation: String)
        /// Save the conversation as a transcript at this path.
        case saveTranscript(path: String)
        case error(String)
    }
}

extension Session {
    /// Runs a slash command against this session.
    public mutating func perform(_ command: SlashCommand?, name: String, argument: String?) -> SlashCommand.Outcome {
        guard let command else {
            let names = SlashCommand.allCases.map { "/\($0.rawValue)" }.joined(separator: " ")
            return .error("Unknown command /\(TextNormalizer.printable(name)). Commands: \(names)")
        }
        switch command {
        case .help:
            return .reply(SlashCommand.helpText(brain: brain))
        case .topics:
            let topics = brain.topics
            listMenu(topics.map(\.intent))
            let width = String(topics.count).count
            let lines = topics.enumerated().map { i, topic in
                "  " + String(repeating: " ", count: width - String(i + 1).count) + "\(i + 1). \(topic.title)"
            }
            return .reply(
                ([brain.message(.topicsHeading)] + lines + [brain.message(.menuPrompt)]).joined(separator: "\n"))
        case .summary:
            // The file carries the date; the screen (and so a recorded transcript) does not.
            let composer = SummaryComposer(brain: brain)
            guard let path = argument.map({ SlashCommand.filePath($0, home: home) }) else {
                return .reply(composer.summary(of: conversation, triage))
            }
            return .writeFile(
                path: path, contents: composer.summary(of: conversation, triage, date: today?()) + "\n",
                confirmation: "Summary saved to \(path) (readable by you only).")
        case .why:
            return .reply(TurnExplainer(brain: brain).explain(lastResult))
        case .save:
            guard let path = argument.map({ SlashCommand.filePath($0, home: home) }) else {
                return .error("Usage: /save FILE")
            }
            return .saveTranscript(path: path)
        case .restart:
            restart()
            return .reply(brain.message(.restarted))
        case .quit:
            return .quit(brain.message(.goodbye))
        }
    }
}
