/// Finds where a new clause starts in a line typed without punctuation: a subject followed
/// by its verb ("… once i stopped the heel's white", "… hot when pressed walking is ok",
/// "… likely nothing my shin has been throbbing"). Phones make run-on lines common, and
/// without a full stop a negation or a context trigger reached over the clause after it
/// (or, for "X is fine", back over the clause before it) and took a warning sign away.
///
/// A subject is "i", "it" or "there"; or a phrase opened by "my", "the", "this", "these" or
/// "both" of up to three more words; or, before a bare "is"/"are"/"was"/"were" or a noun's
/// "'s", the one or two words before it ("breathing is", "saddle area is"). A subject
/// straight after a word that takes it as an object or a clause ("in my calf", "didn't
/// notice the swelling was", "think my foot is") starts nothing: only a subject after a word
/// that cannot take one ("… run the foot's", "… nothing my calf has") does. Only the subject's
/// first word is marked (`Word.opensClause`); the clause numbers, which punctuation and
/// joining words set, are left as they are, so each reader decides what the start ends.
package enum ClauseStarts {
    package static func mark(_ words: inout [Tokenizer.Word]) {
        guard words.count > 2 else { return }
        for end in words.indices.dropFirst() {
            // The subject ends at `end`, its verb after it (or in it, for "foot's").
            let copula: Bool
            if words[end].saidIs {
                copula = true
            } else if end + 1 < words.count, let verb = verbKind(words[end + 1].text) {
                copula = verb
            } else {
                continue
            }
            // "… is that normal", "… does it matter": a verb before its subject asks; it
            // does not follow one.
            let verb = words[end].saidIs ? end : end + 1
            if verb + 1 < words.count, askedSubjects.contains(words[verb + 1].text) { continue }
            // A verb past the end of the sentence ("groin goes numb. are those bad?", or a
            // question tag split off, `QuestionTags`) is no verb of the words before it.
            if words[verb].sentence != words[end].sentence { continue }
            guard let start = subjectStart(endingAt: end, copula: copula, in: words), start > 0 else { continue }
            let before = start - 1
            // Punctuation or a joining word already ends the clause there.
            guard words[before].clause == words[start].clause else { continue }
            if takesSubject.contains(words[before].text) { continue }
            // "wouldn't i have …", "does my calf look …": a verb put before its subject asks.
            if auxiliaries.contains(words[before].text)
                || (words[before].text == "not" && before > 0 && auxiliaries.contains(words[before - 1].text))
            {
                continue
            }
            // A subject without its own opening word goes on a phrase before it: "no
            // swelling is …", "any tingling was …".
            if !opensPhrase(words[start].text), notInPhrase.contains(words[before].text) { continue }
            words[start].opensClause = true
        }
    }

    /// Where the subject ending at `end` starts, if the words there can be one.
    private static func subjectStart(endingAt end: Int, copula: Bool, in words: [Tokenizer.Word]) -> Int? {
        if pronouns.contains(words[end].text) { return end }
        if notInPhrase.contains(words[end].text) || words[end].measure != nil { return nil }
        // A word in "-ing" names the doing ("walking is", "my breathing is"): the subject
        // starts with it (or its opening word), not with an earlier phrase ("… to the touch").
        if words[end].text.hasSuffix("ing") {
            return end > 0 && determiners.contains(words[end - 1].text) ? end - 1 : end
        }
        var k = end - 1
        while k >= max(0, end - 3), words[k].clause == words[end].clause {
            if determiners.contains(words[k].text) { return k }
            if notInPhrase.contains(words[k].text) || words[k].measure != nil { break }
            k -= 1
        }
        // No determiner: a bare subject only before "is" and its like, and short.
        guard copula else { return nil }
        let first = max(k + 1, end - 1)
        return notInPhrase.contains(words[first].text) ? end : first
    }

    private static func opensPhrase(_ word: String) -> Bool {
        pronouns.contains(word) || determiners.contains(word)
    }

    /// Whether a word can be the verb after a subject: true for "is" and its like (after
    /// which a bare subject counts too), false for other verbs, nil for a word that is none.
    private static func verbKind(_ word: String) -> Bool? {
        // Asked of every word of a line, nearly always of a word that is neither: a filter
        // tells most of those without the two lookups, each of which hashes the word.
        guard verbFilter.mayContain(word) else { return nil }
        if copulas.contains(word) { return true }
        return verbs.contains(word) ? false : nil
    }

    /// Subjects a verb put before them asks about ("… go numb are those bad signs").
    private static let askedSubjects: WordSet = [
        "it", "that", "this", "there", "i", "you", "he", "she", "we", "they", "those", "these", "anyone", "anybody",
    ]
    /// Verbs that can come before their subject in a question.
    private static let auxiliaries: WordSet = [
        "do", "does", "did", "is", "are", "was", "were", "am", "has", "have", "had", "can", "could", "cannot", "will",
        "would", "should", "shall", "may", "might", "must",
    ]
    private static let copulas: WordSet = ["is", "are", "was", "were"]
    /// Auxiliaries and the verbs a runner's subject most often has first ("my toes go", "the
    /// foot feels"): closed words of grammar, not symptoms.
    private static let verbs: WordSet = [
        "am", "has", "have", "had", "does", "did", "will", "would", "can", "could", "cannot", "should", "might",
        "feels", "felt", "seems", "seemed", "looks", "looked", "goes", "went", "gets", "got", "keeps", "kept",
        "stays", "stayed", "turns", "turned", "starts", "started",
    ]
    /// The copulas and the verbs, for `verbKind`'s first look.
    private static let verbFilter = WordFilter(copulas.union(verbs))
    /// Subjects of one word.
    private static let pronouns: WordSet = ["i", "it", "there"]
    /// Words that open a subject phrase. Not "his", "her" or "their": what follows those is
    /// someone else's, and the reader of someone else's words ends that on its own.
    private static let determiners: WordSet = ["my", "the", "this", "these", "both"]
    /// Words a subject phrase does not hold: grammar words, which end the search for its start.
    private static let notInPhrase: WordSet = takesSubject.union([
        "a", "an", "his", "her", "their", "your", "our", "its", "some", "any", "no", "not", "never", "every", "each",
        "he", "she", "we", "they", "you", "me", "him", "them", "us", "who", "which", "what",
        "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "cannot", "should",
        "very", "so", "too", "just", "also", "but", "then", "now",
    ])
    /// Words that take the subject after them as their object or their clause: prepositions
    /// ("in my calf"), "and"/"or" (which the tokenizer reads), verbs that take an object or a
    /// clause ("had my feet go numb", "didn't notice the foot was cold", "think my calf is"),
    /// and words that open a clause of their own ("when", "if", "why").
    package static let takesSubject: WordSet = [
        "in", "on", "at", "of", "to", "for", "with", "from", "under", "over", "into", "by", "around", "near",
        "between", "about", "through", "across", "behind", "below", "above", "up", "down", "off", "out", "after",
        "before", "during", "like", "than", "and", "or", "nor", "plus", "that", "if", "when", "while", "where", "as",
        "why", "how", "whether", "because", "cause", "since", "until", "till", "unless", "once",
        "had", "have", "has", "got", "get", "gets", "made", "make", "makes", "let", "lets", "felt", "feel", "feels",
        "is", "are", "was", "were", "be", "been", "being", "am",
        "notice", "noticed", "noticing", "think", "thinks", "thought", "know", "knew", "knows", "realise",
        "realised", "realize", "realized", "see", "saw", "seen", "say", "says", "said", "saying", "tell", "told",
        "mean", "means", "meant", "hope", "guess", "guesses", "reckon", "reckons", "reckoned", "suspect", "suspects",
        "believes", "convinced", "adamant", "swears", "suppose", "sure", "worried", "worry", "scared",
        "afraid", "wonder", "wondering", "believe", "doubt", "check", "checked", "sign", "signs", "idea", "mind",
        "hear", "heard", "read", "find", "found", "show", "shows", "showed", "want", "wanted", "need", "needed",
    ]
}
