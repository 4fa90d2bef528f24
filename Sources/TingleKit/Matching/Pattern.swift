import PatternLanguage
import TingleText

/// A compiled pattern of the brain's pattern language (see `PatternParser`): its parsed
/// elements, the terms it requires, and its programs over a brain's term ids.
///
/// The ordered part is anchored: it must account for the whole sentence, so patterns
/// usually start and end with `*`.
public struct Pattern: Sendable, Hashable {
    /// Parsed elements come from the pattern language's own module, which the build's
    /// brain embedder shares (see `PatternElement`).
    public typealias Element = PatternElement

    /// What matching and ranking read of a pattern's elements, worked out once from them. A
    /// record of linking (`LinkedBrain`) keeps it, so a pattern taken from the record needs
    /// no elements at all: reading them was the largest part of starting that was left.
    struct Shape: Sendable, Equatable {
        let specificity: Double
        let isOrdered: Bool
        let isAnchoredAtStart: Bool
        /// The ordered part opens, or ends, with `*`.
        let opensWithWildcard: Bool
        let endsWithWildcard: Bool
        /// For each element of the any-order part, whether it is optional (`[…]`).
        let optionalUnordered: [Bool]

        init(sequence: [Element], unordered: [Element]) {
            specificity = Pattern.weight(of: sequence) + Pattern.weight(of: unordered)
            isOrdered = !sequence.isEmpty
            isAnchoredAtStart = Pattern.opensWithOwnWords(sequence)
            opensWithWildcard = sequence.first == .wildcard
            endsWithWildcard = sequence.last == .wildcard
            optionalUnordered = unordered.map { if case .optional = $0 { true } else { false } }
        }

        init(
            specificity: Double, isOrdered: Bool, isAnchoredAtStart: Bool, opensWithWildcard: Bool,
            endsWithWildcard: Bool, optionalUnordered: [Bool]
        ) {
            self.specificity = specificity
            self.isOrdered = isOrdered
            self.isAnchoredAtStart = isAnchoredAtStart
            self.opensWithWildcard = opensWithWildcard
            self.endsWithWildcard = endsWithWildcard
            self.optionalUnordered = optionalUnordered
        }
    }

    /// The compiled parts live in one shared box: a pattern is copied on every rule a turn
    /// looks at, and one reference is cheaper to copy than seven arrays.
    private final class Storage: Sendable {
        let source: String
        /// nil for a pattern taken from a record of linking: parsed again from `source` when
        /// asked (only checks, explanations of a brain's authors and tests ask).
        let elements: (sequence: [Element], unordered: [Element])?
        let shape: Shape
        /// Written `{{…}}` (see `Pattern.withinClause`), read on every match.
        let withinClause: Bool
        let linked: Linked?
        /// `linked.number`, read first by the matcher on every pattern it is shown.
        let number: Int32

        init(source: String, sequence: [Element], unordered: [Element], linked: Linked?) {
            self.number = linked?.number ?? -1
            self.source = source
            self.elements = (sequence, unordered)
            self.shape = Shape(sequence: sequence, unordered: unordered)
            self.linked = linked
            self.withinClause = source.utf8.starts(with: "{{".utf8)
        }

        init(source: String, shape: Shape, linked: Linked) {
            self.number = linked.number
            self.source = source
            self.elements = nil
            self.shape = shape
            self.linked = linked
            self.withinClause = source.utf8.starts(with: "{{".utf8)
        }

        /// `storage` with its programs: what depends only on the elements is not worked out again.
        init(_ storage: Storage, linked: Linked) {
            source = storage.source
            elements = storage.elements
            shape = storage.shape
            withinClause = storage.withinClause
            self.linked = linked
            number = linked.number
        }
    }

