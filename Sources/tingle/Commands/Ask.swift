import ArgumentParser
import TingleKit

/// `tingle ask "…"`: answers one question and exits.
struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Answer one question and exit.")

    /// `--intents` and `--json` belong to the root command and apply here too.
    @ParentCommand var tingle: Tingle

    @Argument(help: "What to ask, in your own words (quote it).")
    var words: [String]

    func run() throws {
        var session = Session(brain: try tingle.brainOptions.load())
        let result = session.respond(to: words.joined(separator: " "))
        Output.line(tingle.json ? result.jsonLine : result.reply)
    }
}
