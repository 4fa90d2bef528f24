import BrainFormat
import PatternLanguage

/// Links the brain's prepared patterns to term numbers in the order the compiler asks for them
/// (that order numbers them, so a brain builds the same every time), and reports what is
/// wrong with each pattern at its place.
struct PatternLinker {
    private(set) var prepared: BrainPreparation
    /// The prepared patterns that parsed, by source.
    private(set) var parsed: [String: Pattern]
    let concepts: ConceptTable
    var terms = TermTable()
    /// Every pattern of the brain, numbered in the order linked, with the rule it belongs to.
    var numbered: [(Pattern, RuleIndex.Owner)] = []
    var problems: [Problem] = []
    /// The brain linked before (the build's record of the built-in brain), whose programs
    /// are taken instead of linking each pattern, from the pattern numbered `firstNumber` on.
    let prelinked: LinkedBrain?
    private let firstNumber: Int

    /// `forAll`: room for every term and pattern of the brain (false for a linker that takes
    /// only a part of them, to be appended to another). With `prelinked`, the table holds
    /// every term of it from the start, and a linker that is not `forAll` takes the
    /// dialogue's patterns (see `LinkedBrain.firstOfDialogue`).
    init(
        prepared: BrainPreparation, parsed: [String: Pattern], concepts: ConceptTable, forAll: Bool = true,
        prelinked: LinkedBrain? = nil
    ) {
        self.prepared = prepared
        self.parsed = parsed
        self.concepts = concepts
        self.prelinked = prelinked
        firstNumber = forAll ? 0 : prelinked?.firstOfDialogue ?? 0
        if let prelinked {
            terms.reserve(prelinked.terms.count)
            for term in prelinked.terms { _ = terms.id(for: term) }
            numbered.reserveCapacity(forAll ? prelinked.patterns.count : prelinked.patterns.count - firstNumber)
            return
        }
        guard forAll else { return }
        // Patterns' words are about the vocabulary; concepts and their phrases come after.
        terms.reserve(prepared.vocabulary.count + concepts.names.count)
        numbered.reserveCapacity(parsed.count)
    }

    /// Takes in what `later` linked, as if this linker had gone on to link it: its terms not
    /// known here get the next ids in the order `later` met them, its patterns the next
    /// numbers, its problems follow these. So two parts of a brain can be linked at once,
    /// each by its own linker, and the brain is numbered as linking them one after the other
    /// numbers it. Returns `later`'s patterns renumbered, by their number in `later`; nil
    /// when they keep their numbers (both linkers took them from one record: `prelinked`).
    mutating func append(_ later: PatternLinker) -> [Pattern]? {
        if prelinked != nil {
            numbered += later.numbered
            problems += later.problems
            return nil
        }
        let map = later.terms.terms.map { terms.id(for: $0) }
        let offset = Int32(numbered.count)
        var moved: [Pattern] = []
        moved.reserveCapacity(later.numbered.count)
        for (pattern, owner) in later.numbered {
            let renumbered = pattern.renumbered(map, offset: offset)
            numbered.append((renumbered, owner))
            moved.append(renumbered)
        }
        problems += later.problems
        return moved
    }

    /// Lets go of what the patterns were linked from, once every one is linked: the linker
    /// lives on for its table and its numbered patterns, and these were the most of a big
    /// brain's loading that nothing needed any more.
    mutating func finishLinking() {
        parsed = [:]
        prepared.patterns = [:]
    }

    mutating func pattern(_ source: String, _ location: SourceLocation, owner: RuleIndex.Owner) -> Pattern? {
        if let prelinked {
            // Taken whole from the record, which was made only of a brain whose patterns all
            // parsed and linked: their elements need not even be read.
            let number = firstNumber + numbered.count
            guard number < prelinked.patterns.count, prelinked.patterns[number].source == source else {
                problems.append(
                    Problem(
                        location,
                        "pattern '\(source)' is not the one the record of linking has at number \(number); build the brain (or tingle) again"
                    ))
                return nil
            }
            let compiled = prelinked.patterns[number]
            numbered.append((compiled, owner))
            return compiled
        }
        switch prepared.patterns[source] {
        case .parsed:
            guard let parsed = parsed[source] else { return nil }
            let compiled = parsed.linked(assigning: &terms, number: Int32(numbered.count))
            numbered.append((compiled, owner))
            for name in compiled.conceptNames where !concepts.names.contains(name) {
                problems.append(Problem(location, "pattern '\(source)' names the unknown concept '~\(name)'"))
            }
            // '*', '[maybe] *': nothing the sentence must hold, so it matches every sentence
            // (or every one short enough) and would take over whatever rule owns it.
            if compiled.linked?.requirementIDs.isEmpty ?? true {
                problems.append(
                    Problem(
                        location,
                        "pattern '\(source)' requires no word or concept, so it matches almost any sentence; name at least one word or concept outside '[…]'"
                    ))
            }
            return compiled
        case .failed(let error):
            let shifted = SourceLocation(
                file: location.file, line: location.line, column: location.column + error.offset)
            // A pattern refused for its size is quoted only in part: the whole would bury the message.
            let quoted = source.count > 100 ? source.prefix(60) + "…" : Substring(source)
            problems.append(Problem(shifted, "pattern '\(quoted)': \(error.message)"))
            return nil
        case nil:
            // A section whose patterns `patternSources` does not list: say so, never drop it.
            problems.append(
                Problem(
                    location,
                    "pattern '\(source)' was not prepared (a section missing from patternSources); report this bug")
            )
            return nil
        }
    }
    mutating func patterns(
        _ sources: [String]?, _ doc: BrainFile, _ path: String, _ kind: RuleIndex.Owner.Kind, _ rule: Int
    )
        -> [Pattern]
    {
        var compiled: [Pattern] = []
        for (k, source) in (sources ?? []).enumerated() {
            let owner = RuleIndex.Owner(kind: kind, rule: Int32(rule), item: Int32(compiled.count))
            if let p = pattern(source, doc.at("\(path)[\(k)]"), owner: owner) { compiled.append(p) }
        }
        return compiled
    }
}
