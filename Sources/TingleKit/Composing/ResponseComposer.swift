/// Renders reply parts as plain text for a terminal: short paragraphs, escalation first.
struct ResponseComposer {
    let brain: Brain
    /// The words for the person in care, when the conversation is about someone in the
    /// runner's care: a text the brain words for them is said in place of the runner's own.
    var care: CareForms? = nil

    /// The text said in place of `original` (the brain's `key`, as `someoneInCare.texts`
    /// names it) in a conversation about someone in care; `original` otherwise.
    func said(_ key: String, _ original: String) -> String {
        guard let care, let text = brain.someoneInCare?.texts[key] else { return original }
        return care.fill(text)
    }

    /// A message of the brain, said of the person in care when the brain words it for them.
    func message(_ key: MessageKey) -> String { said("message.\(key.rawValue)", brain.message(key)) }

    /// A text the brain says, said of the person in care when the brain words it for them: a
    /// message, a floor's reason or a tip. A part holds the text, not where it came from, so
    /// the text names its key (`message.KEY`, `floor.FACT+FACT`, `tip.CAUSE.N`).
    func said(message text: String) -> String {
        guard care != nil, let texts = brain.someoneInCare?.texts else { return text }
        for (key, message) in brain.messages where message == text && texts["message.\(key)"] != nil {
            return said("message.\(key)", text)
        }
        for floor in brain.floors where floor.reason == text {
            return said("floor.\(floor.facts.joined(separator: "+"))", text)
        }
        for cause in brain.causes {
            if let i = cause.tips.firstIndex(of: text) { return said("tip.\(cause.id).\(i + 1)", text) }
        }
        return text
    }

    func compose(_ parts: [ReplyPart]) -> String {
        Self.once(Self.ordered(parts).map(render).filter { !$0.isEmpty }).joined(separator: "\n")
    }

