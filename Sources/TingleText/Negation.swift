/// Marks the words a negation cue denies ("no pain", "I don't have diabetes",
/// "without any burning", "never had back problems"). The scope runs from the cue to
/// the end of its clause. Phrases of the brain that contain a cue themselves
/// ("can't feel", "no pulse") are not cues: they are what the runner reports.
public struct Negation: Sendable {
    /// The cues as tokens carry them: by stem and as written. "Nothing" is "noth" and "none"
    /// is "non" once stemmed, and were missed as cues when compared as written ("nothing
    /// hurts" denied nothing). The words are the brain's (`~negation_cues`), not the engine's.
    package let cueStems: Set<String>
    private let cueFilter: WordFilter

    /// `cues` as written, each stemmed here too (see `cueStems`).
    package static func stems(ofCues cues: some Sequence<String>) -> Set<String> {
        let written = Set(cues)
        return Set(written.map(Stemmer.stem)).union(written)
    }

    /// Stem sequences that contain a cue but assert something, keyed by the cue.
    private let protectedPhrases: [String: [(stems: [String], cueOffset: Int)]]
    /// Verbs that pass a negation on to the clause they introduce ("I don't *think* I have
    /// any numbness", "can't *say* I've noticed any"): the "neg-raising" verbs of linguistics.
    /// Straight after a cue, the subject that follows them does not end its scope.
    private let raising: Set<String>
    /// Body parts, and the nouns that make a name with one ("back pain", "bladder issues"): a
    /// list item that opens with a part and no such noun after it is a clause of its own, its
    /// verb left out ("no back pain, groin numb or tingly"), and a cue does not reach into it.
    private let parts: Set<String>
    private let partCompounds: Set<String>
    /// Cues of more than one word, as written ("ruled out", "free of", "negative for"),
    /// keyed by their last word: ConText's negation triggers that are phrases. As written,
    /// not by stem: "ruled out a clot" denies it, "to rule out a clot" only makes it possible.
    private let phraseCues: [String: [[String]]]
    private let phraseCueEnds: WordSet

    /// `cues`: the words that deny what follows them, as written ("no", "without", "never").
    /// `phraseCues`: cues of two words or more, each as its written words.
    public init(
        cues: Set<String>, protectedPhrases: [[String]], raising: Set<String> = [], parts: Set<String> = [],
        partCompounds: Set<String> = [], phraseCues: [[String]] = []
    ) {
        cueStems = Self.stems(ofCues: cues)
        cueFilter = WordFilter(cueStems)
        self.raising = raising
        self.parts = parts
        self.partCompounds = partCompounds
        var byEnd: [String: [[String]]] = [:]
        for phrase in phraseCues where phrase.count > 1 { byEnd[phrase[phrase.count - 1], default: []].append(phrase) }
        self.phraseCues = byEnd
        self.phraseCueEnds = WordSet(byEnd.keys)
        var table: [String: [(stems: [String], cueOffset: Int)]] = [:]
        // A phrase of one word protects nothing: it would be the cue itself (the brain's own
        // list of cues is a concept of such phrases).
        for phrase in protectedPhrases where phrase.count > 1 {
            // The filter first: this reads every word of every concept phrase (ten thousand
            // for the built-in brain), and hashing each for the set was 4M instructions of
            // the start.
            for (offset, stem) in phrase.enumerated()
            where cueFilter.mayContain(stem) && cueStems.contains(stem) {
                table[stem, default: []].append((phrase, offset))
            }
        }
        for key in table.keys { table[key]!.sort { $0.stems.count > $1.stems.count } }
        self.protectedPhrases = table
    }

