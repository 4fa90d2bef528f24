import Foundation

/// Terminal facts in one place: is this a terminal, and may we use colour?
enum Terminal {
    static func isInteractive(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The terminal's width in columns, or nil when it cannot be told.
    static func width(_ fd: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

enum ColorMode: String, CaseIterable, Sendable {
    case auto, always, never
}

/// ANSI styling, or nothing when colour is off. Prompt escapes are wrapped in
/// \u{1}…\u{2} so readline does not count them and line editing never breaks.
struct Style: Sendable {
    let enabled: Bool

    init(
        mode: ColorMode, environment: [String: String] = ProcessInfo.processInfo.environment,
        stdoutIsTerminal: Bool = Terminal.isInteractive(STDOUT_FILENO)
    ) {
        switch mode {
        case .always: enabled = true
        case .never: enabled = false
        case .auto:
            let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            enabled = stdoutIsTerminal && !noColor && environment["TERM"] != "dumb"
        }
    }

    func apply(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func prompt(_ text: String) -> String {
        enabled ? "\u{1}\u{1B}[1;36m\u{2}\(text)\u{1}\u{1B}[0m\u{2} " : "\(text) "
    }

    func bold(_ text: String) -> String { apply("1", text) }
    func dim(_ text: String) -> String { apply("2", text) }
    func alert(_ text: String) -> String { apply("1;31", text) }
    func warning(_ text: String) -> String { apply("1;33", text) }
}
