import TingleText

/// A general question the runner then claims as their own ("is chest pain on a run serious? I
/// had it yesterday", "what turns a foot cold and white? mine did on my run"; or, the next turn,
/// "is saddle numbness serious?" … "yes, I have it"). ConText closes the hypothetical context
/// of a general question at its sentence's end, so its warning sign stayed general however
/// plainly the runner said after it that it is theirs. A claim (`context_claim`: "I had it",
/// "mine did", "same here", "that's me") lifts it: the questions before the claim are read
/// as the runner's own, for red flags as for anything else, in the same line
/// (`ContextMarker.mark`) and, for red flags only, the next turn (`Session+QuestionClaim`).
///
/// A claim counts only in a sentence all of whose words are the runner's own, now or maybe:
/// "I've never had it", "my mate had it", "I had it years ago" and "I had it checked and it
/// was fine" deny it, give it to someone else or put it in the past; and a word that says it
/// was only looked into (`context_claim_not`: "checked", "tested", "scanned") takes it back
/// too. The words are data (`Intents/concepts/context.yaml`): without them, nothing changes.
///
/// A question asked of "you" ("is it bad if you can't control your bladder after a run?") and
/// claimed is read, for red flags, with its "you" and "your" as "I" and "my" (the
/// `claim_reads_as_*` concepts), as every warning sign is written in the first person.
struct QuestionClaim: Sendable {
    let claims: Int32?
    let vetoes: Int32?
    /// Each `claim_reads_as_X` concept with the stem of X it is read as.
    let readings: [(concept: Int32, stem: String)]

    static let claimConcept = "context_claim"
    static let vetoConcept = "context_claim_not"
    static let readsAsPrefix = "claim_reads_as_"

    init(terms: TermTable) {
        claims = terms.id(of: .concept(Self.claimConcept))
        vetoes = terms.id(of: .concept(Self.vetoConcept))
        readings = terms.terms.compactMap { term in
            guard case .concept(let name) = term, name.hasPrefix(Self.readsAsPrefix),
                let id = terms.id(of: term)
            else { return nil }
            return (id, Stemmer.stem(String(name.dropFirst(Self.readsAsPrefix.count))))
        }
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

    /// The question sentences (their token ranges) the claims of `marks` lift: every question
    /// before a sentence that claims, back to the claim before it. Which one its "it" or "that"
    /// means cannot be told ("is chest pain on a run serious? how tight should laces be? I had
    /// it yesterday"), and lifting one with no warning sign changes nothing that counts.
    func lifted(_ input: MatchInput, marks: [ContextMarker.Mark]) -> [Range<Int>] {
        let claimed = claiming(input, marks: marks)
        guard !claimed.isEmpty else { return [] }
        var lifted: [Range<Int>] = []
        var asked: [Range<Int>] = []
        for range in input.text.sentences {
            if claimed.contains(input.tokens[range.lowerBound].sentence) {
                lifted += asked
                asked = []
            } else if input.text.isQuestion(range) {
                asked.append(range)
            }
        }
        return lifted
    }

    /// The line with "you" and "your" of the `lifted` questions read as "I" and "my", for red
    /// flags; nil when they have none.
    func reading(_ input: MatchInput, lifted: [Range<Int>]) -> MatchInput? {
        var stems: [(index: Int, stem: String)] = []
        for range in lifted {
            for i in range {
                for mark in input.marks(at: i) where mark.length == 1 {
                    if let reading = readings.first(where: { $0.concept == mark.concept }) {
                        stems.append((i, reading.stem))
                    }
                }
            }
        }
        return stems.isEmpty ? nil : input.reading(stems, forRedFlags: true)
    }
}
