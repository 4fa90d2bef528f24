/// English contractions, with and without the apostrophe people often skip on a phone.
/// Expanding them makes negation visible ("don't" → "do not", "can't" → "cannot").
package enum Contractions {
    /// Whole words that expand to several words.
    package static let whole: [String: [String]] = [
        "can't": ["cannot"], "cant": ["cannot"], "can not": ["cannot"],
        "won't": ["will", "not"], "wont": ["will", "not"],
        "shan't": ["shall", "not"], "ain't": ["is", "not"], "aint": ["is", "not"],
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
        "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
        "werent": ["were", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"],
        "hadnt": ["had", "not"], "wouldnt": ["would", "not"], "shouldnt": ["should", "not"],
        "couldnt": ["could", "not"], "mustnt": ["must", "not"], "neednt": ["need", "not"],
        "im": ["i", "am"], "ive": ["i", "have"], "youre": ["you", "are"], "youve": ["you", "have"],
        "thats": ["that", "is"], "whats": ["what", "is"], "theres": ["there", "is"],
        "its": ["it", "is"], "hows": ["how", "is"], "wheres": ["where", "is"],
        "whys": ["why", "is"], "idk": ["i", "do", "not", "know"], "dunno": ["do", "not", "know"],
        "gonna": ["going", "to"], "wanna": ["want", "to"], "gotta": ["have", "to"],
        "y'all": ["you"], "ya": ["you"], "u": ["you"], "ur": ["your"], "r": ["are"],
        "pls": ["please"], "plz": ["please"], "thx": ["thanks"], "ty": ["thank", "you"],
        "w/o": ["without"], "b/c": ["because"], "cuz": ["because"], "coz": ["because"],
        // A form's "not applicable": split at its slash it read as "n" and "a", an answer of "and a".
        "n/a": ["not", "applicable"],
    ]

    package static let wholeFilter = WordFilter(whole.keys)

    /// Words whose "'s" is always "is" (made once, not on every word with an apostrophe).
    private static let saysIs: WordSet = [
        "it", "that", "what", "there", "he", "she", "who", "where", "how", "here",
    ]

    /// Expands one word that contains an apostrophe, or returns nil.
    package static func expand(_ word: String) -> [String]? {
        if let words = whole[word] { return words }
        guard let apostrophe = word.firstIndex(of: "'") else { return nil }
        let head = String(word[..<apostrophe])
        let tail = String(word[word.index(after: apostrophe)...])
        switch tail {
        case "t" where head.hasSuffix("n"):
            return [String(head.dropLast()), "not"]
        case "m": return [head, "am"]
        case "re": return [head, "are"]
        case "ve": return [head, "have"]
        case "ll": return [head, "will"]
        case "d": return [head, "would"]
        case "s":
            // "it's" → "it is"; a possessive ("foot's") keeps only the noun.
            return saysIs.contains(head) ? [head, "is"] : [head]
        case "": return head.isEmpty ? [] : [head]  // "runners'" → "runners"
        default: return [head, tail].filter { !$0.isEmpty }
        }
    }
}
