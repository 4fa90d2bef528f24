extension Session {
    /// The concept of the parts of the leg a first report may name alone ("my calves go numb",
    /// "shins get tingly at 5k"). Optional: without it, every report opens about the feet.
    static let legPartConcept = "numb_part_leg"
    static let bothConcept = "both"

    /// The part of the leg a report's numbness is told of, in the runner's own words ("calves",
    /// "lower legs"), when it names no part of the foot: the opening then speaks of that part,
    /// not of "numb or tingling feet", which read as not listening. The first such part named,
    /// not denied ("not my calves, my shins" names the shins). Nil when the feet are named too
    /// ("my calves get tight and my feet go numb" is about the feet), when nothing is numb, or
    /// without the concept.
    func legPartNamed(_ input: MatchInput) -> String? {
        guard input.isPresent(.numb), !input.isPresent(.foot),
            let id = brain.terms.id(of: .concept(Self.legPartConcept))
        else { return nil }
        for i in input.tokens.indices {
            // The longest phrase of the concept that starts here ("lower legs" over "legs").
            let lengths = input.marks(at: i).filter { $0.concept == id }.map { Int($0.length) }
            guard let length = lengths.max(), input.hasMark(Self.legPartConcept, in: i..<(i + 1)) else { continue }
            // With its side, as said ("my left leg": "left leg"); "both" would not read after
            // "in the", and the plural says it.
            let side = brain.terms.id(of: .concept(Self.sideConcept))
            let both = brain.terms.id(of: .concept(Self.bothConcept))
            let sided =
                i > 0 && input.marks(at: i - 1).contains { $0.concept == side }
                && !input.marks(at: i - 1).contains { $0.concept == both }
            let start = sided ? i - 1 : i
            return input.tokens[start..<min(i + length, input.tokens.count)].map(\.typed).joined(separator: " ")
        }
        return nil
    }
}
