import ArgumentParser
import BuiltInBrain
import Foundation
import TingleKit

/// tingle: a terminal chat for runners whose feet go numb or tingle.
/// This target is glue: arguments, the terminal, stdin and stdout. The engine is TingleKit.
@main
struct Tingle: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tingle",
        abstract: "A chat assistant for runners whose feet go numb, tingle or fall asleep.",
        // Without this the usage line ends in <subcommand>, though the chat needs none.
        usage: """
            tingle [--intents <DIR> | --brain <FILE>] [--json] [--color <color>] [--history <FILE>] [--record <FILE>]
            tingle <subcommand> [<options>]
            """,
        discussion: """
            With no subcommand, tingle chats: in a terminal with line editing, or line by line \
            when standard input is a pipe or a file. It gives information, not a diagnosis. \
            In an emergency, call your local emergency number.
            Exit status: 0 success, 1 a check or replay found failures, 2 bad usage or bad data.
            """,
        version: version,
        subcommands: [Ask.self, Analyze.self, Check.self, Eval.self, Replay.self, Build.self]
    )

    @OptionGroup var brainOptions: BrainOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var display: DisplayOptions

    @Option(
        help: ArgumentHelp(
            "Keep line-editing history in FILE across chats (created readable by you only). Also TINGLE_HISTORY.",
            valueName: "FILE"), completion: .file())
    var history: String?

    @Option(
        help: ArgumentHelp(
            "Record this conversation as a transcript in FILE (readable by you only); replay it with 'tingle replay FILE'.",
            valueName: "FILE"), completion: .file())
    var record: String?

    /// With no subcommand, tingle chats: in a terminal with line editing, or line by line
    /// when stdin is not a terminal.
    func run() throws {
        try Self.chat(
            brain: try brainOptions.load(), json: output.json, color: display.mode, history: history, record: record)
    }

    /// The chat, given its options as plain values (see `main`, which starts it without the
    /// parser when there are none to parse).
    static func chat(brain: Brain, json: Bool, color: ColorMode, history: String?, record: String?) throws {
        Allocator.trimAfterLoading()
        var session = Session(brain: brain)
        Frontend.connect(&session)
        Frontend.checkRecordTarget(record)
        if Terminal.isInteractive(STDIN_FILENO) && !json {
            // While the runner types, the other core builds the index of misspellings, so the
            // first typo costs nothing to wait for. Piped lines come at once: there it is built
            // on the first unknown word, and a run with none never holds it in memory.
            session.brain.analyzer.corrector.prepareInBackground()
            let environment = ProcessInfo.processInfo.environment["TINGLE_HISTORY"].flatMap { $0.isEmpty ? nil : $0 }
            var chat = InteractiveChat(
                session: session, style: Style(mode: color), historyPath: history ?? environment,
                recordPath: record)
            chat.run()
            if Output.failed { throw ExitCode(1) }
        } else {
            var script = ScriptedChat(
                session: session, json: json, recordPath: record, screen: Screen(color: color))
            script.run()
            // Output is written unbuffered and the recording is saved: ending here skips
            // taking the brain apart, a millisecond of freeing memory the system reclaims anyway.
            Foundation.exit(Output.finalStatus)
        }
    }

    /// Like ParsableCommand.main(), but bad usage exits with 2, as every error of bad input
    /// does, and two mistakes the parser lets pass are usage errors too.
    static func main() {
        Allocator.tune()
        Output.checkStandardDescriptors()
        let arguments = Array(CommandLine.arguments.dropFirst())
        BuiltInBrain.startLoading(for: arguments)
        do {
            // The chat with nothing to parse, or `--json` alone (how a terminal and a script
            // start it), skips the argument parser: it reflects on every command's options
            // and looks for a completion-script request, 13M instructions on the cores the
            // brain loads on, a tenth of the start.
            if arguments.isEmpty || arguments == ["--json"] {
                try chat(
                    brain: try BrainOptions.loadBuiltIn(), json: !arguments.isEmpty, color: .auto, history: nil,
                    record: nil)
                return
            }
            try checkUsage(arguments)
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Output.error(fullMessage(for: error))  // it ends with one "See 'tingle --help'" hint
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// `tingle help nosuch` would print the root help and succeed, and `--version extra`
    /// would ignore the extra words: both are refused, with what to type instead.
    static func checkUsage(_ arguments: [String]) throws {
        // The names only when asked: reading them from the commands is a millisecond of start-up.
        if arguments.first == "help", let name = arguments.dropFirst().first,
            case let names = configuration.subcommands.map({ $0._commandName }), !names.contains(name)
        {
            throw ValidationError(
                "no subcommand '\(Frontend.printable(name))'; the subcommands are \(names.joined(separator: ", "))")
        }
        if arguments.contains("--version") && arguments.count > 1 {
            throw ValidationError("--version takes nothing else; run 'tingle --version' on its own")
        }
    }
}

extension ColorMode: ExpressibleByArgument {}

/// `--color`, for every command that writes to a terminal.
struct DisplayOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Colours on a terminal: auto, always or never (default: auto, which honours NO_COLOR and TERM=dumb).",
            valueName: "WHEN"))
    var color: ColorMode?

    var mode: ColorMode { color ?? .auto }
}

/// `--json`, which the chat and the commands that print results share.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Write JSON: one object per input line in the chat (the scripting contract; see README).")
    var json = false
}

/// Options every command that loads a brain shares.
struct BrainOptions: ParsableArguments {
    @Option(
        name: .customLong("intents"),
        help: ArgumentHelp(
            "Load the brain from this folder of YAML files instead of the built-in one.", valueName: "DIR"),
        completion: .directory)
    var directory: String?

    @Option(
        name: .customLong("brain"),
        help: ArgumentHelp(
            "Load a brain compiled by 'tingle build' (faster to start than --intents for a big brain).",
            valueName: "FILE"),
        completion: .file())
    var compiled: String?

    var isGiven: Bool { directory != nil || compiled != nil }

    func validate() throws {
        if directory != nil && compiled != nil {
            throw ValidationError("give --intents DIR or --brain FILE, not both")
        }
    }

    /// Loads the brain, or prints every problem as FILE:LINE:COLUMN and exits with 2.
    func load() throws -> Brain {
        do {
            if let directory { return try BrainLoader.load(directory: directory) }
            if let compiled {
                return try CompiledBrainFile.load(path: compiled, engine: EmbeddedBrain.builtIn.engineFingerprint)
            }
            return try BuiltInBrain.load()
        } catch {
            throw Self.report(error, directory: directory, compiled: compiled)
        }
    }

    /// The built-in brain, as `load` gives it when no brain option is given.
    static func loadBuiltIn() throws -> Brain {
        do {
            return try BuiltInBrain.load()
        } catch {
            throw report(error, directory: nil, compiled: nil)
        }
    }

    /// Prints every problem of a brain that did not load as FILE:LINE:COLUMN; returns the exit
    /// (2) to throw.
    private static func report(_ error: Problems, directory: String?, compiled: String?) -> ExitCode {
        Output.error(Frontend.printable(error.description))  // quotes from the files may hold control characters
        // A compiled brain's refusal already says what to do.
        guard compiled == nil else { return ExitCode(2) }
        Output.error(
            Frontend.printable(
                "tingle: the brain has \(error.all.count) problem\(error.all.count == 1 ? "" : "s"); run 'tingle check\(directory.map { " --intents \(Frontend.shellQuoted($0))" } ?? "")' after fixing them."
            ))
        return ExitCode(2)
    }
}