    public func mark(_ tokens: inout [Token]) {
        var activeCue: Int?
        // Where the scope's window was last renewed: at the cue, or at a word that joins one
        // more thing it denies ("no pain or swelling or …").
        var windowStart = 0
        var clause = -1
        // After a cue and a raising verb ("do not think"), the clause that verb introduces is
        // still denied: up to here, a new clause or subject in the same sentence does not end it.
        var raisedUntil = -1
        // The last clause of a list the cue denies item by item ("haven't noticed any
        // swelling, weakness or colour change"): up to it, a comma does not end the scope.
        var listUntilClause = -1
        for i in tokens.indices {
            if tokens[i].clause != clause {
                let raised = i <= raisedUntil && activeCue.map { tokens[$0].sentence == tokens[i].sentence } == true
                if let cue = activeCue, !raised, tokens[i].clause > listUntilClause, i > cue + 1 {
                    listUntilClause = deniedListEnd(from: i, in: tokens) ?? -1
                }
                if tokens[i].clause <= listUntilClause {
                    windowStart = i
                } else if !raised {
                    activeCue = nil
                }
                clause = tokens[i].clause
            }
            let stem = tokens[i].stem
            if cueFilter.mayContain(stem), cueStems.contains(stem), !isProtected(cueAt: i, in: tokens) {
                activeCue = i
                windowStart = i
                // "do not think [that] I have": the verb, "that", the subject and its verb.
                raisedUntil = i + 1 < tokens.count && raising.contains(tokens[i + 1].text) ? i + 4 : -1
                continue
            }
            if phraseCueEnds.contains(tokens[i].text), let start = phraseCueStart(endingAt: i, in: tokens) {
                // Denied itself a few words before ("haven't ruled out a clot", "not free of
                // pain"), a denial of a denial is no denial: what follows may be there.
                if let cue = activeCue, start - cue <= Self.doubleDenialReach {
                    activeCue = nil
                } else {
                    activeCue = i
                    windowStart = i
                    raisedUntil = -1
                }
                continue
            }
            // A scope reaches at most `maxScope` words past the cue or its last joining word,
            // as NegEx's window does: in a line without punctuation, "no diabetes nor thyroid
            // trouble 41 years old doing lots of mileage soles go numb" denied the numbness
            // too, the clause running to the end of the line.
            if activeCue != nil, Self.joiners.contains(tokens[i].text) { windowStart = i }
            if activeCue != nil, i - windowStart > Self.maxScope { activeCue = nil }
            // A new subject after what the cue denied starts what it does not: with no
            // punctuation between, "not only when racing my left toe feels weaker" and "no
            // swelling i can hardly lift my toes" deny nothing from "my" or "i" on (as NegEx
            // ends a scope at a termination term). Not after a word that takes it as its object: "no numbness
            // in my toes", "never had my feet go numb".
            if let cue = activeCue, i > cue + 1, i > raisedUntil, Self.newSubjects.contains(tokens[i].text),
                !Self.takesObject.contains(tokens[i - 1].text)
            {
                activeCue = nil
            }
            // A subject with its verb after the cue ends it too, even straight after it:
            // "nothing my calf has …", "didn't come back the foot's white" (see `ClauseStarts`).
            if activeCue != nil, i > raisedUntil, tokens[i].opensClause { activeCue = nil }
            // "no cramp no ache just fizzy toes": after what the cue denied, "just" or
            // "only" sets what is there against it, as a comma or "but" would. Straight after
            // the cue ("not just on runs") it is what the cue is about.
            if let cue = activeCue, i > cue + 1, Self.contrasts.contains(tokens[i].text) { activeCue = nil }
            if let cue = activeCue { tokens[i].deniedBy = cue }
        }
        markAnsweredQuestions(&tokens)
        markLabelledAnswers(&tokens)
    }

