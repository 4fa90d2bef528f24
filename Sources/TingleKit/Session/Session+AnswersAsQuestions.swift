import TingleText

extension Session {
    /// The words that open a question asking for something, not for a yes or a no.
    static let whWords: WordSet = ["what", "why", "how", "where", "which", "who", "when"]

    /// The value of the question asked (`asking`) in a line that answers it with a rising
    /// voice ("dunno, halfway?", "could be 5k?", "was about 3 miles last time?"): a sentence in
    /// question form that no intent of its own won (or only "not sure", "yes" or "no") is read
    /// as the answer, for the asked question's value alone. Symptoms and warning signs in it
    /// stay as the general question reads them, and a question with an answer of its own ("what
    /// do you mean by trouble peeing?", "can tight laces cause this?") is that question. Nil
    /// when no sentence is such an answer, or it holds no value.
    func answerSaidAsQuestion(_ input: MatchInput, understood: IntentMatcher.Understanding, asking: String)
        -> SlotValue?
    {
        let answers: Set<String> = [RoleIntent.dontKnow.rawValue, RoleIntent.yes.rawValue, RoleIntent.no.rawValue]
        let sentences = input.text.sentences
        let asked = sentences.filter { range in
            guard input.text.opensQuestion(range) else { return false }
            // A question with a wh-word asks something ("by the way, what's a good pace for a
            // first marathon?"): only one put as yes or no ("could be 5k?") is an answer.
            let words = range.filter { !input.tokens[$0].leadIn }.prefix(2).map { input.tokens[$0].text }
            if words.contains(where: Self.whWords.contains) { return false }
            let winner = understood.candidates.first { $0.sentence == range }?.intent
            return winner.map(answers.contains) ?? true
        }
        guard !asked.isEmpty else { return nil }
        let asAnswer = FindingsInput(input, aboutDependant: conversation.aboutDependant, answering: true)
        return FindingsReader(brain: brain).read(
            asAnswer, asking: asking, skipping: sentences.filter { !asked.contains($0) }
        ).values[asking]
    }
}
