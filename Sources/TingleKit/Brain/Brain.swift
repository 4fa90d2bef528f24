/// A compiled brain: everything a conversation needs, checked and indexed.
/// Built by `BrainLoader` from the YAML of `Intents/` (or a folder given with `--intents`).
/// A class: every part of a turn holds the brain, and sharing one reference is cheaper
/// than copying two dozen fields.
public final class Brain: Sendable {
    public struct Settings: Sendable {
        public var keywordThreshold: Double = 3
        public var expectedBoost: Double = 4
        public var maxInputLength: Int = 2000
        public var startIntent = "report_numbness"
        public var assessIntent = "ask_assessment"
        public var selfCareIntents: Set<String> = []
        public var smallTalkIntents: Set<String> = []
        public var asideIntents: Set<String> = []
        /// What advice must say, for `tingle check`: something to do, and how soon (see
        /// `BrainChecker.adviceLint`). Empty: not checked.
        public var adviceActions: [String] = []
        public var adviceTimes: [String] = []
        /// Lines that, alone, leave the chat or start it again (`SlashCommand.parse`), kept as
        /// their letters' words (`TextNormalizer.letterWords`): "Thanks, bye!" is "thanks bye".
        public var leavingLines: Set<String> = []
        public var restartingLines: Set<String> = []
    }

    public let settings: Settings
    public let analyzer: TextAnalyzer
    public let concepts: ConceptTable
    public let intents: [Intent]
    public let intentIndex: [String: Int]
    public let content: [String: ContentEntry]
    public let contentOrder: [String]
    /// The sections that own themselves (see `BrainSection`), by type.
    let sections: [ObjectIdentifier: any BrainSection]
    public let slots: [Slot]
    public let symptoms: [TermRule]
    public let risks: [TermRule]
    public let context: [TermRule]
    public let redFlags: [RedFlagRule]
    /// The terms each red flag names (see `WarningTerms`).
    let warningTerms: WarningTerms
    public let index: RuleIndex
    /// The concepts' phrases in term ids, to find concepts in input.
    let phraseIndex: PhraseIndex
    /// The ids of every stem and concept the brain knows (see `TermTable`).
    public let terms: TermTable
    /// The term ids of the negation cues.
    let cueTerms: BitSet
    /// `terms` for words, fast (see `WordIDs`).
    let wordIDs: WordIDs
    /// Reads whose finding a word is, and whether it is happening (`FindingContext`).
    let contextMarker: ContextMarker
    /// The concept of words that close a sentence as markers do (`IntentMatcher.tailConcept`).
    let tailWords: Int32?
    /// One phrase of each concept, as written, for the same purpose.
    public let conceptExamples: [String: String]

    init(
        settings: Settings, analyzer: TextAnalyzer, concepts: ConceptTable, intents: [Intent],
        intentIndex: [String: Int],
        content: [String: ContentEntry], contentOrder: [String],
        sections: [ObjectIdentifier: any BrainSection],
        slots: [Slot],
        symptoms: [TermRule], risks: [TermRule], context: [TermRule], redFlags: [RedFlagRule],
        index: RuleIndex,
        phraseIndex: PhraseIndex,
        terms: TermTable,
        cueTerms: BitSet, conceptExamples: [String: String]
    ) {
        self.settings = settings
        self.analyzer = analyzer
        self.concepts = concepts
        self.intents = intents
        self.intentIndex = intentIndex
        self.content = content
        self.contentOrder = contentOrder
        self.sections = sections
        self.slots = slots
        self.symptoms = symptoms
        self.risks = risks
        self.context = context
        self.redFlags = redFlags
        self.warningTerms = WarningTerms(redFlags, termCount: terms.count)
        self.index = index
        self.phraseIndex = phraseIndex
        self.terms = terms
        self.cueTerms = cueTerms
        self.wordIDs = terms.words ?? WordIDs(terms.terms)
        self.contextMarker = ContextMarker(terms: terms)
        self.tailWords = terms.id(of: .concept(IntentMatcher.tailConcept))
        self.conceptExamples = conceptExamples
    }

    public func intent(_ id: String) -> Intent? { intentIndex[id].map { intents[$0] } }

    /// The section of type `S`, when the brain was compiled with it.
    public func section<S: BrainSection>(_ type: S.Type) -> S? { sections[ObjectIdentifier(type)] as? S }

    /// The text of each advice level (`LevelsSection`).
    public var levels: [EscalationLevel: LevelText] { section(LevelsSection.self)?.texts ?? [:] }
    /// What could be behind it, in order (`CausesSection`).
    public var causes: [Cause] { section(CausesSection.self)?.causes ?? [] }
    /// The lowest levels that sets of facts hold (`FloorsSection`).
    public var floors: [Floor] { section(FloorsSection.self)?.floors ?? [] }

    /// What `/topics` lists, in the brain's order, titled by their answers: every intent with
    /// an answer of its own, except small talk and the intents the dialogue gives a role. An
    /// answer two intents share (a worry told beside a report gets "is it serious?"'s) is
    /// listed once, by the first.
    public var topics: [(intent: String, title: String)] {
        let roles = Set(RoleIntent.allCases.map(\.rawValue) + [settings.startIntent, settings.assessIntent])
        var listed = Set<String>()
        return intents.compactMap { intent in
            guard !roles.contains(intent.id), !settings.smallTalkIntents.contains(intent.id),
                let answer = intent.answer, let title = content[answer]?.title, listed.insert(answer).inserted
            else { return nil }
            return (intent.id, title)
        }
    }

    /// How to speak of someone in the runner's care (`SomeoneInCareSection`).
    public var someoneInCare: SomeoneInCareSection? { section(SomeoneInCareSection.self) }