    /// The clause that closes a list a cue goes on denying past a comma, or nil: NegEx reads
    /// "no swelling, redness or heat" as three things denied. From the clause starting at
    /// `start`, each clause of the same sentence must be a short item with no subject, verb
    /// or word of contrast of its own (a noun phrase: "leg weakness", "colour change in the
    /// foot"), and one of them must join its last item with "or" or "nor", which after a
    /// negation only lists what it denies. "And" does not: "no back pain, numb groin and weak
    /// legs" may list what is there, and a warning sign denied by mistake is the worse error.
    /// An item that names a part and then says something of it ("groin numb or tingly", "left
    /// foot white or blue") is such a clause too. Looks at a few words only, so the cost stays
    /// linear.
    func deniedListEnd(from start: Int, in tokens: [Token]) -> Int? {
        var i = start
        var items = 0
        while i < tokens.count, tokens[i].sentence == tokens[start].sentence, items < Self.maxListItems {
            let clause = tokens[i].clause
            var length = 0
            var closes = false
            while i < tokens.count, tokens[i].clause == clause {
                let word = tokens[i].text
                if length > 0, tokens[i].opensClause { return nil }
                if Self.listBreakers.contains(word) { return nil }
                if Self.newSubjects.contains(word), length == 0 || !Self.takesObject.contains(tokens[i - 1].text) {
                    return nil
                }
                if Self.listClosers.contains(word) { closes = true }
                length += 1
                i += 1
            }
            if length > Self.maxListItemWords || saysSomethingOfAPart(tokens[(i - length)..<i]) { return nil }
            if closes { return clause }
            items += 1
        }
        return nil
    }

    /// Whether a list item opens with a body part (after a word of side) followed by a word
    /// that is no noun making a name with it: "groin numb", not "leg weakness" (a noun in
    /// "-ness") or "bladder issues".
    private func saysSomethingOfAPart(_ item: ArraySlice<Token>) -> Bool {
        var k = item.startIndex
        if k < item.endIndex, Self.sides.contains(item[k].text) { k += 1 }
        guard k + 1 < item.endIndex, parts.contains(item[k].text) else { return false }
        let next = item[k + 1].text
        return !(partCompounds.contains(next) || parts.contains(next) || next.hasSuffix("ness"))
    }

    private static let sides: WordSet = ["left", "right", "both", "other", "whole"]

    /// At most this many items after the first, and this many words in each, in a list a
    /// cue denies across commas.
    private static let maxListItems = 4
    private static let maxListItemWords = 6
    /// Words that close a list of what a cue denies ("…, weakness or colour change").
    private static let listClosers: WordSet = ["or", "nor"]
    /// Words that make an item a clause or a contrast of its own, not one more thing denied: a
    /// verb ("toes go white or blue"), a word of contrast ("just", "but"), or a cue of its own.
    private static let listBreakers: WordSet = [
        "is", "are", "was", "were", "am", "be", "been", "go", "goes", "going", "went", "gone", "turn", "turns",
        "turned", "feel", "feels", "felt", "get", "gets", "got", "keep", "keeps", "kept", "have", "has", "had",
        "do", "does", "did", "start", "starts", "started", "seem", "seems", "look", "looks", "stay", "stays",
        "can", "cannot", "could", "will", "would", "just", "only", "but", "though", "although", "except", "yet",
        "still", "now", "so", "then", "because", "since", "apart", "otherwise", "also", "too", "it", "that",
        "which", "this", "there", "you", "we",
    ]

    /// How many words past its cue, or past the last word joining one more thing to it, a
    /// negation reaches at most (NegEx's window is five or six; lists of symptoms run longer).
    static let maxScope = 8
    /// Words that join one more denied thing to a scope, renewing its window.
    private static let joiners: WordSet = ["and", "or", "nor"]

    /// Words that set what is there against what was denied, or, after it, say how often what
    /// follows happens: with no comma, "not in the old pair normally after 3 miles" states
    /// when it starts, after what it denied.
    private static let contrasts: WordSet = ["just", "only", "usually", "normally", "typically", "generally"]
    /// Subjects that can start a statement of their own.
    private static let newSubjects: WordSet = ["i", "my", "he", "she", "we", "they"]
    /// Words after which a subject is an object or part of a phrase: prepositions and verbs
    /// that take one ("in my toes", "had my feet", "made my toes"), and "and"/"or", which join
    /// what the cue still denies ("no pain or my calf swelling").
    private static let takesObject: WordSet = [
        "in", "on", "at", "of", "to", "for", "with", "from", "under", "over", "into", "by", "around", "near",
        "between", "about", "through", "across", "behind", "below", "above", "up", "down", "off", "out",
        "had", "have", "has", "got", "get", "made", "make", "makes", "let", "lets", "felt", "feel", "feels",
        "and", "or", "nor", "that", "than", "if", "when", "while", "where", "as",
    ]

