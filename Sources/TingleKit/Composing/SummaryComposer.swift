/// `/summary`: what the runner reported and the advice given, short enough to show a
/// clinician. Written as Markdown so `/summary FILE` saves a readable document.
struct SummaryComposer {
    let brain: Brain

    func summary(of conversation: Conversation, _ triage: TriageRecord, date: String? = nil) -> String {
        let c = conversation
        guard c.reported || !c.slots.isEmpty || !triage.redFlags.isEmpty || !c.risks.isEmpty else {
            return brain.message(.nothingToSummarize)
        }
        var lines = [brain.message(.summaryTitle), ""]
        func label(_ ids: [String], in rules: [TermRule]) -> String {
            ids.map { id in rules.first { $0.id == id }?.label ?? id }.joined(separator: ", ")
        }
        let reported =
            c.reported
            ? brain.message(.summaryReportedNumbness)
            : brain.message(triage.redFlags.isEmpty ? .summaryReportedNothing : .summaryReportedFlagsOnly)
        if let date { lines.append(brain.message(.summaryDate, ["value": date])) }
        lines.append(brain.message(.summaryReported, ["value": reported]))
        // A screening question appears only once it was asked and answered.
        for slot in brain.slots where slot.when.isEmpty || c.slots[slot.id] != nil {
            let value = c.slots[slot.id]
            let text: String
            if slot.isList {
                // Symptoms told before the feet first: known, whatever "anything else?" got.
                let early = c.symptomsBeforeReport
                let ids = early + (value?.ids ?? []).filter { !early.contains($0) }
                text =
                    value.map { v in
                        v.skipped && ids.isEmpty
                            ? brain.message(.slotNotKnown)
                            : ids.isEmpty ? brain.message(.summaryNone) : label(ids, in: brain.symptoms)
                    } ?? (ids.isEmpty ? brain.message(.summaryNotAsked) : label(ids, in: brain.symptoms))
            } else {
                text = value?.summary(in: brain) ?? brain.message(.summaryNotAsked)
            }
            lines.append("- \(slot.title): \(text)")
        }
        if !c.deniedSymptoms.isEmpty {
            lines.append(brain.message(.summaryDenied, ["value": label(c.deniedSymptoms, in: brain.symptoms)]))
        }
        if !c.risks.isEmpty { lines.append(brain.message(.summaryRisks, ["value": label(c.risks, in: brain.risks)])) }
        if !c.context.isEmpty {
            lines.append(brain.message(.summaryDetails, ["value": label(c.context, in: brain.context)]))
        }
        let flags = triage.redFlags.compactMap { id in brain.redFlags.first { $0.id == id } }
        let flagList = flags.map { flag in
            let whose = triage.ofSomeoneElse.contains(flag.id) ? brain.message(.summaryOfSomeoneElse) : ""
            return "\(flag.label) (\(flag.level.rawValue))\(whose)"
        }.joined(separator: "; ")
        lines.append(brain.message(.summaryRedFlags, ["value": flags.isEmpty ? brain.message(.summaryNone) : flagList]))
        let level = triage.level.map { brain.levels[$0]?.title ?? $0.rawValue } ?? brain.message(.summaryNoLevel)
        lines.append(brain.message(.summaryLevel, ["value": level]))
        for advice in triage.advice { lines.append("  - \(advice)") }
        lines.append("")
        lines.append(brain.message(.summaryFooter))
        return lines.joined(separator: "\n")
    }
}
