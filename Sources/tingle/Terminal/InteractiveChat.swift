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
        Output.line(style.bold("tingle") + style.dim(" — /help for commands, Ctrl-D to leave"))
        Output.line(session.brain.message(.welcome).trimmingCharacters(in: .newlines) + "\n")
        var transcript = TranscriptRecorder()
        defer { Frontend.saveRecording(transcript, to: recordPath) }
        while true {
            guard case .line(let line) = editor.read(prompt: style.prompt("you›")) else {
                Output.line("\n" + session.brain.message(.goodbye))
                return
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if let (command, name, argument) = SlashCommand.parse(line) {
                let outcome = session.perform(command, name: name, argument: argument)
                if case .reply(let text) = outcome { transcript.record(command: line, reply: text) }
                if !Frontend.handle(outcome, transcript: transcript, style: style) { return }
                Output.line("")
                continue
            }
            let result = session.respond(to: line)
            transcript.record(result)
            Frontend.saveRecording(transcript, to: recordPath)
            // Wrapped at spaces to the current width (read each time: the window may change);
            // colour is added after wrapping so escape codes never count as columns.
            Output.line(Frontend.render(result, style: style, width: Terminal.width()) + "\n")
        }
    }
}
