/// One element of a parsed pattern (see `PatternParser` for the language). Literal words
/// are stems, read by the same text pipeline as input.
// Not `indirect`: the nested cases hold arrays, which are references already, and
// boxing every word was most of the allocations of loading a brain.
public enum PatternElement: Sendable, Hashable {
    case word(String)
    case concept(String)
    case wildcard
    case optional([PatternElement])
    case choice([[PatternElement]])
}

/// A pattern as the parser leaves it: its ordered part and its any-order (`{…}`) part.
public struct ParsedPattern: Sendable, Hashable {
    public let source: String
    public let sequence: [PatternElement]
    public let unordered: [PatternElement]

    public init(source: String, sequence: [PatternElement], unordered: [PatternElement]) {
        self.source = source
        self.sequence = sequence
        self.unordered = unordered
    }
}
