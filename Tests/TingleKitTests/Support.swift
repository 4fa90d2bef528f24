import BuiltInBrain
import Testing
import TingleKit

/// The built-in brain, loaded once for all tests.
let builtInBrain: Brain = {
    do { return try BrainLoader.builtIn() } catch { fatalError("the built-in brain does not load:\n\(error)") }
}()

/// Runs lines through a fresh session and returns every result.
func converse(_ lines: [String], brain: Brain = builtInBrain) -> [TurnResult] {
    var session = Session(brain: brain)
    return lines.map { session.respond(to: $0) }
}

/// The intents a single line is understood as, as the first turn of a chat.
func intents(of line: String) -> [String] {
    IntentMatcher(brain: builtInBrain).understand(line).intents
}

/// A brain built from YAML text given inline (file names are for messages only).
func brain(_ files: [String: String]) throws(Problems) -> Brain {
    try BrainLoader.load(files: files.sorted { $0.key < $1.key }.map { BrainSourceFile(path: $0.key, text: $0.value) })
}

/// What a slash command says back; an issue is recorded (and "" returned) when it does
/// something else instead (writes a file, quits, errs).
func reply(
    to command: SlashCommand, in session: inout Session, argument: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> String {
    guard case .reply(let text) = session.perform(command, name: command.rawValue, argument: argument) else {
        Issue.record("/\(command.rawValue) should reply", sourceLocation: sourceLocation)
        return ""
    }
    return text
}
