import TingleText

/// Parses the pattern language:
///
/// - `word` — a literal word (compared by stem, so "tingles" matches `tingling`)
/// - `*` — any number of words, including none
/// - `[words]` — optional words
/// - `(a|b c|~x)` — one of several alternatives
/// - `~name` — any phrase of the concept `name`
/// - `{a ~b (c|d)}` — terms that must all appear somewhere in the input, in any order
/// - `{{a ~b}}` — the same, all within one clause ("my groin strain is better but my toes go
///   numb" has the groin and the numbness in two)
///
/// Literal words go through the same text pipeline as user input, so "can't" in a pattern
/// meets "cant" typed by a user. Its own module, below the engine, so the build can parse
/// the built-in brain's patterns once and embed the result (see `BrainPreparation`).
public enum PatternParser {
    /// Remembers the stems of literal words while a brain compiles: the same words recur
    /// across hundreds of patterns. One compile uses one cache, with one rewriter.
    package final class WordCache {
        var stems: [String: [String]] = [:]
        package init() {}
    }

    /// Brackets inside brackets, at most: the parser (and the compiler after it) recurses
    /// once a level, so a pattern nested thousands deep would overflow the stack. The
    /// built-in brain nests two deep.
    public static let maxNesting = 32
    /// Characters in one pattern, at most: the matcher recurses once an element, so its
    /// depth follows a pattern's length. The longest built-in pattern is under 300.
    public static let maxLength = 2_000

    public struct SyntaxError: Error, Sendable, Hashable {
        /// Offset, in characters, of the problem within the pattern text.
        public let offset: Int
        public let message: String

        package init(offset: Int, message: String) {
            self.offset = offset
            self.message = message
        }
    }

    /// `rewriter` applies the brain's `rewrites:` to literal words, as it is applied to input,
    /// so a pattern may say "tarmac" even though input "tarmac" is read as "asphalt".
    public static func parse(_ source: String, rewriter: PhraseRewriter? = nil) throws(SyntaxError) -> ParsedPattern {
        try parse(source, rewriter: rewriter, cache: nil)
    }

    package static func parse(_ source: String, rewriter: PhraseRewriter?, cache: WordCache?) throws(SyntaxError)
        -> ParsedPattern
    {
        // Unicode scalars, not characters: splitting text into characters was most of the
        // cost of parsing. Positions are turned into characters only for an error.
        let scalars = Array(source.unicodeScalars)
        var parser = Parser(scalars: scalars, rewriter: rewriter, cache: cache)
        let sequence: [PatternElement]
        let unordered: [PatternElement]
        do {
            (sequence, unordered) = try parser.parseTop()
        } catch {
            let characters = String(String.UnicodeScalarView(scalars.prefix(error.offset))).count
            throw SyntaxError(offset: characters, message: error.message)
        }
        // After parsing, so that a pattern both too deep and too long is told the first.
        if source.count > maxLength {
            throw SyntaxError(
                offset: maxLength,
                message: "the pattern is longer than \(maxLength) characters; split it into several patterns")
        }
        if sequence.isEmpty && unordered.isEmpty {
            throw SyntaxError(offset: 0, message: "the pattern is empty")
        }
        return ParsedPattern(source: source, sequence: sequence, unordered: unordered)
    }

    /// Reads scalars; its errors' offsets count scalars (`parse` turns them into characters).
    private struct Parser {
        let scalars: [Unicode.Scalar]
        let rewriter: PhraseRewriter?
        let cache: WordCache?
        var position = 0
        /// How many brackets enclose `position`.
        var depth = 0

        init(scalars: [Unicode.Scalar], rewriter: PhraseRewriter?, cache: WordCache?) {
            self.scalars = scalars
            self.rewriter = rewriter
            self.cache = cache
        }

        mutating func parseTop() throws(SyntaxError) -> ([PatternElement], [PatternElement]) {
            var sequence: [PatternElement] = []
            var unordered: [PatternElement] = []
            while true {
                skipSpaces()
                guard let c = peek() else { return (sequence, unordered) }
                if c == "{" {
                    let start = position
                    position += 1
                    // "{{…}}": the same terms, all within one clause (see `Pattern.withinClause`).
                    let doubled = peek() == "{"
                    if doubled { position += 1 }
                    let members = try parseSequence(closers: ["}"])
                    position += 1
                    if doubled {
                        guard peek() == "}" else { throw SyntaxError(offset: position, message: "missing '}}'") }
                        position += 1
                    }
                    if members.isEmpty { throw SyntaxError(offset: start, message: "'{}' needs at least one term") }
                    if members.contains(.wildcard) {
                        throw SyntaxError(offset: start, message: "'*' has no meaning inside '{…}'")
                    }
                    unordered += members
                } else {
                    let element = try parseElement()
                    if element == [.wildcard], sequence.last == .wildcard { continue }
                    sequence += element
                }
            }
        }

