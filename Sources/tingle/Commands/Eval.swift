import ArgumentParser
import Foundation
import TingleKit

/// `tingle eval`: runs labelled conversations and reports how many tingle gets right.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run labelled conversations (JSON lines) and report pass rates per kind.",
        discussion: """
            Each case runs in a fresh session. The report gives pass rates per kind, expected \
            against given level, the under-triaged cases first, then the other failures with \
            their turn and reason. The format is in the README ("Evaluation").
            Exit status: 0 every case passed (or every --baseline case did), 1 a case failed, \
            2 a malformed file.
            """)

    @ParentCommand var tingle: Tingle
    @OptionGroup(title: "Global options") var brainOption: BrainOptions
    @OptionGroup(title: "Global options") var outputOption: OutputOptions

    @Argument(help: "Evaluation files, one JSON case a line.", completion: .file(extensions: ["jsonl"]))
    var files: [String]

    @Option(
        help: ArgumentHelp(
            "A file of case ids (one a line) that must pass; with it, only those failing make the exit status 1.",
            valueName: "FILE"), completion: .file())
    var baseline: String?

    @Flag(
        name: .customLong("passing-ids"),
        help: "Print only the ids of the passing cases, one a line (to write a --baseline file).")
    var passingIDs = false

    func run() throws {
        let brain = try brainOptions.load()
        var cases: [EvalCase] = []
        var malformed = false
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                Output.error(Frontend.printable("\(file): cannot read this file (missing, unreadable or not UTF-8)"))
                malformed = true
                continue
            }
            do {
                cases += try EvalFileParser.parse(text, path: file)
            } catch {
                for problem in error.all { Output.error(Frontend.printable(problem.description)) }
                malformed = true
            }
        }
        if malformed { throw ExitCode(2) }
        let evaluator = Evaluator(brain: brain)
        let report = EvalReport(outcomes: cases.map(evaluator.run))
        if passingIDs {
            for outcome in report.outcomes where outcome.passed { Output.line(outcome.evalCase.id) }
        } else {
            Output.line(Frontend.printable(json ? report.json : report.text))
        }
        if let baseline {
            guard let text = try? String(contentsOfFile: baseline, encoding: .utf8) else {
                Output.error(Frontend.printable("\(baseline): cannot read the baseline file"))
                throw ExitCode(2)
            }
            let required = Set(
                text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") })
            let lost = report.outcomes.filter { required.contains($0.evalCase.id) && !$0.passed }.map(\.evalCase.id)
            if !lost.isEmpty {
                Output.error(
                    "tingle eval: \(lost.count) case\(lost.count == 1 ? "" : "s") of the baseline failed: \(lost.joined(separator: ", "))"
                )
                throw ExitCode(1)
            }
            return
        }
        if report.passed < report.outcomes.count { throw ExitCode(1) }
    }
}
