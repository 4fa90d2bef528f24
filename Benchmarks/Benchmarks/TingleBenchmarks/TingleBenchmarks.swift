import Benchmark
import BuiltInBrain
import Foundation
import TingleKit

/// Where ./run put the synthetic brains (`make-synthetic-brain N DIR`).
let syntheticRoot = ProcessInfo.processInfo.environment["TINGLE_SYNTHETIC"] ?? ".synthetic"

let builtIn: Brain = try! BrainLoader.builtIn()

/// A typical first line, the one the README's JSON contract shows.
let typicalLine = "my feet go numb after 3 miles"

/// A whole conversation, from greeting to assessment and a follow-up question.
let conversation = [
    "hi", "my toes go numb about 20 minutes into a run", "new hokas, laced pretty tight",
    "nothing else", "lacing tips", "yes please", "thanks",
]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, .throughput],
        maxDuration: .seconds(3),
        maxIterations: 200_000
    )

    Benchmark("text pipeline") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(builtIn.analyzer.analyze(typicalLine))
        }
    }

    Benchmark("matching") { benchmark in
        let text = builtIn.analyzer.analyze(typicalLine)
        let matcher = IntentMatcher(brain: builtIn)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(matcher.understand(MatchInput(text: text, brain: builtIn)))
        }
    }

    Benchmark("full turn + json") { benchmark in
        let fresh = Session(brain: builtIn)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var session = fresh
            blackHole(session.respond(to: typicalLine).jsonLine)
        }
    }

    Benchmark("conversation (7 turns)") { benchmark in
        for _ in benchmark.scaledIterations {
            var session = Session(brain: builtIn)
            for line in conversation { blackHole(session.respond(to: line).jsonLine) }
        }
    }

    Benchmark("brain load (built-in)", configuration: .init(maxDuration: .seconds(5), maxIterations: 50)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try! BrainLoader.builtIn())
        }
    }

    for size in [100, 1_000, 10_000] {
        let directory = "\(syntheticRoot)/\(size)"
        guard let brain = try? BrainLoader.load(directory: directory),
            let utterances = try? String(contentsOfFile: "\(directory)/utterances.txt", encoding: .utf8)
                .split(separator: "\n").map(String.init)
        else {
            print("skipping synthetic \(size): run ./run (or make-synthetic-brain \(size) \(directory)) first")
            continue
        }
        Benchmark("turn, synthetic \(size) intents") { benchmark in
            let fresh = Session(brain: brain)
            var next = 0
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                var session = fresh
                blackHole(session.respond(to: utterances[next]).jsonLine)
                next = (next + 1) % utterances.count
            }
        }
    }
}
