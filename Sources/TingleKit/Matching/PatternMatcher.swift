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
        guard pattern.couldMatch(input) else { return nil }
        for (element, branches) in zip(pattern.unordered, pattern.unorderedPrograms)
        where !occurs(element, branches, in: input, range: range) {
            return nil
        }
        // A pattern that is only an any-order group places no order on the sentence.
        if pattern.sequence.isEmpty { return PatternMatch(captures: [], matchedElements: pattern.unordered.count) }
        var state = State(end: range.upperBound, anchored: true)
        let found = pattern.program.withUnsafeBufferPointer { program in
            input.tokens.withUnsafeBufferPointer { tokens in
                state.run(program, 0, range.lowerBound, tokens, input.conceptMarks)
            }
        }
        guard found else { return nil }
        return PatternMatch(captures: state.captures, matchedElements: state.matched)
    }

    /// Whether one element of an any-order group occurs somewhere in the range.
    private static func occurs(_ element: Pattern.Element, _ branches: [[PatternOp]], in input: MatchInput,
                               range: Range<Int>) -> Bool {
        switch element {
        case .word(let stem): return input.contains(.word(stem), in: range)
        case .concept(let name): return input.contains(.concept(name), in: range)
        case .wildcard, .optional: return true
        case .choice:
            return input.tokens.withUnsafeBufferPointer { tokens in
                branches.contains { program in
                    program.withUnsafeBufferPointer { program in
                        range.contains { start in
                            var state = State(end: range.upperBound, anchored: false)
                            return state.run(program, 0, start, tokens, input.conceptMarks)
                        }
                    }
                }
            }
        }
    }

    private struct State {
        let end: Int
        /// Anchored programs must consume the range to its end; an any-order branch need not.
        let anchored: Bool
        var captures: [(concept: String, range: Range<Int>)] = []
        var consumedCues: [Int] = []
        var matched = 0

        /// Backtracking interpreter of a compiled pattern: true when the program from `pc`
        /// matches tokens from `position`.
        mutating func run(_ program: UnsafeBufferPointer<PatternOp>, _ pc: Int, _ position: Int,
                          _ tokens: UnsafeBufferPointer<Token>, _ marks: [[ConceptMark]]) -> Bool {
            switch program[pc] {
            case .end:
                return !anchored || position == end
            case .jump(let target):
                return run(program, target, position, tokens, marks)
            case .split(let first, let second):
                let saved = (captures.count, consumedCues.count, matched)
                if run(program, first, position, tokens, marks) { return true }
                restore(saved)
                return run(program, second, position, tokens, marks)
            case .wildcard:
                if case .end = program[pc + 1], anchored { return true }
                var next = position
                while next <= end {
                    if run(program, pc + 1, next, tokens, marks) { return true }
                    next += 1
                }
                return false
            case .word(let stem):
                guard position < end, tokens[position].stem == stem, allowed(position..<(position + 1), tokens) else { return false }
                let isCue = Negation.cues.contains(stem)
                if isCue { consumedCues.append(position) }
                matched += 1
                if run(program, pc + 1, position + 1, tokens, marks) { return true }
                matched -= 1
                if isCue { consumedCues.removeLast() }
                return false
            case .concept(let name):
                guard position < end else { return false }
                for mark in marks[position] where mark.concept == name && position + mark.length <= end {
                    let span = position..<(position + mark.length)
                    guard allowed(span, tokens) else { continue }
                    captures.append((name, span))
                    matched += 1
                    if run(program, pc + 1, span.upperBound, tokens, marks) { return true }
                    matched -= 1
                    captures.removeLast()
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
        func allowed(_ span: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
            for i in span {
                guard let cue = tokens[i].deniedBy else { continue }
                if !span.contains(cue) && !consumedCues.contains(cue) { return false }
            }
            return true
        }
    }
}
