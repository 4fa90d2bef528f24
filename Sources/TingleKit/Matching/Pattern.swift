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

    public let source: String
    public let sequence: [Element]
    public let unordered: [Element]

    /// How specific the pattern is: literal words count most, concepts next,
    /// wildcards nothing. More specific patterns win ties between intents.
    public var specificity: Double {
        Self.weight(of: sequence) + Self.weight(of: unordered)
    }

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
    public var requiredTermSets: [Set<Term>] {
        var sets: [Set<Term>] = []
        func collect(_ elements: [Element]) {
            for element in elements {
                switch element {
                case .word(let stem): sets.append([.word(stem)])
                case .concept(let name): sets.append([.concept(name)])
                case .choice(let branches):
                    // Each branch contributes its first required term; all must be known.
                    var alternatives: Set<Term> = []
                    for branch in branches {
                        guard let first = Pattern(source: "", sequence: branch, unordered: []).requiredTermSets.first else {
                            alternatives = []; break
                        }
                        alternatives.formUnion(first)
                    }
                    if !alternatives.isEmpty, branches.allSatisfy({ !Pattern(source: "", sequence: $0, unordered: []).requiredTermSets.isEmpty }) {
                        sets.append(alternatives)
                    }
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
