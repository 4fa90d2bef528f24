/// A compiled pattern of the brain's pattern language:
///
/// - `word` — a literal word (compared by stem, so "tingles" matches `tingling`)
/// - `*` — any number of words, including none
/// - `[words]` — optional words
/// - `(a|b c|~x)` — one of several alternatives
/// - `~name` — any phrase of the concept `name`
/// - `{a ~b (c|d)}` — terms that must all appear somewhere in the input, in any order
///
/// The ordered part is anchored: it must account for the whole sentence, so patterns
/// usually start and end with `*`.
public struct Pattern: Sendable, Hashable {
    public indirect enum Element: Sendable, Hashable {
        case word(String)
        case concept(String)
        case wildcard
        case optional([Element])
        case choice([[Element]])
    }

    /// The compiled parts live in one shared box: a pattern is copied on every rule a turn
    /// looks at, and one reference is cheaper to copy than seven arrays.
    private final class Storage: Sendable {
        let source: String
        let sequence: [Element]
        let unordered: [Element]
        let requirements: [Set<Term>]
        let requirementIDs: [[Int]]?
        let program: [PatternOp]
        let unorderedPrograms: [[[PatternOp]]]
        let specificity: Double

        init(source: String, sequence: [Element], unordered: [Element], requirements: [Set<Term>],
             requirementIDs: [[Int]]?, program: [PatternOp], unorderedPrograms: [[[PatternOp]]]) {
            self.source = source
            self.sequence = sequence
            self.unordered = unordered
            self.requirements = requirements
            self.requirementIDs = requirementIDs
            self.program = program
            self.unorderedPrograms = unorderedPrograms
            self.specificity = Pattern.weight(of: sequence) + Pattern.weight(of: unordered)
        }
    }

    private let storage: Storage

    public var source: String { storage.source }
    public var sequence: [Element] { storage.sequence }
    public var unordered: [Element] { storage.unordered }
    /// Sets of terms one of which must be present for the pattern to match (see
    /// `requiredTermSets`), computed once: the matcher's cheap first test.
    public var requirements: [Set<Term>] { storage.requirements }
    /// The same requirements as ids of the brain's `TermTable`, once the brain has linked
    /// the pattern (nil for a pattern parsed on its own).
    var requirementIDs: [[Int]]? { storage.requirementIDs }
    /// The ordered part compiled to a flat program, so matching walks one array instead of
    /// building nested slices.
    var program: [PatternOp] { storage.program }
    /// Each alternative of each any-order choice, compiled the same way (unanchored).
    var unorderedPrograms: [[[PatternOp]]] { storage.unorderedPrograms }

    public init(source: String, sequence: [Element], unordered: [Element]) {
        storage = Storage(
            source: source, sequence: sequence, unordered: unordered,
            requirements: Self.requiredTermSets(sequence: sequence, unordered: unordered), requirementIDs: nil,
            program: PatternOp.compile(sequence),
            unorderedPrograms: unordered.map { element in
                if case .choice(let branches) = element { return branches.map(PatternOp.compile) }
                return [PatternOp.compile([element])]
            })
    }

    /// This pattern with its required terms numbered by a brain's `TermTable`.
    func linked(_ ids: [[Int]]) -> Pattern {
        Pattern(storage: Storage(source: source, sequence: sequence, unordered: unordered, requirements: requirements,
                                 requirementIDs: ids, program: program, unorderedPrograms: unorderedPrograms))
    }

    private init(storage: Storage) { self.storage = storage }

    public static func == (a: Pattern, b: Pattern) -> Bool {
        a.storage === b.storage || (a.source == b.source && a.sequence == b.sequence && a.unordered == b.unordered)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sequence)
        hasher.combine(unordered)
    }

    /// Whether every required set meets the terms of an input (words and concepts,
    /// denied or not). When false, the pattern cannot match and need not be tried.
    public func couldMatch(_ terms: Set<Term>) -> Bool {
        requirements.allSatisfy { !$0.isDisjoint(with: terms) }
    }

    /// The same test against the bit set of a `MatchInput` (see `TermTable`).
    func couldMatch(_ input: MatchInput) -> Bool {
        guard let requirementIDs, !input.termBits.isEmpty else { return couldMatch(input.allTerms) }
        return input.termBits.withUnsafeBufferPointer { bits in
            requirementIDs.allSatisfy { set in
                set.contains { id in id >> 6 < bits.count && bits[id >> 6] & (1 << UInt64(id & 63)) != 0 }
            }
        }
    }

    /// How specific the pattern is: literal words count most, concepts next,
    /// wildcards nothing. More specific patterns win ties between intents.
    public var specificity: Double { storage.specificity }

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

    /// Terms one of which must be in the input for the pattern to match: the index
    /// files the pattern under the rarest of them. Empty when nothing is required.
    public var requiredTermSets: [Set<Term>] { requirements }

    private static func requiredTermSets(sequence: [Element], unordered: [Element]) -> [Set<Term>] {
        var sets: [Set<Term>] = []
        func collect(_ elements: [Element]) {
            for element in elements {
                switch element {
                case .word(let stem): sets.append([.word(stem)])
                case .concept(let name): sets.append([.concept(name)])
                case .choice(let branches):
                    // A choice requires one of its branches' first required terms, when every branch has one.
                    let firsts = branches.map { requiredTermSets(sequence: $0, unordered: []).first }
                    if firsts.allSatisfy({ $0 != nil }) { sets.append(firsts.reduce(into: Set<Term>()) { $0.formUnion($1!) }) }
                case .wildcard, .optional: break
                }
            }
        }
        collect(sequence)
        collect(unordered)
        return sets
    }

    /// Every concept the pattern names, for validation.
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
    case word(String)
    case concept(String)
    case wildcard
    case split(Int, Int)
    case jump(Int)
    case end

    static func compile(_ elements: [Pattern.Element]) -> [PatternOp] {
        var ops: [PatternOp] = []
        emit(elements, into: &ops)
        ops.append(.end)
        return ops
    }

    private static func emit(_ elements: [Pattern.Element], into ops: inout [PatternOp]) {
        for element in elements {
            switch element {
            case .word(let stem): ops.append(.word(stem))
            case .concept(let name): ops.append(.concept(name))
            case .wildcard: ops.append(.wildcard)
            case .optional(let inner):
                // Greedy: try the optional words first, skip them on failure.
                let split = ops.count
                ops.append(.split(0, 0))
                emit(inner, into: &ops)
                ops[split] = .split(split + 1, ops.count)
            case .choice(let branches):
                var jumps: [Int] = []
                for (i, branch) in branches.enumerated() {
                    let isLast = i == branches.count - 1
                    let split = ops.count
                    if !isLast { ops.append(.split(0, 0)) }
                    emit(branch, into: &ops)
                    if !isLast {
                        jumps.append(ops.count)
                        ops.append(.jump(0))
                        ops[split] = .split(split + 1, ops.count)
                    }
                }
                for jump in jumps { ops[jump] = .jump(ops.count) }
            }
        }
    }
}
