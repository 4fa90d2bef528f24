/// The YAML form of a brain, as Codable types. A brain is a folder of YAML files;
/// each file may hold any of the top-level sections below and the loader merges them,
/// so authors split the brain by topic (`intents/faq.yaml`, `content/causes.yaml`, …).
/// `BrainSchema` describes the same shapes for validation with line and column.
struct BrainDocument: Decodable {
    var settings: Settings?
    var concepts: [String: [String]]?
    var rewrites: [String: String]?
    var intents: [IntentSpec]?
    var content: [ContentSpec]?
    var messages: [String: String]?
    var menu: [String]?
    var slots: [SlotSpec]?
    var symptoms: [TermSpec]?
    var risks: [TermSpec]?
    /// Circumstances worth knowing that are neither symptoms nor risk factors (hard surfaces, cold, more mileage).
    var context: [TermSpec]?
    var redFlags: [RedFlagSpec]?
    var levels: [String: LevelSpec]?
    var causes: [CauseSpec]?
    var floors: [FloorSpec]?
}

struct Settings: Decodable {
    /// Keyword weight an intent needs when none of its patterns matched.
    var keywordThreshold: Double?
    /// Score added to an intent the dialogue expects next (an answer to an offer).
    var expectedBoost: Double?
    /// Longest input, in characters, that is analysed; longer lines are politely refused.
    var maxInputLength: Int?
    /// The intent whose match starts an assessment (the user reports their symptom).
    var startIntent: String?
    /// The intent that asks for the assessment now, with whatever is known.
    var assessIntent: String?
}

struct IntentSpec: Decodable {
    var id: String
    var patterns: [String]?
    var keywords: [String: Double]?
    var examples: [String]?
    var answer: String?
    var offer: OfferSpec?
    var priority: Double?
    /// Answers a general question ("can tight laces cause it?"): a sentence it wins is not
    /// read as an answer about the user (no slots, symptoms or risk factors from it).
    var topic: Bool?
}

struct OfferSpec: Decodable {
    var ask: String
    var intent: String
}

struct ContentSpec: Decodable {
    var id: String
    var title: String
    var source: String
    var text: String
}

struct SlotSpec: Decodable {
    var id: String
    var question: String
    var hint: String?
    var extractors: [ExtractorSpec]?
    /// Patterns meaning "nothing" as an answer to this slot's question (an empty list).
    var none: [String]?
    /// A list slot collects the ids of the `symptoms:` section instead of extractor values.
    var list: Bool?
    /// When given, the slot counts as answered only once one of these facts is known
    /// ("since new shoes" says how long, not when in a run, so onset is still asked).
    var fills: [String]?
}

struct ExtractorSpec: Decodable {
    var pattern: String
    var value: String
    var facts: [String]?
}

/// A symptom or a risk factor: an id, a label for summaries, the patterns that report it.
struct TermSpec: Decodable {
    var id: String
    var label: String
    var patterns: [String]
}

struct RedFlagSpec: Decodable {
    var id: String
    var level: String
    var label: String
    var patterns: [String]?
    /// Sets of facts; the flag is raised when every fact of any one set holds.
    var when: [[String]]?
    var message: String
}

struct LevelSpec: Decodable {
    var title: String
    var message: String
}

struct CauseSpec: Decodable {
    var id: String
    var title: String
    var explanation: String
    var base: Double?
    var evidence: [EvidenceSpec]
    var tips: [String]
    var content: String?
}

struct EvidenceSpec: Decodable {
    var fact: String
    var weight: Double
    var reason: String?
}

/// A lowest advice level that holds whenever all the facts hold (known diabetes with numbness: doctor).
struct FloorSpec: Decodable {
    var facts: [String]
    var level: String
    var reason: String
}
