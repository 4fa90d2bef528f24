/// A body part the runner named in an earlier turn, pointed back to in a later one by "it" or
/// "they" ("my soles buzz by the third mile" … "today it went white and cold and really hurts"). The
/// warning signs are written with the part ("~foot … white … cold"), so the later line,
/// which names none, raised nothing: a foot gone white, cold and painful was a doctor's
/// matter. The line is read again with the pronoun as the part, for warning signs only (what
/// it tells of slots and symptoms stays as said), and only in a sentence that names no part of
/// its own, where the pronoun has nothing nearer to point to. Of several parts named before
/// ("my toes go numb" … "took a kick to the shin" … "now it is swollen and tight"), which one
/// is meant cannot be told, so it is read once for each of the last few (`remembered`).
///
/// The words are data (`Intents/concepts/context.yaml`): the pronouns (`context_refers_back`),
/// the parts they may point back to (`context_referent_part`) and any part a sentence may name
/// of its own (`context_any_part`). Without them, nothing changes.
struct PartReference: Sendable {
    let pronouns: Int32?
    let parts: Int32?
    /// Any part a sentence may name of its own (`context_any_part`): its "it" points there.
    let anyPart: Int32?
    /// "Mine" (`context_mine`): a part just named of someone else, now the runner's own.
    let mine: Int32?
    /// The concept that tells only that a part is said in the singular (`context_bare_part`):
    /// "foot" has it and "feet" not, so it is no part of what part a word names.
    let singular: Int32?

    static let pronounConcept = "context_refers_back"
    static let partConcept = "context_referent_part"
    static let anyPartConcept = "context_any_part"
    static let mineConcept = "context_mine"
    static let singularConcept = "context_bare_part"

    init(terms: TermTable) {
        pronouns = terms.id(of: .concept(Self.pronounConcept))
        parts = terms.id(of: .concept(Self.partConcept))
        anyPart = terms.id(of: .concept(Self.anyPartConcept)) ?? parts
        mine = terms.id(of: .concept(Self.mineConcept))
        singular = terms.id(of: .concept(Self.singularConcept))
    }

    /// A part named: its stem, and its terms (the stem's and those of the concepts that one
    /// word is a phrase of), kept so a later line is tested against them without reading it;
    /// and which part it is (`kind`): those concepts but the one of the singular, so that the
    /// words of one part ("foot", "feet", "toes", "heel": `~foot`; "calf", "calves") are one
    /// part however many of them are said, while "calf" and "shin" (other concepts) are two.
    struct Named: Sendable, Equatable {
        let stem: String
        let terms: [Int32]
        let kind: Set<Int32>
    }

    /// The part the word at `i` names.
    private func part(at i: Int, in input: MatchInput) -> Named {
        let concepts = input.marks(at: i).filter { $0.length == 1 }.map(\.concept).filter { $0 >= 0 }
        let terms = ([input.units[i].term] + concepts).filter { $0 >= 0 }
        return Named(stem: input.tokens[i].stem, terms: terms, kind: Set(concepts.filter { $0 != singular }))
    }

    /// How many distinct parts a later "it" may point back to: the last ones named (a part by
    /// its `kind`, so "my feet…", "my foot…", "the toes…" fill one place, not three). Which of
    /// them the runner means cannot be told from the words ("my toes go numb" … "my calves get
    /// tight" … "they went white and cold": the toes), so the line is read once for each, and a
    /// warning sign any reading raises is raised; another reading can only add one. The feet
    /// the numbness is in and one or two parts told of since are what such a line points back
    /// to in practice; three keeps the readings of a line few.
    static let remembered = 3

    /// How many of the words said of one part are kept, the latest: each is read, for the
    /// warning signs name some parts by their words ("{foot (flop|drag…)}", "legs are").
    static let wordsPerPart = 3

    /// The parts the runner names as their own, affirmed, in a line (one-word parts: "foot",
    /// "toes", "shin"), each once, in the order said.
    func named(in findings: FindingsInput) -> [Named] {
        guard let parts else { return [] }
        let input = findings.whole
        var named: [Named] = []
        for i in input.tokens.indices where i < findings.contexts.count && findings.contexts[i].context == .affirmed {
            let marks = input.marks(at: i)
            guard marks.contains(where: { $0.concept == parts && $0.length == 1 }) else { continue }
            let part = part(at: i, in: input)
            if !named.contains(where: { $0.stem == part.stem }) { named.append(part) }
        }
        return named
    }

