import Foundation

/// Writes to stdout and stderr with write(2), so a reader that closes the pipe early
/// ends tingle quietly with status 0 instead of a SIGPIPE or a stack trace.
enum Output {
    static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Run once before tingle stops because the reader of stdout went away: piped mode
    /// saves its --record file here, so `tingle --record FILE < input | head` keeps it.
    nonisolated(unsafe) static var beforeQuietExit: (() -> Void)?

    static func line(_ text: String) { write(text + "\n", to: STDOUT_FILENO) }
    static func error(_ text: String) { write(text + "\n", to: STDERR_FILENO) }

    static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                if fd == STDOUT_FILENO {  // the reader went away: nothing left to do
                    let last = beforeQuietExit
                    beforeQuietExit = nil
                    last?()
                    exit(0)
                }
                return
            }
            offset += written
        }
        bytes.removeAll()
    }
}

/// Creates or replaces a file readable and writable by the user only (mode 0600),
/// writing to a temporary file first and renaming it, so a crash never leaves half a file.
enum PrivateFile {
    static func write(_ contents: String, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL, 0o600)
        guard fd >= 0 else { throw PrivateFileError(path: path, reason: String(cString: strerror(errno))) }
        let data = Array(contents.utf8)
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, data.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd); unlink(temporary)
                throw PrivateFileError(path: path, reason: reason)
            }
            offset += n
        }
        fchmod(fd, 0o600)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw PrivateFileError(path: path, reason: reason)
        }
    }
}

struct PrivateFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "cannot write \(path): \(reason)" }
}
