import ArgumentParser
import Foundation
import TingleKit

/// The default command: an interactive chat in a terminal, or line-by-line replies when
/// standard input is not a terminal.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chat (the default). Reads from a pipe or file line by line when stdin is not a terminal.")

    @OptionGroup var brainOptions: BrainOptions

    @Flag(help: "Write one JSON object per input line (the scripting contract; see README).")
    var json = false

    @Option(help: "Colours in the chat: auto, always or never. auto honours NO_COLOR and TERM=dumb.")
    var color: ColorMode = .auto

    @Option(help: ArgumentHelp(
        "Keep line-editing history in FILE across chats (created readable by you only). Also TINGLE_HISTORY.",
        valueName: "FILE"))
    var history: String?

    func run() throws {
        let brain = try brainOptions.load()
        let session = Session(brain: brain)
        if Terminal.isInteractive(FileHandle.standardInput.fileDescriptor) && !json {
            let historyPath = history ?? ProcessInfo.processInfo.environment["TINGLE_HISTORY"].flatMap { $0.isEmpty ? nil : $0 }
            var chat = InteractiveChat(session: session, style: Style(mode: color), historyPath: historyPath)
            chat.run()
        } else {
            var script = ScriptedChat(session: session, json: json)
            script.run()
        }
    }
}

extension ColorMode: ExpressibleByArgument {}
