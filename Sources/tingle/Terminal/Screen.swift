import Foundation
import TingleKit

/// The one renderer of text for standard output. On a terminal every reply, `ask`,
/// `/summary`, `/why`, the banner and `replay` are wrapped to the window at spaces and
/// coloured by the same rules; written to a file or a pipe the same text stays plain, one
/// paragraph a line, so programs and diffs see exactly what tingle said.
struct Screen {
    let style: Style
    /// Columns to wrap to, or nil (not a terminal, or its width cannot be told).
    let width: Int?

    init(style: Style, width: Int?) {
        self.style = style
        self.width = width
    }

    /// For standard output as it is now: wrapped only when it is a terminal.
    init(color: ColorMode) {
        self.init(
            style: Style(mode: color),
            width: Terminal.isInteractive(STDOUT_FILENO) ? Terminal.width() : nil)
    }

    /// Text wrapped to the window: one column is left free, as a terminal wraps a line that
    /// fills the last column before the cursor moves on.
    func wrap(_ text: String) -> String {
        width.map { TextWrapper.wrap(text, width: $0 - 1) } ?? text
    }

    /// A reply: wrapped, and its escalation highlighted (urgent and emergency in red, a
    /// reminder or a doctor-level warning sign in yellow). Colour goes on after wrapping, so
    /// escape codes never count as columns.
    func reply(_ result: TurnResult) -> String {
        let reply = wrap(result.reply)
        guard style.enabled else { return reply }
        let firstLine =
            result.reply.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard let level = result.escalation, !result.trace.redFlagsRaised.isEmpty || firstLine.hasPrefix("Reminder")
        else { return reply }
        // With wrapping, the escalation is every line of the reply's first paragraph.
        let count = wrap(firstLine).split(separator: "\n", omittingEmptySubsequences: false).count
        var lines = reply.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in 0..<min(count, lines.count) {
            lines[i] = level >= .urgent ? style.alert(lines[i]) : style.warning(lines[i])
        }
        return lines.joined(separator: "\n")
    }

    /// The summary's Markdown as a person reads it on screen: the heading in bold without
    /// its '#', the closing note dimmed without its underscores. A file gets the Markdown.
    func markdown(_ text: String) -> String {
        guard width != nil || style.enabled else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("# ") { return style.bold(wrap(String(line.dropFirst(2)))) }
            if line.count > 2, line.hasPrefix("_"), line.hasSuffix("_") {
                return style.dim(wrap(String(line.dropFirst().dropLast())))
            }
            return wrap(String(line))
        }.joined(separator: "\n")
    }

    /// A line that starts with a verdict (PASS, FAIL, MALFORMED): the verdict coloured.
    func verdict(_ line: String) -> String {
        guard style.enabled, let space = line.firstIndex(of: " ") else { return line }
        let word = String(line[..<space])
        let rest = String(line[space...])
        switch word {
        case "PASS": return style.apply("1;32", word) + rest
        case "FAIL", "MALFORMED": return style.alert(word) + rest
        default: return line
        }
    }
}
