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

    /// Set when a file the user asked for (`--record`, `/save`, `/summary`) could not be
    /// written: the chat goes on, and tingle exits with 1 at the end.
    nonisolated(unsafe) static var failed = false

    /// The status tingle ends with when nothing stopped it early: 1 after a failed write.
    static var finalStatus: Int32 { failed ? 1 : 0 }

    /// Before anything is opened: a closed stdin or stderr gets /dev/null, so no file tingle
    /// opens later takes descriptor 0 or 2 (a history file written as "standard error").
    /// A closed stdout is an error: every reply would be lost, and a file opened as
    /// descriptor 1 would receive them.
    static func checkStandardDescriptors() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != fd {
                dup2(null, fd)
                close(null)
            }
            if fd == STDOUT_FILENO {
                error("tingle: standard output is closed; nothing could be shown (give it a file or a pipe)")
                exit(1)
            }
        }
    }

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
                if fd == STDOUT_FILENO {
                    // The reader went away (EPIPE): nothing left to do, and nothing went wrong.
                    // Anything else (a full disk, /dev/full, an I/O error) lost replies: say so.
                    let code = errno
                    let last = beforeQuietExit
                    beforeQuietExit = nil
                    last?()
                    guard code == EPIPE else {
                        error("tingle: cannot write to standard output: \(String(cString: strerror(code)))")
                        exit(1)
                    }
                    exit(failed ? 1 : 0)
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
/// It writes only where the user meant: a new name or an existing regular file. A symbolic
/// link, a folder, a device or a FIFO is refused, never followed or replaced: the file holds
/// what the user said about their health, and `--record /dev/null` run as root must not
/// turn the real device into a file.
enum PrivateFile {
    /// The folder and the last component of `path`, split by hand: Foundation's
    /// `deletingLastPathComponent` crashed on one-character names ("a", ".", "-").
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// Throws, with what to do, unless `path` can be written: it names a file (not a
    /// folder), in a folder that exists, and is either new or a regular file. Run before a
    /// chat starts for `--record`, so a bad target is known before anything is said.
    static func check(_ path: String) throws(PrivateFileError) {
        let (directory, name) = split(path)
        if path.isEmpty || name.isEmpty || name == "." || name == ".." {
            throw PrivateFileError(
                path: path, reason: "that names a folder, not a file; give a file name such as chat.txt")
        }
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFLNK:
                throw PrivateFileError(
                    path: path,
                    reason:
                        "it is a symbolic link, which tingle does not follow; give the real file's path or a new name")
            case S_IFDIR:
                throw PrivateFileError(
                    path: path, reason: "it is a folder; give a file name inside it, such as \(path)/chat.txt")
            default:
                throw PrivateFileError(
                    path: path, reason: "it is not a regular file (a device, a FIFO or a socket); give a new file name")
            }
        } else if errno != ENOENT {
            throw PrivateFileError(path: path, reason: Self.reason(errno))
        }
        var folder = stat()
        guard stat(directory, &folder) == 0 else {
            throw PrivateFileError(
                path: path,
                reason:
                    "its folder \(directory) \(errno == ENOENT ? "does not exist" : "cannot be read: " + Self.reason(errno))"
            )
        }
        guard folder.st_mode & S_IFMT == S_IFDIR else {
            throw PrivateFileError(path: path, reason: "\(directory) is not a folder")
        }
    }

    /// Whether `path` can be created or replaced: `check`, then a temporary file created
    /// and removed beside it (which finds a folder the user may not write to).
    static func probe(_ path: String) throws(PrivateFileError) {
        try check(path)
        let (fd, temporary) = try createTemporary(beside: path)
        close(fd)
        unlink(temporary)
    }

    static func write(_ contents: String, to path: String) throws(PrivateFileError) {
        try check(path)
        let (fd, temporary) = try createTemporary(beside: path)
        let data = Array(contents.utf8)
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, data.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = Self.reason(errno)
                close(fd)
                unlink(temporary)
                throw PrivateFileError(path: path, reason: reason)
            }
            offset += n
        }
        // close reports a write the kernel could not finish (a full disk on some file systems).
        if close(fd) != 0 {
            let reason = Self.reason(errno)
            unlink(temporary)
            throw PrivateFileError(path: path, reason: reason)
        }
        // Checked again just before the rename: what is there now is what gets replaced.
        do { try check(path) } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = Self.reason(errno)
            unlink(temporary)
            throw PrivateFileError(path: path, reason: reason)
        }
    }

    /// A new temporary file beside `path`, created exclusively (never an existing file or a
    /// link planted there) with mode 0600; a name that is taken is retried with another, so a
    /// leftover or planted `.tingle-….tmp` cannot block saving.
    private static func createTemporary(beside path: String) throws(PrivateFileError) -> (Int32, String) {
        let directory = split(path).directory
        var lastError: Int32 = EEXIST
        for attempt in 0..<100 {
            let suffix = attempt == 0 ? "" : "-\(UInt32.random(in: 0...UInt32.max))"
            let temporary = directory + "/.tingle-\(getpid())\(suffix).tmp"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 {
                fchmod(fd, 0o600)  // whatever the umask
                return (fd, temporary)
            }
            lastError = errno
            if errno != EEXIST && errno != EINTR { break }
        }
        throw PrivateFileError(path: path, reason: Self.reason(lastError))
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

struct PrivateFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    /// The path is the user's text: shown safe (see Frontend.printable).
    var description: String { Frontend.printable("cannot write \(path): \(reason)") }
}
