@preconcurrency import CReadline
import Foundation
import TingleKit

/// GNU readline through its callback interface, so that Ctrl-C (delivered through a
/// self-pipe, never handled inside readline) can abandon the line being typed and show a
/// fresh prompt without leaving the chat. Used only when stdin is a terminal.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        case endOfInput
    }

    private let historyPath: String?

    init(historyPath: String?) {
        Self.acceptUTF8()
        rl_readline_name = UnsafePointer(strdup("tingle"))  // so ~/.inputrc can say $if tingle
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_attempted_completion_function = completeSlashCommand
        using_history()
        self.historyPath = historyPath.flatMap { Self.prepareHistoryFile($0) ? $0 : nil }
        installSignalPipe()
    }

    /// Reads one line; Ctrl-C clears the line and prompts again; Ctrl-D on an empty line ends.
    func read(prompt: String) -> Input {
        pendingInput = nil
        rl_callback_handler_install(prompt, lineHandler)
        defer { if pendingInput == nil { rl_callback_handler_remove() } }
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalPipe.read, events: Int16(POLLIN), revents: 0),
        ]
        while pendingInput == nil {
            let ready = poll(&fds, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if fds[1].revents & Int16(POLLIN) != 0 {
                var signalNumber: UInt8 = 0
                _ = Foundation.read(signalPipe.read, &signalNumber, 1)
                if Int32(signalNumber) == SIGINT {
                    // Abandon the line: readline's documented recipe for the callback interface.
                    // Show ^C after what was typed, keep that line on screen, start afresh below.
                    Output.write("^C", to: STDOUT_FILENO)
                    rl_free_line_state()
                    rl_callback_sigcleanup()
                    rl_cleanup_after_signal()
                    rl_replace_line("", 0)
                    Output.write("\n", to: STDOUT_FILENO)
                    rl_reset_after_signal()
                    rl_on_new_line()
                    rl_redisplay()
                } else if Int32(signalNumber) == SIGWINCH {
                    rl_resize_terminal()
                } else {
                    rl_callback_handler_remove()
                    return .endOfInput  // SIGTERM, SIGHUP or SIGQUIT: leave cleanly
                }
            }
            if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                rl_callback_read_char()
            }
        }
        let input = pendingInput ?? .endOfInput
        if case .line(let text) = input, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(text)
            // Mode 0600 was set when the file was opened; a chmod by name here would follow a
            // symbolic link put in its place since.
            if let historyPath { append_history(1, historyPath) }
        }
        return input
    }

    /// People type emoji, accents and right-to-left text. With no locale in the environment
    /// (LANG unset: C), readline would read each byte of a UTF-8 character as a Meta key
    /// (0xF0 is M-p, a history search) and lose the line; so use C.UTF-8 for the character
    /// type, or at least have readline take 8-bit input as text.
    private static func acceptUTF8() {
        let current = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if current == "C" || current == "POSIX" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil {
                _ = rl_variable_bind("input-meta", "on")
                _ = rl_variable_bind("convert-meta", "off")
                _ = rl_variable_bind("output-meta", "on")
            }
        }
    }

    /// Creates the history file readable by the user only before readline touches it,
    /// because it holds what the user said about their health. Only a regular file (or a
    /// new one) is used: a symbolic link is not followed (it could point at any file the
    /// user owns, which would be appended to and made 0600), and a FIFO or a device is not
    /// read (reading a FIFO would wait for a writer before the first prompt). False when
    /// history is off for this chat.
    private static func prepareHistoryFile(_ path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reason =
                errno == ELOOP
                ? "it is a symbolic link, which tingle does not follow"
                : errno == ENXIO ? "it is a FIFO" : String(cString: strerror(errno))
            Output.error(
                Frontend.printable("tingle: cannot use history file \(path): \(reason); history will not be saved"))
            return false
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            Output.error(
                Frontend.printable(
                    "tingle: cannot use history file \(path): it is not a regular file; history will not be saved"))
            return false
        }
        fchmod(fd, 0o600)
        read_history(path)
        return true
    }
}

// MARK: - C callbacks (readline calls plain C function pointers, which cannot capture)

nonisolated(unsafe) private var pendingInput: LineEditor.Input?
nonisolated(unsafe) private var signalPipe: (read: Int32, write: Int32) = (-1, -1)
nonisolated(unsafe) private var completionIndex = 0

private let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
    // Remove the handler first so readline does not redraw the prompt before the reply.
    rl_callback_handler_remove()
    if let line {
        pendingInput = .line(String(cString: line))
        free(line)
    } else {
        pendingInput = .endOfInput
    }
}

private func installSignalPipe() {
    guard signalPipe.read < 0 else { return }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return }
    signalPipe = (fds[0], fds[1])
    // A parent may have started us with these signals blocked; the chat needs them.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    // SIGQUIT (Ctrl-\) ends the chat like SIGTERM, instead of the runtime's crash report.
    for signalNumber in [SIGINT, SIGWINCH, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&unblock, signalNumber) }
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    for signalNumber in [SIGINT, SIGWINCH, SIGTERM, SIGHUP, SIGQUIT] {
        signal(signalNumber) { number in
            var byte = UInt8(truncatingIfNeeded: number)
            _ = write(signalPipe.write, &byte, 1)
        }
    }
}

private let slashCommandNames = SlashCommand.allCases.map { "/\($0.rawValue)" }
private let fileCommands = [SlashCommand.save, .summary].map { "/\($0.rawValue) " }

private let completeSlashCommand:
    @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = {
        text, start, _ in
        rl_attempted_completion_over = 1  // readline's own fallback completes file names anywhere
        guard let text else { return nil }
        if start == 0 {
            guard text.pointee == UInt8(ascii: "/") else { return nil }
            return rl_completion_matches(text, slashCommandGenerator)
        }
        // After a command that takes a file, a file name (readline's completer expands ~).
        let line = rl_line_buffer.map { String(cString: $0) } ?? ""
        guard fileCommands.contains(where: { line.hasPrefix($0) }) else { return nil }
        return rl_completion_matches(text, rl_filename_completion_function)
    }

private let slashCommandGenerator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
    text, state in
    if state == 0 { completionIndex = 0 }
    let prefix = text.map { String(cString: $0) } ?? ""
    while completionIndex < slashCommandNames.count {
        let name = slashCommandNames[completionIndex]
        completionIndex += 1
        if name.hasPrefix(prefix) { return strdup(name) }
    }
    return nil
}
