import Testing

@testable import TingleKit

/// Paraphrases written the way runners type (lowercase, no punctuation, typos, slang),
/// none of them copied from the brain's own `examples`.
@Suite("Understanding paraphrases")
struct ParaphraseTests {
    static let paraphrases: [(intent: String, line: String)] = [
        ("greeting", "hey there"),
        ("greeting", "hiya"),
        ("thanks", "cheers thats really helpful"),
        ("thanks", "thx"),
        ("goodbye", "ok bye"),
        ("goodbye", "gotta go see ya"),
        ("help", "what can u do"),
        ("help", "how does this thing work"),
        ("topic.hands", "why do my fingertips tingle on runs"),
        ("topic.hands", "fingers like sausages after a half marathon"),
        ("identity", "is this an ai or a human"),
        ("identity", "are u even a proper doctor"),
        ("other_injury", "shin splints again ugh"),
        ("other_injury", "my hip is playing up on longer runs"),
        ("out_of_scope", "could you put together a half marathon schedule for me"),
        ("out_of_scope", "how many milligrams of magnesium should i take"),
        ("yes", "yeah go on"),
        ("yes", "sure why not"),
        ("no", "nah im good"),
        ("no", "no thanks"),
        ("dont_know", "no idea tbh"),
        ("dont_know", "not sure really"),
        ("clarify", "sorry wdym"),
        ("clarify", "im lost what are u asking"),
        ("clarify", "eh? say that again"),
        ("ask_why", "why do u need to know"),
        ("ask_why", "how is that relevant"),
        ("ask_assessment", "so what do you think is causing it"),
        ("ask_assessment", "what should i do then"),
        ("report_numbness", "my feet go numb when i run"),
        ("report_numbness", "toes go tingly after about 5k"),
        ("report_numbness", "i get pins and needles in my left foot on runs"),
        ("report_numbness", "why do my toes fall asleep when im jogging"),
        ("report_numbness", "my foot goes dead halfway through my long run"),
        ("report_numbness", "cant feel my toes after a few miles"),
        ("report_numbness", "my feet go nmub on runs"),
        ("report_numbness", "weird buzzing in my forefoot when running"),
        ("faq.causes", "what causes numb feet when running"),
        ("faq.causes", "why do runners get numb toes"),
        ("faq.causes", "whats behind foot numbness on runs"),
        ("faq.tight_shoes", "can tight laces make your feet go numb"),
        ("faq.tight_shoes", "could my trainers be too tight"),
        ("faq.tight_shoes", "is it my shoes"),
        ("faq.prevention", "how do i stop my feet going numb"),
        ("faq.prevention", "how to prevent numb toes when running"),
        ("faq.conditions", "what medical conditions cause numb feet"),
        ("faq.conditions", "could it be a medical problem"),
        ("faq.see_doctor", "when should i see a doctor about this"),
        ("faq.see_doctor", "do i need to see my gp"),
        ("faq.serious", "is it serious"),
        ("faq.serious", "should i be worried"),
        ("faq.diagnosis", "how would a doctor diagnose it"),
        ("faq.diagnosis", "what tests would they do"),
        ("faq.treatment", "how is it treated"),
        ("faq.treatment", "whats the treatment for numb feet"),
        ("faq.surgery", "will i need surgery"),
        ("faq.surgery", "is surgery ever needed"),
        ("faq.keep_running", "can i keep running with numb feet"),
        ("faq.keep_running", "should i stop running"),
        ("topic.neuropathy", "what is peripheral neuropathy"),
        ("topic.tarsal_tunnel", "what is tarsal tunnel syndrome"),
        ("topic.tarsal_tunnel", "could it be tarsal tunnel"),
        ("topic.spinal", "could it be coming from my back"),
        ("topic.spinal", "can a herniated disc cause foot numbness"),
        ("topic.pad", "what is peripheral arterial disease"),
        ("topic.ms", "could it be ms"),
        ("topic.cauda_equina", "tell me about cauda equina syndrome"),
        ("topic.raynauds", "what is raynauds"),
        ("topic.diabetes", "can diabetes cause numb feet"),
        ("topic.form", "does running form matter"),
        ("topic.form", "could my running form cause it"),
        ("topic.surface", "does running on concrete cause it"),
        ("topic.training_load", "am i doing too much mileage"),
        ("topic.stretching", "what stretches help"),
        ("topic.lacing", "lacing tips"),
        ("topic.lacing", "how should i lace my shoes"),
        ("topic.lacing", "heel lock?"),
        ("topic.shoe_fit", "how should running shoes fit"),
        ("topic.shoe_fit", "do i need bigger shoes"),
        ("topic.orthotics", "do orthotics help"),
        ("topic.orthotics", "should i get insoles"),
        ("topic.mortons_neuroma", "what is mortons neuroma"),
        ("topic.mortons_neuroma", "feels like a pebble in my shoe what is that"),
        ("topic.cold", "any tips for keeping feet warm on winter runs"),
        ("topic.cold", "tips for running in cold weather"),
        ("faq.rest_relief", "can i take ibuprofen for it"),
        ("faq.outlook", "so will this ever go away"),
        ("faq.outlook", "how long till the feeling comes back"),
        ("faq.outlook", "is the numbness permanent"),
        ("topic.socks", "what kind of socks do u recommend for running"),
        ("topic.socks", "are injinji toe socks worth buying"),
        ("topic.shoe_replace", "how often should i change my trainers"),
        ("topic.shoe_replace", "are my shoes worn out after 500 miles"),
        ("topic.metatarsalgia", "could this be metatarsalgia"),
        ("topic.metatarsalgia", "what helps metatarsalgia"),
        ("topic.sciatica", "does sciatica cause foot tingling"),
        ("topic.sciatica", "what is sciatic nerve pain"),
        ("topic.strength", "should i add strength training"),
        ("topic.strength", "do foot strengthening exercises help"),
        ("topic.ankle_sprain", "can an old sprain cause tingling"),
        ("topic.ankle_sprain", "numb feet after rolling an ankle"),
        ("topic.other_tests", "what blood tests would they do"),
        ("topic.other_tests", "what is a doppler scan"),
        ("topic.diabetic_foot_care", "foot care tips for diabetic runners"),
        ("topic.diabetic_foot_care", "how do diabetics protect their feet"),
        ("topic.medicines", "can medication cause numb feet"),
        ("topic.medicines", "is tingling a side effect of antibiotics"),
        ("faq.try_changes", "how long do i try things before seeing a doctor"),
        ("faq.try_changes", "how many weeks before i get it checked"),
        ("faq.why_only", "why does it only ever happen in one foot"),
        ("faq.why_only", "how come its only on the long ones"),
        ("faq.causes", "so why do they go numb"),
        ("topic.compression", "what is nerve compression"),
        ("topic.symptoms", "what are the symptoms to look out for"),
        ("topic.physio", "would physio help"),
        ("topic.nerve_tests", "what is an emg test"),
        ("topic.imaging", "would i need an mri"),
        ("improved", "swapped to thinner socks and its miles better now"),
        ("improved_fix", "so the wider pair has sorted it"),
        ("topic.cushioning", "are my trainers a bit too squishy"),
        ("faq.worried_report", "the numbness has me terrified"),
    ]

