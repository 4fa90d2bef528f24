/// One analysed line prepared for matching, in the brain's numbering: each token's term
/// id, what denies it, the concepts found at each position, the terms present, and the
/// patterns that could match at all. Everything the matcher reads is an integer.
public struct MatchInput: Sendable {
    public let text: AnalyzedText
    let brain: Brain
    /// What the matcher reads of each token, in one array of plain values.
    let units: [Unit]
    /// The concepts found, in token order (see `Unit.marks`).
    let marks: [ConceptMark]
    /// Terms present and not denied (what keywords count).
    let present: BitSet
    let presentList: [Int32]
    /// Every term in the input, denied or not: what a pattern's requirements are tested
    /// against, since a pattern that names the cue itself ("not sure") may match a denied word.
    let all: BitSet
    /// The brain's patterns whose requirements the input meets (see `RuleIndex`), by number:
    /// ascending, and as bits. No other pattern can match.
    let viable: [Int32]
    let viableBits: BitSet
    /// The matching work this line may cost, shared by every pattern tried on it (see
    /// `StepBudget`); `undenied()` shares it. A default value, so that any other way of
    /// deriving an input gets a budget of its own rather than none.
    var budget = StepBudget()

    public var tokens: [Token] { text.tokens }

    /// One token, for the matcher.
    struct Unit: Sendable {
        /// The token's stem as a term id (-1: a word the brain does not know).
        var term: Int32
        /// The index of the negation cue denying the token (-1: not denied).
        var deniedBy: Int32
        /// The concepts whose phrases start at the token: `marks[marksStart..<marksEnd]`.
        var marksStart: Int32
        var marksEnd: Int32
        /// The token is a negation cue: a pattern that matches the cue may match the words
        /// it denies ("does not go away").
        var isCue: Bool
    }

    public init(text: AnalyzedText, brain: Brain) {
        self.init(text: text, brain: brain, viableOnly: nil)
    }

    /// `viableOnly`: the patterns of those kinds alone are found viable (see `reading`).
    private init(text: AnalyzedText, brain: Brain, viableOnly: RuleIndex.Owner.Kinds?) {
        let tokens = text.tokens
        var units: [Unit] = []
        units.reserveCapacity(tokens.count)
        // By index: a loop over the tokens copied each one (three strings and a quantity).
        for i in tokens.indices {
            let id = brain.wordIDs.id(of: tokens[i].stem)
            units.append(
                Unit(
                    term: id, deniedBy: tokens[i].deniedBy.map(Int32.init) ?? -1, marksStart: 0, marksEnd: 0,
                    isCue: brain.cueTerms.contains(id)))
        }
        var marks = brain.phraseIndex.marks(in: &units)
        VagueFeelings.mark(tokens: tokens, units: &units, marks: &marks, terms: brain.terms)
        KitColours.unmark(tokens: tokens, units: &units, marks: &marks, terms: brain.terms)
        var present = BitSet(capacity: brain.terms.count)
        var all = present
        var presentList: [Int32] = []
        presentList.reserveCapacity(tokens.count + marks.count)
        for i in units.indices {
            let unit = units[i]
            if unit.term >= 0 {
                all.insert(unit.term)
                if unit.deniedBy < 0, present.insert(unit.term) { presentList.append(unit.term) }
            }
            for mark in marks[Int(unit.marksStart)..<Int(unit.marksEnd)] {
                all.insert(mark.concept)
                if Self.isAsserted(units, i..<(i + Int(mark.length))), present.insert(mark.concept) {
                    presentList.append(mark.concept)
                }
            }
        }
        (viable, viableBits) = brain.index.viablePatterns(units: units, marks: marks, present: all, only: viableOnly)
        self.text = text
        self.brain = brain
        self.units = units
        self.marks = marks
        self.present = present
        self.presentList = presentList
        self.all = all
    }

