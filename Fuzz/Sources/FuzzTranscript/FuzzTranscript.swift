import BuiltInBrain
import TingleKit

/// The transcript parser and replayer: the input is one transcript file, parsed and, when
/// well formed, replayed against the built-in brain (every turn runs through a Session).
nonisolated(unsafe) private let replayer: TranscriptReplayer = {
    do { return TranscriptReplayer(brain: try BrainLoader.builtIn()) } catch { fatalError("\(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // tingle replay refuses invalid UTF-8 before parsing.
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    do {
        let transcript = try TranscriptParser.parse(text, path: "fuzz.txt")
        guard transcript.turns.count <= 16 else { return 0 }  // keep a case fast
        let report = replayer.replay(transcript)
        if !report.passed { _ = TranscriptUpdater.update(transcript, with: report) }
    } catch {
        for problem in error.all where problem.description.isEmpty { fatalError("an empty problem") }
    }
    return 0
}
