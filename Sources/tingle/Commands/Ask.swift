import ArgumentParser
import TingleKit

/// `tingle ask "…"`: answers one question and exits.
struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: "Answer one question and exit.")

    @ParentCommand var tingle: Tingle
    @OptionGroup(title: "Global options") var brainOption: BrainOptions
    @OptionGroup(title: "Global options") var displayOption: DisplayOptions
    @OptionGroup(title: "Global options") var outputOption: OutputOptions

    @Argument(help: "What to ask, in your own words (quote it).")
    var words: [String]

    func validate() throws {
        if words.joined().allSatisfy(\.isWhitespace) { throw ValidationError("give a question, in quotes") }
    }

    func run() throws {
        var session = Session(brain: try brainOptions.load())
        session.oneShot = true
        let result = session.respond(to: words.joined(separator: " "))
        Output.line(json ? result.jsonLine : Screen(color: color).reply(result))
    }
}
