/// A noun's "'s" that stood for "is" or "has" ("buddy's collapsed", "mate's fitting", "the
/// foot's been numb"): the tokenizer keeps only the noun, since "'s" is as often whose ("my
/// buddy's shoes"). The word after it tells which: one that only follows a verb ("not",
/// "just", "been"), or a verb form in "-ing" or "-ed" that nothing names after it ("buddy's
/// collapsed on the track", not "buddy's twisted ankle" or "buddy's running shoes"). Then the
/// verb is put back as a word of its own, so what reads the line sees it: someone else's sign
/// said as happening now ("is" is a word of now) is their emergency, as "buddy is collapsed"
/// was.
///
/// "is", not "has", before a participle: the contraction tells of a state now ("he's
/// collapsed"), where a typed "has collapsed" may start a story ("has collapsed during a race
/// once"). Only "been" and "got" take "has", whose "is" would read as no English.
package enum ContractedVerb {
    package static func restore(_ words: inout [Tokenizer.Word]) {
        guard words.contains(where: \.saidIs) else { return }
        var restored: [Tokenizer.Word] = []
        restored.reserveCapacity(words.count + 2)
        for i in words.indices {
            restored.append(words[i])
            guard words[i].saidIs, let verb = verb(after: i, in: words) else { continue }
            restored[restored.count - 1].saidIs = false
            var said = words[i]
            said.text = verb
            said.typed = nil
            said.measure = nil
            said.endsQuestion = false
            said.endsLabel = false
            said.opensClause = false
            said.afterPunctuation = false
            restored.append(said)
            // The question mark after "…'s?" belongs to the restored verb, the last word.
            if words[i].endsQuestion {
                restored[restored.count - 2].endsQuestion = false
                restored[restored.count - 1].endsQuestion = true
            }
            if words[i].endsLabel {
                restored[restored.count - 2].endsLabel = false
                restored[restored.count - 1].endsLabel = true
            }
        }
        words = restored
    }

    /// "is" or "has" when the word after the noun at `i` shows its "'s" was a verb.
    private static func verb(after i: Int, in words: [Tokenizer.Word]) -> String? {
        let next = i + 1
        guard next < words.count, words[next].clause == words[i].clause, words[next].measure == nil else {
            return nil
        }
        let word = words[next].text
        if takesHas.contains(word) { return "has" }
        if onlyAfterVerb.contains(word) { return "is" }
        // "-ing" or "-ed" with nothing named after it: the line's end, a new clause, or a word
        // that cannot be the noun the form would describe.
        let count = word.utf8.count
        guard count > 4, word.hasSuffix("ing") || word.hasSuffix("ed") else { return nil }
        let after = next + 1
        if after >= words.count || words[after].clause != words[next].clause || words[after].opensClause {
            return "is"
        }
        return followsVerb.contains(words[after].text) ? "is" : nil
    }

    /// Participles whose "'s" is "has": "the foot's been numb", "mate's got a swollen calf".
    private static let takesHas: WordSet = ["been", "got"]
    /// Words that follow "is" and never a noun's owner: "she's not", "buddy's just", "dad's
    /// still", "the toe's gone white", "mate's down".
    private static let onlyAfterVerb: WordSet = [
        "not", "just", "still", "now", "gone", "going", "getting", "having", "being", "starting", "started",
        "stopped", "lying", "laying", "down", "unconscious", "unresponsive", "really", "totally", "completely",
        "suddenly", "also", "always", "never", "literally", "definitely", "probably", "currently", "barely",
        "hardly", "so", "very", "too", "quite", "pretty", "a",
    ]
    /// What may come after a verb form in "-ing" or "-ed" and not after an adjective before its
    /// noun: "mate's fitting on the ground", "dad's slurring his words", "buddy's collapsed
    /// again".
    private static let followsVerb: WordSet = [
        "on", "in", "at", "and", "or", "but", "by", "from", "to", "into", "onto", "over", "off", "out", "up", "after",
        "during", "near", "with", "his", "her", "their", "the", "a", "an", "again", "now", "badly", "everywhere",
        "all", "too", "right", "so", "really", "help", "what", "please", "pls", "plz", "bad", "here", "there",
        "next", "beside", "behind", "under", "outside", "inside", "downstairs", "upstairs", "just", "twice",
        "for", "while", "since", "like", "without", "properly", "completely",
    ]
}
