/// A deliberately light suffix stripper. It only has to make the forms of one word
/// meet ("tingles", "tingling", "tingled", "tingle" → "tingl"); brain words and user
/// words go through the same function, so the stems never need to be real words.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        if let year = yearStem(word) { return year }
        // Nearly every word is ASCII, where a byte is a Character (but for "\r\n", a
        // single Character of two bytes), so the rules can run on the UTF-8 bytes
        // without building an array of Characters: the stemmer runs on every token.
        let fast = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            let (kept, added) = rules(
                bytes, same: { $0 == $1 }, isLetter: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
            if kept == bytes.count && added == nil { return word }
            return String(unsafeUninitializedCapacity: kept + 1) { out in
                _ = out.initialize(from: bytes[..<kept])
                guard let added else { return kept }
                out[kept] = UInt8(ascii: added)
                return kept + 1
            }
        }
        if let fast, let fast { return fast }
        let characters = Array(word)
        let (kept, added) = rules(characters, same: { $0 == Character(Unicode.Scalar($1)) }, isLetter: { $0.isLetter })
        if kept == characters.count && added == nil { return word }
        return String(characters[..<kept]) + (added.map { String(Character($0)) } ?? "")
    }

    /// The rules, on letters of either kind: how many letters of `w` the stem keeps, and
    /// the letter ("y" or "e") it then ends in, if one is added. `same` compares a letter
    /// with an ASCII letter.
    private static func rules<Letters: RandomAccessCollection>(
        _ w: Letters, same: (Letters.Element, UInt8) -> Bool, isLetter: (Letters.Element) -> Bool
    ) -> (kept: Int, added: Unicode.Scalar?) where Letters.Index == Int, Letters.Element: Equatable {
        let count = w.count
        guard count >= 4, isLetter(w[w.startIndex]) else { return (count, nil) }
        let s = w.startIndex
        // The letter `back` places from the end of the first `n`.
        func at(_ n: Int, _ back: Int, _ ascii: Unicode.Scalar) -> Bool { same(w[s + n - back], UInt8(ascii.value)) }
        func ends(_ n: Int, _ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard n >= length else { return false }
            return suffix.withUTF8Buffer { letters in
                letters.indices.allSatisfy { same(w[s + n - length + $0], letters[$0]) }
            }
        }
        func hasVowel(_ n: Int) -> Bool {
            w[s..<(s + n)].contains { letter in "aeiouy".utf8.contains { same(letter, $0) } }
        }
        func isVowel(_ i: Int, _ vowels: StaticString) -> Bool {
            vowels.withUTF8Buffer { letters in letters.contains { same(w[s + i], $0) } }
        }
        // The first three letters are a short syllable, consonant, vowel, consonant, whose
        // last is not w, x or y ("pal", "mat", "not", "bit", "car"): its word with a
        // silent "e" ("pale", "mate", "note", "bite", "care") keeps the "e", so the two
        // stay two words, and its forms that dropped it ("paled", "hoping") get it back.
        func isShortSyllable() -> Bool {
            isLetter(w[s + 2]) && !isVowel(0, "aeiou") && isVowel(1, "aeiouy") && !isVowel(2, "aeiouwxy")
        }

        var n = count
        var strippedSuffix = false
        if ends(n, "ies") && n > 4 {
            return (n - 3, "y")  // injuries → injury
        } else if ends(n, "ied") && n > 4 {
            return (n - 3, "y")  // tried → try
        } else if ends(n, "ness") && n > 6 {
            n -= 4  // numbness → numb
        } else if ends(n, "ing") && hasVowel(n - 3) && n - 3 >= 3 {
            n -= 3  // tingling → tingl
            strippedSuffix = true
        } else if ends(n, "ed") && n - 2 >= 3 && !at(n, 3, "e") && hasVowel(n - 2) {
            n -= 2  // tingled → tingl (but "need", "speed" stay)
            strippedSuffix = true
        } else if at(n, 1, "s") && !at(n, 2, "s") && !at(n, 2, "u") && !at(n, 2, "i") {
            n -= 1  // laces → lace (but "less", "plus", "this" stay)
            if n >= 4 && ends(n, "es") && (at(n, 3, "s") || at(n, 3, "x") || at(n, 3, "z")) {
                n -= 1  // boxes → box
            }
        }
        if n >= 4 && at(n, 1, "e") && !(n == 4 && isShortSyllable()) {
            n -= 1  // tingle → tingl, ease → eas; but "pale" stays, not "pal"
        }
        // running → runn → run; but a word that ends doubled stays ("butt" is not "but").
        if strippedSuffix, n >= 4, w[s + n - 1] == w[s + n - 2],
            !"aeiouls".utf8.contains(where: { at(n, 1, Unicode.Scalar($0)) })
        {
            n -= 1
        } else if strippedSuffix, n == 3, isShortSyllable() {
            return (n, "e")  // hoping → hope, paled → pale (but hopping → hop)
        }
        return (n, nil)
    }

    /// The years read as long past ("fell off my bike in 2019"). The last is fixed, not read
    /// from the clock, so a build reads the same line the same way on any day; it lags behind
    /// the calendar, which only keeps a recent year current (a warning sign after it stands).
    /// Raise it as years pass.
    public static let pastYears = 1950...2024
    /// The stem every year of `pastYears` has, as a quantity has its kind's ("#distance"): a
    /// concept names all of them in one phrase ("in ~past_year"), not one phrase a year. The
    /// stemmer gives it to words and to the brain's phrases alike, so a shoe named with such
    /// a number ("gt 2000") still meets its name.
    public static let pastYearStem = "#past_year"

    /// `pastYearStem` for a word of four digits inside `pastYears`.
    static func yearStem(_ text: String) -> String? {
        let digits = text.utf8
        guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(text),
            pastYears.contains(year)
        else { return nil }
        return pastYearStem
    }
}
