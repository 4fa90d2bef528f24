import ArgumentParser
import TingleKit

/// `tingle analyze "…"`: every stage of one line, for content authors.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show every stage of one line: tokens, marks, contexts, acts, findings, red flags, ranked intents.",
        discussion: "With --json (before the subcommand: tingle --json analyze …), one JSON object.")

    @ParentCommand var tingle: Tingle
    @OptionGroup(title: "Global options") var brainOption: BrainOptions
    @OptionGroup(title: "Global options") var outputOption: OutputOptions

    @Option(
        help: ArgumentHelp(
            "Read the line as the answer to this slot's question (onset, footwear, symptoms).",
            valueName: "SLOT"))
    var asking: String?

    @Argument(help: "The line to analyse (quote it).")
    var words: [String]

    func validate() throws {
        if words.joined().allSatisfy(\.isWhitespace) { throw ValidationError("give a line to analyse, in quotes") }
    }

    func run() throws {
        let brain = try brainOptions.load()
        if let asking, !brain.slots.contains(where: { $0.id == asking }) {
            Output.error(
                "tingle analyze: no slot '\(Frontend.printable(asking))'; the slots are \(brain.slots.map(\.id).joined(separator: ", "))"
            )
            throw ExitCode(2)
        }
        let analysis = LineAnalysis(brain: brain, line: words.joined(separator: " "), asking: asking)
        Output.line(Frontend.printable(json ? analysis.json : analysis.text))
    }
}
