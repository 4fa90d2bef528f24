/// Maps term ids to the patterns that need them, every pattern of the brain (intents,
/// slot extractors, symptoms, red flags), so a turn only considers the patterns whose
/// requirements the input meets: the cost of a turn grows with the length of the input,
/// not with the size of the brain. Also maps terms to the intents they are keywords of.
/// A class: every turn borrows it, never copies it.
public final class RuleIndex: Sendable {
    /// What a numbered pattern belongs to: which intent, slot, symptom, risk, circumstance
    /// or red flag (`rule`, an index into the brain's list of that kind), and which of its
    /// patterns or extractors (`item`). A turn goes from the patterns that could match to
    /// their rules, never through the rules that cannot.
    struct Owner: Sendable {
        enum Kind: UInt8, Sendable {
            case intent, extractor, none, symptom, symptomDenial, symptomExcept, risk, context, redFlag,
                extractorExcept,
                redFlagExcept

            /// The kind's bit in a set of kinds (`Kinds`).
            var bit: UInt16 { 1 << rawValue }
        }

        /// A set of kinds as bits: asked of every pattern a turn considers, so no hashing.
        struct Kinds: Sendable {
            let bits: UInt16
            init(_ kinds: [Kind]) { bits = kinds.reduce(0) { $0 | $1.bit } }
            func contains(_ kind: Kind) -> Bool { bits & kind.bit != 0 }
        }

        let kind: Kind
        let rule: Int32
        let item: Int32
    }

    let owners: [Owner]
    /// Each pattern's required sets as term ids (see `Pattern.requirements`), flat: pattern
    /// `p` has the sets `setStart[p]..<setStart[p + 1]`, set `k` the ids `ids[idStart[k]..<idStart[k + 1]]`.
    private let setStart: [Int32]
    private let idStart: [Int32]
    private let ids: [Int32]
    /// Term id `t` → the patterns filed under it, `filed[postingStart[t]..<postingStart[t + 1]]`:
    /// each pattern is filed under the terms of its rarest required set, so it is looked at
    /// only when one of them is present.
    private let postingStart: [Int32]
    private let filed: [Int32]
    /// Patterns with no required term (all wildcards or optional words): always tried.
    private let unconditional: [Int32]
    /// Term id `t` → the intents it is a keyword of, `keywordStart[t]..<keywordStart[t + 1]`.
    private let keywordStart: [Int32]
    private let keywordIntent: [Int32]
    private let keywordWeight: [Double]

    /// `patterns` in number order (their `Linked.number`), with their owners; `keywords` per intent.
    init(patterns: [(Pattern, Owner)], keywords: [[Term: Double]], terms: TermTable) {
        owners = patterns.map(\.1)
        let flat = patterns.map { $0.0.linked?.requirementIDs ?? [] }
        var frequency = [Int](repeating: 0, count: terms.count)
        for sets in flat { Self.eachSet(sets) { set in for k in set { frequency[Int(sets[k])] += 1 } } }
        // Rarest set first: the test of a pattern's requirements fails as early as it can.
        // A pattern has a few sets (one a word or concept): their places sorted by insertion,
        // each set's cost summed once, not at every comparison. Straight into the flat
        // arrays: a list of lists for each pattern of a big brain was megabytes at the peak
        // of loading it.
        var setStart: [Int32] = [0]
        var idStart: [Int32] = [0]
        var ids: [Int32] = []
        var unconditional: [Int32] = []
        var postings: [(term: Int32, entry: Int32)] = []
        var order: [(set: Range<Int>, cost: Int)] = []
        for (number, sets) in flat.enumerated() {
            order.removeAll(keepingCapacity: true)
            Self.eachSet(sets) { set in order.append((set, set.reduce(0) { $0 + frequency[Int(sets[$1])] })) }
            for i in order.indices.dropFirst() {
                var j = i
                while j > 0,
                    order[j].cost != order[j - 1].cost
                        ? order[j].cost < order[j - 1].cost
                        : sets[order[j].set].lexicographicallyPrecedes(sets[order[j - 1].set])
                {
                    order.swapAt(j, j - 1)
                    j -= 1
                }
            }
            for (set, _) in order {
                ids += sets[set]
                idStart.append(Int32(ids.count))
            }
            setStart.append(Int32(idStart.count - 1))
            // Filed under its rarest set (the first, once sorted).
            if let best = order.first {
                for id in sets[best.set] { postings.append((id, Int32(number))) }
            } else {
                unconditional.append(Int32(number))
            }
        }
        (self.setStart, self.idStart, self.ids) = (setStart, idStart, ids)
        self.unconditional = unconditional
        (postingStart, filed) = Self.grouped(postings, termCount: terms.count)

        var entries: [(term: Int32, entry: (intent: Int32, weight: Double))] = []
        for (intent, list) in keywords.enumerated() {
            for (term, weight) in list.sorted(by: { $0.key < $1.key }) {
                if let id = terms.id(of: term) { entries.append((id, (Int32(intent), weight))) }
            }
        }
        let (keywordStart, byTerm) = Self.grouped(entries, termCount: terms.count)
        self.keywordStart = keywordStart
        keywordIntent = byTerm.map(\.intent)
        keywordWeight = byTerm.map(\.weight)
    }