    /// The pattern in a brain's numbering (see `TermTable`), compiled to flat programs, so
    /// matching walks arrays of integers instead of nested elements of strings. A class, so
    /// handing it to the matcher costs one reference count, not one per array.
    final class Linked: Sendable {
        /// The ordered part (anchored).
        let program: [PatternOp]
        /// Each alternative of each any-order element, compiled the same way (unanchored).
        let unorderedPrograms: [[[PatternOp]]]
        /// Stems the table did not know (a pattern linked to a frozen brain), for `.literal`.
        let literals: [String]
        /// For `.wildcard(i)`: the term ids that can begin what follows the wildcard, so it
        /// only tries the positions where the rest could start: `starts[i]` is their count,
        /// a filter of their bits and then the ids follow it (see `Compiler.startSet`).
        let starts: [Int32]
        /// `requirements` as term ids, flat: each set is its count, then its ids, sorted; a set
        /// naming a term the table does not know is left out. One array, not one a set: a big
        /// brain has tens of thousands of patterns, and their small arrays were megabytes.
        let requirementIDs: [Int32]
        /// The pattern's place in the brain's `RuleIndex`, or -1 for a pattern outside it.
        let number: Int32

        /// Whether every required set has a term in `present`.
        func requirementsMet(_ present: (Int32) -> Bool) -> Bool {
            var at = 0
            while at < requirementIDs.count {
                let set = (at + 1)..<(at + 1 + Int(requirementIDs[at]))
                guard requirementIDs[set].contains(where: present) else { return false }
                at = set.upperBound
            }
            return true
        }

        init(
            program: [PatternOp], unorderedPrograms: [[[PatternOp]]], literals: [String], starts: [Int32],
            requirementIDs: [Int32], number: Int32
        ) {
            self.program = program
            self.starts = starts
            self.unorderedPrograms = unorderedPrograms
            self.literals = literals
            self.requirementIDs = requirementIDs
            self.number = number
        }
    }

    private let storage: Storage

    public var source: String { storage.source }
    /// The elements (see `elements(rewriter:)`): a pattern taken from a record of linking is
    /// parsed again here without the brain's rewrites, so the brain's own code asks
    /// `elements(rewriter:)` with them.
    public var sequence: [Element] { elements(rewriter: nil).sequence }
    public var unordered: [Element] { elements(rewriter: nil).unordered }
    var shape: Shape { storage.shape }
    /// The pattern's elements; one taken from a record of linking keeps none, and is parsed
    /// again from its source with `rewriter`, which must be the brain's own.
    func elements(rewriter: PhraseRewriter?) -> (sequence: [Element], unordered: [Element]) {
        if let elements = storage.elements { return elements }
        // Recorded only once it had parsed, with the same rewrites.
        guard let parsed = try? PatternParser.parse(source, rewriter: rewriter) else { return ([], []) }
        return (parsed.sequence, parsed.unordered)
    }
    /// Sets of terms (sorted, without repeats) one of which must be present for the pattern
    /// to match: the matcher's cheap first test. Worked out when asked (linking asks once),
    /// not kept: the linked pattern keeps them as term ids.
    public var requirements: [[Term]] { Self.requiredSets(sequence: sequence, unordered: unordered) { $0 } }
    /// Whether the pattern has an ordered part, so what it matches is told as a sentence
    /// ("my toes go numb"), not only terms present somewhere in it (`{~numb ~foot}`, which a
    /// bare noun phrase such as "diabetes and numb feet" also holds).
    public var isOrdered: Bool { storage.shape.isOrdered }
    /// Whether the ordered part opens with the pattern's own words: the sentence must start
    /// with them, not with anything (`*`) or with a lead-in concept that may stand for
    /// whatever opens a message (`[~lead_words] …`). An unordered pattern opens nowhere.
    public var isAnchoredAtStart: Bool { storage.shape.isAnchoredAtStart }
    /// Whether the ordered part closes with the pattern's own words (or optional ones), not
    /// with `*`: what it matches must end where the sentence ends ("I can't stand." is the
    /// legs failing; "I can't stand the cold" is not).
    public var isAnchoredAtEnd: Bool { storage.shape.isOrdered && !storage.shape.endsWithWildcard }
    /// Written `{{…}}`: every term within one clause of the input, not only one line.
    public var withinClause: Bool { storage.withinClause }
    var linked: Linked? { storage.linked }
    /// The pattern's number in its brain's `RuleIndex`, or -1.
    var number: Int32 { storage.number }

