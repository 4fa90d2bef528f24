import TingleText

/// Someone the runner writes for and is responsible for: their child ("my 14 year old"), an
/// athlete they coach ("one of my runners"), or a person with them who asked them to ask
/// ("typing this for my wife, she's beside me"). The advice is for that person, so what is
/// said of them is read as a runner's own words: their "she", "he", "her" and "his" as "i",
/// "my" (the `care_reads_as_*` concepts), so that every rule written in the first person, a
/// red flag above all, reads "she can't feel when she needs to pee" as it reads "I can't
/// feel when I need to pee".
struct PersonInCare: Sendable {
    /// A child or athlete named (`context_dependant`).
    let dependantWords: Int32?
    /// "Asking for", "is sitting next to me" (`context_in_care`).
    let inCareWords: Int32?
    /// The people `context_other` names: with `inCareWords` in the line, the one named is in care.
    let otherWords: Int32?
    /// Words before a child or athlete that make them the runner's company, not the one
    /// whose feet are meant (`care_company`: "I ran with my son and my toes went numb").
    let companyWords: Int32?
    /// The runner's own words ("I", "my"): after a child named as company, the line is theirs.
    let selfWords: Int32?
    /// Each `care_reads_as_X` concept with the stem of X it is read as.
    let readings: [(concept: Int32, stem: String)]

    /// How near a person's name must start to the words that say the runner asks for them
    /// ("asking for | my wife", "my husband | is sitting next to me", "my wife who | is
    /// beside me"), in words.
    static let reach = 4
    static let readsAsPrefix = "care_reads_as_"
    static let companyConcept = "care_company"

    init(terms: TermTable) {
        dependantWords = terms.id(of: .concept(FindingContext.dependantConcept))
        inCareWords = terms.id(of: .concept(FindingContext.inCareConcept))
        otherWords = terms.id(of: .concept("context_other"))
        companyWords = terms.id(of: .concept(Self.companyConcept))
        selfWords = terms.id(of: .concept(FindingContext.selfConcept))
        readings = terms.terms.compactMap { term in
            guard case .concept(let name) = term, name.hasPrefix(Self.readsAsPrefix),
                let id = terms.id(of: term)
            else { return nil }
            return (id, Stemmer.stem(String(name.dropFirst(Self.readsAsPrefix.count))))
        }
    }

    /// The positions of a person the line says the runner asks for ("asking for my wife"):
    /// someone else's trigger that starts within `reach` words of the words that say so.
    func askedFor(in input: MatchInput) -> [Bool] {
        var asked = [Bool](repeating: false, count: input.tokens.count)
        guard let inCareWords, let otherWords else { return asked }
        for i in input.tokens.indices {
            for mark in input.marks(at: i) where mark.concept == inCareWords {
                let end = i + Int(mark.length)
                for j in max(0, i - Self.reach)...min(input.tokens.count - 1, end)
                where input.marks(at: j).contains(where: { $0.concept == otherWords }) {
                    asked[j] = true
                }
            }
        }
        return asked
    }

    /// Whether the line names someone in the runner's care: a child or an athlete, or a
    /// person the runner says they ask for.
    func named(in input: MatchInput) -> Bool {
        input.tokens.indices.contains { i in
            input.marks(at: i).contains { mark in
                mark.concept == dependantWords && !company(at: i..<(i + Int(mark.length)), in: input)
            }
        }
            || askedFor(in: input).contains(true)
    }

    /// Whether the child or athlete named at `range` is told as the runner's company, the
    /// runner's own words after them ("I ran with my son and my toes went numb", "coaching my
    /// squad tonight, my feet went dead"): a `care_company` phrase ends straight before them and
    /// a word of the runner's own (`context_self`) follows. The line is then the runner's own.
    /// Told of the child instead ("out running with my son and his foot has gone white"), they
    /// are still the one it is about.
    private func company(at range: Range<Int>, in input: MatchInput) -> Bool {
        guard let companyWords, let selfWords else { return false }
        let after = (range.upperBound..<input.tokens.count).contains { j in
            input.marks(at: j).contains { $0.concept == selfWords }
        }
        return after
            && (max(0, range.lowerBound - 3)..<range.lowerBound).contains { j in
                input.marks(at: j).contains { $0.concept == companyWords && j + Int($0.length) == range.lowerBound }
            }
    }

    /// The line as read in a conversation that was about someone in care (`earlier`), or
    /// becomes so with this line; and whether it is now.
    func read(_ input: MatchInput, earlier: Bool) -> (input: MatchInput, inCare: Bool) {
        guard earlier || named(in: input) else { return (input, false) }
        return (reading(input), true)
    }

    /// Whether the line speaks of someone by a pronoun this reading puts in the first person
    /// ("he has diabetes", "her feet"), as a runner tells of a person's own state; a claim
    /// with none ("my coach says numb feet mean bad circulation") tells of no one's.
    func hasPronoun(_ input: MatchInput) -> Bool {
        input.tokens.indices.contains { i in
            input.marks(at: i).contains { mark in
                mark.length == 1 && readings.contains { $0.concept == mark.concept }
            }
        }
    }

    /// The line as read about the person in care: their pronouns in the first person. The
    /// same input when it has none.
    func reading(_ input: MatchInput) -> MatchInput {
        var stems: [(index: Int, stem: String)] = []
        for i in input.tokens.indices {
            for mark in input.marks(at: i) where mark.length == 1 {
                if let reading = readings.first(where: { $0.concept == mark.concept }) {
                    stems.append((i, reading.stem))
                }
            }
        }
        return stems.isEmpty ? input : input.reading(stems)
    }
}
