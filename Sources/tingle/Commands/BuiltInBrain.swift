import BuiltInBrain
import Dispatch
import Synchronization
import TingleKit

/// The built-in brain, loaded on another core from the first moment of a run, while the
/// arguments are parsed: ArgumentParser takes about 13M instructions (2–3 ms here) even for no
/// arguments at all (so the chat with none, or with `--json` alone, skips it: `Tingle.main`),
/// and nearly every run loads this brain next. A run that asks for another
/// brain or for no brain (help, the version) does not start it; a run that started it and
/// then needs none ends without waiting for it.
enum BuiltInBrain {
    private static let started = Atomic<Bool>(false)
    private static let loaded = Mutex<Result<Brain, Problems>?>(nil)
    private static let done = DispatchSemaphore(value: 0)

    /// Words that mean the built-in brain will not be wanted: another brain, help, the version
    /// or the completion scripts, building a folder. A value that happens to be one of them
    /// (`ask help`) only costs the head start.
    private static let wantsOther: Set<String> = [
        "--intents", "--brain", "--help", "-h", "help", "--version", "--generate-completion-script",
        "--experimental-dump-help", "build",
    ]

    /// Whether `arguments` may need the built-in brain: none of them is one of `wantsOther`
    /// (an option also when written `--name=value`).
    static func wanted(for arguments: [String]) -> Bool {
        !arguments.contains { argument in
            wantsOther.contains(argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument)
        }
    }

    /// Starts loading the built-in brain unless `arguments` show it will not be needed.
    static func startLoading(for arguments: [String]) {
        guard wanted(for: arguments) else { return }
        started.store(true, ordering: .sequentiallyConsistent)
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result { () throws(Problems) in try BrainLoader.builtIn() }
            loaded.withLock { $0 = result }
            done.signal()
        }
    }

    /// The built-in brain: the one started already, once it is ready, or loaded now.
    static func load() throws(Problems) -> Brain {
        guard started.load(ordering: .sequentiallyConsistent) else { return try BrainLoader.builtIn() }
        done.wait()
        done.signal()  // a second caller waits for nothing
        return try loaded.withLock { $0! }.get()
    }
}
