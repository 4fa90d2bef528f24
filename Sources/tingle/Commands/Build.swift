import ArgumentParser
import BuiltInBrain
import TingleKit

/// `tingle build DIR -o FILE`: reads, checks and prepares a brain once, for `--brain FILE`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile a brain folder into one file that 'tingle --brain FILE' loads without reading YAML.",
        discussion: """
            The file records the folder and its files' fingerprint: loading it is refused once \
            the folder has changed, and by another version of tingle; build it again then.
            """)

    @Argument(help: ArgumentHelp("The brain's folder of YAML files.", valueName: "DIR"), completion: .directory)
    var directory: String

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Where to write the compiled brain.", valueName: "FILE"),
        completion: .file())
    var output: String

    func run() throws {
        let text: String
        do {
            text = try CompiledBrainFile.build(directory: directory, engine: EmbeddedBrain.builtIn.engineFingerprint)
        } catch {
            Output.error(Frontend.printable(error.description))
            Output.error(
                Frontend.printable(
                    "tingle build: the brain has \(error.all.count) problem\(error.all.count == 1 ? "" : "s"); nothing was written"
                ))
            throw ExitCode(2)
        }
        do {
            try PrivateFile.write(text, to: output)
        } catch {
            Output.error("tingle build: \(error)")
            throw ExitCode(1)
        }
        Output.line(
            Frontend.printable("\(output): compiled from \(directory); load it with 'tingle --brain \(output)'"))
    }
}
