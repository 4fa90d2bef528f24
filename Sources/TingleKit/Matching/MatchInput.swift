/// One analysed line prepared for matching, in the brain's numbering: each token's term
/// id, what denies it, the concepts found at each position, the terms present, and the
/// patterns that could match at all. Everything the matcher reads is an integer.
public struct MatchInput: Sendable {
    public let text: AnalyzedText
    let brain: Brain
    /// Each token's stem as a term id (-1: a word the brain does not know).
    let terms: [Int32]
    /// The token index of the negation cue denying each token (-1: not denied).
    let deniedBy: [Int32]
    /// Whether each token is a negation cue: a pattern that matches the cue may match
    /// the words it denies ("does not go away").
    let isCue: [Bool]
    /// Concepts starting at token `i`: `marks[markStarts[i]..<markStarts[i + 1]]`.
    let marks: [ConceptMark]
    let markStarts: [Int32]
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

    public var tokens: [Token] { text.tokens }

    public init(text: AnalyzedText, brain: Brain) {
        let tokens = text.tokens
        var terms: [Int32] = [], deniedBy: [Int32] = [], isCue: [Bool] = []
        terms.reserveCapacity(tokens.count)
        deniedBy.reserveCapacity(tokens.count)
        isCue.reserveCapacity(tokens.count)
        for token in tokens {
            let id = brain.terms.id(of: .word(token.stem)) ?? -1
            terms.append(id)
            deniedBy.append(token.deniedBy.map(Int32.init) ?? -1)
            isCue.append(brain.cueTerms.contains(id))
        }
        (marks, markStarts) = brain.concepts.marks(in: terms)
        var present = BitSet(capacity: brain.terms.count), all = present
        var presentList: [Int32] = [], allList: [Int32] = []
        for i in tokens.indices {
            if terms[i] >= 0 {
                if all.insert(terms[i]) { allList.append(terms[i]) }
                if deniedBy[i] < 0, present.insert(terms[i]) { presentList.append(terms[i]) }
            }
            for mark in marks[Int(markStarts[i])..<Int(markStarts[i + 1])] {
                if all.insert(mark.concept) { allList.append(mark.concept) }
                if Self.isAsserted(deniedBy, i..<(i + Int(mark.length))), present.insert(mark.concept) {
                    presentList.append(mark.concept)
                }
            }
        }
        (viable, viableBits) = brain.index.viablePatterns(terms: allList, present: all)
        self.text = text
        self.brain = brain
        self.terms = terms
        self.deniedBy = deniedBy
        self.isCue = isCue
        self.present = present
        self.presentList = presentList
        self.all = all
    }

    /// The same input with nothing denied: which symptoms "no pain" mentions.
    private init(undenying input: MatchInput) {
        text = input.text
        brain = input.brain
        terms = input.terms
        deniedBy = [Int32](repeating: -1, count: input.deniedBy.count)
        isCue = input.isCue
        marks = input.marks
        markStarts = input.markStarts
        var present = input.present, presentList = input.presentList
        for i in terms.indices {
            if terms[i] >= 0, present.insert(terms[i]) { presentList.append(terms[i]) }
            for mark in input.marks(at: i) where present.insert(mark.concept) { presentList.append(mark.concept) }
        }
        self.present = present
        self.presentList = presentList
        all = input.all
        viable = input.viable
        viableBits = input.viableBits
    }

    func undenied() -> MatchInput { MatchInput(undenying: self) }

    @inline(__always) func marks(at i: Int) -> ArraySlice<ConceptMark> {
        marks[Int(markStarts[i])..<Int(markStarts[i + 1])]
    }

    /// True when no token of the span is denied by a cue outside the span (a phrase
    /// that contains its own cue, like "no pulse", asserts itself).
    static func isAsserted(_ deniedBy: [Int32], _ span: Range<Int>) -> Bool {
        span.allSatisfy { i in deniedBy[i] < 0 || span.contains(Int(deniedBy[i])) }
    }

    /// Whether a concept of the brain occurs, not denied, anywhere in the input.
    func isPresent(concept name: String) -> Bool {
        brain.terms.id(of: .concept(name)).map(present.contains) ?? false
    }

    /// The terms present and not denied within `range` (concepts whose phrase fits in it).
    func presentTerms(in range: Range<Int>) -> [Int32] {
        if range.count == terms.count { return presentList }
        var seen = BitSet(capacity: brain.terms.count)
        var list: [Int32] = []
        for i in range {
            if terms[i] >= 0, deniedBy[i] < 0, seen.insert(terms[i]) { list.append(terms[i]) }
            for mark in marks(at: i) where i + Int(mark.length) <= range.upperBound
                && Self.isAsserted(deniedBy, i..<(i + Int(mark.length))) && seen.insert(mark.concept) {
                list.append(mark.concept)
            }
        }
        return list
    }
}
