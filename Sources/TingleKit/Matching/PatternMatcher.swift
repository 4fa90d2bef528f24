/// Matches a compiled pattern against a range of an input (one sentence, or the whole
/// line) by backtracking. A denied word ("pain" in "no pain") can only be matched by a
/// pattern that also matched the negation cue itself ("does not go away").
public struct PatternMatch: Sendable, Equatable {
    /// Token ranges captured by each concept the pattern named, in order of appearance.
    public var captures: [(concept: String, range: Range<Int>)]
    public var matchedElements: Int

    public static func == (a: PatternMatch, b: PatternMatch) -> Bool {
        a.matchedElements == b.matchedElements && a.captures.map(\.concept) == b.captures.map(\.concept)
            && a.captures.map(\.range) == b.captures.map(\.range)
    }
}

enum PatternMatcher {
    static func match(_ pattern: Pattern, in input: MatchInput, range: Range<Int>) -> PatternMatch? {
        // Most rules cannot match most lines: a set lookup rules them out before any backtracking.
        guard pattern.couldMatch(input.allTerms) else { return nil }
        for element in pattern.unordered where !occurs(element, in: input, range: range) {
            return nil
        }
        // A pattern that is only an any-order group places no order on the sentence.
        if pattern.sequence.isEmpty { return PatternMatch(captures: [], matchedElements: pattern.unordered.count) }
        var state = State(input: input, end: range.upperBound)
        guard state.match(pattern.sequence[...], at: range.lowerBound) else { return nil }
        return PatternMatch(captures: state.captures, matchedElements: state.matched)
    }

    /// Whether one element of an any-order group occurs somewhere in the range.
    private static func occurs(_ element: Pattern.Element, in input: MatchInput, range: Range<Int>) -> Bool {
        switch element {
        case .word(let stem): return input.contains(.word(stem), in: range)
        case .concept(let name): return input.contains(.concept(name), in: range)
        case .wildcard: return true
        case .optional: return true
        case .choice(let branches):
            return branches.contains { branch in
                range.contains { start in
                    var state = State(input: input, end: range.upperBound)
                    return state.matchPrefix(branch[...], at: start)
                }
            }
        }
    }

    private struct State {
        let input: MatchInput
        let end: Int
        var captures: [(concept: String, range: Range<Int>)] = []
        var consumedCues: [Int] = []
        var matched = 0
        /// Set by `matchPrefix`: a branch of an any-order group need not reach the end.
        var anchoredAtEnd = true

        var tokens: [Token] { input.tokens }

        mutating func matchPrefix(_ elements: ArraySlice<Pattern.Element>, at position: Int) -> Bool {
            anchoredAtEnd = false
            return match(elements, at: position)
        }

        /// Matches `elements` from `position`; with `anchoredAtEnd` they must reach `end`.
        mutating func match(_ elements: ArraySlice<Pattern.Element>, at position: Int) -> Bool {
            guard let element = elements.first else { return !anchoredAtEnd || position == end }
            let rest = elements.dropFirst()
            switch element {
            case .wildcard:
                if rest.isEmpty && anchoredAtEnd { return true }
                for next in position...end where match(rest, at: next) { return true }
                return false
            case .word(let stem):
                guard position < end, tokens[position].stem == stem, allowed(position..<(position + 1)) else { return false }
                let isCue = Negation.cues.contains(stem)
                if isCue { consumedCues.append(position) }
                matched += 1
                if match(rest, at: position + 1) { return true }
                matched -= 1
                if isCue { consumedCues.removeLast() }
                return false
            case .concept(let name):
                guard position < end else { return false }
                for mark in input.conceptMarks[position] where mark.concept == name && position + mark.length <= end {
                    let span = position..<(position + mark.length)
                    guard allowed(span) else { continue }
                    captures.append((name, span))
                    matched += 1
                    if match(rest, at: span.upperBound) { return true }
                    matched -= 1
                    captures.removeLast()
                }
                return false
            case .optional(let inner):
                let saved = (captures.count, consumedCues.count, matched)
                if match(inner + rest, at: position) { return true }
                restore(saved)
                return match(rest, at: position)
            case .choice(let branches):
                for branch in branches {
                    let saved = (captures.count, consumedCues.count, matched)
                    if match(branch[...] + rest, at: position) { return true }
                    restore(saved)
                }
                return false
            }
        }

        mutating func restore(_ saved: (Int, Int, Int)) {
            captures.removeLast(captures.count - saved.0)
            consumedCues.removeLast(consumedCues.count - saved.1)
            matched = saved.2
        }

        /// A denied token may only be matched when this pattern also matched its cue
        /// (or the cue lies inside the same concept phrase).
        func allowed(_ span: Range<Int>) -> Bool {
            span.allSatisfy { i in
                guard let cue = tokens[i].deniedBy else { return true }
                return span.contains(cue) || consumedCues.contains(cue)
            }
        }
    }
}
