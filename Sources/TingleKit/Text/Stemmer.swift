/// A deliberately light suffix stripper. It only has to make the forms of one word
/// meet ("tingles", "tingling", "tingled", "tingle" → "tingl"); brain words and user
/// words go through the same function, so the stems never need to be real words.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        guard word.count >= 4, word.first?.isLetter == true else { return word }
        var w = Array(word)
        var strippedSuffix = false
        if w.suffix(3) == ["i", "e", "s"] && w.count > 4 {
            w.removeLast(3); w.append("y")          // injuries → injury
        } else if w.suffix(3) == ["i", "e", "d"] && w.count > 4 {
            w.removeLast(3); w.append("y")          // tried → try
        } else if w.suffix(4) == ["n", "e", "s", "s"] && w.count > 6 {
            w.removeLast(4)                         // numbness → numb
        } else if w.suffix(3) == ["i", "n", "g"] && hasVowel(w.dropLast(3)) && w.count - 3 >= 3 {
            w.removeLast(3)                         // tingling → tingl
            strippedSuffix = true
        } else if w.suffix(2) == ["e", "d"] && w.count - 2 >= 3 && w[w.count - 3] != "e" && hasVowel(w.dropLast(2)) {
            w.removeLast(2)                         // tingled → tingl (but "need", "speed" stay)
            strippedSuffix = true
        } else if w.last == "s" && !["s", "u", "i"].contains(w[w.count - 2]) {
            w.removeLast()                          // laces → lace (but "less", "plus", "this" stay)
            if w.count >= 4 && w.suffix(2) == ["e", "s"] && ["s", "x", "z"].contains(w[w.count - 3]) {
                w.removeLast()                      // boxes → box
            }
        }
        if w.count >= 4 && w.last == "e" {
            w.removeLast()                          // tingle → tingl, lace → lac
        }
        // running → runn → run; but a word that ends doubled stays ("butt" is not "but").
        if strippedSuffix, w.count >= 4, let last = w.last, last == w[w.count - 2], !"aeiouls".contains(last) {
            w.removeLast()
        }
        return String(w)
    }

    private static func hasVowel(_ letters: ArraySlice<Character>) -> Bool {
        letters.contains { "aeiouy".contains($0) }
    }
}
