/// The chat's slash commands, in one table: the REPL, piped input and transcript replay
/// all go through it, and tab completion and `/help` read it.
public enum SlashCommand: String, CaseIterable, Sendable {
    case help, summary, why, save, restart, quit

    public var usage: String {
        switch self {
        case .help: return "/help"
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
        case .summary: return "what you reported and the advice given (FILE: save it as Markdown)"
        case .why: return "explain how the last reply was chosen"
        case .save: return "save this conversation as a transcript"
        case .restart: return "forget this conversation and start again"
        case .quit: return "leave (Ctrl-D works too)"
        }
    }

    /// Parses "/name argument"; nil when the line is not a slash command.
    public static func parse(_ line: String) -> (command: SlashCommand?, name: String, argument: String?)? {
        guard line.utf8.contains(UInt8(ascii: "/")) else { return nil }  // most lines: not a command
        let trimmed = String(line.trimmedSpaces)
        guard trimmed.hasPrefix("/"), trimmed.count > 1, trimmed.dropFirst().first?.isLetter == true else { return nil }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        let name = String(parts[0]).lowercased()
        let argument = parts.count > 1 ? String(String(parts[1]).trimmedSpaces) : nil
        let aliases: [String: SlashCommand] = ["exit": .quit, "bye": .quit, "reset": .restart, "?": .help]
        return (SlashCommand(rawValue: name) ?? aliases[name], name, argument?.isEmpty == true ? nil : argument)
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
        case .summary:
            let summary = SummaryComposer(brain: brain).summary(of: conversation)
            guard let path = argument else { return .reply(summary) }
            return .writeFile(
                path: path, contents: summary + "\n", confirmation: "Summary saved to \(path) (readable by you only).")
        case .why:
            return .reply(TurnExplainer(brain: brain).explain(lastResult))
        case .save:
            guard let path = argument else { return .error("Usage: /save FILE") }
            return .saveTranscript(path: path)
        case .restart:
            restart()
            return .reply(brain.message(.restarted))
        case .quit:
            return .quit(brain.message(.goodbye))
        }
    }
}