        /// Elements up to (not including) one of `closers` (one or two characters), which must be present.
        mutating func parseSequence(closers: [Unicode.Scalar]) throws(SyntaxError) -> [PatternElement] {
            var elements: [PatternElement] = []
            let start = position
            while true {
                skipSpaces()
                guard let c = peek() else {
                    let expected = closers.sorted().map { "'\($0)'" }.joined(separator: " or ")
                    throw SyntaxError(offset: max(start - 1, 0), message: "missing \(expected)")
                }
                if closers.contains(c) { return elements }
                elements += try parseElement()
            }
        }

        mutating func parseElement() throws(SyntaxError) -> [PatternElement] {
            guard let c = peek() else { return [] }
            let start = position
            switch c {
            case "*":
                position += 1
                return [.wildcard]
            case "[":
                position += 1
                let inner = try parseAlternatives(closer: "]", start: start)
                return [.optional(inner)]
            case "(":
                position += 1
                return try parseAlternatives(closer: ")", start: start)
            case "~":
                position += 1
                let name = readWord()
                if name.isEmpty { throw SyntaxError(offset: start, message: "'~' must be followed by a concept name") }
                return [.concept(name)]
            default:
                let word = readWord()
                if word.isEmpty { throw SyntaxError(offset: start, message: "unexpected '\(c)'") }
                // The literal words that follow are one phrase to the rewriter, as they would be
                // in input: "back to normal" in a pattern must become what it becomes in input
                // ("to normal"), or the pattern can never match it.
                var words = [word]
                while true {
                    let end = position
                    skipSpaces()
                    guard let next = peek(), Self.isWordScalar(next) else {
                        position = end
                        break
                    }
                    words.append(readWord())
                }
                return stems(of: words).map { .word($0) }
            }
        }

        /// `a|b c|~x` up to `closer`: one sequence, or a choice between several.
        mutating func parseAlternatives(closer: Unicode.Scalar, start: Int) throws(SyntaxError) -> [PatternElement] {
            let open = closer == ")" ? "(" : "["
            depth += 1
            defer { depth -= 1 }
            if depth > PatternParser.maxNesting {
                throw SyntaxError(
                    offset: start,
                    message:
                        "brackets are nested more than \(PatternParser.maxNesting) deep; write the pattern flatter (or as several patterns)"
                )
            }
            var branches: [[PatternElement]] = []
            while true {
                let branch = try parseSequence(closers: ["|", closer])
                if branch.isEmpty {
                    throw SyntaxError(offset: position, message: "an alternative in '\(open)…\(closer)' is empty")
                }
                branches.append(branch)
                let found = peek()
                position += 1
                if found == closer { break }
            }
            return branches.count == 1 ? branches[0] : [.choice(branches)]
        }

        /// The stems a run of literal words stands for, remembered: the same words recur across
        /// hundreds of patterns while a brain loads. Each word is read on its own, as before
        /// ("20 minutes" in a pattern stays two words, not a duration); the rewrites see the run.
        func stems(of run: [String]) -> [String] {
            let key = run.count == 1 ? run[0] : run.joined(separator: " ")
            if let known = cache?.stems[key] { return known }
            var words = run.flatMap { Tokenizer.words(in: TextNormalizer.normalize($0)) }
            if let rewriter { words = rewriter.rewrite(words) }
            let stems = words.map { $0.measure?.stem ?? Stemmer.stem($0.text) }
            cache?.stems[key] = stems
            return stems
        }

        func peek() -> Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func skipSpaces() {
            while let c = peek(), c == " " || c == "\t" { position += 1 }
        }

        /// Letters (with their combining marks), digits and `'_-.’&`; ASCII first, since
        /// Unicode property lookups are slow and every scalar of every pattern is asked.
        static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
            if c.isASCII {
                let v = c.value
                return (v | 0x20) >= 97 && (v | 0x20) <= 122 || (48...57).contains(v) || v == 39 || v == 95 || v == 45
                    || v == 46 || v == 38
            }
            let properties = c.properties
            return properties.isAlphabetic || properties.numericType != nil || c == "’"
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
        }

        mutating func readWord() -> String {
            let start = position
            var ascii = true
            while let c = peek(), Self.isWordScalar(c) {
                ascii = ascii && c.isASCII
                position += 1
            }
            // Appending scalars one by one through the generic path was most of parsing.
            if ascii {
                return String(unsafeUninitializedCapacity: position - start) { buffer in
                    for (i, scalar) in scalars[start..<position].enumerated() { buffer[i] = UInt8(scalar.value) }
                    return position - start
                }
            }
            var word = ""
            for scalar in scalars[start..<position] { word.unicodeScalars.append(scalar) }
            return word
        }
    }
}
