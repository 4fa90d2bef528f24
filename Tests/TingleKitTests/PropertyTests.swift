import Foundation
import Testing

@testable import TingleKit

/// SplitMix64: a small, fast, seeded generator, so every run feeds the same lines.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random and adversarial lines, fed through Session: every line gets exactly one reply
/// (non-empty unless the line is blank), the same lines give the same output twice, and no
/// reply or JSON line carries a raw control character or an escape sequence from the input.
@Suite("Properties of a turn")
struct PropertyTests {
    static let phrases = [
        "my feet go numb", "my toes tingle", "after 3 miles", "about 20 minutes in", "new hokas", "laced tight",
        "no pain", "it burns", "my groin is numb", "can't feel my foot", "what causes it", "should i see a doctor",
        "lacing tips", "i have diabetes", "thick socks", "yes", "no", "i don't know", "half an hour", "5k",
        "since new shoes", "numbness stays after i stop", "back pain", "my foot is cold and white", "thanks", "hi",
        "1", "2", "actually it started after 10 minutes", "and what about insoles?", "not tight at all",
    ]
    static let sequences = [
        "\u{1B}[2J", "\u{1B}[31m", "\u{1B}[0m", "\u{1B}[H", "\u{1B}[6n", "\u{1B}]0;pwned\u{07}",
        "\u{1B}]52;c;ZXZpbA==\u{07}",
        "\u{1B}]8;;http://x\u{1B}\\", "\u{1B}P1$q\u{1B}\\", "\u{9B}31m", "\u{1B}c", "\u{1B}(0", "\u{1B}[?1049h",
        "\u{1B}[1;31;42;5m",
    ]

    struct Lines {
        var random: SeededGenerator
        /// Escape sequences put into the lines, to look for in the output.
        var inserted: Set<String> = []

        mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
        mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }

        mutating func scalar() -> Unicode.Scalar {
            let ranges: [ClosedRange<UInt32>] = [
                0x00...0x1F, 0x20...0x7E, 0x7F...0x9F, 0xA0...0x24F, 0x300...0x36F, 0x590...0x6FF, 0x200B...0x200F,
                0x2028...0x202E, 0x2066...0x2069, 0x3000...0x30FF, 0x4E00...0x4E80, 0xFE00...0xFE0F, 0xFEFF...0xFEFF,
                0xFF01...0xFF5E, 0xFFF9...0xFFFD, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0xE0000...0xE007F,
                0x10FFF0...0x10FFFD,
            ]
            while true {
                let range = pick(ranges)
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { return scalar }
            }
        }

        mutating func fragment() -> String {
            switch Int.random(in: 0..<10, using: &random) {
            case 0, 1, 2: return pick(PropertyTests.phrases)
            case 3:
                var s = String.UnicodeScalarView()
                for _ in 0..<Int.random(in: 1...12, using: &random) { s.append(scalar()) }
                return String(s)
            case 4:
                let sequence = pick(PropertyTests.sequences)
                inserted.insert(sequence)
                return sequence
            case 5:
                return String(
                    (0..<Int.random(in: 20...300, using: &random)).map { _ in pick(Array("abcdefghijklmnopqrstuvwxyz"))
                    })
            case 6:
                return String(
                    repeating: pick(["!", "?", ".", ",", ";", "...", "?!", "-", "'", "\"", "*", "~", "|", "(", ")"]),
                    count: Int.random(in: 2...60, using: &random))
            case 7:
                return pick([
                    "9223372036854775808", "99999999999999999999 miles", "1e308 minutes", "-3 km", "0.000001 hours",
                    "3.3.3 miles", "½ mile", "٣ miles", "NaN minutes", "inf km",
                ])
            case 8:
                return pick([
                    "'; DROP TABLE users; --", "<script>alert(1)</script>", "$(reboot)", "%s%n", "{{7*7}}", "\\u0000",
                    "/*", "`rm`",
                ])
            default: return pick(["\t", "  ", "\u{0}", "\r", "\u{7F}", "\u{85}", "\u{2028}", "\u{A0}", "\u{3000}"])
            }
        }

