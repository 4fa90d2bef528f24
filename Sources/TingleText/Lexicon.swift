/// The brain's list of common English words (`lexicon.txt`), which the typo corrector
/// never "corrects". The list is kept as the sorted text it already is and searched by
/// bisection: making 24,000 Strings and hashing them into a Set was a large part of loading
/// a brain, and the built-in text costs no memory at all (it is the literal in the binary).
package struct Lexicon: Sendable {
    /// Distinct ASCII words, one per line, sorted byte-wise (which for ASCII is also
    /// the order of `String`'s `<`), from `start` on.
    private let sorted: String
    private let start: Int
    /// Words with non-ASCII letters: a Set compares them as `String`'s `==` does
    /// (canonical equivalence), which bytes cannot. Empty for the built-in lexicon.
    private let others: Set<String>

    /// Reads lexicon files: one word a line, lines starting with "#" are comments, spaces
    /// around a word are dropped and words are lowercased.
    package init(texts: [String]) {
        // One file that is already a sorted list of clean words after its comments (the
        // built-in one is) is used as it is.
        if texts.count == 1, let start = Self.sortedWords(in: texts[0]) {
            self.init(sorted: texts[0], start: start, others: [])
            return
        }
        self.init(unsortedTexts: texts)
    }

    /// A lexicon text the build has already found to be sorted clean words from `start` on
    /// (`sortedWords(in:)`): checking the built-in one again at every start cost 7M instructions.
    package init(checkedSorted text: String, start: Int) {
        self.init(sorted: text, start: start, others: [])
    }

    private init(unsortedTexts texts: [String]) {
        var words: [String] = []
        for text in texts {
            for line in text.split(whereSeparator: \.isNewline) {
                let word = line.trimmedSpaces
                if !word.isEmpty, !word.hasPrefix("#") { words.append(word.lowercased()) }
            }
        }
        self.init(words: words)
    }

    package init(words: some Sequence<String>) {
        var ascii: [String] = []
        var others: Set<String> = []
        for word in words {
            // A line break inside a word (possible through `TypoCorrector.init`) would
            // split its line in two.
            if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0A }) { ascii.append(word) } else { others.insert(word) }
        }
        ascii.sort()
        var text = ""
        var previous: String?
        for word in ascii where word != previous {
            text += word
            text += "\n"
            previous = word
        }
        self.init(sorted: text, start: 0, others: others)
    }

    private init(sorted: String, start: Int, others: Set<String>) {
        (self.sorted, self.start, self.others) = (sorted, start, others)
    }

    /// Where the words of `text` start, if it is comment lines and then lines of one clean
    /// word each (printable ASCII, no capitals, no spaces), every word after the one before.
    /// Reading it line by line would then give exactly those words.
    package static func sortedWords(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard bytes.allSatisfy({ $0 == 0x0A || ($0 >= 0x20 && $0 < 0x7F) }) else { return nil }
            var start = 0
            while start < bytes.count, bytes[start] == UInt8(ascii: "#") {
                start = (bytes[start...].firstIndex(of: 0x0A) ?? bytes.count - 1) + 1
            }
            var previous = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            var lineStart = start
            while lineStart < bytes.count {
                let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                let word = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                guard !word.isEmpty, word[0] != UInt8(ascii: "#"),
                    word.allSatisfy({ $0 > 0x20 && !($0 >= 0x41 && $0 <= 0x5A) }),
                    previous.lexicographicallyPrecedes(word)
                else { return nil }
                previous = word
                lineStart = end + 1
            }
            return start
        }
    }

    package func contains(_ word: String) -> Bool {
        if !others.isEmpty, others.contains(word) { return true }
        var text = sorted
        var word = word
        return text.withUTF8 { all in
            word.withUTF8 { query in
                let isASCII = query.allSatisfy { $0 < 0x80 }
                var low = start
                var high = all.count  // the line holding `low` is the first candidate
                while low < high {
                    // The line around the middle byte.
                    var lineStart = low + (high - low) / 2
                    while lineStart > low, all[lineStart - 1] != 0x0A { lineStart -= 1 }
                    var lineEnd = lineStart
                    while lineEnd < high, all[lineEnd] != 0x0A { lineEnd += 1 }
                    let line = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
                    // A non-ASCII word can still equal an ASCII one ("\u{037E}" is ";"):
                    // it is compared as a String.
                    let order =
                        isASCII
                        ? compare(line, query)
                        : compare(String(decoding: line, as: UTF8.self), String(decoding: query, as: UTF8.self))
                    if order == 0 { return true }
                    if order < 0 { low = lineEnd + 1 } else { high = lineStart }
                }
                return false
            }
        }
    }

    private func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        for i in 0..<min(a.count, b.count) where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    private func compare(_ a: String, _ b: String) -> Int {
        a == b ? 0 : (a < b ? -1 : 1)
    }
}
