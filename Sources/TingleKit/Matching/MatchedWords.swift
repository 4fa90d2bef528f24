/// Which words of a line a rule used, for `/why`: the tokens of a sentence that the
/// pattern names, as a word (compared by stem) or as a phrase of one of its concepts.
/// An explanation for authors, not a second matcher: it does not re-run the pattern.
extension MatchInput {
    func wordsNamed(by pattern: Pattern, in range: Range<Int>) -> [Int] {
        var words: Set<String> = []
        var concepts: Set<String> = []
        func collect(_ elements: [Pattern.Element]) {
            for element in elements {
                switch element {
                case .word(let stem): words.insert(stem)
                case .concept(let name): concepts.insert(name)
                case .wildcard: break
                case .optional(let inner): collect(inner)
                case .choice(let alternatives): alternatives.forEach(collect)
                }
            }
        }
        let elements = pattern.elements(rewriter: brain.analyzer.rewriter)
        collect(elements.sequence)
        collect(elements.unordered)
        let names = brain.terms.terms
        var used = Set<Int>()
        for i in range.clamped(to: tokens.indices) {
            if words.contains(tokens[i].stem) { used.insert(i) }
            for mark in marks(at: i) {
                guard case .concept(let name) = names[Int(mark.concept)], concepts.contains(name) else { continue }
                used.formUnion(i..<min(i + Int(mark.length), range.upperBound))
            }
        }
        return used.sorted()
    }

    /// The tokens as typed, joined; a gap between them shown as "…".
    func quote(_ positions: [Int]) -> String {
        var text = ""
        for (k, i) in positions.enumerated() {
            if k > 0 { text += positions[k - 1] == i - 1 ? " " : " … " }
            text += tokens[i].typed
        }
        return text
    }
}
