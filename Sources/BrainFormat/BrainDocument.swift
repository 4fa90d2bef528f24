/// The YAML form of a brain, as Codable types. A brain is a folder of YAML files;
/// each file may hold any of the top-level sections below and the loader merges them,
/// so authors split the brain by topic (`intents/faq.yaml`, `content/causes.yaml`, …).
/// `BrainSchema` describes the same shapes for validation with line and column.
package struct BrainDocument: Decodable, Equatable, Sendable {
    package var settings: Settings?
    package var concepts: [String: [String]]?
    package var rewrites: [String: String]?
    package var intents: [IntentSpec]?
    package var content: [ContentSpec]?
    package var slots: [SlotSpec]?
    package var symptoms: [TermSpec]?
    package var risks: [TermSpec]?
    /// Circumstances worth knowing that are neither symptoms nor risk factors (hard surfaces, cold, more mileage).
    package var context: [TermSpec]?
    package var redFlags: [RedFlagSpec]?
}

package struct Settings: Decodable, Equatable, Sendable {
    /// Keyword weight an intent needs when none of its patterns matched.
    package var keywordThreshold: Double?
    /// Score added to an intent the dialogue expects next (an answer to an offer).
    package var expectedBoost: Double?
    /// Longest input, in characters, that is analysed; longer lines are politely refused.
    package var maxInputLength: Int?
    /// The intent whose match starts an assessment (the user reports their symptom).
    package var startIntent: String?
    /// The intent that asks for the assessment now, with whatever is known.
    package var assessIntent: String?
    /// Intents whose answers are self-care advice (keep running, lacing, stretching…):
    /// once the level is urgent or an emergency, they are answered by `escalatedNoSelfCare`.
    package var selfCareIntents: [String]?
    /// Intents of small talk (hello, thanks, help): answered, but not topics to browse in `/topics`.
    package var smallTalkIntents: [String]?
    /// Intents of another matter than the numbness (another running trouble): said in answer
    /// to a list question ("anything else?") with nothing of the numbness, noted as separate
    /// (`asideNoted`) and taken as "nothing else", not answered out of the questions.
    package var asideIntents: [String]?
    /// `tingle check`'s advice lint: every level text and red-flag message must contain one
    /// of these phrases (what to do: "call", "book")…
    package var adviceActions: [String]?
    /// …and one of these (how soon: "now", "today", "within"). Without them, no such lint.
    package var adviceTimes: [String]?
    /// Whole lines that leave the chat as `/quit` does ("bye", "see ya") and that start it
    /// again as `/restart` does ("start over"), said without the slash.
    package var leavingLines: [String]?
    package var restartingLines: [String]?
}

package struct IntentSpec: Decodable, Equatable, Sendable {
    package var id: String
    package var patterns: [String]?
    package var keywords: [String: Double]?
    package var examples: [String]?
    package var answer: String?
    package var offer: OfferSpec?
    package var priority: Double?
    /// Answers a general question ("can tight laces cause it?"): a sentence it wins is not
    /// read as an answer about the user (no slots, symptoms or risk factors from it).
    package var topic: Bool?
    /// Sentences that must not be understood as this intent (`tingle check`).
    package var counterExamples: [String]?
}

package struct OfferSpec: Decodable, Equatable, Sendable {
    package var ask: String
    package var intent: String
}

package struct ContentSpec: Decodable, Equatable, Sendable {
    package var id: String
    package var title: String
    package var source: String
    package var text: String
}

package struct SlotSpec: Decodable, Equatable, Sendable {
    package var id: String
    package var question: String
    package var hint: String?
    package var extractors: [ExtractorSpec]?
    /// Patterns meaning "nothing" as an answer to this slot's question (an empty list).
    package var none: [String]?
    /// A list slot collects the ids of the `symptoms:` section instead of extractor values.
    package var list: Bool?
    /// When given, the slot counts as answered only once one of these facts is known
    /// ("since new shoes" says how long, not when in a run, so onset is still asked).
    package var fills: [String]?
    /// A reply to this slot's question that nothing else understood is taken as the answer,
    /// in the user's words ("whatever was cheapest at the sports shop"), as a Rasa form's
    /// `from_text` mapping does.
    package var freeText: Bool?
    /// How the summary and the view name the slot ("When it starts").
    package var title: String?
    /// A screening question: asked only when every fact of one of these sets holds (back
    /// pain → "any numbness between the legs?"), after the slots before it.
    package var when: [[String]]?
    /// Facts a "yes" or a "no" to the question sets.
    package var yes: [String]?
    package var no: [String]?
    /// The question again in other, plainer words, for "what do you mean?" or "huh?".
    package var rephrase: String?
    /// Why the answer matters, for "why do you ask?".
    package var why: String?
    /// Sets of facts of which an answer is one ("from the start", "part-way in", "after the
    /// run"): a correction that gives another of a set replaces the answer; one that gives a
    /// fact of no set the answer has ("worse on hills" to "after 3 miles") adds to it.
    package var alternatives: [[String]]?
    /// A concept naming what the question is about ("when it starts", "the shoes"): a "not
    /// sure" that names it belongs to this question, whichever is asked now.
    package var subject: String?
    /// A screening question asked as soon as its facts hold, before the runner has told of
    /// their feet ("my bum goes numb at my desk": does it stay on standing?), where others
    /// wait for the report.
    package var beforeReport: Bool?
}

package struct ExtractorSpec: Decodable, Equatable, Sendable {
    package var pattern: String
    package var value: String
    package var facts: [String]?
    /// Read only as the answer to this slot's own question: "20 minutes" says when it
    /// starts after "when does it start?", and nothing on its own.
    package var asked: Bool?
    /// Where its reading does not count. Where the reading and the exception both capture a
    /// concept of the same name, only shared words ("within a few minutes of stopping" tells how
    /// soon numbness passes, not when it starts); otherwise the whole sentence.
    package var except: [String]?
}

/// A symptom or a risk factor: an id, a label for summaries, the patterns that report it.
package struct TermSpec: Decodable, Equatable, Sendable {
    package var id: String
    package var label: String
    package var patterns: [String]
    /// Sentences that deny it without a negation word ("it goes away once I stop" denies
    /// numbness at rest): said after it, they withdraw it.
    package var denials: [String]?
    /// Sentences in which its patterns do not count: the benign look-alike ("my feet swell
    /// on long runs in the heat" is the usual pressure cause, not swelling to see a doctor for).
    package var except: [String]?
    /// Risks only: `true` when the risk is a state that counts only while it lasts (low B12,
    /// anaemia, heavy drinking), so said of the past or as resolved ("I used to be anaemic",
    /// "my B12 was low years ago but it's fine now") it is no risk now; without it a risk is a
    /// history, which counts said of the past ("a slipped disc years ago").
    package var current: Bool?
}

package struct RedFlagSpec: Decodable, Equatable, Sendable {
    package var id: String
    package var level: String
    package var label: String
    package var patterns: [String]?
    /// Sets of facts; the flag is raised when every fact of any one set holds.
    package var when: [[String]]?
    package var message: String
    /// The clinical guidance the rule follows (NHS, NICE CKS, a named guideline).
    package var source: String?
    /// Sentences that must raise the flag, and sentences that must not (`tingle check`).
    package var examples: [String]?
    package var counterExamples: [String]?
    /// Sentences in which its patterns do not count: the benign look-alike ("both legs weak
    /// since yesterday's marathon" is tired legs, not legs gone weak overnight).
    package var except: [String]?
}