    /// The parts a later line may point back to once a line has named `named`: those of
    /// `earlier` and then these, the latest last, each word once (named again, it is recent
    /// again); of them the words of the last `remembered` parts (`kind`), at most
    /// `wordsPerPart` of each, the latest.
    static func remembering(_ named: [Named], after earlier: [Named]) -> [Named] {
        var all = earlier
        for part in named {
            all.removeAll { $0.stem == part.stem }
            all.append(part)
        }
        var kinds: [Set<Int32>] = []
        var words: [Int] = []
        var kept: [Named] = []
        for part in all.reversed() {
            let at: Int
            if let known = kinds.firstIndex(of: part.kind) {
                at = known
            } else {
                guard kinds.count < remembered else { continue }
                kinds.append(part.kind)
                words.append(0)
                at = kinds.count - 1
            }
            guard words[at] < wordsPerPart else { continue }
            words[at] += 1
            kept.append(part)
        }
        return kept.reversed()
    }

    /// The line with each pointing word read as `part` in every sentence that names no part of
    /// its own; nil when there is none, or when it could raise no warning sign the line does
    /// not raise as said (no red flag's pattern would become viable with the part's terms
    /// added: most lines with an "it" in them), so such a line is not read again. One look at
    /// each word's marks and at the patterns filed under the line's terms: linear in the line.
    ///
    /// `pointedBy` another concept of pointing words than "it" and "they": "mine", which
    /// stands for the part even in a sentence that names one (it is that part). The reading is
    /// for red flags alone: only their patterns are found viable in it.
    func reading(_ input: MatchInput, as part: Named, pointedBy other: Int32? = nil) -> MatchInput? {
        guard let pronouns = other ?? pronouns, anyPart != nil else { return nil }
        var pointing: [Int] = []
        for sentence in input.text.sentences {
            var here: [Int] = []
            var namesPart = false
            for i in sentence {
                for mark in input.marks(at: i) {
                    if mark.concept == anyPart { namesPart = true }
                    if mark.concept == pronouns, mark.length == 1 { here.append(i) }
                }
            }
            if !namesPart || other != nil { pointing += here }
        }
        guard !pointing.isEmpty else { return nil }
        var terms = input.present
        for term in part.terms { terms.insert(term) }
        // The part of a "mine" is named in the line already, so its terms add nothing the index
        // could tell by: such a line (a "mine" after a part, rare) is read again as it is.
        guard
            other != nil
                || input.brain.index.anyNewRedFlag(
                    filedUnder: input.presentList + part.terms, in: terms, besides: input.viableBits)
        else { return nil }
        return input.reading(pointing.map { ($0, part.stem) }, forRedFlags: true)
    }

    /// Which warning signs could tell reading `b` of a line from reading `a` (each with "it" as
    /// another part), told without matching them: nil when more than the terms marked differ
    /// (the context of a word, negation or clauses), and otherwise the signs that name a term
    /// marked in one reading and not at the same place in the other (`WarningTerms`): "toes"
    /// for "feet" differ in the word and in `~toe`, not in `~foot`. Every other sign's patterns
    /// and excepts see the same in both readings, so they raise in `b` what they raise in `a`.
    /// Linear in the line.
    static func signsTelling(_ a: FindingsInput, from b: FindingsInput, warningTerms: WarningTerms) -> Set<Int32>? {
        let (x, y) = (a.whole, b.whole)
        guard x.units.count == y.units.count, a.contexts == b.contexts, x.text.clauses == y.text.clauses
        else { return nil }
        var signs: Set<Int32> = []
        func differ(_ term: Int32, _ stem: String? = nil) -> Bool {
            guard let named = warningTerms.signs(naming: term, stem: stem) else { return false }
            signs.formUnion(named)
            return true
        }
        for i in x.units.indices {
            let (u, v) = (x.units[i], y.units[i])
            guard u.deniedBy == v.deniedBy, u.isCue == v.isCue else { return nil }
            if u.term != v.term || x.tokens[i].stem != y.tokens[i].stem {
                guard differ(u.term, x.tokens[i].stem), differ(v.term, y.tokens[i].stem) else { return nil }
            }
            let (marked, other) = (x.marks(at: i), y.marks(at: i))
            guard !marked.elementsEqual(other) else { continue }
            for mark in marked where !other.contains(mark) { guard differ(mark.concept) else { return nil } }
            for mark in other where !marked.contains(mark) { guard differ(mark.concept) else { return nil } }
        }
        return signs
    }

    /// The line with "mine" read as the part named before it in the line, whoever it was said
    /// of ("my sister's calf swelled after her flight. mine is hot and swollen"): the runner
    /// says the same part of their own is so. Nil when no part comes before a "mine", or when
    /// the reading could raise no new warning sign. One pass over the line's marks.
    func readingMine(_ input: MatchInput) -> MatchInput? {
        // Most lines have no "mine": one look at the line's terms, not a pass over its words.
        guard let mine, let anyPart, input.present.contains(mine) else { return nil }
        for i in input.tokens.indices {
            let marks = input.marks(at: i)
            if marks.contains(where: { $0.concept == mine && $0.length == 1 }) { return nil }
            guard marks.contains(where: { $0.concept == anyPart && $0.length == 1 }) else { continue }
            return reading(input, as: part(at: i, in: input), pointedBy: mine)
        }
        return nil
    }
}
