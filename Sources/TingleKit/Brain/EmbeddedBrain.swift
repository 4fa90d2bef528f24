import BrainFormat

/// What a build embeds of a brain in the binary: its files, the snapshot of them read and
/// checked (`BrainSnapshot`), their preparation (`BrainPreparation`), where the one lexicon's
/// words start when it is sorted, the engine's fingerprint, and the record of linking the
/// brain (`LinkedBrain`). The `BuiltInBrain` module holds the built-in brain's (made by
/// `EmbedBrain` at build time); this module only reads one, so the build's tool can use this
/// module's own compiler to make the record.
public struct EmbeddedBrain: Sendable {
    public let files: [BrainSourceFile]
    public let snapshot: String
    public let preparation: String
    public let lexiconStart: Int?
    /// What a compiled brain file must have been built with to load (see `CompiledBrainFile`).
    public let engineFingerprint: String
    /// nil for a brain the build could not compile (its problems are reported when it loads).
    public let linked: String?

    public init(
        files: [BrainSourceFile], snapshot: String, preparation: String, lexiconStart: Int?, engineFingerprint: String,
        linked: String?
    ) {
        self.files = files
        self.snapshot = snapshot
        self.preparation = preparation
        self.lexiconStart = lexiconStart
        self.engineFingerprint = engineFingerprint
        self.linked = linked
    }
}