    /// The same input with nothing denied: which symptoms "no pain" mentions.
    private init(undenying input: MatchInput) {
        text = input.text
        brain = input.brain
        units = input.units.map { unit in
            var unit = unit
            unit.deniedBy = -1
            return unit
        }
        marks = input.marks
        var present = input.present
        var presentList = input.presentList
        for i in units.indices {
            if units[i].term >= 0, present.insert(units[i].term) { presentList.append(units[i].term) }
            for mark in input.marks(at: i) where present.insert(mark.concept) { presentList.append(mark.concept) }
        }
        self.present = present
        self.presentList = presentList
        all = input.all
        viable = input.viable
        viableBits = input.viableBits
        budget = input.budget
    }

    func undenied() -> MatchInput { MatchInput(undenying: self) }

    /// The same line with some words read as other stems (a pronoun as the person or the part
    /// it stands for: `PersonInCare`, `PartReference`): its terms and marks made again from
    /// them, the words as typed kept for `/why`, the step budget carried on. `forRedFlags`:
    /// only the red flags' patterns and their excepts are found viable (the matcher takes a
    /// pattern not viable for one that cannot match), for a reading asked of red flags alone
    /// (`PartReference`); the viable patterns of every kind were most of a reading's cost.
    func reading(_ stems: [(index: Int, stem: String)], forRedFlags: Bool = false) -> MatchInput {
        var tokens = self.tokens
        for (index, stem) in stems { tokens[index].stem = stem }
        var read = MatchInput(
            text: AnalyzedText(raw: text.raw, normalized: text.normalized, tokens: tokens), brain: brain,
            viableOnly: forRedFlags ? RuleIndex.Owner.Kinds([.redFlag, .redFlagExcept]) : nil)
        read.budget = budget
        return read
    }

    func marks(at i: Int) -> ArraySlice<ConceptMark> {
        marks[Int(units[i].marksStart)..<Int(units[i].marksEnd)]
    }

    /// Whether any token is denied by a negation cue.
    var hasDenial: Bool { units.contains { $0.deniedBy >= 0 } }

    /// True when no token of the span is denied by a cue outside the span (a phrase
    /// that contains its own cue, like "no pulse", asserts itself).
    static func isAsserted(_ units: [Unit], _ span: Range<Int>) -> Bool {
        span.allSatisfy { i in units[i].deniedBy < 0 || span.contains(Int(units[i].deniedBy)) }
    }

    /// Whether a concept the engine names is marked, not denied, within `range` (a sentence).
    /// "not worried" is no feeling to acknowledge: a denied mark does not count.
    func hasMark(_ concept: ConceptKey, in range: Range<Int>) -> Bool {
        hasMark(concept.rawValue, in: range)
    }

    func hasMark(_ concept: String, in range: Range<Int>) -> Bool {
        guard let id = brain.terms.id(of: .concept(concept)) else { return false }
        return range.contains { i in
            marks(at: i).contains { $0.concept == id && Self.isAsserted(units, i..<(i + Int($0.length))) }
        }
    }

    /// Where a concept is first marked, not denied (the longest phrase there): the words a
    /// template quotes when the pattern placed it in any order and so captured nothing.
    func firstSpan(of concept: String) -> Range<Int>? {
        guard let id = brain.terms.id(of: .concept(concept)) else { return nil }
        for i in tokens.indices {
            let lengths = marks(at: i).filter { $0.concept == id }.map { Int($0.length) }
            if let length = lengths.max(), Self.isAsserted(units, i..<(i + length)) { return i..<(i + length) }
        }
        return nil
    }

    /// Whether a phrase of a concept the engine names covers token `i`, denied or not (the
    /// "meant" of "sorry i meant").
    func covers(_ concept: ConceptKey, at i: Int) -> Bool { covers(concept: concept.rawValue, at: i) }

    /// Whether a phrase of a concept of the brain, by its name, covers the token at `i`.
    func covers(concept name: String, at i: Int) -> Bool {
        guard let id = brain.terms.id(of: .concept(name)) else { return false }
        return (0...i).contains { start in marks(at: start).contains { $0.concept == id && start + Int($0.length) > i }
        }
    }

