import BuiltInBrain
// A loop for profilers (perf, callgrind): one benchmark's work, repeated, with nothing
// else in the process. Usage: tingle-profile [turn|match|text|load] [iterations]
// The repeated work is in `measured()`, so callgrind can count it alone:
//   valgrind --tool=callgrind --toggle-collect='*measured*' tingle-profile match 1000
import Foundation
import TingleKit

let arguments = CommandLine.arguments
let what = arguments.count > 1 ? arguments[1] : "turn"
let iterations = arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000
let line = "my feet go numb after 3 miles"

let brain = try BrainLoader.builtIn()
let text = brain.analyzer.analyze(line)
let matcher = IntentMatcher(brain: brain)
let fresh = Session(brain: brain)

@inline(never) func measured() throws -> Int {
    switch what {
    case "text":
        return brain.analyzer.analyze(line).tokens.count
    case "match":
        // As the "matching" benchmark: the analysed line prepared for matching, then ranked.
        return matcher.understand(MatchInput(text: text, brain: brain)).intents.count
    case "load":
        return try BrainLoader.builtIn().intents.count
    default:
        var session = fresh
        return session.respond(to: line).jsonLine.utf8.count
    }
}

let started = DispatchTime.now().uptimeNanoseconds
var sink = 0
for _ in 0..<iterations { sink &+= try measured() }
let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / Double(iterations)
print("\(what): \(String(format: "%.2f", elapsed / 1000)) µs per iteration (\(sink))")
