/// "My blue shoes", "white trainers", "purple hokas", "black socks": a colour said straight
/// before a word of kit (`~kit_item`: shoes, trainers, socks, laces, insoles, a make or model)
/// is the kit's colour, not the skin's. Such a colour word (`~kit_colour`, a run of them joined
/// by "and" or "or" too: "black and white trainers") keeps only its `~kit_colour` mark: no
/// pattern reads it as a colour of the feet ("blue" in "my blue shoes" is no blue foot), while
/// a colour said of the toes in the same sentence is read as ever ("in my blue shoes my toes
/// went white"). Only within one clause: "my toes went white, trainers soaked" keeps "white".
/// Optional: a brain without the two concepts reads colours as it writes them.
enum KitColours {
    static let colourConcept = "kit_colour"
    static let kitConcept = "kit_item"

    /// Unknown words the colour words become to every pattern but `~kit_colour`'s: linear in
    /// the line.
    static func unmark(tokens: [Token], units: inout [MatchInput.Unit], marks: inout [ConceptMark], terms: TermTable) {
        guard let colour = terms.id(of: .concept(colourConcept)), marks.contains(where: { $0.concept == colour }),
            let kit = terms.id(of: .concept(kitConcept))
        else { return }
        func at(_ i: Int) -> ArraySlice<ConceptMark> { marks[Int(units[i].marksStart)..<Int(units[i].marksEnd)] }
        func isColour(_ i: Int) -> Bool { at(i).contains { $0.concept == colour } }
        func together(_ a: Int, _ b: Int) -> Bool {
            tokens[a].sentence == tokens[b].sentence && tokens[a].clause == tokens[b].clause
        }
        var kits = [Bool](repeating: false, count: units.count)
        var i = 0
        while i < units.count {
            guard isColour(i) else {
                i += 1
                continue
            }
            // The run of colours: each next colour straight after, or after "and" / "or".
            var end = i + 1
            while end < units.count, together(i, end) {
                if isColour(end) {
                    end += 1
                } else if joining.contains(tokens[end].text), end + 1 < units.count, together(i, end + 1),
                    isColour(end + 1)
                {
                    end += 2
                } else {
                    break
                }
            }
            if end < units.count, together(i, end), at(end).contains(where: { $0.concept == kit }) {
                for k in i..<end where isColour(k) { kits[k] = true }
            }
            i = end
        }
        guard kits.contains(true) else { return }
        var rebuilt: [ConceptMark] = []
        rebuilt.reserveCapacity(marks.count)
        for k in units.indices {
            let old = at(k)
            units[k].marksStart = Int32(rebuilt.count)
            if kits[k] {
                units[k].term = -1
                rebuilt += old.filter { $0.concept == colour }
            } else {
                rebuilt += old
            }
            units[k].marksEnd = Int32(rebuilt.count)
        }
        marks = rebuilt
    }

    private static let joining: Set<String> = ["and", "or"]
}
