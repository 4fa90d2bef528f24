/// A question tag typed on after a statement with no punctuation between: "soles fizz at 5k is
/// this normal?", "arch stays cold should i worry?", "shin went hard and tight is it bad?". A
/// phone makes the comma optional, and without it the statement and its tag were one question:
/// what the statement tells of the runner was read as part of a general question (its findings
/// set aside), and the tag's words as part of the statement ("bad" as pain). A tag is a verb put
/// before its subject (`verbs`, `subjects`) with something asked after it, and it starts a
/// sentence of its own, as it does after a comma (`Tokenizer.splitTrailingQuestions`, which
/// also takes "are those", "was that" after one).
///
/// Not a verb that belongs to the question the sentence opened ("how long is it ok to run",
/// "why is it only the left foot": a wh-word opening it, just before), nor one a word before takes as its
/// clause or object ("not sure if it is", "i wonder is it…": `ClauseStarts.takesSubject`),
/// nor "is that" opening a clause of its own ("the trouble is that my laces…"), nor one with
/// nothing after its subject ("this is it").
enum QuestionTags {
    /// Whether a tag starts at `i` of the sentence that starts at `start`: a few looks at the
    /// words around it, so asking it of every word keeps the line's cost linear.
    static func starts(at i: Int, sentenceStart start: Int, in words: [Tokenizer.Word]) -> Bool {
        guard i >= start + 2, i + 2 < words.count, asks(words[i].text, of: words[i + 1].text),
            words[i + 2].sentence == words[i].sentence, words[i + 1].sentence == words[i].sentence
        else { return false }
        let before = words[i - 1].text
        if ClauseStarts.takesSubject.contains(before) || verbs.contains(before)
            || Tokenizer.auxiliaries.contains(before)
        {
            return false
        }
        // "how long is it", "what time is it", "so why is it": the verb of the question the
        // sentence opened (a wh-word inside it, "… slaps down when i walk is that bad?", opens
        // none).
        for k in start...(start + 1) where i - k <= 3 && openers.contains(words[k].text) { return false }
        // "is that my laces are…": "that" opens a clause, the verb is the statement's own.
        if words[i + 1].text == "that", Tokenizer.subjectStarters.contains(words[i + 2].text) { return false }
        return true
    }

    /// Whether `verb` put before `subject` asks: "is that", "are those", "should i".
    static func asks(_ verb: String, of subject: String) -> Bool {
        verbs.contains(verb) && subjects.contains(subject)
    }

    private static let verbs: WordSet = [
        "is", "are", "was", "were", "should", "could", "can", "would", "will", "do", "does", "did",
    ]
    private static let subjects: WordSet = ["that", "this", "it", "they", "those", "these", "i", "you"]
    private static let openers: WordSet = ["what", "why", "how", "which", "where", "who", "when"]
}
