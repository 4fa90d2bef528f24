import TingleText

/// A negation that covers a list: "no burning or weakness", "neither pain nor swelling",
/// "no pain, swelling or weakness", "without tingling or burning". One cue denies every item
/// of the list, so each item is read as if denied on its own ("no weakness"). A symptom whose
/// patterns hold only for the word said bare (as the whole answer: "weakness", not "my only
/// weakness is hills") would otherwise be denied only when it came first.
extension FindingsReader {
    /// The items of the denied lists in `sentence`: runs of denied words, cut at "or",
    /// "nor" and "and", at a word that is not denied (the "nor" that denies the next one) and at
    /// a clause's end (a comma). Only a sentence with two items or more holds a list; otherwise
    /// none, and the words are read as ever.
    static func deniedListItems(in sentence: Range<Int>, tokens: [Token]) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var start: Int?
        for i in sentence {
            let token = tokens[i]
            let cuts =
                !token.isDenied || listJoiningWords.contains(token.text)
                || (start.map { tokens[$0].clause != token.clause } ?? false)
            if cuts, let open = start {
                items.append(open..<i)
                start = nil
            }
            if token.isDenied, !listJoiningWords.contains(token.text), start == nil { start = i }
        }
        if let open = start { items.append(open..<sentence.upperBound) }
        return items.count > 1 ? items : []
    }

    private static let listJoiningWords: Set<String> = ["and", "or", "nor"]
}
