import Foundation
import TingleKit

/// The chat in a terminal: welcome, prompt, replies, slash commands, goodbye.
struct InteractiveChat {
    var session: Session
    let style: Style
    let historyPath: String?
    let recordPath: String?

    mutating func run() {
        Output.ignoreBrokenPipe()
        let editor = LineEditor(historyPath: historyPath)
        // The window's width is read for each reply: it may change during the chat.
        var screen: Screen { Screen(style: style, width: Terminal.width()) }
        Output.line(style.bold("tingle") + style.dim(" — /help for commands, Ctrl-D to leave"))
        Output.line(screen.wrap(session.brain.message(.welcome).trimmingCharacters(in: .newlines)) + "\n")
        var transcript = TranscriptRecorder()
        var offeredSummary = false
        defer { Frontend.saveRecording(transcript, to: recordPath) }
        while true {
            guard case .line(let line) = editor.read(prompt: style.prompt("you›")) else {
                Output.line("\n" + session.brain.message(.goodbye))
                return
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if let (command, name, argument) = SlashCommand.parse(line, settings: session.brain.settings) {
                let outcome = session.perform(command, name: name, argument: argument)
                if case .reply(let text) = outcome { transcript.record(command: line, reply: text) }
                let (text, goOn, failed) = Frontend.perform(outcome, transcript: transcript)
                var isError = failed
                if case .error = outcome { isError = true }
                let shown = command == .summary && !isError ? screen.markdown(text) : screen.wrap(text)
                Output.line(isError ? style.warning(shown) : shown)
                if !goOn { return }
                Output.line("")
                continue
            }
            let result = session.respond(to: line)
            transcript.record(result)
            Frontend.saveRecording(transcript, to: recordPath)
            Output.line(screen.reply(result) + "\n")
            // Once a chat reaches a view, one line says how to keep a note of it for a doctor.
            if !offeredSummary && result.trace.showedView {
                offeredSummary = true
                Output.line(style.dim(screen.wrap(session.brain.message(.summaryHint))) + "\n")
            }
        }
    }
}
