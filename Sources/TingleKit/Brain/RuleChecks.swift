import BrainFormat

/// Checks the dialogue's rules and the sections that own themselves both make, so a brain
/// author reads one wording whichever section the mistake is in.
enum RuleChecks {
    /// The advice level `name`, or the problem naming the levels there are.
    static func level(_ name: String, at location: SourceLocation) -> Result<EscalationLevel, Problem> {
        guard let level = EscalationLevel(rawValue: name) else {
            let names = EscalationLevel.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(Problem(location, "unknown level '\(name)'; use one of \(names)"))
        }
        return .success(level)
    }

    /// A fact nothing in the brain can set: a rule that reads it could never apply.
    static func unsetFact(_ fact: String, at location: SourceLocation) -> Problem {
        Problem(location, "the fact '\(fact)' is never set by an extractor, symptom or risk")
    }
}
