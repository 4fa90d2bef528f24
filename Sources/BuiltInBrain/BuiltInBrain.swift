import BrainFormat
import TingleKit

// The brain built into the binary: `Intents/` as the build read, checked, prepared and linked
// it (`EmbedBrain`, run by `EmbedBrainPlugin`, writes the rest of this module). A module of its
// own above TingleKit, so the build's tool can link the brain with TingleKit's own compiler.

extension EmbeddedBrain {
    /// The built-in brain.
    public static let builtIn = EmbeddedBrain(
        files: embeddedBrainFiles, snapshot: embeddedBrainSnapshot, preparation: embeddedBrainPreparation,
        lexiconStart: embeddedSortedLexiconStart, engineFingerprint: embeddedEngineFingerprint,
        linked: embeddedLinkedBrain)
}

extension BrainLoader {
    /// Loads the built-in brain (see `embedded(_:)`).
    public static func builtIn() throws(Problems) -> Brain { try embedded(.builtIn) }
}

extension BrainSourceFile {
    /// The built-in brain's files, as `Intents/` held them at build time.
    public static var builtIn: [BrainSourceFile] { embeddedBrainFiles }
}
