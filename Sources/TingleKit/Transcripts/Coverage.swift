/// What replayed transcripts exercised: intents, dialogue states and transitions,
/// red flags and content entries.
public struct Coverage: Sendable {
    public var intents: Set<String> = []
    public var states: Set<String> = []
    public var transitions: Set<String> = []
    public var redFlags: Set<String> = []
    public var content: Set<String> = []

    public init() {}

    mutating func record(_ result: TurnResult) {
        intents.formUnion(result.intents.filter { $0 != RoleIntent.inform })
        let t = result.trace.transition
        states.insert(t.from.rawValue)
        states.insert(t.to.rawValue)
        transitions.insert("\(t.from.rawValue) → \(t.to.rawValue)")
        redFlags.formUnion(result.trace.redFlagsRaised)
        content.formUnion(result.trace.content)
    }

    public mutating func merge(_ other: Coverage) {
        intents.formUnion(other.intents)
        states.formUnion(other.states)
        transitions.formUnion(other.transitions)
        redFlags.formUnion(other.redFlags)
        content.formUnion(other.content)
    }

    /// One line per kind with a percentage, then what nothing exercised.
    public func report(for brain: Brain) -> String {
        let allStates = ["greeting", "assessing", "assessed", "escalated"]
        let kinds: [(String, [String], Set<String>)] = [
            ("intents", brain.intents.map(\.id), intents),
            ("states", allStates, states),
            ("red flags", brain.redFlags.map(\.id), redFlags),
            ("content", brain.contentOrder, content),
        ]
        var lines = ["Coverage:"]
        var missing: [String] = []
        for (name, all, seen) in kinds {
            let hit = all.filter(seen.contains).count
            let percent = all.isEmpty ? 100 : Double(hit) * 100 / Double(all.count)
            lines.append(
                "  \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%5.1f", percent))%  (\(hit) of \(all.count))"
            )
            let absent = all.filter { !seen.contains($0) }
            if !absent.isEmpty { missing.append("  \(name): \(absent.joined(separator: ", "))") }
        }
        lines.append("  transitions seen: \(transitions.sorted().joined(separator: "; "))")
        if missing.isEmpty {
            lines.append("Everything was exercised.")
        } else {
            lines.append("Not exercised by any transcript:")
            lines += missing
        }
        return lines.joined(separator: "\n")
    }
}
