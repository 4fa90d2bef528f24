/// The terms each warning sign names: the words and concepts its patterns and excepts are
/// written with. A sign sees nothing of a line but those terms where they are marked (and the
/// line's negation, contexts and clauses), so two readings of a line that differ only in terms
/// a sign does not name raise that sign alike. `PartReference` reads a line once for each part
/// "it" may mean; a reading that differs from one checked already only in some terms is checked
/// again only for the signs that name them (see `PartReference.signsTelling`).
struct WarningTerms: Sendable {
    /// For each term id, the signs that name it, as bits: `signWords` words a term. Made at
    /// every start, so one pass over the compiled programs into flat bits, no sets: a
    /// dictionary of sets cost 5.6 million instructions, 4% of starting.
    private let bits: [UInt64]
    private let signWords: Int
    /// Stems the brain's table did not know when a pattern was linked (`.literal`), rare.
    private let byStem: [String: [Int32]]
    /// A pattern kept no compiled program to read its terms from: then every sign counts.
    private let every: Bool

    init(_ rules: [RedFlagRule], termCount: Int) {
        let signWords = (rules.count + 63) / 64
        var bits = [UInt64](repeating: 0, count: termCount * signWords)
        var byStem: [String: [Int32]] = [:]
        var every = false
        for (number, rule) in rules.enumerated() {
            let (word, bit) = (number / 64, UInt64(1) << UInt64(number % 64))
            func mark(_ program: [PatternOp], _ literals: [String]) {
                for op in program {
                    switch op {
                    case .word(let id), .concept(let id):
                        // A concept the brain does not have (-1) is never marked: nothing to name.
                        if id < 0 { continue }
                        if Int(id) < termCount { bits[Int(id) * signWords + word] |= bit } else { every = true }
                    case .literal(let index): byStem[literals[Int(index)], default: []].append(Int32(number))
                    default: break
                    }
                }
            }
            for patterns in [rule.patterns, rule.except] {
                for pattern in patterns {
                    guard let linked = pattern.linked else {
                        every = true
                        continue
                    }
                    mark(linked.program, linked.literals)
                    for element in linked.unorderedPrograms {
                        for program in element { mark(program, linked.literals) }
                    }
                }
            }
        }
        (self.bits, self.signWords, self.byStem, self.every) = (bits, signWords, byStem, every)
    }

    /// The signs (by their place in the brain's red flags) that name term `term` (a word's or a
    /// concept's), or the word `stem`; nil when that cannot be told, and any sign may.
    func signs(naming term: Int32, stem: String? = nil) -> [Int32]? {
        guard !every else { return nil }
        var signs = stem.flatMap { byStem[$0] } ?? []
        guard term >= 0, Int(term) * signWords < bits.count else { return signs }
        for word in 0..<signWords {
            var set = bits[Int(term) * signWords + word]
            while set != 0 {
                signs.append(Int32(word * 64 + set.trailingZeroBitCount))
                set &= set - 1
            }
        }
        return signs
    }
}
