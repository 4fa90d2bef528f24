import BrainFormat

extension BrainSourceFile {
    /// The brain that ships inside the binary (generated from `Intents/` at build time).
    public static var builtIn: [BrainSourceFile] { embeddedBrainFiles }
}
