import ArgumentParser
import Foundation
import TingleKit

/// `tingle replay`: replays transcripts as regression tests.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcripts (files or folders; default Transcripts/) and compare every reply.",
        discussion: "Exit status: 0 all passed, 1 some failed, 2 a transcript is malformed.")

    @ParentCommand var tingle: Tingle
    @OptionGroup(title: "Global options") var brainOption: BrainOptions
    @OptionGroup(title: "Global options") var displayOption: DisplayOptions

    @Argument(help: "Transcript files or folders of .txt transcripts.", completion: .file(extensions: ["txt"]))
    var paths: [String] = ["Transcripts"]

    @Flag(help: "Rewrite the expected replies of failing transcripts from the actual replies (review with git diff).")
    var update = false

    @Flag(help: "Report which intents, states, red flags and content entries the transcripts exercised.")
    var coverage = false

    func run() throws {
        let brain = try brainOptions.load()
        let replayer = TranscriptReplayer(brain: brain)
        var passed = 0
        var failed = 0
        var malformed = 0
        var total = Coverage()
        let screen = Screen(color: color)
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let files = try Self.transcriptFiles(in: paths)
        for file in files {
            let transcript: Transcript
            do {
                transcript = try TranscriptParser.parse(try Self.read(file), path: file)
            } catch let problems as Problems {
                malformed += 1
                Output.line(screen.verdict(Frontend.printable("MALFORMED \(file)")))
                for problem in problems.all { Output.error(Frontend.printable(problem.description)) }
                continue
            }
            let report = replayer.replay(transcript)
            total.merge(report.coverage)
            guard let first = report.failures.first else {
                passed += 1
                Output.line(
                    screen.verdict(Frontend.printable("PASS \(file) (\(plural(transcript.turns.count, "turn")))")))
                continue
            }
            failed += 1
            // What a transcript expects is its author's text: printed safe, like every reply.
            Output.line(screen.verdict(Frontend.printable("FAIL \(file):\(first.line): \(first.message)")))
            Output.line("  expected:")
            for line in first.expected { Output.line(Frontend.printable("    - \(line)")) }
            Output.line("  actual:")
            for line in first.actual { Output.line(Frontend.printable("    + \(line)")) }
            if report.failures.count > 1 {
                let more = report.failures.count - 1
                Output.line("  (\(more) more \(more == 1 ? "mismatch" : "mismatches") in this file)")
            }
            if update && !report.turnsWithWrongReplies.isEmpty {
                let text = TranscriptUpdater.update(transcript, with: report)
                // Like a recording: mode 0600 (a transcript may hold what someone said about
                // their health), never through a symbolic link, replaced whole or not at all.
                do {
                    try PrivateFile.write(text, to: file)
                    Output.line(Frontend.printable("  updated \(file): review the change with git diff"))
                } catch {
                    Output.error("tingle: \(error)")
                }
            }
        }
        if coverage { Output.line(total.report(for: brain)) }
        Output.line("\(passed) passed, \(failed + malformed) failed")
        if malformed > 0 { throw ExitCode(2) }
        if failed > 0 { throw ExitCode(1) }
    }

    static func transcriptFiles(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                Output.error(Frontend.printable("\(path):1:1: no such file or folder"))  // the path is the user's text
                throw ExitCode(2)
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
            files += names.filter { $0.hasSuffix(".txt") }.sorted().map {
                (path as NSString).appendingPathComponent($0)
            }
        }
        if files.isEmpty {
            Output.error(Frontend.printable("\(paths.joined(separator: ", ")):1:1: no transcripts (.txt) found"))
            throw ExitCode(2)
        }
        return files
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problems([Problem(SourceLocation(wholeFile: path), "cannot be read")])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            // Where the bad byte is, as for a brain file: a transcript can be long.
            let (line, column) = BrainLoader.firstInvalidUTF8(in: data)
            throw Problems([
                Problem(SourceLocation(file: path, line: line, column: column), "is not valid UTF-8; save it as UTF-8")
            ])
        }
        return text
    }
}
