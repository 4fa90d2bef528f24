/// One analysed line prepared for matching: its tokens, the concepts found at each
/// position, and the set of terms present and not denied (what the rule index reads).
public struct MatchInput: Sendable {
    public let text: AnalyzedText
    public let conceptMarks: [[ConceptMark]]
    public let presentTerms: Set<Term>
    /// Every term in the input, denied or not: what the rule index is asked, since a
    /// pattern that names the cue itself ("not sure") may match a denied word.
    public let allTerms: Set<Term>
    /// `allTerms` as a bit set of the brain's term ids, for the matcher's first test.
    let termBits: [UInt64]

    public var tokens: [Token] { text.tokens }

    public init(text: AnalyzedText, concepts: ConceptTable) {
        self.text = text
        let marks = concepts.marks(in: text.tokens)
        self.conceptMarks = marks
        var present: Set<Term> = []
        var all: Set<Term> = []
        let tokens = text.tokens
        for i in tokens.indices {
            all.insert(.word(tokens[i].stem))
            if tokens[i].deniedBy == nil { present.insert(.word(tokens[i].stem)) }
            for mark in marks[i] {
                all.insert(.concept(mark.concept))
                if Self.isAsserted(tokens, i..<(i + mark.length)) { present.insert(.concept(mark.concept)) }
            }
        }
        self.presentTerms = present
        self.allTerms = all
        self.termBits = concepts.terms.bits(for: all)
    }

    /// True when no token of the span is denied by a cue outside the span (a phrase
    /// that contains its own cue, like "no pulse", asserts itself).
    static func isAsserted(_ tokens: [Token], _ span: Range<Int>) -> Bool {
        span.allSatisfy { i in
            guard let cue = tokens[i].deniedBy else { return true }
            return span.contains(cue)
        }
    }

    /// Whether a term occurs, not denied, anywhere in `range`.
    func contains(_ term: Term, in range: Range<Int>) -> Bool {
        guard presentTerms.contains(term) else { return false }
        for i in range {
            switch term {
            case .word(let stem):
                if tokens[i].stem == stem, tokens[i].deniedBy == nil { return true }
            case .concept(let name):
                for mark in conceptMarks[i] where mark.concept == name && i + mark.length <= range.upperBound {
                    if Self.isAsserted(tokens, i..<(i + mark.length)) { return true }
                }
            }
        }
        return false
    }
}
