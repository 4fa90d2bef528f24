/// `/summary`: what the runner reported and the advice given, short enough to show a
/// clinician. Written as Markdown so `/summary FILE` saves a readable document.
struct SummaryComposer {
    let brain: Brain

    func summary(of conversation: Conversation, date: String? = nil) -> String {
        let c = conversation
        guard c.reported || !c.slots.isEmpty || !c.redFlags.isEmpty || !c.risks.isEmpty else {
            return brain.message(.nothingToSummarize)
        }
        var lines = ["# Foot numbness when running: summary", ""]
        func label(_ ids: [String], in rules: [TermRule]) -> String {
            ids.map { id in rules.first { $0.id == id }?.label ?? id }.joined(separator: ", ")
        }
        let reported =
            c.reported
            ? "feet or toes going numb or tingling when running"
            : c.redFlags.isEmpty ? "no numbness reported yet" : "warning signs (see Red flags below)"
        if let date { lines.append("- Date: \(date)") }
        lines.append("- Reported: " + reported)
        // A screening question appears only once it was asked and answered.
        for slot in brain.slots where slot.when.isEmpty || c.slots[slot.id] != nil {
            let value = c.slots[slot.id]
            let text: String
            if slot.isList {
                text =
                    value.map { v in
                        v.skipped && v.ids.isEmpty
                            ? "not known" : v.ids.isEmpty ? "none" : label(v.ids, in: brain.symptoms)
                    } ?? "not asked"
            } else {
                text = value?.summary ?? "not asked"
            }
            lines.append("- \(slot.title): \(text)")
        }
        if !c.deniedSymptoms.isEmpty { lines.append("- Denied: \(label(c.deniedSymptoms, in: brain.symptoms))") }
        if !c.risks.isEmpty { lines.append("- Risk factors mentioned: \(label(c.risks, in: brain.risks))") }
        if !c.context.isEmpty { lines.append("- Other details: \(label(c.context, in: brain.context))") }
        let flags = c.redFlags.compactMap { id in brain.redFlags.first { $0.id == id } }
        lines.append(
            "- Red flags: "
                + (flags.isEmpty ? "none" : flags.map { "\($0.label) (\($0.level.rawValue))" }.joined(separator: "; ")))
        lines.append("- Advice level: " + (c.level.map { brain.levels[$0]?.title ?? $0.rawValue } ?? "none given yet"))
        for advice in c.advice { lines.append("  - \(advice)") }
        lines.append("")
        lines.append("_From tingle, a rule-based information tool: not a diagnosis._")
        return lines.joined(separator: "\n")
    }
}
