/// What tingle has heard in one conversation: the dialogue's state, the answers and findings,
/// and the facts they give. What triage made of them is `TriageRecord`, kept beside it by
/// `Session`. `/restart` replaces both.
public struct Conversation: Sendable {
    /// The explicit states of the dialogue. Digressions, offers and the fallback menu are
    /// interruptions within a state, not states of their own.
    public enum State: String, Sendable {
        /// Nothing reported yet: questions are answered, nothing is asked.
        case greeting
        /// Numbness reported: tingle asks for the missing slots one at a time.
        case assessing
        /// The slots are filled (or skipped) and an assessment has been given.
        case assessed
        /// A red flag stopped the questionnaire; the escalation stands for the rest of the chat.
        case escalated
    }

    /// What a slot holds: short descriptions of what was said, the facts they imply,
    /// and for a list slot (symptoms) the ids; `skipped` when the user did not know.
    /// What was said for one slot (read by the findings stage, below the dialogue).
    public typealias SlotValue = TingleKit.SlotValue

    public internal(set) var state: State = .greeting
    public internal(set) var turn = 0
    /// The slot the last reply asked about.
    public internal(set) var asking: String? {
        didSet { if let asking { asked.insert(asking) } }
    }
    /// Every slot whose question has been asked at least once.
    public internal(set) var asked: Set<String> = []
    /// The slot whose question the last answer answered: what a correction in the next turn
    /// most likely puts right ("sorry, make that 6 miles" after the shoes were asked).
    public internal(set) var lastAnswered: String?
    /// The turn that answered it: only the turn straight after may correct it that way.
    public internal(set) var lastAnsweredTurn = 0
    /// The warning-sign (screening) question asked last: a later "actually yes, …" may
    /// answer it, however many lines on (`Session+LateAnswers.swift`).
    public internal(set) var lastScreening: String?
    /// The slot whose question was last put again for "what do you mean?" or "why do you ask?"
    /// (`why`), and the turn: asked the same once more straight after, it is left as not known.
    public internal(set) var clarified: (slot: String, why: Bool, turn: Int)?
    /// The topics of what a line told, not answered then for it was a statement ("my hands
    /// tingle too", said to "anything else?"), and the turn: "should I worry?" straight after
    /// asks about them too.
    public internal(set) var toldTopics: (intents: [String], turn: Int)?
    /// The turn that asked what the runner feels (`unnamedEpisode`): a bare feeling said
    /// straight after ("numb", "they go tingly") is the report it asked for.
    public internal(set) var feelingAsked: Int?
    public internal(set) var slots: [String: SlotValue] = [:] { didSet { factsChanged() } }
    /// Symptoms told before anything of the feet ("my bum goes numb sitting at my desk"):
    /// known (their facts count, the summary lists them), but no answer to "anything else
    /// with it?", which asks what comes with the numbness of the feet once it is told.
    public internal(set) var symptomsBeforeReport: [String] = [] { didSet { factsChanged() } }
    /// Symptoms the user explicitly denied ("no pain"), for the summary.
    public internal(set) var deniedSymptoms: [String] = []
    public internal(set) var risks: [String] = [] { didSet { factsChanged() } }
    public internal(set) var context: [String] = [] { didSet { factsChanged() } }
    /// A line named the runner's child: the conversation is about them (`ContextMarker`).
    public internal(set) var aboutDependant = false
    /// Which of the brain's sets of words for someone in care (`SomeoneInCareSection.forms`)
    /// the conversation's person takes: the first that a line about them named ("my daughter"
    /// or a later "she"); nil while none has, when the default set speaks of them.
    public internal(set) var careForms: Int?
    /// The last few body parts the runner named as their own, the latest last, any of which a
    /// later "it" may point to (`PartReference`).
    var namedParts: [PartReference.Named] = []
    /// The general question of the last line, as typed ("is saddle numbness serious?"): a
    /// claim said straight after ("yes, I have it") makes its warning sign the runner's own
    /// (`QuestionClaim`). Nil when the last line asked none.
    var generalQuestion: String?
    /// The general question whose warning sign the last reply warned of, ending "if it is
    /// you, tell me" (`signAskedInGeneral`): a plain yes said straight after ("yes", "yeah, on
    /// my run this morning", "only once") answers it (`raisedByYes`). Nil when the last reply
    /// gave no such warning.
    var signAskedOfRunner: String?
    /// The line whose emergency sign of someone else's, told with no word of when, the last
    /// reply warned of and asked "is it happening now?" (`Session+SomeoneElsesSign`): the
    /// next line answers it. Nil when the last reply asked no such thing.
    var signToldOfSomeoneElse: String?
    /// The question tingle was waiting on when it asked that instead, asked again once the
    /// answer says it is over, so a "no" to it is never taken for "nothing else".
    var askingBeforeSign: String?
    public internal(set) var reported = false { didSet { if reported != oldValue { factsChanged() } } }
    public internal(set) var pendingOffer: Offer?
    /// Intents listed in the numbered fallback menu, so "2" picks the second.
    public internal(set) var menu: [String] = []
    public internal(set) var consecutiveMisses = 0
    public internal(set) var slotMisses = 0
    /// Symptoms withdrawn this turn (cleared at the start of each turn).
    public internal(set) var withdrawn: [String] = []

    public init() {}

    /// Every fact known so far: slot facts, symptoms, risks, context, and `reported`. Kept
    /// up to date as they change: a turn reads it several times (red flags, floors, the
    /// assessment, withdrawals), and building it each time was a sixth of a turn's cost.
    public private(set) var facts: Set<String> = []

    private mutating func factsChanged() {
        // Room for every fact at once: grown a step at a time, the set was rehashed several
        // times over on each change of a long conversation.
        var size = (reported ? 1 : 0) + risks.count + context.count + symptomsBeforeReport.count
        for value in slots.values { size += value.facts.count + value.ids.count }
        var facts = Set<String>(minimumCapacity: size)
        if reported { facts.insert("reported") }
        for value in slots.values { facts.formUnion(value.facts) }
        for value in slots.values { for id in value.ids { facts.insert("symptom.\(id)") } }
        for id in symptomsBeforeReport { facts.insert("symptom.\(id)") }
        for id in risks { facts.insert("risk.\(id)") }
        for id in context { facts.insert("context.\(id)") }
        self.facts = facts
    }

    /// Whether one fact is known: the screening questions ask this many times a turn.
    public func holds(_ fact: String) -> Bool { facts.contains(fact) }

    /// Whether a slot has an answer (a value, an empty list, or "don't know").
    public func isFilled(_ slot: Slot) -> Bool {
        // A detail already given is never asked for, whichever answer or symptom gave it.
        // A closure, not `holds` as a function value, which would copy the conversation.
        if !slot.fills.isEmpty, slot.fills.contains(where: { holds($0) }) { return true }
        guard let value = slots[slot.id] else { return false }
        if value.skipped { return true }
        if !slot.fills.isEmpty { return false }
        return !value.descriptions.isEmpty || !value.ids.isEmpty
    }
}
