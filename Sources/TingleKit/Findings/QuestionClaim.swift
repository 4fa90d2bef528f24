/// A general question the runner then claims as their own ("is chest pain on a run serious? I
/// had it yesterday", "what turns a foot cold and white? mine did on my run"; or, the next turn,
/// "is saddle numbness serious?" … "yes, I have it"). ConText closes the hypothetical context
/// of a general question at its sentence's end, so its warning sign stayed general however
/// plainly the runner said after it that it is theirs. A claim (`context_claim`: "I had it",
/// "mine did", "same here", "that's me") lifts it: the nearest general question before the
/// claim is read as the runner's own, for red flags as for anything else, in the same line
/// (`ContextMarker.mark`) and, for red flags only, the next turn (`Session+QuestionClaim`).
///
/// A claim counts only in a sentence all of whose words are the runner's own, now or maybe:
/// "I've never had it", "my mate had it", "I had it years ago" and "I had it checked and it
/// was fine" deny it, give it to someone else or put it in the past; and a word that says it
/// was only looked into (`context_claim_not`: "checked", "tested", "scanned") takes it back
/// too. The words are data (`Intents/concepts/context.yaml`): without them, nothing changes.
struct QuestionClaim: Sendable {
    let claims: Int32?
    let vetoes: Int32?

    static let claimConcept = "context_claim"
    static let vetoConcept = "context_claim_not"

    init(terms: TermTable) {
        claims = terms.id(of: .concept(Self.claimConcept))
        vetoes = terms.id(of: .concept(Self.vetoConcept))
    }

    /// Whether the line may claim at all: one look at its terms, so most lines pay nothing.
    func mayClaim(_ input: MatchInput) -> Bool {
        claims.map(input.present.contains) ?? false
    }

    /// The sentences (their numbers) that claim what was asked before them. `marks` are the
    /// contexts the triggers gave, before any general question was marked. Linear in the line.
    func claiming(_ input: MatchInput, marks: [ContextMarker.Mark]) -> Set<Int> {
        guard let claims, mayClaim(input) else { return [] }
        let tokens = input.tokens
        var claimed: Set<Int> = []
        var spoiled: Set<Int> = []
        for i in tokens.indices {
            let sentence = tokens[i].sentence
            let context = i < marks.count ? marks[i].context : .affirmed
            if tokens[i].isDenied || (context != .affirmed && context != .possible) {
                spoiled.insert(sentence)
            }
            for mark in input.marks(at: i) {
                if mark.concept == claims { claimed.insert(sentence) }
                if let vetoes, mark.concept == vetoes { spoiled.insert(sentence) }
            }
        }
        return claimed.subtracting(spoiled)
    }

    /// The question sentence (its token range) a claim in `sentence` lifts: the nearest
    /// general question before it, with no other question between them (`questions`: the
    /// line's general questions, in order).
    static func lifted(by sentence: Int, among questions: [Range<Int>], in input: MatchInput) -> Range<Int>? {
        let sentences = input.text.sentences
        guard let at = sentences.firstIndex(where: { input.tokens[$0.lowerBound].sentence == sentence }) else {
            return nil
        }
        for k in stride(from: at - 1, through: 0, by: -1) {
            if questions.contains(sentences[k]) { return sentences[k] }
            if input.text.opensQuestion(sentences[k]) { return nil }
        }
        return nil
    }
}
