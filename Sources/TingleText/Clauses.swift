/// The clauses of a line, as `{{…}}` reads them: a new one starts with a sentence, at a word
/// that opens a clause ("but", "because", "although"), where the text stage found a subject
/// and its verb starting one (`Token.opensClause`), or at a subject after "and" once the words
/// before it had a verb of their own ("my bum is sore and my toes go numb"). Not at a comma,
/// nor at "and" joining two subjects of one verb: "my groin and the backs of both legs went
/// dead" is one clause here. A line's own are worked out once, when it is analysed
/// (`AnalyzedText.clauses`): a long post has many `{{…}}` patterns tried on it.
package enum Clauses {
    /// The clauses of `range` in `tokens`, each a range of its own, in order.
    package static func of(_ range: Range<Int>, in tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start + 1
            var hadVerb = predicates.contains(tokens[start].text)
            while end < range.upperBound, tokens[end].sentence == tokens[start].sentence, !tokens[end].opensClause,
                !Tokenizer.opensClause(tokens[end].text, before: end + 1 < tokens.count ? tokens[end + 1].text : nil)
            {
                // The tokenizer started a clause at "and"/"or" before a subject (the joining word
                // goes with the new clause).
                if hadVerb, tokens[end].clause != tokens[end - 1].clause,
                    tokens[end].text == "and" || tokens[end].text == "or"
                {
                    break
                }
                hadVerb = hadVerb || predicates.contains(tokens[end].text)
                end += 1
            }
            result.append(start..<end)
            start = end
        }
        return result
    }

    /// Verbs that show a clause has its own predicate: grammar words and the verbs runners use
    /// most of a body part ("is sore", "looks funny", "hurts").
    private static let predicates: WordSet = [
        "is", "are", "was", "were", "am", "has", "have", "had", "feel", "feels", "felt", "look", "looks", "looked",
        "make", "makes", "made", "hurt", "hurts", "ache", "aches", "ached", "get", "gets", "got", "go", "goes",
        "went", "keep", "keeps", "kept", "seem", "seems", "seemed", "turn", "turns", "turned", "started", "starts",
    ]
}
