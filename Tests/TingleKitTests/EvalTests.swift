import Foundation
import Testing

@testable import TingleKit

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let evalFolder = packageRoot.appendingPathComponent("Tests/Eval")
/// The shared development set, beside the project (not in it); tests that need it skip without it.
let devSet = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/dev.jsonl")

@Suite("Evaluation")
struct EvalTests {
    func parse(_ text: String) -> Result<[EvalCase], Problems> {
        Result { () throws(Problems) in try EvalFileParser.parse(text, path: "cases.jsonl") }
    }

    func problems(_ text: String) -> [String] {
        if case .failure(let problems) = parse(text) { return problems.all.map(\.description) }
        return []
    }

    @Test("A malformed case is reported at its FILE:LINE, with what to do")
    func malformed() {
        #expect(
            problems("{\"id\": \"a\", \"turns\": [\"hi\"]}\nnot json\n") == [
                "cases.jsonl:2:1: not a JSON object; each line holds one case, {\"id\": …, \"kind\": …, \"turns\": […], \"expect\": {…}}"
            ])
        #expect(problems("{\"id\": \"a\", \"turns\": []}")[0].contains("\"turns\" must be a non-empty list"))
        #expect(
            problems("{\"id\": \"a\", \"turns\": [\"x\"], \"expect\": {\"intnet\": {}}}")[0].contains(
                "unknown expectation \"intnet\""))
        #expect(
            problems("{\"id\": \"a\", \"turns\": [\"x\"], \"expect\": {\"intent\": {\"3\": \"x\"}}}")[0]
                .contains("names turn 3, but the turns are 0 to 0"))
        #expect(
            problems("{\"id\": \"a\", \"turns\": [\"x\"], \"expect\": {\"escalation_max\": \"soon\"}}")[0].contains(
                "must be one of"))
        #expect(
            problems("{\"id\": \"a\", \"turns\": [\"x\"]}\n{\"id\": \"a\", \"turns\": [\"y\"]}")[0].contains(
                "is used twice"))
    }

    @Test("Each expectation can fail, and says at which turn")
    func expectations() throws {
        let text = """
            {"id": "max", "kind": "k", "turns": ["my groin is numb"], "expect": {"escalation_max": "doctor"}}
            {"id": "min", "kind": "k", "turns": ["my toes go numb"], "expect": {"escalation_min": "urgent"}}
            {"id": "intent", "kind": "k", "turns": ["hello"], "expect": {"intent": {"0": "thanks"}}}
            {"id": "filled", "kind": "k", "turns": ["my toes go numb"], "expect": {"filled": {"0": ["onset"]}}}
            {"id": "asking", "kind": "k", "turns": ["my toes go numb"], "expect": {"not_asking": {"0": ["onset"]}}}
            {"id": "pass", "kind": "k", "turns": ["my toes go numb after 3 miles"], "expect": {"filled": {"0": ["onset"]}, "escalation_max": "doctor"}}
            """
        let cases = try parse(text).get()
        let outcomes = cases.map(Evaluator(brain: builtInBrain).run)
        #expect(outcomes.map(\.passed) == [false, false, false, false, false, true])
        #expect(outcomes[0].failures.first?.reason == "level emergency, above the allowed doctor")
        #expect(outcomes[1].underTriaged)
        #expect(outcomes[1].failures.first?.reason == "level none by this turn, expected at least urgent")
        #expect(outcomes[2].failures.first?.reason == "intent greeting, expected thanks")
        #expect(outcomes[3].failures.first?.reason == "slot onset not filled")
        #expect(outcomes[4].failures.first?.reason == "still asking about onset")
        let report = EvalReport(outcomes: outcomes)
        #expect(report.text.hasPrefix("1 of 6 cases passed (17%)"))
        // Under-triaged cases are listed before any other failure.
        let text2 = report.text
        let under = try #require(text2.range(of: "UNDER-TRIAGED (1):"))
        let other = try #require(text2.range(of: "OTHER FAILURES (4):"))
        #expect(under.lowerBound < other.lowerBound)
    }

    @Test("The project's own cases all pass")
    func ownCases() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: evalFolder.path).filter {
            $0.hasSuffix(".jsonl")
        }
        #expect(!files.isEmpty)
        for file in files {
            let path = evalFolder.appendingPathComponent(file).path
            let cases = try EvalFileParser.parse(try String(contentsOfFile: path, encoding: .utf8), path: file)
            for outcome in cases.map(Evaluator(brain: builtInBrain).run) where !outcome.passed {
                Issue.record("\(outcome.evalCase.id): \(outcome.failures.map(\.reason).joined(separator: "; "))")
            }
        }
    }

    @Test(
        "No case of the development set that passed is lost (Tests/Eval/dev-baseline.txt)",
        .enabled(
            if: FileManager.default.fileExists(atPath: devSet.path),
            "the shared development set is not beside the project"))
    func devBaseline() throws {
        let baseline = try String(contentsOf: evalFolder.appendingPathComponent("dev-baseline.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(baseline.count > 300)
        let cases = try EvalFileParser.parse(try String(contentsOf: devSet, encoding: .utf8), path: "dev.jsonl")
        let byID = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0) })
        let evaluator = Evaluator(brain: builtInBrain)
        for id in baseline {
            guard let evalCase = byID[id] else {
                Issue.record("\(id) is in the baseline but not in the set")
                continue
            }
            let outcome = evaluator.run(evalCase)
            if !outcome.passed {
                Issue.record(
                    "\(id) passed before and fails now: \(outcome.failures.map(\.reason).joined(separator: "; "))")
            }
        }
    }
}
