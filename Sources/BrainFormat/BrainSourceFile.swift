/// One file of a brain: its path relative to the brain folder, and its text.
/// The built-in brain is a list of these compiled into the binary.
public struct BrainSourceFile: Sendable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
