import ArgumentParser
import TingleKit

/// `tingle ask "…"`: answers one question and exits.
struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Answer one question and exit.")

    @OptionGroup var brainOptions: BrainOptions

    @Flag(help: "Write the answer as one JSON object.")
    var json = false

    @Argument(help: "What to ask, in your own words (quote it).")
    var words: [String]

    func run() throws {
        var session = Session(brain: try brainOptions.load())
        let result = session.respond(to: words.joined(separator: " "))
        Output.line(json ? result.jsonLine : result.reply)
    }
}
