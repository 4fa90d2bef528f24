/// Splits normalised text into words, expanding contractions and reading quantities
/// ("5k", "20 mins", "half an hour", "two miles"), and records where clauses and
/// sentences end: negation stops at a clause, and each sentence can carry its own question.
package enum Tokenizer {
    package struct Word {
        package var text: String
        /// The word as typed, when the typo corrector changed it (see `words(in:rewriter:correct:)`).
        package var typed: String? = nil
        package var measure: Measure?
        package var clause: Int
        package var sentence: Int
        /// The word is followed by a question mark.
        package var endsQuestion = false
        /// The word is followed by a colon or a dash between spaces, which a runner puts between
        /// a thing and what they say of it ("swelling - none", "weakness: no").
        package var endsLabel = false
        /// A noun typed with "'s" ("the foot's pale"), which may be "is" as well as whose.
        package var saidIs = false
        /// A new clause starts here, though nothing marks it (see `ClauseStarts`).
        package var opensClause = false
        /// Punctuation (a comma, a full stop, a question mark…) comes before the word: no
        /// rewritten phrase reaches across it ("I need to go, back pain" keeps its back).
        package var afterPunctuation = false
    }

    /// Words that open a new clause: a negation before them does not reach past them.
    package static let clauseOpeners: WordSet = [
        "but", "however", "although", "though", "except", "yet", "whereas", "while", "because", "so", "then", "until",
    ]
    private static let clauseOpenerFilter = WordFilter(clauseOpeners)

    /// Whether clause opener `word`, followed by `next`, opens a clause: "so" does only before
    /// a subject or a question ("so my feet…", "so I stopped", "so what causes it"), not as a
    /// word of degree ("so heavy I could not lift it", "so numb"). Any other opener always does.
    package static func opensClause(_ word: String, before next: String?) -> Bool {
        guard word == "so", let next else { return clauseOpeners.contains(word) }
        return subjectStarters.contains(next) || questionStarters.contains(next) || next == "then" || next == "now"
    }
    /// After "and"/"or", these start a new clause ("no pain and my feet go numb").
    package static let subjectStarters: WordSet = [
        "i", "my", "it", "they", "he", "she", "we", "you", "the", "there", "this", "that", "also",
    ]
    /// After "and"/"also", these start a new question ("what causes it and should I see a doctor").
    package static let questionStarters: WordSet = [
        "what", "why", "how", "when", "where", "which", "who", "should", "can", "could", "is", "are",
        "do", "does", "will", "would", "tell",
    ]

    /// The verbs among `questionStarters`: after "and" they ask only before a subject.
    static let auxiliaries: WordSet = ["is", "are", "do", "does", "can", "could", "should", "will", "would"]

    /// Words that open a question when they start a sentence.
    package static let questionOpeners: WordSet = questionStarters.union([
        "did", "may", "might", "am", "was", "were", "has", "have", "any",
    ])

    /// `rewriter` runs before quantities are read, so a phrase it rewrites to an amount
    /// ("parkrun distance" → "5 km") is read as one.
    /// `correct` gives a misspelt word's correction (the typo corrector's): words are corrected
    /// before phrases are rewritten and quantities read, so a slip inside a phrase ("the
    /// bototm of my foot") or a unit ("3 miels") is read as the phrase or the amount it was
    /// meant to be.
    package static func words(
        in text: String, rewriter: PhraseRewriter? = nil, correct: ((String) -> String?)? = nil
    ) -> [Word] {
        var plain = plainWords(in: text)
        if let correct {
            for i in plain.indices {
                if let corrected = correct(plain[i].text) {
                    plain[i].typed = plain[i].text
                    plain[i].text = corrected
                }
            }
        }
        // Before the rewrites: "mate's fitting" is read as "mate is fitting", which they know.
        ContractedVerb.restore(&plain)
        var words = Quantities.read(rewriter?.rewrite(plain) ?? plain)
        if rewriter != nil { openClauses(atRewritten: &words) }
        splitTrailingQuestions(&words)
        ClauseStarts.mark(&words)
        return words
    }

    /// A clause opener that a rewrite made ("apart from" → "except") opens its clause, as one
    /// typed would: "not really apart from sore shins" denies nothing after it. Clauses are
    /// numbered as the words are scanned, before phrases are rewritten; those after such an
    /// opener move up by one, in one pass.
    static func openClauses(atRewritten words: inout [Word]) {
        var shift = 0
        for i in words.indices {
            words[i].clause += shift
            guard i > 0, words[i].clause == words[i - 1].clause, clauseOpenerFilter.mayContain(words[i].text),
                opensClause(words[i].text, before: i + 1 < words.count ? words[i + 1].text : nil)
            else { continue }
            shift += 1
            words[i].clause += 1
        }
    }

    /// Verbs and wh-words that, after a comma and before a subject, open a question of its own.
    private static let askingVerbs: WordSet = [
        "is", "are", "can", "could", "should", "would", "will", "do", "does", "what", "why", "how", "which",
    ]

    private static let whWords: WordSet = ["what", "why", "how", "which"]
    /// Words after a verb that say it has no subject of its own ("- can not feel them?"): the
    /// runner's clause going on, clipped, not a question of its own.
    private static let notASubject: WordSet = [
        "not", "barely", "hardly", "still", "only", "just", "also", "never", "really", "even", "be",
    ]
    /// Words that may lead a question of its own after a comma ("…, but is it serious?").
    private static let questionLeads: WordSet = ["but", "so"]
    private static let conditions: WordSet = [
        "when", "whenever", "if", "once", "after", "before", "while", "since",
    ]

    /// "About 20 mins, is that bad?": an answer and a question in one sentence. A clause after
    /// a comma that opens with a verb or wh-word and its subject, in a sentence that ends with
    /// "?", is a sentence of its own, so the question gets its answer and the answer is read as
    /// one. Not "when …, should I …" (a condition before a question). Whether a "?" lies ahead in
    /// the sentence is worked out once, in a pass from the end, so the cost stays linear. So is
    /// a question tag typed on without the comma (`QuestionTags`).
    static func splitTrailingQuestions(_ words: inout [Word]) {
        guard words.contains(where: \.endsQuestion) else { return }
        var questionAhead = [Bool](repeating: false, count: words.count)
        for k in words.indices.reversed() {
            let sameSentenceAfter = k + 1 < words.count && words[k + 1].sentence == words[k].sentence
            questionAhead[k] = words[k].endsQuestion || sameSentenceAfter && questionAhead[k + 1]
        }
        var shift = 0
        var clauseShift = 0  // a tag without punctuation opens its clause too
        var start = 0  // where the current sentence starts
        for i in words.indices {
            words[i].sentence += shift
            words[i].clause += clauseShift
            if i > 0, words[i].sentence != words[i - 1].sentence { start = i }
            guard i > 0, i + 1 < words.count, questionAhead[i], words[i].sentence == words[i - 1].sentence,
                !conditions.contains(words[start].text)
            else { continue }
            if words[i].clause != words[i - 1].clause {
                // "I'm talking rubbish probably, but is it serious?": a hedge, then the question
                // led by "but" or "so"; the question is its own sentence from the "but" on.
                let v = questionLeads.contains(words[i].text) && i + 2 < words.count ? i + 1 : i
                // Led so, a verb asks before any subject ("but is numbness from laces serious?"),
                // and so it does after a dash between spaces, a runner's way of turning from
                // what happens to what they ask ("numb at mile 3 - will orthotics help?").
                let afterDash = words[i - 1].endsLabel && v == i
                guard
                    askingVerbs.contains(words[v].text)
                        && (v != i || whWords.contains(words[v].text) || subjectStarters.contains(words[v + 1].text)
                            || afterDash && !notASubject.contains(words[v + 1].text)
                            || Self.isGerund(words[v + 1].text))
                        || QuestionTags.asks(words[v].text, of: words[v + 1].text)
                else { continue }
            } else {
                // "toes go numb is this normal?": the comma left out (`QuestionTags`).
                guard QuestionTags.starts(at: i, sentenceStart: start, in: words) else { continue }
                clauseShift += 1
                words[i].clause += 1
            }
            shift += 1
            words[i].sentence += 1
            start = i
        }
    }

    /// A verb in "-ing" as the subject a question asks about after a comma ("…, would switching
    /// to midfoot help?", "…, is running through it bad?"), as a pronoun is one.
    private static func isGerund(_ word: String) -> Bool {
        word.count > 5 && word.hasSuffix("ing")
    }

    /// The words, before quantities are read ("3 miles" stays two words).
    package static func plainWords(in text: String) -> [Word] {
        var words = Words()
        // Plain ASCII text is scanned as bytes, and each word is made straight from its
        // bytes; other text as an array of scalars. A word is a run of the text either way.
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            // A closure, not the initializer itself: that was a call for every byte.
            words.scan(bytes.lazy.map { Unicode.Scalar($0) }) {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
            }
            return true
        }
        if scanned != true {
            let scalars = Array(text.unicodeScalars)
            words.scan(scalars) { String(String.UnicodeScalarView(scalars[$0])) }
        }
        return words.result
    }

    /// The words read so far, and where the clause and sentence stand.
    private struct Words {
        var result: [Word] = []
        var clause = 0
        var sentence = 0
        var pendingBoundary: (clause: Bool, sentence: Bool) = (false, false)
        /// The last word opened its clause by being a clause opener ("so", "but"), not by
        /// following punctuation: the next word may take the opening back (see `opensClause`).
        var openedByWord = false
        /// The last word, a verb after "and" ("and is", "and can"), opened a question: the next
        /// word decides (see `auxiliaries`).
        var askedByAuxiliary = false

        init() { result.reserveCapacity(16) }

        mutating func scan<Scalars: RandomAccessCollection<Unicode.Scalar>>(
            _ scalars: Scalars, word: (Range<Int>) -> String
        ) where Scalars.Index == Int {
            var start = scalars.startIndex  // the current word is scalars[start..<index]
            for index in scalars.indices {
                let scalar = scalars[index]
                let next = index + 1 < scalars.endIndex ? scalars[index + 1] : nil
                let previous = index > scalars.startIndex ? scalars[index - 1] : nil
                if isWordScalar(scalar) || scalar == "'" {
                    continue
                } else if scalar == ".", previous.map(isDigit) == true, next.map(isDigit) == true {
                    continue  // a decimal point: "3.5 miles"
                } else if scalar == "/", start < index, next.map(isLetter) == true {
                    continue  // "w/o", "b/c"
                }
                // "5k-6k": a word that opens with a digit before the dash is the low end of a range.
                let openedWithDigit = start < index && isDigit(scalars[start])
                if start < index { push(word(start..<index)) }
                start = index + 1
                switch scalar {
                case "&": push("and")
                case "@": push("at")  // "numb @ 10km"
                case ">": push("over")  // "numb on runs > 8 miles"
                case "?":
                    pendingBoundary.sentence = true
                    if !result.isEmpty { result[result.count - 1].endsQuestion = true }
                case ".", "!", ";", "\n": pendingBoundary.sentence = true
                // "Odd one: my toes…", "Quick question: can…": a colon before a space
                // ends a preface, as a full stop would; in "3:30" it is only a clause boundary.
                case ":" where next == nil || next == " ":
                    pendingBoundary.sentence = true
                    if !result.isEmpty { result[result.count - 1].endsLabel = true }
                case ",", ":", "(", ")", "\"": pendingBoundary.clause = true
                // "ran in -15": a temperature below zero, said as a word the cold rules know.
                case "-" where (previous == nil || previous == " " || previous == "(") && next.map(isDigit) == true:
                    push("minus")
                // "15 - 20": a range typed with spaces, read as "15-20" is.
                case "-"
                where previous == " " && next == " " && index >= scalars.startIndex + 2
                    && index + 2 < scalars.endIndex && isDigit(scalars[index - 2]) && isDigit(scalars[index + 2]):
                    push("to")
                case "-" where previous == " " || next == " ":
                    pendingBoundary.clause = true
                    if !result.isEmpty { result[result.count - 1].endsLabel = true }
                // "20-25 mins": a range, said "20 to 25" so the quantity reader sees the joiner.
                case "-" where previous.map(isDigit) == true && next.map(isDigit) == true: push("to")
                case "-" where openedWithDigit && previous.map(isLetter) == true && next.map(isDigit) == true:
                    push("to")
                default: break
                }
            }
            if start < scalars.endIndex { push(word(start..<scalars.endIndex)) }
        }

        mutating func push(_ raw: String) {
            guard !raw.isEmpty else { return }
            // The common case: an ordinary word (no apostrophe, slash or space, and not a
            // contraction) has nothing to expand, split or trim.
            let isSpecial = { (byte: UInt8) in
                byte == UInt8(ascii: "'") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: " ")
            }
            // The bytes in one piece (a native String's always are): walking the UTF-8 view
            // cost more than the rest of the check.
            let plain =
                !(raw.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) }
                ?? raw.utf8.contains(where: isSpecial))
            if plain, !Contractions.wholeFilter.mayContain(raw) || Contractions.whole[raw] == nil { return add(raw) }
            let pieces: [String]
            var saidIs = false
            if let expanded = Contractions.expand(raw) {
                pieces = expanded
                // "foot's" keeps only "foot": it may have said "foot is".
                saidIs = expanded.count == 1 && raw.hasSuffix("'s")
            } else if raw.contains("/") {
                pieces = raw.split(separator: "/").map(String.init)
            } else {
                pieces = [raw]
            }
            for piece in pieces {
                for part in piece.split(separator: " ") {
                    let word = String(part).trimmingAll("'")
                    if !word.isEmpty { add(word) }
                }
            }
            if saidIs, !result.isEmpty { result[result.count - 1].saidIs = true }
        }

        mutating func add(_ word: String) {
            // "So" before a word of its own clause ("so heavy", "so far") is a word of degree:
            // the clause it opened is taken back (unless punctuation came between).
            if openedByWord, !pendingBoundary.clause, !pendingBoundary.sentence, let last = result.indices.last,
                last > 0, !Tokenizer.opensClause(result[last].text, before: word)
            {
                clause -= 1
                result[last].clause = clause
            }
            openedByWord = false
            // "and is it normal?" asks; "my mate went down and is unresponsive", "and can't
            // feel my toes" go on telling, the verb's subject the one before: with no subject
            // after the verb, the question it seemed to open is taken back.
            if askedByAuxiliary, !pendingBoundary.clause, !pendingBoundary.sentence, result.count >= 2,
                !subjectStarters.contains(word)
            {
                sentence -= 1
                clause -= 1
                for k in (result.count - 2)..<result.count {
                    result[k].sentence = sentence
                    result[k].clause = clause
                }
            }
            askedByAuxiliary = false
            if pendingBoundary.sentence, !result.isEmpty {
                sentence += 1
                clause += 1
            } else if pendingBoundary.clause, !result.isEmpty {
                clause += 1
            }
            let afterPunctuation = !result.isEmpty && (pendingBoundary.clause || pendingBoundary.sentence)
            pendingBoundary = (false, false)
            // The previous word read in place (`result.last` copied it, for every word).
            if let last = result.indices.last, result[last].clause == clause {
                if clauseOpenerFilter.mayContain(word), clauseOpeners.contains(word) {
                    clause += 1
                    openedByWord = true
                } else if Self.isJoiner(result[last].text) {
                    if questionStarters.contains(word) {
                        sentence += 1
                        clause += 1
                        result[result.count - 1].sentence = sentence
                        result[result.count - 1].clause = clause
                        askedByAuxiliary = auxiliaries.contains(word)
                    } else if subjectStarters.contains(word) {
                        clause += 1
                        result[result.count - 1].clause = clause
                    }
                }
            }
            result.append(
                Word(text: word, measure: nil, clause: clause, sentence: sentence, afterPunctuation: afterPunctuation))
        }

        /// "and", "or", "also" or "plus": after these, a subject or a question word starts
        /// a new clause or question. Its length first: most words are not three or four
        /// letters, and they need no comparison of strings.
        static func isJoiner(_ text: String) -> Bool {
            let count = text.utf8.count
            guard count == 2 || count == 3 || count == 4 else { return false }
            return text == "and" || text == "or" || text == "also" || text == "plus"
        }
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
    package func trimmingAll(_ set: Character) -> String {
        var slice = Substring(self)
        while slice.first == set { slice = slice.dropFirst() }
        while slice.last == set { slice = slice.dropLast() }
        return String(slice)
    }
}
