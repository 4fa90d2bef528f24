import BuiltInBrain
import TingleKit

/// A whole turn: text → match → dialogue → compose. The input is split into a few lines
/// of one conversation (at most 8, so a case stays fast), each fed to Session.respond(to:)
/// on the built-in brain. Bytes are decoded as UTF-8 with repairs, as readLine does.
private let brain: Brain = {
    do { return try BrainLoader.builtIn() } catch { fatalError("the built-in brain does not load: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var session = Session(brain: brain)
    for line in text.split(separator: "\n", maxSplits: 7, omittingEmptySubsequences: false) {
        let line = String(line)
        let result: TurnResult
        if let (command, name, argument) = SlashCommand.parse(line, settings: brain.settings) {
            _ = session.perform(command, name: name, argument: argument)
            continue
        }
        result = session.respond(to: line)
        if !line.allSatisfy(\.isWhitespace) && result.reply.isEmpty {
            fatalError("no reply for a non-blank line: \(Array(line.utf8))")
        }
        _ = result.jsonLine
    }
    return 0
}
