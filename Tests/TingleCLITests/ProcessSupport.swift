import Foundation

/// Byte-level runs of the binary, for input that is not valid UTF-8 and output that must be
/// checked byte by byte; peak memory through wait4; signals.
extension Binary {
    struct RawResult {
        let status: Int32
        /// True when the process ended by a signal it did not handle (a crash or a kill).
        let signalled: Bool
        let stdout: Data
        let stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs tingle (or another program of the build, `executable`) with `input` as raw bytes on stdin.
    static func run(
        _ arguments: [String], bytes input: Data, environment: [String: String] = [:],
        currentDirectory: URL? = nil, executable: URL? = nil
    ) throws -> RawResult {
        let process = Process()
        let tingle = url  // always asked first: it also sets SIGPIPE aside (see `url`)
        process.executableURL = executable ?? tingle
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TINGLE_HISTORY")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            // A child that exits before reading it all closes the pipe: the write fails, no crash.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        // Read stderr on its own thread so neither pipe can fill up and block the child.
        let errors = DataBox()
        let done = DispatchGroup()
        done.enter()
        DispatchQueue.global().async {
            errors.data = stderr.fileHandleForReading.readDataToEndOfFile()
            done.leave()
        }
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return RawResult(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: out, stderr: String(decoding: errors.data, as: UTF8.self))
    }

    /// The peak memory (VmHWM, in KB) of tingle reading `input` on a pipe, taken once the
    /// reply to the last line (which must be a `/summary`) has come back and before stdin
    /// closes. Not `ru_maxrss` from `wait4`: Linux counts into a spawned child's maximum the
    /// memory of the process that spawned it (the test run, which grows as tests run in
    /// parallel), which made this measure the test process rather than tingle.
    static func peakMemory(_ arguments: [String], input: String) throws -> Int {
        let running = try Running(arguments)
        running.type(input)
        guard running.waitForEnding("_From tingle", seconds: 120) else { throw POSIXError(.ETIMEDOUT) }
        let status = try String(contentsOfFile: "/proc/\(running.process.processIdentifier)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true)[1])
        else {
            throw POSIXError(.EINVAL)
        }
        running.closeInput()
        _ = running.exitStatus()
        return kilobytes
    }

    /// The descriptors open in this process, from /proc/self/fd (without the one that lists them).
    static func openDescriptors() -> [Int32] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return [] }
        return names.compactMap { Int32($0) }.filter { fcntl($0, F_GETFD) != -1 }
    }

    /// A running tingle whose stdin stays open, to send it signals mid-conversation.
    final class Running: @unchecked Sendable {
        let process = Process()
        private let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        private let out = LockedData(), err = LockedData()

        init(_ arguments: [String], environment: [String: String] = [:]) throws {
            process.executableURL = Binary.url
            process.arguments = arguments
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "TINGLE_HISTORY")
            for (key, value) in environment { env[key] = value }
            process.environment = env
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = stderr
            stdout.fileHandleForReading.readabilityHandler = { [out] handle in out.append(handle.availableData) }
            stderr.fileHandleForReading.readabilityHandler = { [err] handle in err.append(handle.availableData) }
            try process.run()
        }

        func type(_ text: String) { try? stdin.fileHandleForWriting.write(contentsOf: Data(text.utf8)) }
        func closeInput() { try? stdin.fileHandleForWriting.close() }

        /// Waits until the last few kilobytes of stdout hold `text` (cheap on long outputs).
        func waitForEnding(_ text: String, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if String(decoding: out.data.suffix(4_096), as: UTF8.self).contains(text) { return true }
                usleep(50_000)
            }
            return false
        }
        var output: String { String(decoding: out.data, as: UTF8.self) }
        var errors: String { String(decoding: err.data, as: UTF8.self) }

        /// Waits until stdout holds `text`; false after `seconds`.
        func waitFor(_ text: String, seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if output.contains(text) { return true }
                usleep(20_000)
            }
            return output.contains(text)
        }

        /// Waits for the process to end (killing it after `seconds`); its status, nil on a hang.
        func exitStatus(seconds: Double = 20) -> Int32? {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            guard !process.isRunning else {
                kill(process.processIdentifier, SIGKILL)
                return nil
            }
            usleep(100_000)  // let the readability handlers take the last bytes
            stdout.fileHandleForReading.readabilityHandler = nil
            stderr.fileHandleForReading.readabilityHandler = nil
            return process.terminationReason == .uncaughtSignal
                ? 128 + process.terminationStatus : process.terminationStatus
        }

        deinit {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            try? stdin.fileHandleForWriting.close()
        }
    }
}

final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// Bytes appended from a reading thread and read from the test.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()
    func append(_ data: Data) { lock.withLock { bytes.append(data) } }
    var data: Data { lock.withLock { bytes } }
}

/// Output bytes that must never reach a terminal raw: C0 controls other than newline,
/// DEL, C1 controls (UTF-8 encoded) and bidi overrides.
func rawControlCharacters(in data: Data) -> [Unicode.Scalar] {
    String(decoding: data, as: UTF8.self).unicodeScalars.filter { scalar in
        (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
