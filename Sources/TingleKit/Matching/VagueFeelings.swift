/// "My toes go funny", "a weird feeling in my feet", "feet feel off": runners name numbness
/// with a vague word as often as with "numb", but the same word says nothing of the feet in
/// "my stomach felt funny". A vague word (`~vague_feeling`) is marked as `~numb` only in a
/// clause (as `{{…}}` reads one) that names the feet (`~foot`); where it opens a phrase
/// that is no feeling or that a phrase of one covers (`~vague_aside`: "weird question",
/// "my toes look odd"), it is not.
/// Optional: a brain without `~vague_feeling` reads vague words as it writes them.
enum VagueFeelings {
    static let concept = "vague_feeling"
    static let asideConcept = "vague_aside"

    /// Adds a `~numb` mark, the vague phrase's length, where a vague word stands in a clause
    /// with the feet, and moves each token's marks to match. Every word is read a bounded
    /// number of times: a line's cost stays linear.
    static func mark(tokens: [Token], units: inout [MatchInput.Unit], marks: inout [ConceptMark], terms: TermTable) {
        guard let vague = terms.id(of: .concept(concept)), marks.contains(where: { $0.concept == vague }),
            let foot = terms.id(of: .concept(ConceptKey.foot.rawValue)),
            let numb = terms.id(of: .concept(ConceptKey.numb.rawValue))
        else { return }
        func at(_ i: Int) -> ArraySlice<ConceptMark> { marks[Int(units[i].marksStart)..<Int(units[i].marksEnd)] }
        // The words an aside covers ("look weird" covers "weird"), each phrase a few words long.
        var covered = [Bool](repeating: false, count: units.count)
        if let aside = terms.id(of: .concept(asideConcept)) {
            for i in units.indices {
                for mark in at(i) where mark.concept == aside {
                    for k in i..<min(i + Int(mark.length), units.count) { covered[k] = true }
                }
            }
        }
        var added = [Int32?](repeating: nil, count: units.count)
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
            // ("My feet get so funny" is one clause: "so" before a word of degree opens none,
            // see `Tokenizer.opensClause`.)
            for clause in Clauses.of(start..<end, in: tokens)
            where clause.contains(where: { i in at(i).contains { $0.concept == foot } }) {
                for i in clause {
                    let here = at(i)
                    guard !covered[i], !here.contains(where: { $0.concept == numb }),
                        let found = here.filter({ $0.concept == vague }).map(\.length).max()
                    else { continue }
                    added[i] = found
                }
            }
            start = end
        }
        guard added.contains(where: { $0 != nil }) else { return }
        var rebuilt: [ConceptMark] = []
        rebuilt.reserveCapacity(marks.count + units.count)
        for i in units.indices {
            let old = at(i)
            units[i].marksStart = Int32(rebuilt.count)
            rebuilt += old
            if let length = added[i] { rebuilt.append(ConceptMark(concept: numb, length: length)) }
            units[i].marksEnd = Int32(rebuilt.count)
        }
        marks = rebuilt
    }
}
