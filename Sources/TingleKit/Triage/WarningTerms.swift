/// The terms each warning sign names: the words and concepts its patterns and excepts are
/// written with. A sign sees nothing of a line but those terms where they are marked (and the
/// line's negation, contexts and clauses), so two readings of a line that differ only in terms
/// a sign does not name raise that sign alike. `PartReference` reads a line once for each part
/// "it" may mean; a reading that differs from one checked already only in some terms is checked
/// again only for the signs that name them (see `PartReference.signsTelling`).
struct WarningTerms: Sendable {
    private let byTerm: [Int32: [Int32]]
    private let byStem: [String: [Int32]]
    /// A pattern kept no compiled program to read its terms from: then every sign counts.
    private let every: Bool

    init(_ rules: [RedFlagRule]) {
        var byTerm: [Int32: Set<Int32>] = [:]
        var byStem: [String: Set<Int32>] = [:]
        var every = false
        for (number, rule) in zip(Int32(0)..., rules) {
            for pattern in rule.patterns + rule.except {
                guard let linked = pattern.linked else {
                    every = true
                    continue
                }
                for op in linked.program + linked.unorderedPrograms.joined().joined() {
                    switch op {
                    case .word(let id), .concept(let id): byTerm[id, default: []].insert(number)
                    case .literal(let index): byStem[linked.literals[Int(index)], default: []].insert(number)
                    default: break
                    }
                }
            }
        }
        self.byTerm = byTerm.mapValues { $0.sorted() }
        self.byStem = byStem.mapValues { $0.sorted() }
        self.every = every
    }

    /// The signs (by their place in the brain's red flags) that name term `term` (a word's or a
    /// concept's), or the word `stem`; nil when that cannot be told, and any sign may.
    func signs(naming term: Int32, stem: String? = nil) -> [Int32]? {
        every ? nil : (byTerm[term] ?? []) + (stem.flatMap { byStem[$0] } ?? [])
    }
}