    /// The rendered parts with no paragraph said twice: a reason given as the level is set
    /// (a floor's, "numbness that lingers… is worth a doctor's check") is also the view's
    /// reason for its level, and a reply that repeats a paragraph reads as two answers. A
    /// paragraph is a line of a part; list items, headings and short lines may recur.
    ///
    /// Lines are split and measured by their bytes, not their characters: walking a view's
    /// characters cost a long line as much as a tenth of reading it. A character is at most
    /// four bytes, so only a line of 40 to 159 bytes needs its characters counted.
    static func once(_ rendered: [String]) -> [String] {
        var said = Set<Substring>()
        return rendered.compactMap { text in
            var kept: [Substring] = []
            var dropped = false
            for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                let line = Substring(bytes)
                let long =
                    bytes.count >= 4 * minimumParagraph
                    || bytes.count >= minimumParagraph && line.count >= minimumParagraph
                if !long || line.hasPrefix(" ") || said.insert(line).inserted {
                    kept.append(line)
                } else {
                    dropped = true
                }
            }
            if kept.isEmpty { return nil }
            return dropped ? kept.joined(separator: "\n") : text
        }
    }

    /// Lines shorter than this (a heading, "Got it: no.") are not paragraphs that could read
    /// as said twice.
    static let minimumParagraph = 40

    /// The order a reply is shown in. Safety: whatever else the turn produced, an escalation or
    /// reminder leads. Next, a warning-sign question (a screening slot, one with `when` facts)
    /// goes ahead of any advice the turn put before it (a view, what a view changed, an answer
    /// to a question, an offer): its "yes" may be an emergency, and a runner reads the top of
    /// a reply first. Short lines before it (what was heard, "Got it: no.") stay where they are.
    static func ordered(_ parts: [ReplyPart]) -> [ReplyPart] {
        var rest = parts.filter { !$0.leadsReply }
        if let check = rest.firstIndex(where: \.isScreeningQuestion),
            let advice = rest[..<check].firstIndex(where: \.isAdvice)
        {
            rest.insert(rest.remove(at: check), at: advice)
        }
        return parts.filter(\.isEscalation) + parts.filter { $0.leadsReply && !$0.isEscalation } + rest
    }

    private func render(_ part: ReplyPart) -> String {
        switch part {
        case .escalation(let level, let flags):
            let text = brain.levels[level]
            let message = said("level.\(level.rawValue)", text?.message ?? "")
            var lines = ["\(text?.title ?? level.rawValue.uppercased()): \(message)"]
            // Only the signs at the level shown: a lower sign's "book within a week or two"
            // after "call an ambulance now" would contradict it (the sign is still recorded).
            for flag in flags where flag.level >= level { lines.append(said("flag.\(flag.id)", flag.message)) }
            return lines.joined(separator: "\n")
        case .escalationForSomeoneElse(let flags):
            let signs = ResponseComposer.list(flags.map(\.label), in: brain)
            return message(.someoneElsesEmergency).replacingFirst("{signs}", with: signs)
        case .warningForSomeoneElse(let flags):
            let signs = ResponseComposer.list(flags.map(\.label), in: brain)
            return message(.someoneElsesSignAsked).replacingFirst("{signs}", with: signs)
        case .reminder(let level):
            let title = brain.levels[level]?.title ?? level.rawValue
            return message(.escalationReminder).replacingFirst("{level}", with: title)
        case .message(let text), .warning(let text):
            return said(message: text)
        case .answer(let entry):
            return entry.text
        case .offer(let ask):
            return ask
        case .question(let slot, let retry, let lead):
            let question =
                retry
                ? [message(.didNotCatch), asked(slot, "question"), asked(slot, "hint")].compactMap { $0 }.joined(
                    separator: " ")
                : asked(slot, "question") ?? slot.question
            return [lead, question].compactMap { $0 }.joined(separator: "\n")
        case .clarified(let slot, let why):
            // `tingle check` requires both texts of every slot; the question stands in for one missing.
            let parts =
                why
                ? [asked(slot, "why"), asked(slot, "question")]
                : [asked(slot, "rephrase") ?? asked(slot, "question"), asked(slot, "hint")]
            return parts.compactMap { $0 }.joined(separator: " ")
        case .assessment(let assessment, let showLevel):
            return renderAssessment(assessment, showLevel: showLevel)
        case .viewChange(let old, let new):
            return renderChange(from: old, to: new)
        case .menu(let items):
            let lines = items.map { "  \($0.number). \($0.title)" }
            return ([message(.fallbackMenu)] + lines + [message(.menuPrompt)]).joined(separator: "\n")
        }
    }

    /// Why a cause is listed, in words about the person in care when the conversation is
    /// about one.
    private func reasons(_ ranked: Assessment.RankedCause) -> [String] {
        guard let care, ranked.careReasons.count == ranked.reasons.count else { return ranked.reasons }
        return ranked.careReasons.map(care.fill)
    }

    /// A slot's text (`question`, `hint`, `rephrase`, `why`), said of the person in care when
    /// the brain words it for them.
    private func asked(_ slot: Slot, _ field: String) -> String? {
        let original: String?
        switch field {
        case "question": original = slot.question
        case "hint": original = slot.hint
        case "rephrase": original = slot.rephrase
        default: original = slot.why
        }
        return original.map { said("slot.\(slot.id).\(field)", $0) }
    }

    private func renderAssessment(_ assessment: Assessment, showLevel: Bool) -> String {
        var lines: [String] = []
        if showLevel, let level = brain.levels[assessment.level] {
            lines.append("\(level.title): \(said("level.\(assessment.level.rawValue)", level.message))")
        }
        // Under an escalation the warning signs' messages already say why and how soon; a
        // floor's reason would say it twice.
        if showLevel { lines += assessment.levelReasons.map { said(message: $0) } }
        if assessment.isUncertain {
            // Honest when nothing points anywhere: what is not known, and what would help,
            // rather than a "most likely" cause that nothing said supports.
            let unknown =
                assessment.unknowns.isEmpty
                ? message(.viewUncertain)
                : message(.viewUnknowns).replacingFirst(
                    "{unknowns}", with: Self.list(assessment.unknowns, in: brain))
            lines.append(unknown)
            lines.append(message(.commonCausesHeading))
            for ranked in assessment.causes { lines.append("  - \(ranked.cause.title): \(ranked.cause.explanation)") }
        } else if !assessment.causes.isEmpty {
            lines.append(message(.causesHeading))
            for (i, ranked) in assessment.causes.enumerated() {
                let because =
                    ranked.reasons.isEmpty
                    ? "" : brain.message(.causeBecause, ["reasons": Self.list(reasons(ranked), in: brain)])
                lines.append("  \(i + 1). \(ranked.cause.title)\(because).")
                lines.append("     Why: \(ranked.cause.explanation)")
            }
        }
        if !assessment.tips.isEmpty {
            lines.append(message(.tipsHeading))
            lines += assessment.tips.map { "  - \(said(message: $0))" }
        }
        lines.append(message(.seeDoctorIf))
        return lines.joined(separator: "\n")
    }

    /// What a new detail changed in the view: a higher level, a cause that is new or moved
    /// up, tips not given before; or, when nothing changed, one line that says so.
    private func renderChange(from old: Assessment, to new: Assessment) -> String {
        // From or to "nothing points anywhere" the whole view reads differently: show it.
        if old.isUncertain != new.isUncertain || old.causes.isEmpty {
            return [message(.assessmentUpdated), renderAssessment(new, showLevel: true)].joined(separator: "\n")
        }
        var lines: [String] = []
        if new.level > old.level, let level = brain.levels[new.level] {
            // Its reason is said by the session once, as a floor's reason always is.
            lines.append("\(level.title): \(said("level.\(new.level.rawValue)", level.message))")
        }
        let oldRanks = Dictionary(
            old.causes.enumerated().map { ($1.cause.id, $0) }, uniquingKeysWith: { first, _ in first })
        var causeLines: [String] = []
        for (i, ranked) in new.causes.enumerated() {
            let before = oldRanks[ranked.cause.id]
            guard before == nil || before! > i else { continue }
            let change = before == nil ? message(.viewCauseNew) : message(.viewCauseUp)
            let because =
                ranked.reasons.isEmpty
                ? "" : brain.message(.causeBecause, ["reasons": Self.list(reasons(ranked), in: brain)])
            causeLines.append("  \(i + 1). \(ranked.cause.title) — \(change)\(because).")
            if before == nil { causeLines.append("     Why: \(ranked.cause.explanation)") }
        }
        if !causeLines.isEmpty {
            lines.append(message(.causesHeading))
            lines += causeLines
        }
        let tips = new.tips.filter { !old.tips.contains($0) }
        if !tips.isEmpty {
            lines.append(message(.viewNewTips))
            lines += tips.map { "  - \(said(message: $0))" }
        }
        guard !lines.isEmpty else { return message(.viewUnchanged) }
        return ([message(.viewChanged)] + lines).joined(separator: "\n")
    }

    /// "a", "a and b", "a, b and c" (the last joined as the brain's `listLast` says).
    static func list(_ items: [String], in brain: Brain) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default:
            return brain.message(
                .listLast, ["rest": items.dropLast().joined(separator: ", "), "last": items.last!])
        }
    }
}

extension ReplyPart {
    var isEscalation: Bool {
        switch self {
        case .escalation, .escalationForSomeoneElse, .warningForSomeoneElse, .reminder: return true
        default: return false
        }
    }

    /// A part nothing may come before but an escalation: an escalation, or what to do if a
    /// warning sign asked about in general is the runner's own. Safety first.
    var leadsReply: Bool {
        if case .warning = self { return true }
        return isEscalation
    }

    /// A warning-sign question (a screening slot: one asked only when its `when` facts hold).
    var isScreeningQuestion: Bool {
        switch self {
        case .question(let slot, _, _), .clarified(let slot, _): return slot.isScreening
        default: return false
        }
    }

    /// Advice a warning-sign question must not wait below: the view, what changed in it, an
    /// answer to a question, and the offer that follows one.
    var isAdvice: Bool {
        switch self {
        case .assessment, .viewChange, .answer, .offer: return true
        default: return false
        }
    }

    /// A part that waits for the user's answer: a question, an offer or a menu.
    var asksBack: Bool {
        switch self {
        case .question, .clarified, .offer, .menu: return true
        default: return false
        }
    }
}
