import ArgumentParser
import TingleKit

/// `tingle check`: validates a brain and reports every problem as FILE:LINE:COLUMN.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a brain: syntax, types, references, examples, shadowed patterns, unreachable content.")

    @ParentCommand var tingle: Tingle
    @OptionGroup(title: "Global options") var brainOption: BrainOptions

    func run() throws {
        let brain = try brainOptions.load()
        let problems = BrainChecker(brain: brain).check()
        for problem in problems { Output.error(Frontend.printable(problem.description)) }
        let name = brainOptions.directory ?? brainOptions.compiled ?? "the built-in brain"
        guard problems.isEmpty else {
            Output.error(
                Frontend.printable(
                    "tingle check: \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(name)"))
            throw ExitCode(2)
        }
        let examples = brain.intents.reduce(0) { $0 + $1.examples.count }
        Output.line(
            Frontend.printable(
                "\(name): OK — \(brain.intents.count) intents, \(examples) examples, \(brain.content.count) content entries, \(brain.redFlags.count) red flags"
            ))
    }
}
