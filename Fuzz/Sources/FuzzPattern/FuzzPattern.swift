import BuiltInBrain
import TingleKit

/// The pattern compiler and matcher with user-written patterns: the input's first line is a
/// pattern (as a brain author would write it), the rest a line a user types, matched on the
/// built-in brain. A pattern that does not parse must say so (a syntax error, never a crash);
/// one that parses must match in bounded work: the line's step budget is never spent by one
/// pattern on a line within the built-in length limit (matching remembers its failures, so
/// the cost is linear in the line; see PatternMatcher).
private let brain: Brain = {
    do { return try BrainLoader.builtIn() } catch { fatalError("the built-in brain does not load: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let pattern = String(parts[0])
    let line = parts.count > 1 ? String(parts[1]) : ""
    guard line.count <= brain.settings.maxInputLength else { return 0 }
    do {
        let outcome = try PatternTrial.run(pattern, on: line, brain: brain)
        if outcome.budgetSpent {
            fatalError("one pattern spent the line's step budget: \(Array(pattern.utf8)) on \(Array(line.utf8))")
        }
    } catch {
        if error.message.isEmpty { fatalError("a syntax error without a message for \(Array(pattern.utf8))") }
    }
    return 0
}
