import Foundation

/// Runs the built `tingle` binary, as a user or a script would.
enum Binary {
    /// The `tingle` executable beside the test bundle in the build folder. Asked before any
    /// run, so it is also where the test process stops dying of SIGPIPE: a test that signals or
    /// stops tingle while input is still being written to it would otherwise end the whole
    /// test run (seen once, under load); the write fails instead, and the test reads the exit.
    static let url: URL = {
        signal(SIGPIPE, SIG_IGN)
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("tingle")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/tingle")
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:],
        currentDirectory: URL? = nil
    ) throws -> Result {
        let raw = try run(
            arguments, bytes: Data(input.utf8), environment: environment, currentDirectory: currentDirectory)
        return Result(status: raw.status, stdout: raw.text, stderr: raw.stderr)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tingle-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
