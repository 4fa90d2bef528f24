extension String {
    /// The words of normalised text, split on the space byte, empty ones left out. Not split
    /// by character: normalised text holds no combining marks, and splitting by character
    /// (grapheme by grapheme) was most of the cost where whole sentences or a thousand
    /// rewrites are split.
    package var spacedWords: [String] {
        utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }
}
