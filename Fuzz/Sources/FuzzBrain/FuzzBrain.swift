import BuiltInBrain
import TingleKit

/// The brain loader: the fuzz input is one more YAML file beside the real built-in files
/// (so references into the real brain resolve and merges, duplicates and overrides are
/// exercised). Loading must either give a brain or report problems, never trap.
private let builtIn = BrainSourceFile.builtIn

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Invalid UTF-8 is refused by load(directory:) before it reaches the compiler.
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    // Alone (every reference dangling) and beside the built-in brain.
    for files in [
        [BrainSourceFile(path: "fuzz.yaml", text: text)],
        builtIn + [BrainSourceFile(path: "zz-fuzz.yaml", text: text)],
    ] {
        do {
            let brain = try BrainLoader.load(files: files)
            var session = Session(brain: brain)
            _ = session.respond(to: "my feet go numb after 3 miles")
        } catch {
            for problem in error.all where problem.description.isEmpty { fatalError("an empty problem") }
        }
    }
    return 0
}
