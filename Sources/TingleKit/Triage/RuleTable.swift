/// The triage rules as a table for the README: level, rule, what raises it, and its source,
/// highest level first (`tingle check` keeps every rule's examples honest; a test keeps the
/// README's copy the same as the brain's).
public enum RuleTable {
    public static func markdown(_ brain: Brain) -> String {
        var lines = ["| level | rule | raised by | source |", "|---|---|---|---|"]
        let rules = brain.redFlags.enumerated().sorted { a, b in
            a.element.level != b.element.level ? a.element.level > b.element.level : a.offset < b.offset
        }.map(\.element)
        for rule in rules {
            var raisedBy: [String] = []
            if !rule.patterns.isEmpty {
                raisedBy.append(
                    "the runner's words (\(rule.patterns.count) pattern\(rule.patterns.count == 1 ? "" : "s"))")
            }
            if !rule.when.isEmpty {
                raisedBy.append("facts: " + rule.when.map { $0.joined(separator: " + ") }.joined(separator: "; "))
            }
            let cells = [
                rule.level.rawValue, "`\(rule.id)`: \(rule.label)", raisedBy.joined(separator: "; "),
                rule.source.isEmpty ? "—" : rule.source,
            ]
            lines.append("| " + cells.map { $0.replacingFirst("|", with: "/") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