    public init(_ parsed: ParsedPattern) {
        self.init(source: parsed.source, sequence: parsed.sequence, unordered: parsed.unordered)
    }

    /// Parses `source` (see `PatternParser` for the language).
    public init(parsing source: String, rewriter: PhraseRewriter? = nil) throws(PatternParser.SyntaxError) {
        self.init(try PatternParser.parse(source, rewriter: rewriter))
    }

    public init(source: String, sequence: [Element], unordered: [Element]) {
        storage = Storage(source: source, sequence: sequence, unordered: unordered, linked: nil)
    }

    /// A pattern as a record of linking keeps it: its source, shape and programs.
    init(source: String, shape: Shape, linked: Linked) {
        storage = Storage(source: source, shape: shape, linked: linked)
    }

    /// This pattern numbered by a brain's table while the brain compiles: every term gets an id.
    func linked(assigning table: inout TermTable, number: Int32) -> Pattern {
        linked(number: number) { table.id(for: $0) }
    }

    /// This pattern numbered by a finished brain's table: words it does not know are
    /// compared as text, concepts it does not know never match.
    func linked(to table: TermTable) -> Pattern {
        linked(number: -1) { table.id(of: $0) }
    }

    private func linked(number: Int32, resolve: (Term) -> Int32?) -> Pattern {
        var compiler = PatternOp.Compiler()
        let program = compiler.compile(sequence, resolve)
        var unorderedPrograms: [[[PatternOp]]] = []
        for element in unordered {
            if case .choice(let branches) = element {
                unorderedPrograms.append(branches.map { compiler.compile($0, resolve) })
            } else {
                unorderedPrograms.append([compiler.compile([element], resolve)])
            }
        }
        // The sets made of ids, not of terms: sorting terms compared their strings, and was a
        // fifth of linking. Ids stand one for one for terms, so the sets are the same.
        var ids: [Int32] = []
        for set in Self.requiredSets(sequence: sequence, unordered: unordered, { resolve($0) ?? -1 })
        where set.first != -1 {
            ids.append(Int32(set.count))
            ids += set
        }
        return Pattern(
            storage: Storage(
                storage,
                linked: Linked(
                    program: program, unorderedPrograms: unorderedPrograms, literals: compiler.literals,
                    starts: compiler.starts, requirementIDs: ids, number: number)))
    }

    /// This pattern with programs linked before (by the build: see `LinkedBrain`).
    func with(_ linked: Linked) -> Pattern { Pattern(storage: Storage(storage, linked: linked)) }

    /// This pattern as linked by another table, moved into this one: every term id `id` becomes
    /// `map[id]` and the number grows by `offset`. The sets of ids the matcher searches
    /// (start sets, required sets) are sorted again in the new numbering. Gives the programs
    /// linking it here would have given, as long as `map` sends each term to its id here.
    func renumbered(_ map: [Int32], offset: Int32) -> Pattern {
        guard let linked else { return self }
        // Copied whole, then changed in place: cheaper than building each program anew.
        func move(_ ops: [PatternOp]) -> [PatternOp] {
            var ops = ops
            ops.withUnsafeMutableBufferPointer { ops in
                for k in ops.indices {
                    switch ops[k] {
                    case .word(let id): ops[k] = .word(map[Int(id)])
                    case .concept(let id) where id >= 0: ops[k] = .concept(map[Int(id)])
                    default: continue
                    }
                }
            }
            return ops
        }
        // Start sets lie one after another, each its count, its filter and its ids (see
        // `PatternOp.Compiler.startSet`); the filter is made again from the new ids.
        var starts = linked.starts
        var at = 0
        while at < starts.count {
            let filter = at + 1
            let words = filter..<(filter + PatternOp.Compiler.filterWords)
            let ids = words.upperBound..<(words.upperBound + Int(starts[at]))
            for k in ids where starts[k] >= 0 { starts[k] = map[Int(starts[k])] }
            starts[ids].sort()
            for k in words { starts[k] = 0 }
            for k in ids { PatternOp.Compiler.mark(starts[k], in: &starts, filterAt: filter) }
            at = ids.upperBound
        }
        return Pattern(
            storage: Storage(
                storage,
                linked: Linked(
                    program: move(linked.program),
                    unorderedPrograms: linked.unorderedPrograms.map { $0.map(move) },
                    literals: linked.literals, starts: starts,
                    requirementIDs: {
                        var ids = linked.requirementIDs
                        var at = 0
                        while at < ids.count {
                            let set = (at + 1)..<(at + 1 + Int(ids[at]))
                            for k in set { ids[k] = map[Int(ids[k])] }
                            ids[set].sort()
                            at = set.upperBound
                        }
                        return ids
                    }(),
                    number: linked.number < 0 ? linked.number : linked.number + offset)))
    }