    /// Words that make up a bare "no" said as a sentence of its own.
    private static let bareNo: WordSet = ["no", "nope", "nah", "none", "never", "not", "really", "at", "all"]
    private static let answers: WordSet = ["no", "nope", "nah", "none", "never"]

    /// A question the runner asks and answers themselves ("chest pain? no. breathless? a
    /// bit"): a sentence ending in "?" followed by a sentence that is only a "no" is denied
    /// by that "no", as NegEx's post-negation denies what comes before it.
    private func markAnsweredQuestions(_ tokens: inout [Token]) {
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
            // tokens[start..<end] is one sentence; the next runs from `end`.
            if tokens[end - 1].endsQuestion, end < tokens.count, Self.answers.contains(tokens[end].text) {
                var next = end
                while next < tokens.count, tokens[next].sentence == tokens[end].sentence { next += 1 }
                if tokens[end..<next].allSatisfy({ Self.bareNo.contains($0.text) }) {
                    for i in start..<end where tokens[i].deniedBy == nil { tokens[i].deniedBy = end }
                }
            }
            start = end
        }
    }

    /// A thing named, then a colon or a dash, then only a "no" ("swelling - none", "weakness:
    /// no", "saddle numbness - none at all"): the runner going through a list of signs, each
    /// denied after it is named, as NegEx's post-negation reads. The thing is a short noun
    /// phrase of its own clause (no verb: "my groin went numb - no idea why" keeps its
    /// groin); a "no?" asked back ("groin numb - no?") denies nothing.
    private func markLabelledAnswers(_ tokens: inout [Token]) {
        for k in tokens.indices where tokens[k].endsLabel && k + 1 < tokens.count {
            guard Self.answers.contains(tokens[k + 1].text) || tokens[k + 1].text == "not" else { continue }
            var end = k + 1
            while end < tokens.count, tokens[end].clause == tokens[k + 1].clause {
                guard Self.bareNo.contains(tokens[end].text) else { break }
                end += 1
            }
            guard end == tokens.count || tokens[end].clause != tokens[k + 1].clause,
                !tokens[end - 1].endsQuestion
            else { continue }
            var start = k
            while start > 0, tokens[start - 1].clause == tokens[k].clause, k - start < Self.maxLabelWords {
                start -= 1
            }
            guard start == 0 || tokens[start - 1].clause != tokens[k].clause,
                !tokens[start...k].contains(where: { Self.listBreakers.contains($0.text) })
            else { continue }
            for i in start...k where tokens[i].deniedBy == nil { tokens[i].deniedBy = k + 1 }
        }
    }

    /// At most this many words in a thing named before a colon or dash and then denied.
    private static let maxLabelWords = 5

    /// How far before a phrase cue another cue denies the phrase itself.
    private static let doubleDenialReach = 3

    /// Where the phrase cue ending at `i` starts, if one does, within one clause.
    private func phraseCueStart(endingAt i: Int, in tokens: [Token]) -> Int? {
        guard let phrases = phraseCues[tokens[i].text] else { return nil }
        for words in phrases {
            let start = i - (words.count - 1)
            guard start >= 0, tokens[start].clause == tokens[i].clause else { continue }
            if words.indices.allSatisfy({ tokens[start + $0].text == words[$0] }) { return start }
        }
        return nil
    }

    private func isProtected(cueAt i: Int, in tokens: [Token]) -> Bool {
        guard let phrases = protectedPhrases[tokens[i].stem] else { return false }
        for (stems, offset) in phrases {
            let start = i - offset
            guard start >= 0, start + stems.count <= tokens.count else { continue }
            if stems.indices.allSatisfy({ tokens[start + $0].stem == stems[$0] }) { return true }
        }
        return false
    }
}
