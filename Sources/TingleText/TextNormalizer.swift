/// Turns raw user text into plain lowercase text the tokenizer can rely on:
/// compatibility forms folded (full-width letters, ligatures), accents and emoji
/// removed, typographic quotes and dashes made ASCII, control characters and
/// terminal escape sequences dropped so they can never be echoed back raw.
public enum TextNormalizer {
    /// The runs of letters of `line`, lowercased, joined by single spaces. A line of ASCII is
    /// read from its bytes, where a letter is A-Z or a-z as `Character.isLetter` says:
    /// lowercasing, splitting and joining Characters cost more than the rest of a short turn.
    public static func letterWords(_ line: String) -> String {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else {
            return line.lowercased().split { !$0.isLetter }.joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        var between = false
        for byte in line.utf8 {
            let lower = byte | 0x20
            guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else {
                between = true
                continue
            }
            if between, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
            between = false
            bytes.append(lower)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func normalize(_ raw: String) -> String {
        // Most text is plain printable ASCII: nothing to fold but case (a backquote is
        // still turned into an apostrophe by the full path).
        if allBytes(of: raw, { $0 >= 0x20 && $0 < 0x7F && $0 != 0x60 }) { return raw.lowercased() }
        let withoutEscapes = stripTerminalSequences(raw)
        // NFKC folds full-width letters and ligatures ("ﬁ" → "fi").
        let folded = withoutEscapes.precomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        for scalar in folded.decomposedStringWithCanonicalMapping.unicodeScalars {
            if let replacement = asciiReplacement(scalar) {
                out.append(contentsOf: replacement.unicodeScalars)
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark, .format:
                continue  // accents, variation selectors, bidi controls, zero-width joiners
            case .control, .lineSeparator, .paragraphSeparator, .spaceSeparator:
                out.append(" ")
            case .otherSymbol, .modifierSymbol, .surrogate, .privateUse, .unassigned:
                out.append(" ")  // emoji and pictographs carry no meaning for the matcher
            default:
                out.append(scalar)
            }
        }
        return String(out).lowercased()
    }

    /// Typographic punctuation that people (and phones) type instead of ASCII.
    private static func asciiReplacement(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0x2026: return "..."
        case 0x00DF: return "ss"
        case 0x00E6: return "ae"
        case 0x0153: return "oe"
        case 0x00F8: return "o"
        case 0x0142: return "l"
        default: return nil
        }
    }

    /// Removes ANSI/VT escape sequences (CSI, OSC and two-character escapes) whole,
    /// so their parameters do not survive as stray words.
    package static func stripTerminalSequences(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value == 0x1B || $0.value == 0x9B }) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar.value == 0x9B {
                skipCSI(&scalars)
                continue
            }
            guard scalar.value == 0x1B else {
                out.append(scalar)
                continue
            }
            guard let kind = scalars.next() else { break }
            switch kind {
            case "[": skipCSI(&scalars)
            case "]", "P", "_", "^":
                // OSC/DCS/APC/PM: up to BEL or ESC \ (string terminator).
                while let next = scalars.next() {
                    if next.value == 0x07 { break }
                    if next.value == 0x1B {
                        _ = scalars.next()
                        break
                    }
                }
            default: break  // a two-character escape: both dropped
            }
            out.append(" ")
        }
        return String(out)
    }

    private static func skipCSI(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let next = scalars.next() {
            if (0x40...0x7E).contains(next.value) { return }
        }
    }

    /// Whether every UTF-8 byte of `text` passes `test`, read from the string's storage in
    /// place where it keeps its bytes together (walking the UTF-8 view took about twice
    /// as long, for every line, twice).
    package static func allBytes(of text: String, _ test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(test) } ?? text.utf8.allSatisfy(test)
    }

    /// Text safe to print back to a terminal: control characters replaced, nothing else changed.
    public static func printable(_ text: String) -> String {
        if allBytes(of: text, { $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in stripTerminalSequences(text).unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control: out.append(scalar == "\t" ? " " : "\u{FFFD}")
            case .format where (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value):
                continue  // bidi overrides could reorder the rest of the terminal line
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
