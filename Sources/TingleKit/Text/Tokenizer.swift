/// Splits normalised text into words, expanding contractions and reading quantities
/// ("5k", "20 mins", "half an hour", "two miles"), and records where clauses and
/// sentences end: negation stops at a clause, and each sentence can carry its own question.
enum Tokenizer {
    struct Word {
        var text: String
        var measure: Measure?
        var clause: Int
        var sentence: Int
        /// The word is followed by a question mark.
        var endsQuestion = false
    }

    /// Words that open a new clause: a negation before them does not reach past them.
    static let clauseOpeners: Set<String> = [
        "but", "however", "although", "though", "except", "yet", "whereas", "while", "because", "so", "then", "until",
    ]
    /// After "and"/"or", these start a new clause ("no pain and my feet go numb").
    static let subjectStarters: Set<String> = ["i", "my", "it", "they", "he", "she", "we", "you", "the", "there", "this", "that", "also"]
    /// After "and"/"also", these start a new question ("what causes it and should I see a doctor").
    static let questionStarters: Set<String> = [
        "what", "why", "how", "when", "where", "which", "who", "should", "can", "could", "is", "are",
        "do", "does", "will", "would", "tell",
    ]

    /// Words that open a question when they start a sentence.
    static let questionOpeners: Set<String> = questionStarters.union(["did", "may", "might", "am", "was", "were", "has", "have", "any"])

    static func words(in text: String) -> [Word] {
        var result: [Word] = []
        var clause = 0
        var sentence = 0
        var pendingBoundary: (clause: Bool, sentence: Bool) = (false, false)

        func push(_ raw: String) {
            guard !raw.isEmpty else { return }
            let pieces: [String]
            let plain = !raw.utf8.contains { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "/") }
            if plain, Contractions.whole[raw] == nil {
                pieces = [raw]  // the common case: an ordinary word
            } else if let expanded = Contractions.expand(raw) {
                pieces = expanded
            } else if raw.contains("/") {
                pieces = raw.split(separator: "/").map(String.init)
            } else {
                pieces = [raw]
            }
            for piece in pieces {
                for part in piece.split(separator: " ") {
                    let word = String(part).trimmingAll("'")
                    guard !word.isEmpty else { continue }
                    if pendingBoundary.sentence, !result.isEmpty { sentence += 1; clause += 1 }
                    else if pendingBoundary.clause, !result.isEmpty { clause += 1 }
                    pendingBoundary = (false, false)
                    if let previous = result.last, previous.clause == clause {
                        if clauseOpeners.contains(word) {
                            clause += 1
                        } else if ["and", "or", "also", "plus"].contains(previous.text) {
                            if questionStarters.contains(word) {
                                sentence += 1; clause += 1
                                result[result.count - 1].sentence = sentence
                                result[result.count - 1].clause = clause
                            } else if subjectStarters.contains(word) {
                                clause += 1
                                result[result.count - 1].clause = clause
                            }
                        }
                    }
                    result.append(Word(text: word, measure: nil, clause: clause, sentence: sentence))
                }
            }
        }

        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let previous = index > 0 ? scalars[index - 1] : nil
            if isWordScalar(scalar) || scalar == "'" {
                current.append(scalar)
            } else if scalar == ".", previous.map(isDigit) == true, next.map(isDigit) == true {
                current.append(scalar)  // a decimal point: "3.5 miles"
            } else if scalar == "/", !current.isEmpty, next.map(isLetter) == true {
                current.append(scalar)  // "w/o", "b/c"
            } else if scalar == "&" {
                push(String(current)); current = String.UnicodeScalarView()
                push("and")
            } else {
                push(String(current)); current = String.UnicodeScalarView()
                switch scalar {
                case "?":
                    pendingBoundary.sentence = true
                    if !result.isEmpty { result[result.count - 1].endsQuestion = true }
                case ".", "!", ";", "\n": pendingBoundary.sentence = true
                case ",", ":", "(", ")", "\"": pendingBoundary.clause = true
                case "-" where previous == " " || next == " ": pendingBoundary.clause = true
                default: break
                }
            }
        }
        push(String(current))
        return Quantities.read(result)
    }

    // ASCII first: most input is plain English, and Unicode property lookups are slow.
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 97 && v <= 122) || (v >= 48 && v <= 57) || (v >= 65 && v <= 90)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 48 && s.value <= 57) : s.properties.numericType != nil
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? ((s.value | 0x20) >= 97 && (s.value | 0x20) <= 122) : s.properties.isAlphabetic
    }
}

extension String {
    func trimmingAll(_ set: Character) -> String {
        var slice = Substring(self)
        while slice.first == set { slice = slice.dropFirst() }
        while slice.last == set { slice = slice.dropLast() }
        return String(slice)
    }
}