    /// A message of the brain by key; the loader guarantees the required keys exist.
    public func message(_ key: MessageKey) -> String { messages[key.rawValue] ?? "" }

    /// Everything tingle says outside answers, by key (`MessagesSection`).
    public var messages: [String: String] { section(MessagesSection.self)?.texts ?? [:] }
}

public struct Intent: Sendable {
    public let id: String
    public let patterns: [Pattern]
    public let patternLocations: [SourceLocation]
    public let keywords: [Term: Double]
    public let examples: [String]
    public let exampleLocations: [SourceLocation]
    public let answer: String?
    public let offer: Offer?
    public let priority: Double
    public let isTopic: Bool
    public let location: SourceLocation
    /// Sentences that must not reach this intent, with their places.
    public var counterExamples: [(text: String, location: SourceLocation)] = []
}

public struct Offer: Sendable, Equatable {
    public let ask: String
    public let intent: String
}

public struct ContentEntry: Sendable {
    public let id: String
    public let title: String
    public let source: String
    public let text: String
    public let location: SourceLocation
    /// Where its `source` is written (`tingle check` reports an empty one there).
    public var sourceLocation: SourceLocation? = nil
}

public struct Slot: Sendable {
    public let id: String
    public let question: String
    public let hint: String?
    public internal(set) var extractors: [Extractor]
    public internal(set) var none: [Pattern]
    public let isList: Bool
    /// Facts of which one must be known for the slot to count as answered (empty: any value).
    public let fills: [String]
    /// An otherwise unread reply to this slot's question is its answer, as typed.
    public let freeText: Bool
    /// How the summary and the view name it ("When it starts").
    public var title: String = ""
    /// A screening question: asked only when one of these fact sets holds (empty: always).
    public var when: [[String]] = []
    /// Facts a "yes" or a "no" answer sets.
    public var yesFacts: [String] = []
    public var noFacts: [String] = []
    /// The question in other, plainer words ("what do you mean?"), and why its answer
    /// matters ("why do you ask?"); nil where the brain gives none.
    public var rephrase: String?
    public var why: String?
    /// Sets of facts of which an answer is one: a correction that gives another of a set
    /// replaces the answer, one that gives only facts of other sets adds to it.
    public var alternatives: [[String]] = []
    /// The concept that names what the question is about (`SlotSpec.subject`).
    public var subject: String?
    /// Asked as soon as its facts hold, before the runner has told of their feet.
    public var beforeReport = false
    /// Where its `id` is written (`tingle check` reports a missing `rephrase` or `why` there).
    public var location: SourceLocation? = nil

    /// A screening (warning-sign) question: one with `when` facts.
    public var isScreening: Bool { !when.isEmpty }

    /// Whether the slot is asked in `conversation` (a screening question only when one of
    /// its fact sets holds).
    func applies(to conversation: Conversation) -> Bool {
        // `conversation.holds` as a function value would copy the whole conversation, every
        // fact set of every screening question: a closure borrows it.
        when.isEmpty || when.contains { facts in facts.allSatisfy { conversation.holds($0) } }
    }
}

public struct Extractor: Sendable {
    public internal(set) var pattern: Pattern
    public let value: String
    public let facts: [String]
    /// Only as the answer to its slot's question (see `ExtractorSpec.asked`).
    public let asked: Bool
    /// Where its reading does not count (see `ExtractorSpec.except`).
    public internal(set) var except: [Pattern] = []
    /// Where its pattern is written, for `/why`.
    public var location: SourceLocation? = nil
}

/// A symptom or risk factor the dialogue recognises in any turn.
public struct TermRule: Sendable {
    public let id: String
    public let label: String
    public internal(set) var patterns: [Pattern]
    /// Sentences that deny it without a negation word (symptoms only).
    public var denials: [Pattern] = []
    /// Sentences in which its patterns do not count (symptoms only).
    public var except: [Pattern] = []
    /// Risks only: a state that counts only while it lasts, so nothing said of the past or as
    /// resolved matches it ("I used to be anaemic"); other risks are histories.
    public var current = false
}

public struct RedFlagRule: Sendable {
    public let id: String
    public let level: EscalationLevel
    public let label: String
    public internal(set) var patterns: [Pattern]
    /// Where `patterns` do not count: a sentence one of these matches says the benign
    /// look-alike ("legs weak since yesterday's marathon").
    public internal(set) var except: [Pattern] = []
    public let when: [[String]]
    public let message: String
    public let location: SourceLocation
    /// Where each of `patterns` is written, for `/why`.
    public var patternLocations: [SourceLocation] = []
    /// Where its `message` is written (`tingle check`'s advice lint).
    public var messageLocation: SourceLocation? = nil
    public var source: String = ""
    /// Sentences that must raise the flag and sentences that must not, with their places.
    public var examples: [(text: String, location: SourceLocation)] = []
    public var counterExamples: [(text: String, location: SourceLocation)] = []
}

public struct LevelText: Sendable {
    public let title: String
    public let message: String
    /// Where its `message` is written (`tingle check`'s advice lint).
    public var location: SourceLocation? = nil
}

public struct Cause: Sendable {
    public struct Evidence: Sendable {
        public let fact: String
        public let weight: Double
        public let reason: String?
    }

    public let id: String
    public let title: String
    public let explanation: String
    public let base: Double
    public let evidence: [Evidence]
    public let tips: [String]
    public let content: String?
}

public struct Floor: Sendable {
    public let facts: [String]
    public let level: EscalationLevel
    public let reason: String
    /// Where its `reason` is written (`tingle check`'s advice lint).
    public var location: SourceLocation? = nil
}
