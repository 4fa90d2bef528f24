import Foundation

/// The lines of a piped stdin, read with read(2) while poll(2) also watches a self-pipe
/// that the stopping signals write to. A signal can be delivered to any thread of the
/// process, and closing or interrupting stdin from there does not wake a read blocked in
/// the main thread; the self-pipe does. Bytes are decoded as UTF-8 with repairs
/// (U+FFFD), as readLine does; a final line without a newline is a line too.
///
/// A line is never held whole past `maxLineBytes`: the first bytes are kept (cut at a
/// character boundary) and the rest, up to the newline, is read and thrown away, so
/// `tingle < /dev/zero` runs in flat memory and a huge line costs what its first bytes do.
struct PipedLines {
    private var buffer: [UInt8] = []
    private var start = 0  // where the next line begins
    private var scanned = 0  // bytes before this hold no newline (keeps a huge line linear)
    private var atEnd = false
    /// The first `maxLineBytes` of a line that outgrew them, while the rest is skipped.
    private var kept: [UInt8]?
    let maxLineBytes: Int
    /// Why stdin could not be read (errno), when it failed rather than ended.
    private(set) var readError: Int32?

    /// The signals that stop piped mode cleanly: SIGINT and SIGTERM, and the ones whose
    /// default would kill tingle and lose the recording (SIGHUP when a terminal or ssh
    /// session goes away, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM).
    static let stoppingSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM]

    init(maxLineBytes: Int = 65_536) {
        self.maxLineBytes = max(maxLineBytes, 4)
        Self.installSignalHandlers()
    }

    /// The signal that stopped the input, or 0.
    static var stopSignal: Int32 { pipedStopSignal }

    /// The next line without its newline; nil at the end of input or after a signal.
    mutating func next() -> String? {
        while pipedStopSignal == 0 {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                let line: String
                if let prefix = kept {
                    line = String(decoding: prefix, as: UTF8.self)
                    kept = nil
                } else {
                    line = String(decoding: buffer[start..<cut(start, newline)], as: UTF8.self)
                }
                start = newline + 1
                scanned = start
                compact()
                return line
            }
            scanned = buffer.count
            if kept == nil && buffer.count - start > maxLineBytes {
                kept = Array(buffer[start..<cut(start, buffer.count)])
            }
            if kept != nil {  // nothing of this line is needed any more
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if atEnd {
                if let prefix = kept {
                    kept = nil
                    return String(decoding: prefix, as: UTF8.self)
                }
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start..<cut(start, buffer.count)], as: UTF8.self)
                start = buffer.count
                return line
            }
            fill()
        }
        return nil
    }

    /// Where a line from `from` to `end` stops: at most `maxLineBytes`, and never inside a
    /// UTF-8 sequence (a cut one would read as U+FFFD).
    private func cut(_ from: Int, _ end: Int) -> Int {
        guard end - from > maxLineBytes else { return end }
        var stop = from + maxLineBytes
        while stop > from && buffer[stop] & 0xC0 == 0x80 { stop -= 1 }
        return stop
    }

    /// Waits for input or a signal, then reads what is there.
    private mutating func fill() {
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: pipedSignalPipe.read, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, pipedSignalPipe.read >= 0 ? 2 : 1, -1)
        if ready < 0 {
            if errno != EINTR { atEnd = true }
            return
        }
        if fds[1].revents != 0 { return }  // a signal: the loop sees pipedStopSignal
        guard fds[0].revents != 0 else { return }
        let chunk = 65_536
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let n = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress! + old, chunk) }
        buffer.removeLast(chunk - max(n, 0))
        if n < 0 && errno != EINTR && errno != EAGAIN {
            readError = errno  // a folder as stdin (EISDIR), an I/O error: not a normal end
            atEnd = true
        }
        if n == 0 { atEnd = true }
    }

    /// Drops the lines already returned once they are most of the buffer.
    private mutating func compact() {
        guard start > 65_536 && start * 2 > buffer.count else { return }
        buffer.removeFirst(start)
        scanned -= start
        start = 0
    }

    /// The stopping signals record the signal and wake the reader. One the parent set to be
    /// ignored stays ignored, as it means it: SIGINT and SIGQUIT of a shell's `tingle < file &`,
    /// SIGHUP under nohup. SIGTERM is always handled.
    private static func installSignalHandlers() {
        guard pipedSignalPipe.read < 0 else { return }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return }
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        pipedSignalPipe = (fds[0], fds[1])
        for signalNumber in stoppingSignals {
            var old = sigaction()
            sigaction(signalNumber, nil, &old)
            // A handler whose bits are 1 is SIG_IGN.
            if signalNumber != SIGTERM, let handler = old.__sigaction_handler.sa_handler,
                unsafeBitCast(handler, to: Int.self) == 1
            {
                continue
            }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                pipedStopSignal = number
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(pipedSignalPipe.write, &byte, 1)  // async-signal-safe; never blocks
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(signalNumber, &action, nil)
        }
        // A parent may have started us with these signals blocked (a thread's mask is
        // inherited across exec): unblock them.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signalNumber in stoppingSignals { sigaddset(&unblock, signalNumber) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }
}

nonisolated(unsafe) private var pipedStopSignal: Int32 = 0
nonisolated(unsafe) private var pipedSignalPipe: (read: Int32, write: Int32) = (-1, -1)