    private init(storage: Storage) { self.storage = storage }

    public static func == (a: Pattern, b: Pattern) -> Bool {
        a.storage === b.storage || (a.source == b.source && a.sequence == b.sequence && a.unordered == b.unordered)
    }

    /// By source: equal patterns have the same source.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
    }

    /// How specific the pattern is: literal words count most, concepts next,
    /// wildcards nothing. More specific patterns win ties between intents.
    public var specificity: Double { storage.shape.specificity }

    static func weight(of elements: [Element]) -> Double {
        elements.reduce(0) { total, element in
            switch element {
            case .word: return total + 3
            case .concept: return total + 2
            case .wildcard: return total
            case .optional(let inner): return total + weight(of: inner) / 3
            case .choice(let branches): return total + (branches.map { weight(of: $0) }.min() ?? 0)
            }
        }
    }

    /// Terms one of which must be in the input for the pattern to match: the index files the
    /// pattern under the rarest of them. Empty when nothing is required. Each term as `key`
    /// gives it (the term itself, or its id), each set sorted by key without repeats.
    private static func requiredSets<Key: Comparable>(
        sequence: [Element], unordered: [Element], _ key: (Term) -> Key
    ) -> [[Key]] {
        var sets: [[Key]] = []
        sets.reserveCapacity(sequence.count + unordered.count)
        for element in sequence { if let set = requiredSet(of: element, key) { sets.append(set) } }
        for element in unordered { if let set = requiredSet(of: element, key) { sets.append(set) } }
        return sets
    }

    /// The terms one of which `element` requires, sorted without repeats; nil when it
    /// requires none (a wildcard, optional words, a choice with a branch that requires nothing).
    private static func requiredSet<Key: Comparable>(of element: Element, _ key: (Term) -> Key) -> [Key]? {
        switch element {
        case .word(let stem): return [key(.word(stem))]
        case .concept(let name): return [key(.concept(name))]
        case .wildcard, .optional: return nil
        case .choice(let branches):
            var keys: [Key] = []
            keys.reserveCapacity(branches.count)
            guard appendChoice(branches, to: &keys, key) else { return nil }
            guard keys.count > 1 else { return keys }
            keys.sort()
            var unique: [Key] = []
            unique.reserveCapacity(keys.count)
            for term in keys where term != unique.last { unique.append(term) }
            return unique
        }
    }

    /// Appends what a choice requires, one of its branches' first required terms (a nested
    /// choice's all, unsorted), and says whether every branch has one; on false, `keys` is as
    /// it was. Appended in place: a small array for each branch's first set, made and freed,
    /// was most of the cost of a pattern.
    private static func appendChoice<Key>(_ branches: [[Element]], to keys: inout [Key], _ key: (Term) -> Key)
        -> Bool
    {
        let before = keys.count
        for branch in branches where !appendFirstRequired(of: branch, to: &keys, key) {
            keys.removeSubrange(before...)
            return false
        }
        return true
    }

    /// Appends the first required set among `elements`, as `requiredSet(of:)` would give it
    /// (unsorted), and says whether there was one.
    private static func appendFirstRequired<Key>(
        of elements: [Element], to keys: inout [Key], _ key: (Term) -> Key
    ) -> Bool {
        for element in elements {
            switch element {
            case .word(let stem):
                keys.append(key(.word(stem)))
                return true
            case .concept(let name):
                keys.append(key(.concept(name)))
                return true
            case .wildcard, .optional: continue
            case .choice(let branches): if appendChoice(branches, to: &keys, key) { return true }
            }
        }
        return false
    }

    /// Every concept the pattern names, for validation.
    /// See `isAnchoredAtStart`: the first element is neither `*` nor an optional whose
    /// first term (through any alternatives, the first of them) is a concept.
    private static func opensWithOwnWords(_ sequence: [Element]) -> Bool {
        func opensWithConcept(_ elements: [Element]) -> Bool {
            switch elements.first {
            case .concept: return true
            case .choice(let branches): return branches.first.map(opensWithConcept) ?? false
            case .optional(let inner): return opensWithConcept(inner)
            case .word, .wildcard, nil: return false
            }
        }
        switch sequence.first {
        case nil, .wildcard: return false
        case .optional(let inner): return !opensWithConcept(inner)
        case .word, .concept, .choice: return true
        }
    }

    /// Whether the pattern names the concept numbered `id` anywhere, even in an optional
    /// part or one alternative (its programs hold every concept it names).
    func names(concept id: Int32) -> Bool {
        guard let linked else { return false }
        let names = { (program: [PatternOp]) in program.contains(.concept(id)) }
        return names(linked.program) || linked.unorderedPrograms.contains { $0.contains(where: names) }
    }

    public var conceptNames: [String] {
        var names: [String] = []
        func collect(_ elements: [Element]) {
            for element in elements {
                switch element {
                case .concept(let name): names.append(name)
                case .optional(let inner): collect(inner)
                case .choice(let branches): branches.forEach(collect)
                case .word, .wildcard: break
                }
            }
        }
        collect(sequence)
        collect(unordered)
        return names
    }
}

