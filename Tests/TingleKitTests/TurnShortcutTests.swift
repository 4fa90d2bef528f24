import Testing

@testable import TingleKit

/// Checks every turn makes, answered from the bytes when the text is ASCII: they must answer
/// as the general way does.
@Suite("Turn shortcuts")
struct TurnShortcutTests {
    @Test(
        "A line is blank, ASCII or not, exactly when every scalar is white space, a control, a format character or U+FFFD"
    )
    func blank() {
        func reference(_ line: String) -> Bool {
            line.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isWhitespace || scalar.value == 0xFFFD
                    || [.control, .format].contains(scalar.properties.generalCategory)
            }
        }
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            for line in [String(scalar), " \(scalar)", "\(scalar)\t", "\u{200B}\(scalar)"] {
                #expect(Session.isBlank(line) == reference(line), "U+\(String(value, radix: 16))")
            }
        }
        for line in ["", " \u{A0}\u{2003}", "\u{FFFD}\u{7F}", "\u{200B}\u{1B}", " é", "numb", "\u{85}"] {
            #expect(Session.isBlank(line) == reference(line), "\(line.unicodeScalars.map(\.value))")
        }
    }

    @Test("A word has a space as Foundation finds one, ASCII or not")
    func space() {
        for word in [
            "numb", "numb feet", " ", "", "café au lait", "cafe\u{301}", "a \u{301}b", "e\u{301} ", "\r\n", "x\r\n y",
        ] {
            #expect(AnalyzedText.hasSpace(word) == word.contains(" "), "\(word.unicodeScalars.map(\.value))")
        }
    }

    @Test("Corrections list the corrected words, not quantities or several-word rewrites")
    func corrections() {
        let text = builtInBrain.analyzer.analyze("my feet go nmub after 20 mins, tinglign toes")
        #expect(text.corrections.map(\.0) == ["nmub", "tinglign"])
        #expect(text.corrections.map(\.1) == ["numb", "tingling"])
    }
}
