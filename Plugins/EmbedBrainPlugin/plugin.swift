import Foundation
import PackagePlugin

/// Compiles the brain (every file under `Intents/`) into BuiltInBrain as Swift
/// string literals, so a release binary needs nothing beside it.
@main
struct EmbedBrainPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let brainDirectory = context.package.directoryURL.appending(path: "Intents")
        let (files, folders) = brainFiles(in: brainDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedBrainFiles.swift")
        var arguments = [output.path(percentEncoded: false), brainDirectory.path(percentEncoded: false)]
        arguments += files.map { $0.path(percentEncoded: false) }
        return [
            .buildCommand(
                displayName: "Embedding the brain (\(files.count) files from Intents/)",
                executable: try context.tool(named: "EmbedBrain").url,
                arguments: arguments,
                // Listing the folders makes adding or removing a file in any of them re-run the
                // command (EmbedBrain then walks the folder itself, so the new file is read).
                inputFiles: files + [brainDirectory] + folders,
                outputFiles: [output]
            )
        ]
    }

    private func brainFiles(in directory: URL) -> (files: [URL], folders: [URL]) {
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: keys) else {
            return ([], [])
        }
        var files: [URL] = []
        var folders: [URL] = []
        for case let url as URL in walker {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                folders.append(url)
            } else if ["yaml", "yml", "txt"].contains(url.pathExtension) {
                files.append(url)
            }
        }
        return (files.sorted { $0.path < $1.path }, folders.sorted { $0.path < $1.path })
    }
}
