import ArgumentParser
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
        discussion: """
            With no subcommand, tingle chats: in a terminal with line editing, or line by line \
            when standard input is a pipe or a file. It gives information, not a diagnosis. \
            In an emergency, call your local emergency number.
            Exit status: 0 success, 1 a check or replay found failures, 2 bad usage or bad data.
            """,
        version: version,
        subcommands: [Chat.self, Ask.self, Check.self],
        defaultSubcommand: Chat.self
    )
}

/// Options every command that loads a brain shares.
struct BrainOptions: ParsableArguments {
    @Option(name: .customLong("intents"), help: ArgumentHelp(
        "Load the brain from this folder of YAML files instead of the built-in one.", valueName: "DIR"))
    var directory: String?

    /// Loads the brain, or prints every problem as FILE:LINE:COLUMN and exits with 2.
    func load() throws -> Brain {
        do {
            if let directory { return try BrainLoader.load(directory: directory) }
            return try BrainLoader.builtIn()
        } catch {
            Output.error(error.description)
            Output.error("tingle: the brain has \(error.all.count) problem\(error.all.count == 1 ? "" : "s"); run 'tingle check\(directory.map { " --intents \($0)" } ?? "")' after fixing them.")
            throw ExitCode(2)
        }
    }
}
