/// Matches a compiled pattern against a range of an input (one sentence, or the whole
/// line) by backtracking. A denied word ("pain" in "no pain") can only be matched by a
/// pattern that also matched the negation cue itself ("does not go away").
///
/// Backtracking alone is exponential in the worst case (`* zq * zq * zq … zr` on a long
/// line tries every way to place each `zq`), so once a match has taken a few thousand steps
/// the matcher starts remembering where it failed: whether the program from instruction
/// `pc` matches from token `position` depends only on them and on the negation cues already
/// matched that still deny a token ahead. A failure is never tried twice, and a wildcard
/// stops as soon as it reaches a place from which it already failed (every later place
/// fails too). The line's `StepBudget` bounds what is left.
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
    /// Few matches take this many steps; below it, remembering failures would cost more
    /// than it saves.
    static let memoAfter = 2_000

    /// The match, with what each concept captured (for extractors that quote the user).
    /// `memoAfter` is for tests only: they compare matching that remembers failures from the
    /// first step with matching that never does.
    static func match(
        _ pattern: Pattern, in input: MatchInput, range: Range<Int>,
        memoAfter: Int = PatternMatcher.memoAfter
    ) -> PatternMatch? {
        if pattern.withinClause {
            for clause in clauses(of: range, in: input) {
                if let found = matchWhole(pattern, in: input, range: clause, memoAfter: memoAfter) { return found }
            }
            return nil
        }
        return matchWhole(pattern, in: input, range: range, memoAfter: memoAfter)
    }

    /// The clauses of `range`, each a range of its own, for `{{…}}` (see `Clauses`). The
    /// line's own are worked out once, when it is analysed: for the whole line or one of its
    /// sentences (a clause never runs past its sentence) they are those that lie within the
    /// range; any other range has its own worked out.
    static func clauses(of range: Range<Int>, in input: MatchInput) -> [Range<Int>] {
        let line = input.text.clauses
        guard let first = line.firstIndex(where: { $0.lowerBound == range.lowerBound }) else {
            return Clauses.of(range, in: input.text.tokens)
        }
        var last = first
        while last < line.count, line[last].upperBound < range.upperBound { last += 1 }
        guard last < line.count, line[last].upperBound == range.upperBound else {
            return Clauses.of(range, in: input.text.tokens)
        }
        return Array(line[first...last])
    }

    private static func matchWhole(
        _ pattern: Pattern, in input: MatchInput, range: Range<Int>, memoAfter: Int
    ) -> PatternMatch? {
        var state = State(
            end: range.upperBound, anchored: true, recording: true, budget: input.budget, memoAfter: memoAfter)
        let found = run(pattern, in: input, range: range, &state)
        state.settle()
        guard found else { return nil }
        let names = input.brain.terms.terms
        return PatternMatch(
            captures: state.captures.map { capture in
                guard case .concept(let name) = names[Int(capture.concept)] else { return ("", capture.range) }
                return (name, capture.range)
            }, matchedElements: pattern.isOrdered ? state.matched : pattern.shape.optionalUnordered.count)
    }

    /// Whether the pattern matches, without recording captures (most rules only ask this).
    static func matches(
        _ pattern: Pattern, in input: MatchInput, range: Range<Int>,
        memoAfter: Int = PatternMatcher.memoAfter
    ) -> Bool {
        if pattern.withinClause {
            return clauses(of: range, in: input).contains {
                matchesWhole(pattern, in: input, range: $0, memoAfter: memoAfter)
            }
        }
        return matchesWhole(pattern, in: input, range: range, memoAfter: memoAfter)
    }

    private static func matchesWhole(
        _ pattern: Pattern, in input: MatchInput, range: Range<Int>, memoAfter: Int
    ) -> Bool {
        var state = State(
            end: range.upperBound, anchored: true, recording: false, budget: input.budget, memoAfter: memoAfter)
        let found = run(pattern, in: input, range: range, &state)
        state.settle()
        return found
    }

    private static func run(_ pattern: Pattern, in input: MatchInput, range: Range<Int>, _ state: inout State) -> Bool {
        // Most rules cannot match most lines: one bit rules them out before any backtracking.
        let number = pattern.number
        if number >= 0, !input.viableBits.contains(number) { return false }
        // A pattern parsed on its own (not part of the brain) is numbered on the spot.
        guard let linked = pattern.linked ?? pattern.linked(to: input.brain.terms).linked else { return false }
        if number < 0 {
            guard linked.requirementsMet(input.all.contains) else { return false }
        }
        for (optional, branches) in zip(pattern.shape.optionalUnordered, linked.unorderedPrograms) {
            if optional { continue }  // optional words occur, or need not
            guard occurs(branches, linked, in: input, range: range, &state) else { return false }
        }
        // A pattern that is only an any-order group places no order on the sentence.
        if !pattern.isOrdered { return true }
        return Cursor.with(linked.program, input, linked) { state.run(0, range.lowerBound, $0) }
    }

    /// Whether one element of an any-order group (one of its branches) occurs somewhere in the
    /// range. When the match records, what its concepts captured is added to `outer`'s captures,
    /// so an extractor written as an any-order group can quote the words ("{(goes|clears)
    /// ~short_duration}" → "goes within ten minutes").
    private static func occurs(
        _ branches: [[PatternOp]], _ linked: Pattern.Linked, in input: MatchInput,
        range: Range<Int>, _ outer: inout State
    ) -> Bool {
        let memoAfter = outer.memoAfter
        let recording = outer.recording
        for program in branches {
            // A single word or concept that is nowhere in the line, not denied, cannot occur.
            if program.count == 3 {  // entry, the word or concept, end
                switch program[1] {
                case .word(let id), .concept(let id): if !input.present.contains(id) { continue }
                default: break
                }
            }
            // A branch can begin only with one of its start terms (`.entry`): when none is
            // anywhere in the line, it fails at every start, and trying each start costs a
            // search of the start set there. Most branches of a red flag's any-order group
            // ("(will not come up|does not lift|…)") are ruled out by this once a line.
            if case .entry(let offset) = program[0], offset >= 0, !startsAnywhere(linked.starts, Int(offset), input) {
                continue
            }
            let captured: [(concept: Int32, range: Range<Int>)]? = Cursor.with(program, input, linked) { cursor in
                // One state for every start: what failed from one start fails from another.
                var state = State(
                    end: range.upperBound, anchored: false, recording: recording, budget: input.budget,
                    memoAfter: memoAfter)
                let found = range.contains { start in state.run(0, start, cursor) }
                state.settle()
                return found ? state.captures : nil
            }
            if let captured {
                if recording { outer.captures += captured }
                return true
            }
        }
        return false
    }

    /// Whether any term of the start set at `offset` of `starts` (see `Linked.starts`) is in
    /// the line, denied or not.
    private static func startsAnywhere(_ starts: [Int32], _ offset: Int, _ input: MatchInput) -> Bool {
        let count = Int(starts[offset])
        let first = offset + 1 + PatternOp.Compiler.filterWords
        for k in first..<(first + count) where input.all.contains(starts[k]) { return true }
        return false
    }

    /// What the interpreter reads, as raw buffers: the program, the input's tokens and
    /// concept marks, and the pattern's wildcard tables. Reading through them costs no
    /// reference counting, which was a large part of matching.
    private struct Cursor {
        let program: UnsafeBufferPointer<PatternOp>
        let units: UnsafeBufferPointer<MatchInput.Unit>
        let marks: UnsafeBufferPointer<ConceptMark>
        let starts: UnsafeBufferPointer<Int32>
        let tokens: UnsafeBufferPointer<Token>
        let literals: [String]

        static func with<R>(
            _ program: [PatternOp], _ input: MatchInput, _ linked: Pattern.Linked,
            _ body: (Cursor) -> R
        ) -> R {
            program.withUnsafeBufferPointer { program in
                input.units.withUnsafeBufferPointer { units in
                    input.marks.withUnsafeBufferPointer { marks in
                        linked.starts.withUnsafeBufferPointer { starts in
                            input.text.tokens.withUnsafeBufferPointer { tokens in
                                body(
                                    Cursor(
                                        program: program, units: units, marks: marks, starts: starts, tokens: tokens,
                                        literals: linked.literals))
                            }
                        }
                    }
                }
            }
        }

        @inline(__always) func marks(at position: Int) -> Slice<UnsafeBufferPointer<ConceptMark>> {
            marks[Int(units[position].marksStart)..<Int(units[position].marksEnd)]
        }

        /// Whether the instruction at `pc` is a word or a concept that is not at `position`
        /// (before `end`): run there, it would fail at its first step.
        @inline(__always) func failsAtOnce(_ pc: Int, _ position: Int, _ end: Int) -> Bool {
            switch program[pc] {
            case .word(let id):
                return position >= end || units[position].term != id
            case .concept(let id):
                guard position < end else { return true }
                for mark in marks(at: position) where mark.concept == id && position + Int(mark.length) <= end {
                    return false
                }
                return true
            default:
                return false
            }
        }

        /// Whether a token can begin what follows a wildcard (see `Linked.starts`).
        @inline(__always) func canStart(at position: Int, _ offset: Int) -> Bool {
            let lower = offset + 1 + PatternOp.Compiler.filterWords
            let upper = lower + Int(starts[offset])
            if isStart(units[position].term, offset, lower, upper) { return true }
            for mark in marks(at: position) where isStart(mark.concept, offset, lower, upper) { return true }
            return false
        }

        /// Whether `id` is one of the sorted ids `starts[lower..<upper]`: first by the set's
        /// filter (most ids are not in it, and one bit says so), then by binary search (a
        /// start set can list dozens of alternatives, and it is asked at every position a
        /// wildcard passes).
        @inline(__always) private func isStart(_ id: Int32, _ offset: Int, _ lower: Int, _ upper: Int) -> Bool {
            // Bit `id & 255`, for a negative id too (a concept the brain lacks is -1).
            guard UInt32(bitPattern: starts[offset + 1 + Int((id >> 5) & 7)]) & (1 << UInt32(id & 31)) != 0 else {
                return false
            }
            var low = lower
            var high = upper
            while low < high {
                let middle = (low + high) >> 1
                let value = starts[middle]
                if value == id { return true }
                if value < id { low = middle + 1 } else { high = middle }
            }
            return false
        }
    }

    /// Where a program failed, remembered once a match has taken `PatternMatcher.memoAfter` steps.
    private final class Failures {
        /// For each token, the last token denied by it when it is a negation cue (else -1):
        /// a matched cue matters from a position only while it still denies a token ahead.
        let lastDenied: [Int32]
        /// (pc, position) failed with no matched cue mattering: the common case, kept apart
        /// because it needs no list of cues.
        var plain: Set<Int64> = []
        var withCues: Set<Key> = []
        /// For a wildcard at `pc`: the first position from which it failed with no matched
        /// cue mattering. From there or any later place it fails again (it would try fewer
        /// places), so each wildcard walks each position once, not once per way of reaching it.
        var wildcardFailedFrom: [Int: Int] = [:]

        struct Key: Hashable {
            let place: Int64
            let cues: [Int32]
        }

        init(_ units: UnsafeBufferPointer<MatchInput.Unit>) {
            var last = [Int32](repeating: -1, count: units.count)
            for (i, unit) in units.enumerated() where unit.deniedBy >= 0 && Int(unit.deniedBy) < last.count {
                last[Int(unit.deniedBy)] = Int32(i)
            }
            lastDenied = last
        }

        /// The matched cues that still deny a token at or after `position`, sorted.
        func live(_ cues: [Int32], from position: Int) -> [Int32] {
            var live: [Int32] = []
            for cue in cues where Int(cue) < lastDenied.count && Int(lastDenied[Int(cue)]) >= position {
                live.append(cue)
            }
            return live.count > 1 ? live.sorted() : live
        }

        func contains(_ pc: Int, _ position: Int, _ cues: [Int32]) -> Bool {
            let place = Int64(pc) << 32 | Int64(position)
            let live = cues.isEmpty ? [] : self.live(cues, from: position)
            return live.isEmpty ? plain.contains(place) : withCues.contains(Key(place: place, cues: live))
        }

        func insert(_ pc: Int, _ position: Int, _ cues: [Int32]) {
            let place = Int64(pc) << 32 | Int64(position)
            let live = cues.isEmpty ? [] : self.live(cues, from: position)
            if live.isEmpty { plain.insert(place) } else { withCues.insert(Key(place: place, cues: live)) }
        }
    }

    private struct State {
        let end: Int
        /// Anchored programs must consume the range to its end; an any-order branch need not.
        let anchored: Bool
        /// Whether to keep what concepts captured (building the list costs allocations).
        let recording: Bool
        let budget: StepBudget
        var captures: [(concept: Int32, range: Range<Int>)] = []
        var consumedCues: [Int32] = []
        var matched = 0
        /// Steps this match has taken; past `memoAfter`, failures are remembered.
        var steps = 0
        var failures: Failures?

        /// Steps after which failures are remembered (`PatternMatcher.memoAfter`).
        let memoAfter: Int

        /// Steps left in the line's budget when this match began. Steps are counted here and
        /// added to the budget when the match ends (`settle`): touching the shared budget at
        /// every step cost a runtime exclusivity check each time, a tenth of a turn.
        let remaining: Int

        init(end: Int, anchored: Bool, recording: Bool, budget: StepBudget, memoAfter: Int) {
            self.end = end
            self.anchored = anchored
            self.recording = recording
            self.budget = budget
            self.memoAfter = memoAfter
            remaining = budget.exhausted ? 0 : StepBudget.limit - budget.used
        }

        /// Adds this match's steps to the line's budget.
        func settle() {
            budget.used += steps
            if steps > remaining { budget.exhausted = true }
        }

        /// Backtracking interpreter of a compiled pattern: true when the program from `pc`
        /// matches tokens from `position`. Counts its steps against the line's budget.
        mutating func run(_ pc: Int, _ position: Int, _ c: Cursor) -> Bool {
            steps += 1
            if steps > remaining { return false }  // the line's budget is spent (see `settle`)
            guard steps > memoAfter else { return step(pc, position, c) }
            if failures == nil { failures = Failures(c.units) }
            // A word or concept not here fails in this one step: nothing to look up or remember.
            if c.failsAtOnce(pc, position, end) { return false }
            if failures!.contains(pc, position, consumedCues) { return false }
            if step(pc, position, c) { return true }
            failures!.insert(pc, position, consumedCues)
            return false
        }

        /// One instruction, and through `run` the rest of the program.
        private mutating func step(_ pc: Int, _ position: Int, _ c: Cursor) -> Bool {
            switch c.program[pc] {
            case .end:
                return !anchored || position == end
            case .entry(let offset):
                if offset >= 0, position >= end || !c.canStart(at: position, Int(offset)) { return false }
                return run(pc + 1, position, c)
            case .jump(let target):
                return run(Int(target), position, c)
            case .split(let first, let second):
                // A branch whose first word or concept is not here fails at its first step:
                // the step is counted as if taken (the budget and the memo's threshold see the
                // same steps), and the next branch is tried without the call. A choice of
                // dozens of phrases is a chain of these, tried at every place one can start.
                if c.failsAtOnce(Int(first), position, end) {
                    steps += 1
                    return run(Int(second), position, c)
                }
                let saved = (captures.count, consumedCues.count, matched)
                if run(Int(first), position, c) { return true }
                restore(saved)
                return run(Int(second), position, c)
            case .wildcard(let offset):
                if case .end = c.program[pc + 1], anchored { return true }
                // From a later place the wildcard tries fewer places: once it failed from one,
                // it fails from every later one, and the loop can stop there.
                let failedFrom: Int
                if let failures, failures.live(consumedCues, from: position).isEmpty {
                    failedFrom = failures.wildcardFailedFrom[pc] ?? Int.max
                    if failedFrom <= position { return false }
                } else {
                    failedFrom = Int.max
                }
                var next = position
                if offset >= 0 {
                    // Only where what follows can begin (and it cannot begin at the end).
                    while next < end && next < failedFrom {
                        if c.canStart(at: next, Int(offset)), run(pc + 1, next, c) { return true }
                        next += 1
                    }
                } else {
                    while next <= end && next < failedFrom {
                        if run(pc + 1, next, c) { return true }
                        next += 1
                    }
                }
                if let failures, failures.live(consumedCues, from: position).isEmpty {
                    failures.wildcardFailedFrom[pc] = position
                }
                return false
            case .word(let id):
                guard position < end, c.units[position].term == id else { return false }
                return word(at: position, isCue: c.units[position].isCue, pc, c)
            case .literal(let index):
                let stem = c.literals[Int(index)]
                guard position < end, c.tokens[position].stem == stem else { return false }
                return word(at: position, isCue: c.units[position].isCue, pc, c)
            case .concept(let id):
                guard position < end else { return false }
                for mark in c.marks(at: position) where mark.concept == id && position + Int(mark.length) <= end {
                    let span = position..<(position + Int(mark.length))
                    guard allowed(span, c) else { continue }
                    if recording { captures.append((id, span)) }
                    matched += 1
                    if run(pc + 1, span.upperBound, c) { return true }
                    matched -= 1
                    if recording { captures.removeLast() }
                }
                return false
            }
        }

        /// The rest of the program after a word matched at `position`.
        private mutating func word(at position: Int, isCue: Bool, _ pc: Int, _ c: Cursor) -> Bool {
            guard allowed(position..<(position + 1), c) else { return false }
            if isCue { consumedCues.append(Int32(position)) }
            matched += 1
            if run(pc + 1, position + 1, c) { return true }
            matched -= 1
            if isCue { consumedCues.removeLast() }
            return false
        }

        mutating func restore(_ saved: (Int, Int, Int)) {
            // Only when there is something to remove: removing nothing from the shared empty
            // array still copies it into a new one, a dozen allocations a line.
            if captures.count > saved.0 { captures.removeLast(captures.count - saved.0) }
            if consumedCues.count > saved.1 { consumedCues.removeLast(consumedCues.count - saved.1) }
            matched = saved.2
        }

        /// A denied token may only be matched when this pattern also matched its cue
        /// (or the cue lies inside the same concept phrase).
        func allowed(_ span: Range<Int>, _ c: Cursor) -> Bool {
            for i in span {
                let cue = c.units[i].deniedBy
                guard cue >= 0 else { continue }
                if !span.contains(Int(cue)) && !consumedCues.contains(cue) { return false }
            }
            return true
        }
    }
}

/// One user-written pattern tried on one line against a brain, as `Fuzz/` and tests need it
/// from outside the module: whether it matched, and what the matching cost in steps.
public enum PatternTrial {
    public struct Outcome: Sendable {
        public let matched: Bool
        public let steps: Int
        public let budgetSpent: Bool
    }

    /// Parses `source` (throwing its syntax error) and matches it against the whole of `line`
    /// and against each of its sentences, as a turn does.
    public static func run(_ source: String, on line: String, brain: Brain) throws(PatternParser.SyntaxError) -> Outcome
    {
        let pattern = try Pattern(parsing: source)
        let input = MatchInput(text: brain.analyzer.analyze(line), brain: brain)
        var matched = PatternMatcher.match(pattern, in: input, range: 0..<input.tokens.count) != nil
        for sentence in input.text.sentences where PatternMatcher.matches(pattern, in: input, range: sentence) {
            matched = true
        }
        return Outcome(matched: matched, steps: input.budget.used, budgetSpent: input.budget.exhausted)
    }
}