    /// Whether a concept of the brain is marked anywhere, denied or not: what a "not sure"
    /// is about ("not sure when it starts") sits in the scope of its "not".
    func mentions(concept name: String) -> Bool {
        guard let id = brain.terms.id(of: .concept(name)) else { return false }
        return tokens.indices.contains { i in marks(at: i).contains { $0.concept == id } }
    }

    /// Whether a concept the engine names occurs, not denied, anywhere in the input.
    func isPresent(_ concept: ConceptKey) -> Bool { isPresent(concept: concept.rawValue) }

    /// Whether a concept of the brain occurs, not denied, anywhere in the input.
    func isPresent(concept name: String) -> Bool {
        brain.terms.id(of: .concept(name)).map(present.contains) ?? false
    }

    /// Every term within `range`, denied or not: its tokens' stems and the concepts marked
    /// from its tokens (a phrase that runs past the range too, so this may hold more than
    /// can match there, never less). A pattern viable for the line whose requirements these
    /// do not meet cannot match in the range: a sentence is spared the patterns that only
    /// another sentence could match. Derived inputs (`undenied()`, masking) deny more or
    /// fewer words but keep these terms. Nil for the whole line (a one-sentence line, most
    /// of them): every viable pattern meets its terms, and asking again would cost a test
    /// of every pattern's requirements.
    func allTerms(in range: Range<Int>) -> BitSet? {
        if range == 0..<units.count { return nil }
        var terms = BitSet(capacity: brain.terms.count)
        for i in range {
            if units[i].term >= 0 { terms.insert(units[i].term) }
            for mark in marks(at: i) { terms.insert(mark.concept) }
        }
        return terms
    }

    /// Whether the numbered pattern `number` (one of `viable`) could match where `terms`
    /// (`allTerms(in:)` of a range) were found.
    func couldMatch(_ number: Int32, where terms: BitSet?) -> Bool {
        guard let terms else { return true }
        return brain.index.meetsRequirements(number, in: terms)
    }

    /// The terms present and not denied within `range` (concepts whose phrase fits in it).
    func presentTerms(in range: Range<Int>) -> [Int32] {
        if range.count == units.count { return presentList }
        var seen = BitSet(capacity: brain.terms.count)
        var list: [Int32] = []
        for i in range {
            if units[i].term >= 0, units[i].deniedBy < 0, seen.insert(units[i].term) { list.append(units[i].term) }
            for mark in marks(at: i)
            where i + Int(mark.length) <= range.upperBound
                && Self.isAsserted(units, i..<(i + Int(mark.length))) && seen.insert(mark.concept)
            {
                list.append(mark.concept)
            }
        }
        return list
    }
}

/// How many steps the pattern matcher may take on one line, across all the patterns tried.
/// Matching remembers the places it failed (see `PatternMatcher`), so no line of the
/// built-in brain comes near this; it is the backstop for a brain whose patterns defeat
/// that (many negation cues). Past it, every further pattern fails for this line: tingle
/// answers as if nothing matched, in bounded time, instead of hanging.
public final class StepBudget: @unchecked Sendable {
    /// Steps per line. A step is one instruction of a pattern program at one token; the
    /// hardest line of the built-in brain (2,000 characters of symptom words) takes about
    /// a hundred thousand.
    public static let limit = 2_000_000

    /// Steps taken so far (only the thread matching this line touches it). Unchecked for
    /// exclusivity: every match reads the budget when it starts and adds to it when it ends,
    /// and the runtime's check of each access cost more than the reading (a thousand
    /// matches a long line); no access to it overlaps another.
    @exclusivity(unchecked) public internal(set) var used = 0
    /// True once a match gave up because the budget was spent.
    @exclusivity(unchecked) public internal(set) var exhausted = false

    init() {}
}
