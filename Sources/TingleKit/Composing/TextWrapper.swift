/// Wraps reply text to a terminal's width at spaces, so words are never cut in half. A
/// list item's continuation lines line up under its text ("  - ", "  1. ", "     Why: ").
public enum TextWrapper {
    public static func wrap(_ text: String, width: Int) -> String {
        guard width >= 20 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    static func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let indent = String(repeating: " ", count: min(hangingIndent(of: line), width / 2))
        let leading = String(line.prefix { $0 == " " })
        var lines: [String] = []
        var current = leading
        for word in line.dropFirst(leading.count).split(separator: " ") {
            let atStart = current == leading && lines.isEmpty || current == indent && !lines.isEmpty
            let candidate = atStart ? current + word : current + " " + word
            if candidate.count > width && !atStart {
                lines.append(current)
                current = indent + word
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// Where the text of a line starts after its leading spaces and list marker.
    static func hangingIndent(of line: String) -> Int {
        let chars = Array(line)
        var i = 0
        while i < chars.count, chars[i] == " " { i += 1 }
        if i + 1 < chars.count, chars[i] == "-", chars[i + 1] == " " { return i + 2 }
        var j = i
        while j < chars.count, chars[j].isNumber { j += 1 }
        if j > i, j + 1 < chars.count, chars[j] == ".", chars[j + 1] == " " { return j + 2 }
        if line.dropFirst(i).hasPrefix("Why: ") { return i + 5 }
        return i
    }
}
