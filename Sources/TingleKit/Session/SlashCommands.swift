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

    /// Parses "/name argument", or a line the brain's settings say leaves the chat or starts it
    /// again ("bye", "start over": `leavingLines`, `restartingLines`; people type them without
    /// the slash, and a chat that answers "bye" with "type /quit to leave" is a chore); nil
    /// when the line is not a command.
    public static func parse(_ line: String, settings: Brain.Settings) -> (
        command: SlashCommand?, name: String, argument: String?
    )? {
        // Whether the line holds a "/", on its bytes in one piece: walking the UTF-8 view, twice,
        // cost more than the rest of reading a short line.
        let slash = UInt8(ascii: "/")
        let hasSlash = line.utf8.withContiguousStorageIfAvailable { $0.contains(slash) } ?? line.utf8.contains(slash)
        // Only a short line can be one of them: a long one is never read for its words.
        if line.utf8.count <= 40, !hasSlash {
            // The line's words, punctuation and spacing aside: "Thanks, bye!" is "thanks bye".
            let words = TextNormalizer.letterWords(line)
            if settings.leavingLines.contains(words) { return (.quit, words, nil) }
            if settings.restartingLines.contains(words) { return (.restart, words, nil) }
        }
        guard hasSlash else { return nil }  // most lines: not a command
        let trimmed = String(line.trimmedSpaces)
        guard trimmed.hasPrefix("/"), trimmed.count > 1, trimmed.dropFirst().first?.isLetter == true else { return nil }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        let name = String(parts[0]).lowercased()
        let argument = parts.count > 1 ? String(String(parts[1]).trimmedSpaces) : nil
        let aliases: [String: SlashCommand] = ["exit": .quit, "bye": .quit, "reset": .restart, "?": .help]
        return (SlashCommand(rawValue: name) ?? aliases[name], name, argument?.isEmpty == true ? nil : argument)
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
