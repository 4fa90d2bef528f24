import Foundation
import Testing

/// `tingle build DIR -o FILE` and `--brain FILE`: the same replies as `--intents DIR`, and
/// every refusal names the file and says to build again.
@Suite("Compiled brains")
struct CompiledBrainTests {
    /// A copy of the built-in brain's folder, so it can be changed.
    func brainCopy(in dir: URL) throws -> URL {
        let copy = dir.appendingPathComponent("brain")
        try FileManager.default.copyItem(at: intentsFolder, to: copy)
        return copy
    }

    @Test("A compiled brain answers every line as its folder does, in the chat and in --json")
    func sameReplies() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try brainCopy(in: dir)
        let file = dir.appendingPathComponent("my.brain").path
        let built = try Binary.run(["build", folder.path, "-o", file])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("--brain \(file)"))
        let lines = """
            toes start tingling roughly 20 mins into a jog
            new hokas, laced quite tight
            no pain, but my foot looks pale and cold now
            what causes it?
            /why

            """
        for extra in [[], ["--json"]] {
            let fromFolder = try Binary.run(["--intents", folder.path] + extra, input: lines)
            let fromFile = try Binary.run(["--brain", file] + extra, input: lines)
            #expect(fromFile.status == 0, "\(fromFile.stderr)")
            #expect(!fromFile.stdout.isEmpty)
            #expect(fromFile.stdout == fromFolder.stdout)
        }
        #expect(try Binary.run(["check", "--brain", file]).stdout.contains("\(file): OK"))
    }

    @Test("A file older than its folder, damaged, of another form or missing is refused with what to do")
    func refusals() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try brainCopy(in: dir)
        let file = dir.appendingPathComponent("my.brain")
        #expect(try Binary.run(["build", folder.path, "-o", file.path]).status == 0)
        let text = try String(contentsOf: file, encoding: .utf8)

        func expectRefused(_ path: String, _ expected: String, _ why: Comment) throws {
            let result = try Binary.run(["--brain", path], input: "hi\n")
            #expect(result.status == 2, why)
            #expect(result.stdout.isEmpty, why)
            #expect(result.stderr.hasPrefix("\(path):1:1: "), why)
            #expect(result.stderr.contains(expected), why)
        }
        let cut = dir.appendingPathComponent("cut.brain")
        try String(text.prefix(text.count / 2)).write(to: cut, atomically: true, encoding: .utf8)
        try expectRefused(cut.path, "is damaged", "cut short")
        let other = dir.appendingPathComponent("other.brain")
        // The form's number (the first after the first line) made one no tingle writes.
        let form = text.dropFirst("tingle compiled brain\n".count).prefix { $0 != ";" }
        #expect(!form.isEmpty && form.allSatisfy(\.isNumber))
        try ("tingle compiled brain\n999" + text.dropFirst("tingle compiled brain\n".count + form.count))
            .write(to: other, atomically: true, encoding: .utf8)
        try expectRefused(other.path, "was built by another version of tingle", "another form")
        let yaml = dir.appendingPathComponent("settings.yaml")
        try FileManager.default.copyItem(at: folder.appendingPathComponent("settings.yaml"), to: yaml)
        try expectRefused(yaml.path, "is not a compiled brain", "a YAML file")
        try expectRefused(dir.appendingPathComponent("none.brain").path, "no such file", "missing")
        // Its folder changed since: refused until built again.
        let settings = folder.appendingPathComponent("settings.yaml")
        try (String(contentsOf: settings, encoding: .utf8) + "\n# changed\n").write(
            to: settings, atomically: true, encoding: .utf8)
        try expectRefused(file.path, "which has changed since; build it again with 'tingle build", "stale")
        #expect(try Binary.run(["build", folder.path, "-o", file.path]).status == 0)
        #expect(try Binary.run(["--brain", file.path], input: "hi\n").status == 0)
    }

    @Test(
        "build refuses a broken folder with every problem and writes nothing; --brain with --intents is a usage error")
    func buildRefusals() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try brainCopy(in: dir)
        try "intents:\n  - id: broken\n    patterns: ['* (unclosed *']\n".write(
            to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let file = dir.appendingPathComponent("my.brain")
        let result = try Binary.run(["build", folder.path, "-o", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.yaml:3:"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
        let both = try Binary.run(["--intents", folder.path, "--brain", file.path], input: "hi\n")
        #expect(both.status == 2)
        #expect(both.stderr.contains("not both"))
    }
}