        mutating func line() -> String {
            switch Int.random(in: 0..<20, using: &random) {
            case 0: return ""
            case 1: return pick([" ", "\t\t", "\u{0}\u{0}", "\u{1B}", "\u{7}"])
            case 2: return pick(["/why", "/summary", "/help", "/restart", "/nope \u{1B}[2J", "/save"])
            // around maxInputLength
            case 3: return String(repeating: "numb ", count: Int.random(in: 380...420, using: &random))
            default:
                return (0..<Int.random(in: 1...6, using: &random)).map { _ in fragment() }.joined(
                    separator: chance(0.7) ? " " : "")
            }
        }
    }

    /// Runs the lines in a fresh session, as the front ends do; one output per line.
    static func run(_ lines: [String]) -> [String] {
        var session = Session(brain: builtInBrain)
        var outputs: [String] = []
        for line in lines {
            if let (command, name, argument) = SlashCommand.parse(line, settings: builtInBrain.settings) {
                switch session.perform(command, name: name, argument: argument) {
                case .reply(let text), .quit(let text), .error(let text): outputs.append(text)
                case .writeFile(_, let contents, _): outputs.append(contents)
                case .saveTranscript(let path): outputs.append("save \(path)")
                }
                continue
            }
            let before = session.conversation.turn
            let result = session.respond(to: line)
            #expect(session.conversation.turn == before + 1, "one turn per line")
            #expect(result.turn == before + 1)
            outputs.append(result.jsonLine)
        }
        return outputs
    }

    @Test("Random and adversarial lines: one reply each, deterministic, nothing raw comes back")
    func randomConversations() throws {
        var generator = Lines(random: SeededGenerator(seed: 0x7164_6C65))
        var turns = 0
        for _ in 0..<150 {
            let lines = (0..<Int.random(in: 1...10, using: &generator.random)).map { _ in generator.line() }
            let first = Self.run(lines)
            #expect(first == Self.run(lines), "the same lines gave different output: \(lines.map(\.debugDescription))")
            #expect(first.count == lines.count)
            for (line, output) in zip(lines, first) {
                turns += 1
                let context = "line \(line.debugDescription)"
                // No raw control character other than a line break, no escape sequence from the input.
                let raw = output.unicodeScalars.filter {
                    ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                }
                #expect(
                    raw.isEmpty,
                    "\(context): raw \(raw.map { String($0.value, radix: 16) }) in \(output.debugDescription)")
                for sequence in generator.inserted {
                    // what a terminal would act on after ESC/CSI
                    let body = String(sequence.unicodeScalars.dropFirst())
                    if body.count >= 3 {
                        #expect(!output.contains(body), "\(context): \(sequence.debugDescription) came back")
                    }
                }
                guard SlashCommand.parse(line, settings: builtInBrain.settings) == nil else { continue }
                #expect(!output.contains("\n"), "\(context): a JSON line spans lines")
                let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
                let reply = try #require(object?["reply"] as? String, "\(context): \(output)")
                if !line.allSatisfy(\.isWhitespace) {
                    #expect(!reply.isEmpty, "\(context): no reply")
                }
                let replyRaw = reply.unicodeScalars.filter {
                    ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                }
                #expect(replyRaw.isEmpty, "\(context): raw control characters in the reply")
            }
        }
        #expect(turns > 500)
    }

    @Test(
        "Every line of the transcripts, with an escape sequence or a control character spliced in, is answered safely")
    func splicedTranscriptLines() throws {
        var random = SeededGenerator(seed: 42)
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Transcripts")
        var lines: [String] = []
        for name in (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted()
        where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            lines += text.split(separator: "\n").filter { $0.hasPrefix("> ") && !$0.hasPrefix("> /") }.map {
                String($0.dropFirst(2))
            }
        }
        let splices = Self.sequences + ["\u{0}", "\u{8}", "\u{7F}", "\u{202E}", "\u{200B}", "🦶"]
        var session = Session(brain: builtInBrain)
        for (index, line) in lines.prefix(300).enumerated() {
            var scalars = Array(line.unicodeScalars)
            let at = Int.random(in: 0...scalars.count, using: &random)
            scalars.insert(contentsOf: splices[index % splices.count].unicodeScalars, at: at)
            var spliced = String.UnicodeScalarView()
            spliced.append(contentsOf: scalars)
            if index % 8 == 0 { session.restart() }
            let result = session.respond(to: String(spliced))
            #expect(!result.reply.isEmpty, "\(String(spliced).debugDescription)")
            #expect(!result.jsonLine.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            #expect(
                !result.reply.unicodeScalars.contains {
                    ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                })
        }
    }
}
