/// The dialogue as a state machine, in one table: in a state, an event of the turn leads to
/// an action and a next state. `Session` performs the actions; every change of state goes
/// through `DialoguePolicy.next`, so this table is the whole policy, and the README's state
/// diagram is drawn from it (a test keeps the two the same).
public enum DialoguePolicy {
    /// What a turn did, as far as the state machine is concerned.
    public enum Event: String, Sendable, CaseIterable {
        /// The runner described their numbness (or a first message had findings).
        case report
        /// A warning sign: a red flag raised this turn.
        case redFlag = "red flag"
        /// An answer to the question asked, with questions still to ask.
        case answer
        /// The last question answered, or "what do you think?": the view is due.
        case viewDue = "view due"
        /// New details after the view.
        case detail
        /// Every red flag withdrawn ("actually it goes away once I stop").
        case withdrawal
        /// `/restart`.
        case restart
    }

    public struct Row: Sendable {
        public let from: Conversation.State
        public let event: Event
        public let action: String
        public let to: Conversation.State
    }

    /// The table. A (state, event) pair missing from it leaves the state as it is: questions,
    /// small talk, yes, no, "not sure" and lines not understood are handled within a state.
    public static let rows: [Row] = [
        Row(from: .greeting, event: .report, action: "short answer, then the first question", to: .assessing),
        Row(from: .greeting, event: .redFlag, action: "escalation first, stop the questions", to: .escalated),
        Row(from: .greeting, event: .viewDue, action: "ask what happens first", to: .greeting),
        Row(from: .assessing, event: .answer, action: "acknowledge, ask the next question", to: .assessing),
        Row(from: .assessing, event: .viewDue, action: "the view: level, causes, tips, safety net", to: .assessed),
        Row(from: .assessing, event: .redFlag, action: "escalation first, stop the questions", to: .escalated),
        Row(
            from: .assessed, event: .detail, action: "what the detail changed in the view, or that it changed nothing",
            to: .assessed),
        Row(from: .assessed, event: .redFlag, action: "escalation first", to: .escalated),
        Row(from: .escalated, event: .redFlag, action: "the higher escalation first", to: .escalated),
        Row(
            from: .escalated, event: .withdrawal, action: "say what was taken back; back to the questions or the view",
            to: .assessing),
        Row(from: .greeting, event: .restart, action: "forget everything", to: .greeting),
        Row(from: .assessing, event: .restart, action: "forget everything", to: .greeting),
        Row(from: .assessed, event: .restart, action: "forget everything", to: .greeting),
        Row(from: .escalated, event: .restart, action: "forget everything", to: .greeting),
    ]

    /// The state after `event` in `state`. A withdrawal leads back to where the conversation
    /// stood: the questions if some remain, the view if none do, the greeting if nothing was
    /// reported (`reported`, `questionsLeft`).
    public static func next(
        from state: Conversation.State, on event: Event, reported: Bool = true,
        questionsLeft: Bool = true
    ) -> Conversation.State {
        guard let row = rows.first(where: { $0.from == state && $0.event == event }) else { return state }
        if event == .withdrawal { return !reported ? .greeting : questionsLeft ? .assessing : .assessed }
        return row.to
    }

    /// The table as Mermaid, for the README.
    public static var mermaid: String {
        var lines = ["stateDiagram-v2", "    [*] --> greeting"]
        for row in rows where row.event != .restart {
            lines.append("    \(row.from.rawValue) --> \(row.to.rawValue): \(row.event.rawValue)")
        }
        lines.append("    escalated --> assessed: withdrawal (no questions left)")
        lines.append("    escalated --> greeting: withdrawal (nothing reported)")
        return lines.joined(separator: "\n")
    }

    /// The table as Markdown, for the README.
    public static var markdown: String {
        var lines = ["| state | event | action | next state |", "|---|---|---|---|"]
        for row in rows {
            lines.append("| \(row.from.rawValue) | \(row.event.rawValue) | \(row.action) | \(row.to.rawValue) |")
        }
        return lines.joined(separator: "\n")
    }
}
