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
        // Most rules cannot match most lines: one bit rules them out before any backtracking.
        let number = pattern.number
        if number >= 0, !input.viableBits.contains(number) { return nil }
        // A pattern parsed on its own (not part of the brain) is numbered on the spot.
        guard let linked = pattern.linked ?? pattern.linked(to: input.brain.terms).linked else { return nil }
        if number < 0 {
            for set in linked.requirementIDs where !set.contains(where: input.all.contains) { return nil }
        }
        for (element, branches) in zip(pattern.unordered, linked.unorderedPrograms) {
            if case .optional = element { continue }  // optional words occur, or need not
            guard occurs(branches, linked, in: input, range: range) else { return nil }
        }
        // A pattern that is only an any-order group places no order on the sentence.
        if pattern.sequence.isEmpty { return PatternMatch(captures: [], matchedElements: pattern.unordered.count) }
        var state = State(end: range.upperBound, anchored: true)
        let found = linked.program.withUnsafeBufferPointer { program in
            state.run(program, 0, range.lowerBound, input, linked)
        }
        guard found else { return nil }
        let names = input.brain.terms.terms
        return PatternMatch(captures: state.captures.map { capture in
            guard case .concept(let name) = names[Int(capture.concept)] else { return ("", capture.range) }
            return (name, capture.range)
        }, matchedElements: state.matched)
    }

    /// Whether one element of an any-order group (one of its branches) occurs somewhere in the range.
    private static func occurs(_ branches: [[PatternOp]], _ linked: Pattern.Linked, in input: MatchInput,
                               range: Range<Int>) -> Bool {
        branches.contains { program in
            // A single word or concept that is nowhere in the line, not denied, cannot occur.
            if program.count == 2 {
                switch program[0] {
                case .word(let id), .concept(let id): if !input.present.contains(id) { return false }
                default: break
                }
            }
            return program.withUnsafeBufferPointer { program in
                range.contains { start in
                    var state = State(end: range.upperBound, anchored: false)
                    return state.run(program, 0, start, input, linked)
                }
            }
        }
    }

    private struct State {
        let end: Int
        /// Anchored programs must consume the range to its end; an any-order branch need not.
        let anchored: Bool
        var captures: [(concept: Int32, range: Range<Int>)] = []
        var consumedCues: [Int32] = []
        var matched = 0

        /// Backtracking interpreter of a compiled pattern: true when the program from `pc`
        /// matches tokens from `position`.
        mutating func run(_ program: UnsafeBufferPointer<PatternOp>, _ pc: Int, _ position: Int,
                          _ input: MatchInput, _ linked: Pattern.Linked) -> Bool {
            switch program[pc] {
            case .end:
                return !anchored || position == end
            case .jump(let target):
                return run(program, Int(target), position, input, linked)
            case .split(let first, let second):
                let saved = (captures.count, consumedCues.count, matched)
                if run(program, Int(first), position, input, linked) { return true }
                restore(saved)
                return run(program, Int(second), position, input, linked)
            case .wildcard(let startsIndex):
                if case .end = program[pc + 1], anchored { return true }
                if startsIndex >= 0 {
                    // Only where what follows can begin (and it cannot begin at the end).
                    let starts = linked.starts[Int(startsIndex)]
                    var next = position
                    while next < end {
                        if canStart(at: next, starts, input), run(program, pc + 1, next, input, linked) { return true }
                        next += 1
                    }
                    return false
                }
                var next = position
                while next <= end {
                    if run(program, pc + 1, next, input, linked) { return true }
                    next += 1
                }
                return false
            case .word(let id):
                guard position < end, input.terms[position] == id else { return false }
                return word(at: position, isCue: input.isCue[position], program, pc, input, linked)
            case .literal(let index):
                let stem = linked.literals[Int(index)]
                guard position < end, input.text.tokens[position].stem == stem else { return false }
                return word(at: position, isCue: Negation.cues.contains(stem), program, pc, input, linked)
            case .concept(let id):
                guard position < end else { return false }
                for mark in input.marks(at: position) where mark.concept == id && position + Int(mark.length) <= end {
                    let span = position..<(position + Int(mark.length))
                    guard allowed(span, input.deniedBy) else { continue }
                    captures.append((id, span))
                    matched += 1
                    if run(program, pc + 1, span.upperBound, input, linked) { return true }
                    matched -= 1
                    captures.removeLast()
                }
                return false
            }
        }

        @inline(__always) private func canStart(at position: Int, _ starts: [Int32], _ input: MatchInput) -> Bool {
            if starts.contains(input.terms[position]) { return true }
            return input.marks(at: position).contains { starts.contains($0.concept) }
        }

        /// The rest of the program after a word matched at `position`.
        private mutating func word(at position: Int, isCue: Bool, _ program: UnsafeBufferPointer<PatternOp>, _ pc: Int,
                                   _ input: MatchInput, _ linked: Pattern.Linked) -> Bool {
            guard allowed(position..<(position + 1), input.deniedBy) else { return false }
            if isCue { consumedCues.append(Int32(position)) }
            matched += 1
            if run(program, pc + 1, position + 1, input, linked) { return true }
            matched -= 1
            if isCue { consumedCues.removeLast() }
            return false
        }

        mutating func restore(_ saved: (Int, Int, Int)) {
            captures.removeLast(captures.count - saved.0)
            consumedCues.removeLast(consumedCues.count - saved.1)
            matched = saved.2
        }

        /// A denied token may only be matched when this pattern also matched its cue
        /// (or the cue lies inside the same concept phrase).
        func allowed(_ span: Range<Int>, _ deniedBy: [Int32]) -> Bool {
            for i in span {
                let cue = deniedBy[i]
                guard cue >= 0 else { continue }
                if !span.contains(Int(cue)) && !consumedCues.contains(cue) { return false }
            }
            return true
        }
    }
}