    /// Calls `body` with the places of each set in a pattern's flat required sets (see
    /// `Pattern.Linked.requirementIDs`).
    private static func eachSet(_ flat: [Int32], _ body: (Range<Int>) -> Void) {
        var at = 0
        while at < flat.count {
            let set = (at + 1)..<(at + 1 + Int(flat[at]))
            body(set)
            at = set.upperBound
        }
    }

    /// Values grouped by term id, each group in the order given, and where each term's group
    /// starts (plus the end): counted, then placed, where a list per term of a big brain's
    /// forty thousand terms cost an allocation each.
    private static func grouped<T>(_ pairs: [(term: Int32, entry: T)], termCount: Int) -> ([Int32], [T]) {
        var starts = [Int32](repeating: 0, count: termCount + 1)
        for pair in pairs { starts[Int(pair.term) + 1] += 1 }
        for t in 0..<termCount { starts[t + 1] += starts[t] }
        var next = starts
        var flat = [T?](repeating: nil, count: pairs.count)
        for pair in pairs {
            flat[Int(next[Int(pair.term)])] = pair.entry
            next[Int(pair.term)] += 1
        }
        return (starts, flat.map { $0! })
    }

    var patternCount: Int { owners.count }

    /// The patterns whose every required set meets `present` (the input's terms, denied or
    /// not: its tokens' stems and the concepts marked): ascending, and as bits. With `only`,
    /// the patterns of those kinds alone (a line read again for its red flags and their excepts).
    func viablePatterns(
        units: [MatchInput.Unit], marks: [ConceptMark], present: BitSet, only: Owner.Kinds? = nil
    ) -> ([Int32], BitSet) {
        var viable = BitSet(capacity: owners.count)
        var list: [Int32] = []
        list.reserveCapacity(64)
        func consider(_ number: Int32) {
            // A pattern filed under several present terms is tested again: cheaper than
            // keeping a second set of the patterns already looked at.
            guard only?.contains(owners[Int(number)].kind) ?? true, !viable.contains(number),
                meetsRequirements(number, in: present)
            else { return }
            viable.insert(number)
            list.append(number)
        }
        for number in unconditional { consider(number) }
        func consider(filedUnder id: Int32) {
            guard id >= 0, Int(id) + 1 < postingStart.count else { return }
            for k in Int(postingStart[Int(id)])..<Int(postingStart[Int(id) + 1]) { consider(filed[k]) }
        }
        for unit in units { consider(filedUnder: unit.term) }
        for mark in marks { consider(filedUnder: mark.concept) }
        list.sort()
        return (list, viable)
    }

    /// Whether a red flag's pattern not in `viable` meets its requirements in `terms`, among
    /// those filed under `ids` (a line's present terms with some added): what a line read
    /// again with those terms could raise that it does not as said, found without reading it.
    func anyNewRedFlag(filedUnder ids: [Int32], in terms: BitSet, besides viable: BitSet) -> Bool {
        for id in ids where id >= 0 && Int(id) + 1 < postingStart.count {
            for k in Int(postingStart[Int(id)])..<Int(postingStart[Int(id) + 1]) {
                let number = filed[k]
                if owners[Int(number)].kind == .redFlag, !viable.contains(number), meetsRequirements(number, in: terms)
                {
                    return true
                }
            }
        }
        return false
    }

    /// Whether every required set of pattern `number` has a term in `terms`: what
    /// `viablePatterns` asks of the whole line, which a turn asks again of each sentence.
    func meetsRequirements(_ number: Int32, in terms: BitSet) -> Bool {
        let sets = Int(setStart[Int(number)])..<Int(setStart[Int(number) + 1])
        if sets.isEmpty { return true }
        // Read through raw buffers: a long line asks this of every pattern filed under its
        // terms and again per sentence, and the checked subscripts of three arrays were most
        // of its cost. `idStart` has an entry past every set and `ids` ends at the last
        // entry of `idStart` (both built that way in `init`), so every index read is in bounds.
        return idStart.withUnsafeBufferPointer { idStart in
            ids.withUnsafeBufferPointer { ids in
                terms.words.withUnsafeBufferPointer { words in
                    for set in sets {
                        var met = false
                        for k in Int(idStart[set])..<Int(idStart[set + 1]) {
                            let id = Int(ids[k])
                            let word = id >> 6
                            if id >= 0, word < words.count, words[word] & (1 << UInt64(id & 63)) != 0 {
                                met = true
                                break
                            }
                        }
                        if !met { return false }
                    }
                    return true
                }
            }
        }
    }

    /// Summed keyword weights per intent for the terms present, in intent order.
    func keywordScores(for terms: [Int32]) -> [(intent: Int32, score: Double)] {
        var scores: [(intent: Int32, score: Double)] = []
        for id in terms where Int(id) + 1 < keywordStart.count {
            for k in Int(keywordStart[Int(id)])..<Int(keywordStart[Int(id) + 1]) {
                let intent = keywordIntent[k]
                if let i = scores.firstIndex(where: { $0.intent == intent }) {
                    scores[i].score += keywordWeight[k]
                } else {
                    if scores.isEmpty { scores.reserveCapacity(8) }  // none at all for most lines
                    scores.append((intent, keywordWeight[k]))
                }
            }
        }
        scores.sort { $0.intent < $1.intent }
        return scores
    }
}
