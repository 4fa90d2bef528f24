/// Replaces regional and slang phrasings with the brain's canonical words before
/// matching ("a and e" → "emergency department", "colour" → "color"). The table is data
/// (`rewrites:` in the brain); the words as typed are kept for display.
public struct PhraseRewriter: Sendable {
    private let rules: [String: [(from: [String], to: [String])]]
    private let firstWords: WordFilter

    /// Every word of every phrase rewritten: words the typo corrector, which reads a line
    /// before the rewriting, must take as known ("nowt" is no slip of "now").
    public let sourceWords: Set<String>

    public init(_ rewrites: [String: String]) {
        var rules: [String: [(from: [String], to: [String])]] = [:]
        for (from, to) in rewrites.sorted(by: { $0.key < $1.key }) {
            let words = from.spacedWords
            guard let first = words.first else { continue }
            rules[first, default: []].append((words, to.spacedWords))
        }
        for key in rules.keys { rules[key]!.sort { $0.from.count > $1.from.count } }
        self.rules = rules
        firstWords = WordFilter(rules.keys)
        sourceWords = Set(rules.values.joined().flatMap(\.from))
    }

    package func rewrite(_ words: [Tokenizer.Word]) -> [Tokenizer.Word] {
        guard !rules.isEmpty else { return words }
        // Most lines have nothing to rewrite: the words are copied once a rule applies.
        var out: [Tokenizer.Word]?
        var i = 0
        outer: while i < words.count {
            if firstWords.mayContain(words[i].text), let candidates = rules[words[i].text] {
                for rule in candidates where i + rule.from.count <= words.count {
                    // Within the words between two marks of punctuation: "go. Back is sore" is
                    // no "go back".
                    if rule.from.indices.allSatisfy({ words[i + $0].text == rule.from[$0] }),
                        !rule.from.indices.dropFirst().contains(where: { words[i + $0].afterPunctuation })
                    {
                        if out == nil { out = Array(words[..<i]) }
                        for replacement in rule.to {
                            var word = words[i]
                            word.text = replacement
                            // A rewrite is no correction: the words as typed are the phrase's.
                            word.typed = nil
                            out!.append(word)
                        }
                        i += rule.from.count
                        continue outer
                    }
                }
            }
            out?.append(words[i])
            i += 1
        }
        return out ?? words
    }
}