/// A word stem or a concept: what the rule index maps to candidate rules.
public enum Term: Sendable, Hashable, Comparable {
    case word(String)
    case concept(String)
}

/// One instruction of a compiled pattern. `split(a, b)` tries `a` first, then `b`.
enum PatternOp: Sendable, Hashable {
    /// A word, by the term id of its stem.
    case word(Int32)
    /// A word the brain's table does not know, by its index in `Linked.literals`.
    case literal(Int32)
    /// Any phrase of a concept, by its term id (-1: a concept the brain does not have).
    case concept(Int32)
    /// Any number of words; the payload indexes `Linked.starts`, or is -1 when what follows
    /// could start with anything (or with nothing).
    case wildcard(Int32)
    case split(Int32, Int32)
    case jump(Int32)
    case end
    /// The first instruction of every program: the offset in `Linked.starts` of the terms
    /// the program can begin with (-1: anything), so a program that cannot start at a
    /// position is given up at once.
    case entry(Int32)

    /// Compiles elements to programs, collecting the words `resolve` has no id for.
    struct Compiler {
        var literals: [String] = []
        var starts: [Int32] = []

        /// A program: `.entry` (what it can begin with) followed by the elements and `.end`.
        mutating func compile(_ elements: [Pattern.Element], _ resolve: (Term) -> Int32?) -> [PatternOp] {
            var ops: [PatternOp] = [.entry(-1)]
            ops.reserveCapacity(elements.count * 2 + 2)
            emit(elements, into: &ops, resolve)
            ops.append(.end)
            for pc in ops.indices {
                switch ops[pc] {
                case .wildcard: if let offset = startSet(ops, pc + 1) { ops[pc] = .wildcard(offset) }
                case .entry: if let offset = startSet(ops, pc + 1) { ops[pc] = .entry(offset) }
                default: continue
                }
            }
            return ops
        }

