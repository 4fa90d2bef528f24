import Testing

@testable import TingleKit

@Suite("Wrapping replies to the terminal")
struct TextWrapperTests {
    @Test("Lines wrap at spaces, never inside a word, within the width")
    func wrapsAtSpaces() {
        let text =
            "EMERGENCY: Call your local emergency number (for example 999, 911 or 112) or go to the nearest emergency department now."
        let wrapped = TextWrapper.wrap(text, width: 40)
        let lines = wrapped.split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
    }

    @Test("List items hang under their text")
    func hangingIndent() {
        let wrapped = TextWrapper.wrap(
            "  - Loosen the laces across the top of the foot, especially the top eyelets.", width: 30)
        let lines = wrapped.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("  - Loosen"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
        let numbered = TextWrapper.wrap(
            "  1. Pressure from tight laces or shoes, because your laces feel tight.", width: 30)
        #expect(numbered.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("     ") })
    }

    @Test("Short lines, empty lines and very long words are left alone")
    func leavesAlone() {
        #expect(TextWrapper.wrap("short\n\nlines", width: 40) == "short\n\nlines")
        let long = String(repeating: "a", count: 50)
        #expect(TextWrapper.wrap(long, width: 30) == long)
        #expect(TextWrapper.wrap("anything at all", width: 5) == "anything at all")  // too narrow to help
    }

    @Test("Content wrapped by hand is joined into paragraphs; blank lines and list items stay")
    func unwrapsContent() {
        let text =
            "First line of a\nparagraph.\n\nSecond paragraph\ncontinues.\n- an item\nthat wraps\n- another item\n2. numbered"
        #expect(
            BrainCompiler.unwrapped(text)
                == "First line of a paragraph.\n\nSecond paragraph continues.\n- an item that wraps\n- another item\n2. numbered"
        )
        // Lines are found by their bytes, as Characters would split them: "\r\n" is one
        // Character, not a line feed, so it stays inside its line; a line feed after an
        // accented letter or before a combining mark still ends the line.
        #expect(BrainCompiler.unwrapped("a\r\nb\nc") == "a\r\nb c")
        #expect(BrainCompiler.unwrapped("caf\u{E9}\n\u{301}x\n\n") == "caf\u{E9} \u{301}x\n\n")
        #expect(BrainCompiler.unwrapped("\none\n  two  \n") == "\none two\n")
    }
}