    @Test("Each paraphrase reaches its intent", arguments: paraphrases)
    func paraphrase(intent: String, line: String) {
        #expect(intents(of: line).first == intent, "\"\(line)\" → \(intents(of: line))")
    }

    @Test("Every intent has at least one paraphrase here")
    func everyIntentCovered() {
        let covered = Set(Self.paraphrases.map(\.intent))
        let missing = builtInBrain.intents.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "no paraphrase test for \(missing)")
    }

    @Test(
        "Typos, curly apostrophes, full-width letters and shouting still match",
        arguments: [
            "my feet go nmub after 3 miles",
            "my tose go numb when i run",
            "MY FEET GO NUMB WHEN I RUN!!!",
            "my feet go numb when I run \u{1F62B}",
            "my ｆｅｅｔ go numb when i run",
            "I can’t feel my toes when I run",
        ])
    func robustReport(line: String) {
        #expect(intents(of: line).first == "report_numbness", "\"\(line)\" → \(intents(of: line))")
    }

    @Test("A known word is never corrected into another known word")
    func noOvercorrection() {
        let tokens = builtInBrain.analyzer.analyze("i fell over my shoe were wet").tokens.map(\.text)
        #expect(tokens == ["i", "fell", "over", "my", "shoe", "were", "wet"])
    }

    @Test("Negated risk factors are not recorded")
    func negatedRisk() {
        var session = Session(brain: builtInBrain)
        _ = session.respond(to: "my feet go numb after 5k, i don't have diabetes and never had back problems")
        #expect(session.conversation.risks.isEmpty)
        _ = session.respond(to: "i'm diabetic though")
        #expect(session.conversation.risks == ["diabetes"])
    }
}