        /// Words of the filter before each start set's ids (see `startSet`).
        static let filterWords = 8

        /// Sets `id`'s bit in the start set filter at `filter` (see `startSet`).
        static func mark(_ id: Int32, in starts: inout [Int32], filterAt filter: Int) {
            starts[filter + Int((id >> 5) & 7)] |= Int32(bitPattern: 1 << UInt32(id & 31))
        }

        /// Records the start set of the program from `pc` in `starts`; its offset, or nil when
        /// anything (or nothing) can begin there. At the offset: the number of ids, a filter
        /// of 256 bits (8 words of 32), then the ids, sorted. The filter has bit `id & 255` set
        /// for each id: a wildcard asks at every place it passes whether a token can start
        /// what follows, and most tokens are ruled out by one bit before a binary search.
        private mutating func startSet(_ ops: [PatternOp], _ pc: Int) -> Int32? {
            var first: [Int32] = []
            guard Self.collectFirst(ops, pc, into: &first) else { return nil }
            first.sort()
            var ids: [Int32] = []
            for id in first where id != ids.last { ids.append(id) }
            let offset = Int32(starts.count)
            starts.append(Int32(ids.count))
            // Set in place: an array of its own for each filter cost a few million
            // instructions of loading the built-in brain.
            let filter = starts.count
            starts.append(contentsOf: repeatElement(0, count: Self.filterWords))
            for id in ids { Self.mark(id, in: &starts, filterAt: filter) }
            starts += ids
            return offset
        }

        /// Adds to `ids` the term ids one of which must be at `pc`'s position for the program
        /// from `pc` to match; false when it could match nothing or anything there. Jumps and
        /// splits only go forward, so this ends. One array for the whole walk: a choice of
        /// dozens of branches is a chain of splits, and joining arrays at each was most of
        /// linking a brain.
        private static func collectFirst(_ ops: [PatternOp], _ pc: Int, into ids: inout [Int32]) -> Bool {
            switch ops[pc] {
            case .word(let id), .concept(let id):
                ids.append(id)
                return true
            case .literal, .wildcard, .end: return false
            case .entry: return collectFirst(ops, pc + 1, into: &ids)
            case .jump(let target): return collectFirst(ops, Int(target), into: &ids)
            case .split(let a, let b):
                return collectFirst(ops, Int(a), into: &ids) && collectFirst(ops, Int(b), into: &ids)
            }
        }

        private mutating func emit(
            _ elements: [Pattern.Element], into ops: inout [PatternOp], _ resolve: (Term) -> Int32?
        ) {
            for element in elements {
                switch element {
                case .word(let stem):
                    if let id = resolve(.word(stem)) {
                        ops.append(.word(id))
                    } else {
                        ops.append(.literal(Int32(literals.count)))
                        literals.append(stem)
                    }
                case .concept(let name): ops.append(.concept(resolve(.concept(name)) ?? -1))
                case .wildcard: ops.append(.wildcard(-1))
                case .optional(let inner):
                    // Greedy: try the optional words first, skip them on failure.
                    let split = ops.count
                    ops.append(.split(0, 0))
                    emit(inner, into: &ops, resolve)
                    ops[split] = .split(Int32(split + 1), Int32(ops.count))
                case .choice(let branches):
                    var jumps: [Int] = []
                    for (i, branch) in branches.enumerated() {
                        let isLast = i == branches.count - 1
                        let split = ops.count
                        if !isLast { ops.append(.split(0, 0)) }
                        emit(branch, into: &ops, resolve)
                        if !isLast {
                            jumps.append(ops.count)
                            ops.append(.jump(0))
                            ops[split] = .split(Int32(split + 1), Int32(ops.count))
                        }
                    }
                    for jump in jumps { ops[jump] = .jump(Int32(ops.count)) }
                }
            }
        }
    }
}
