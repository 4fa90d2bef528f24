import Testing

@testable import TingleKit

@Suite("Text pipeline")
struct TextPipelineTests {
    @Test("After 'and', 'or', 'also' or 'plus', a subject opens a clause and a question word a question")
    func joiners() throws {
        for joiner in ["and", "or", "also", "plus"] {
            let words = Tokenizer.plainWords(in: "no pain \(joiner) my feet go numb")
            let joined = try #require(words.first { $0.text == joiner })
            let subject = try #require(words.first { $0.text == "my" })
            #expect(joined.clause == subject.clause && subject.clause > words[0].clause, "\(joiner)")
            let asked = Tokenizer.plainWords(in: "it tingles \(joiner) should i worry")
            #expect(asked.last!.sentence > asked[0].sentence, "\(joiner)")
        }
        // Words that only look like one: one clause.
        for other in ["andy", "ore", "alsoo", "plum"] {
            #expect(
                Set(Tokenizer.plainWords(in: "no pain \(other) my feet go numb").map(\.clause)).count == 1, "\(other)")
        }
    }

    @Test("A word typed with a possessive 's is read without it and said back with it")
    func possessiveSaidBack() throws {
        let text = builtInBrain.analyzer.analyze("my husband's old ones")
        let owner = try #require(text.tokens.first { $0.text == "husband" })
        #expect(owner.possessive && owner.said == "husband's")
        // Read back as "is" before a verb, it is no possessive.
        let verb = builtInBrain.analyzer.analyze("my foot's going numb")
        #expect(verb.tokens.allSatisfy { !$0.possessive })
        #expect(!text.tokens.first!.possessive)
    }

    @Test("'So' opens a clause before a subject or a question, not as a word of degree")
    func soOfDegree() {
        func clauses(_ line: String) -> Int { Set(Tokenizer.plainWords(in: line).map(\.clause)).count }
        #expect(clauses("my bum went so numb after the run") == 1)
        #expect(clauses("my left arm was so heavy") == 1)
        #expect(clauses("so far my feet are fine") == 1)
        #expect(clauses("my toes hurt so i stopped") == 2)
        #expect(clauses("it tingles so what causes it") == 2)
        // After punctuation the clause is the punctuation's, whatever follows.
        #expect(clauses("it was cold, so numb toes") == 2)
        // The matcher's clauses agree: one clause holds the part and its numbness.
        let tokens = Tokenizer.plainWords(in: "my bum went so numb")
        #expect(tokens.allSatisfy { $0.clause == tokens[0].clause })
    }

    @Test("A clause opener a rewrite made ('apart from' → 'except') opens its clause; later clauses follow on")
    func rewrittenOpener() throws {
        let rewriter = PhraseRewriter(["apart from": "except"])
        let words = Tokenizer.words(in: "not really apart from sore shins, and my toes", rewriter: rewriter)
        #expect(words.map(\.text) == ["not", "really", "except", "sore", "shins", "and", "my", "toes"])
        let clause = words.map(\.clause)
        #expect(clause[1] == clause[0] && clause[2] > clause[1] && clause[3] == clause[2] && clause[4] == clause[2])
        #expect(clause[5] > clause[4] && clause[6] == clause[5])
        // Without the rewrite the phrase opens nothing, and the denial runs on.
        #expect(Set(Tokenizer.words(in: "not really apart from sore shins").map(\.clause)).count == 1)
        // A rewrite to an opener already at a clause's start adds no clause.
        let opening = Tokenizer.words(in: "sore, apart from that fine", rewriter: rewriter)
        #expect(opening.map(\.clause) == Tokenizer.plainWords(in: "sore, except that fine").map(\.clause))
    }

    @Test("A line's clauses, worked out once, are those of the line, of each sentence or of any other range")
    func clausesWorkedOutOnce() {
        let lines = [
            "my bum is sore and my toes go numb. but only on long runs, and my calf aches",
            "numb toes no pain my calf is fine so far", "hi. my feet go numb when i run because of tight laces", "",
        ]
        for line in lines {
            let input = MatchInput(text: builtInBrain.analyzer.analyze(line), brain: builtInBrain)
            let tokens = input.text.tokens
            let ranges = [0..<tokens.count] + input.text.sentences + (tokens.count > 3 ? [1..<(tokens.count - 1)] : [])
            for range in ranges {
                #expect(
                    PatternMatcher.clauses(of: range, in: input) == Clauses.of(range, in: tokens), "\(line) \(range)")
            }
        }
    }

    @Test("allBytes: every byte of the text passes, in a native string and in one from a substring")
    func allBytes() {
        let ascii: (UInt8) -> Bool = { $0 < 0x80 }
        #expect(TextNormalizer.allBytes(of: "", ascii))
        #expect(TextNormalizer.allBytes(of: "numb toes", ascii))
        #expect(!TextNormalizer.allBytes(of: "numb toés", ascii))
        #expect(!TextNormalizer.allBytes(of: String("my foot é"[...].dropFirst(3)), ascii))
        #expect(!TextNormalizer.allBytes(of: "a\u{7F}", { $0 >= 0x20 && $0 < 0x7F }))
    }

    @Test("A value's summary is its descriptions joined by commas, nothing when none, or 'not known'")
    func valueSummary() {
        #expect(
            SlotValue(descriptions: ["new hokas", "tight laces", "thin socks"]).summary(in: builtInBrain)
                == "new hokas, tight laces, thin socks")
        #expect(SlotValue(descriptions: ["new hokas"]).summary(in: builtInBrain) == "new hokas")
        #expect(SlotValue().summary(in: builtInBrain) == nil)
        var skipped = SlotValue()
        skipped.skipped = true
        #expect(skipped.summary(in: builtInBrain) == builtInBrain.message(.slotNotKnown))
    }

    @Test("Corrections are the words the corrector changed, as typed and as read; not quantities")
    func correctionsListed() {
        let text = builtInBrain.analyzer.analyze("my foot gose numb aftr 3 miles, twenty minutes in, cant feel it")
        let expected = text.tokens.filter { $0.measure == nil && $0.typed != $0.text && !$0.typed.contains(" ") }
            .map { "\($0.typed)>\($0.text)" }
        #expect(!expected.isEmpty)
        #expect(text.tokens.contains { $0.measure != nil })
        #expect(text.corrections.map { "\($0.0)>\($0.1)" } == expected)
        #expect(builtInBrain.analyzer.analyze("my feet go numb").corrections.isEmpty)
    }

    func words(_ text: String) -> [String] { builtInBrain.analyzer.analyze(text).tokens.map(\.text) }

    @Test("Unicode is folded: curly quotes, accents, full-width letters, ligatures, emoji")
    func unicode() {
        #expect(TextNormalizer.normalize("Don’t") == "don't")
        #expect(TextNormalizer.normalize("Café") == "cafe")
        #expect(TextNormalizer.normalize("ＦＥＥＴ") == "feet")
        #expect(TextNormalizer.normalize("ﬁzzy") == "fizzy")
        #expect(words("my feet 🦶 go numb 😩") == ["my", "feet", "go", "numb"])
    }

    @Test("Terminal escape sequences and control characters never survive")
    func controlCharacters() {
        let dirty = "numb\u{1B}[31m feet\u{07}\u{0}\u{1B}]0;title\u{07} now"
        let clean = TextNormalizer.normalize(dirty)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(words(dirty) == ["numb", "feet", "now"])
        #expect(!TextNormalizer.printable("a\u{1B}[2Jb\u{7}").unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test(
        "Contractions expand, with or without the apostrophe",
        arguments: [
            ("don't", ["do", "not"]), ("dont", ["do", "not"]), ("can't", ["cannot"]), ("cant", ["cannot"]),
            ("it's", ["it", "is"]), ("I'm", ["i", "am"]), ("won’t", ["will", "not"]), ("doesn't", ["does", "not"]),
        ])
    func contractions(input: String, expected: [String]) {
        #expect(words(input) == expected)
    }

    @Test(
        "Quantities become measures",
        arguments: [
            ("after 5k", "5 km"), ("3mi in", "3 miles"), ("20 mins", "20 minutes"), ("half an hour", "30 minutes"),
            ("two miles", "2 miles"), ("twenty five minutes", "25 minutes"), ("1.5 hrs", "1.5 hours"),
            ("a mile", "1 mile"), ("a good hour", "1 hour"), ("a good few miles", "a few miles"),
            ("a good 20 minutes", "20 minutes"), ("3 or so miles", "3 miles"),
            ("past the hour mark", "1 hour"),
            // A bare upper number after the unit, and a unit at both ends, make one range.
            ("a mile or two into it", "1 or 2 miles"), ("an hour or 2", "1 or 2 hours"),
            ("5km to 6km", "5 to 6 km"), ("5k-6k", "5 to 6 km"), ("3 miles to 4 miles", "3 to 4 miles"),
            ("30 mins to an hour", "30 minutes to 1 hour"), ("an hour to an hour and a half", "1 to 1.5 hours"),
            // A count of something else after "or" is no upper end; miles and km do not mix.
            ("5 miles or 6 days a week", "5 miles"),
            // Vague amounts with no "a", and "k" after them; a stretch counted from the start.
            ("couple of miles in", "a couple of miles"), ("a couple of k", "a couple of k"),
            ("the first few km", "few km"), ("in the first mile", "mile"),
            // A race said by its distance is rewritten before quantities are read.
            ("about parkrun distance", "5 km"), ("by the half marathon mark", "21 km"),
        ])
    func quantities(input: String, expected: String) {
        let measures = builtInBrain.analyzer.analyze(input).tokens.compactMap(\.measure)
        #expect(measures.map(\.description) == [expected])
    }

    @Test("A range in two units is timed from its lower end; miles and km are two amounts, not a range")
    func mixedUnitRanges() {
        let range = builtInBrain.analyzer.analyze("half an hour to an hour").tokens.compactMap(\.measure)
        #expect(range.map(\.minutes) == [30])
        let apart = builtInBrain.analyzer.analyze("3 miles to 5km").tokens.compactMap(\.measure)
        #expect(apart.map(\.description) == ["3 miles", "5 km"])
    }

    @Test("A question the runner answers with a bare 'no' is denied by it; answered otherwise, it stands")
    func answeredQuestions() {
        let denied = builtInBrain.analyzer.analyze("chest pain? no. breathless? a bit").tokens
        #expect(denied.filter(\.isDenied).map(\.text) == ["chest", "pain"])
        let kept = builtInBrain.analyzer.analyze("chest pain? yes, on hills").tokens
        #expect(kept.allSatisfy { !$0.isDenied })
        #expect(converse(["chest pain? nope. just tingly toes on runs"])[0].escalation != .emergency)
    }

    @Test("The stemmer makes word forms meet")
    func stems() {
        #expect(Set(["tingles", "tingling", "tingled", "tingle"].map(Stemmer.stem)).count == 1)
        #expect(Set(["laces", "lacing", "laced", "lace"].map(Stemmer.stem)).count == 1)
        #expect(Stemmer.stem("running") == Stemmer.stem("run"))
        #expect(Stemmer.stem("toes") == "toe")
        #expect(Stemmer.stem("need") == "need")
        #expect(Stemmer.stem("numbness") == "numb")
    }

    @Test("Typos are corrected towards the brain's vocabulary, but known words stay")
    func typos() {
        #expect(words("my feet go nmub") == ["my", "feet", "go", "numb"])
        #expect(words("tinglign toes").first == "tingling")
        #expect(words("shoe") == ["shoe"])
        let corrector = TypoCorrector(vocabulary: ["shoes", "numb", "tingling"], lexicon: ["shoe"])
        #expect(corrector.correction(for: "shoe") == nil)  // a known word is never "corrected"
        #expect(corrector.correction(for: "shoez") == "shoes")
        #expect(corrector.correction(for: "nmb") == nil)  // under four letters: too risky
        #expect(corrector.correction(for: "tnigilng") == "tingling")  // eight letters: two edits
        #expect(corrector.correction(for: "xyzzyqqq") == nil)
    }

    @Test("A letter held for emphasis is let go: 'numbbbb', 'tinglingggg', 'shoooes'")
    func heldLetters() {
        let corrector = TypoCorrector(vocabulary: ["shoes", "numb", "tingling", "sleep"], lexicon: [])
        #expect(corrector.correction(for: "numbbbb") == "numb")
        #expect(corrector.correction(for: "tinglingggg") == "tingling")
        #expect(corrector.correction(for: "shoooes") == "shoes")
        #expect(corrector.correction(for: "sleeeeep") == "sleep")  // two kept where the word has two
        #expect(words("my toes go numbbbbb") == ["my", "toes", "go", "numb"])
    }

    @Test("One edit is corrected from the near tier alone, two from both, in either order of need")
    func tiers() {
        for longFirst in [false, true] {
            let corrector = TypoCorrector(vocabulary: ["paraesthesia", "numbness", "numb", "sleep"], lexicon: [])
            func long() { #expect(corrector.correction(for: "parasthesea") == "paraesthesia") }
            if longFirst { long() }
            // Seven letters, one edit allowed: a deletion, a swap of neighbours, a substitution.
            #expect(corrector.correction(for: "numbnes") == "numbness")
            #expect(corrector.correction(for: "nubmness") == "numbness")
            #expect(corrector.correction(for: "sleap") == "sleep")
            // Two letters short of "numbness", with one edit allowed: no correction.
            #expect(corrector.correction(for: "nmbnss") == nil)
            if !longFirst { long() }
        }
    }

    @Test("Equally close corrections go to the first in alphabetical order, whatever the vocabulary's order")
    func alphabeticalTies() {
        let corrector = TypoCorrector(vocabulary: ["dare", "care", "bare", "mare"], lexicon: [])
        #expect(corrector.correction(for: "xare") == "bare")
        #expect(TypoCorrector(vocabulary: ["mare", "dare"], lexicon: []).correction(for: "xare") == "dare")
    }

    @Test("A word is squeezed only when it has a run of three equal letters, as its bytes tell")
    func runsOfThree() {
        for word in ["numbbbb", "aaa", "sleeeep", "shoooes", "sleep", "aabbaa", "numb", "abab", "a", ""] {
            let squeezes = TypoCorrector.squeezed(word, keeping: 2) != nil
            #expect(TypoCorrector.hasRunOfThree(word.utf8) == squeezes, "\(word)")
        }
    }

    @Test(
        "Negation denies words up to the end of the clause",
        arguments: [
            ("no pain", ["pain"], []), ("i don't have diabetes", ["have", "diabetes"], []),
            ("without any burning", ["any", "burning"], []), ("it's not my back", ["my", "back"], []),
            ("never had back problems", ["had", "back", "problems"], []),
            ("no pain but my toes burn", ["pain"], ["my", "toes", "burn"]),
            ("no pain, toes burn", ["pain"], ["toes", "burn"]),
            // Without punctuation, a new subject ends what the cue denies...
            ("not only when racing my left toe feels weaker", ["only", "racing"], ["my", "left", "toe", "weaker"]),
            ("no swelling i can barely lift my toes", ["swelling"], ["i", "barely", "lift"]),
            // ...but not one a preposition or a verb takes.
            ("no numbness in my toes", ["numbness", "my", "toes"], []),
            ("never had my feet go numb before", ["had", "my", "feet", "numb"], []),
            ("no tingling at all with my old shoes", ["tingling", "my", "old", "shoes"], []),
            // A subject with its verb ends it even straight after the cue, and "the … 's" is one.
            ("likely nothing my shin has been throbbing", [], ["my", "shin", "throbbing"]),
            ("it never eased after the session the heel's gone white", ["eased", "session"], ["heel", "white"]),
            // A subject the verb before it takes is what it denies.
            ("never realised the ankle was puffy", ["realised", "ankle", "puffy"], []),
            ("no swelling is there", ["swelling"], []),
            // After denied words, "just" or "only" sets what is there against them; straight
            // after the cue it is what the cue is about.
            ("no cramp no ache just fizzy toes", ["cramp", "ache"], ["just", "fizzy", "toes"]),
            ("no weakness only a numb toe", ["weakness"], ["only", "numb", "toe"]),
            ("not just on runs", ["just", "runs"], []),
            // "Usually" after the denied words says how often what follows happens.
            ("not in the old pair normally after a few miles", ["old", "pair"], ["normally", "after"]),
            ("i do not usually get numb toes", ["usually", "numb", "toes"], []),
            // A scope reaches eight words past its cue or its last "and"/"or"/"nor".
            (
                "no diabetes nor thyroid trouble whatsoever 41 years old lots of mileage soles go numb",
                ["diabetes", "thyroid", "trouble"], ["soles", "numb"]
            ),
            (
                "no back pain or bladder trouble or weakness or numbness anywhere near my groin",
                ["pain", "bladder", "weakness", "numbness", "groin"], []
            ),
        ])
    func negation(input: String, denied: [String], kept: [String]) {
        let tokens = builtInBrain.analyzer.analyze(input).tokens
        for word in denied { #expect(tokens.first { $0.text == word }?.isDenied == true, "\(word) should be denied") }
        for word in kept {
            #expect(tokens.first { $0.text == word }?.isDenied == false, "\(word) should not be denied")
        }
    }

    @Test(
        "Without punctuation, a subject and its verb start a clause; a subject a word before it takes does not",
        arguments: [
            ("likely nothing my shin has been throbbing", ["my"]),
            ("felt odd after the session the heel's bright red", ["the"]),
            ("hot to the touch walking is ok", ["walking"]),
            ("sore all week my breathing is fine", ["my"]),
            ("it stings it is worse at night", ["it"]),
            ("my breathing is fine", []),
            ("never noticed the ankle was puffy", []),
            ("pain in my calf is bad", []),
            ("i think my heel is bruised", []),
            ("no tingling is left", []),
            ("wouldn't i have felt it", []),
            ("does it go numb is that normal", []),
            ("his foot was blue", []),
        ])
    func clauseStarts(line: String, opening: [String]) {
        let words = Tokenizer.words(in: line)
        #expect(words.filter(\.opensClause).map(\.text) == opening)
    }

    @Test("'Zero' denies what follows it; 'zero drop', a kind of shoe, is what it says")
    func zeroDenies() {
        let tokens = builtInBrain.analyzer.analyze("zero back pain on runs").tokens
        #expect(tokens.first { $0.text == "pain" }?.isDenied == true)
        #expect(converse(["my toes tingle by mile 2", "altras, zero drop"])[1].footwear?.contains("minimal") == true)
    }

    @Test("A phrase that contains its own negation is not a negation")
    func protectedPhrases() {
        let tokens = builtInBrain.analyzer.analyze("i can't feel my toes").tokens
        #expect(tokens.allSatisfy { !$0.isDenied })
    }

    @Test(
        "An answer and a question after a comma are two sentences (its subject a pronoun or a verb in -ing); a condition before a question is one",
        arguments: [
            ("roughly 30 mins, is that bad?", 2), ("heels go dead at 8k, what causes it?", 2),
            ("if it's cold, should i wear thicker socks?", 1), ("roughly 30 mins, is that bad", 1),
            ("a bit, why?", 1),
            // A verb in "-ing" as the question's subject.
            ("left foot goes dead at 6k, would changing how i land help?", 2),
            ("numb toes, is running through it bad?", 2),
        ])
    func answerThenQuestion(line: String, sentences: Int) {
        #expect(builtInBrain.analyzer.analyze(line).sentences.count == sentences)
    }

    @Test(
        "A question tag typed on without a comma is a sentence of its own; a verb of the question opened is not",
        arguments: [
            ("calves ache and shin goes numb is that ok?", 2), ("soles fizz are those warning signs?", 2),
            ("arch stays cold should i worry?", 2), ("how long is it fine to jog on tingly toes?", 1),
            ("so why is it only the right side?", 1), ("the catch is that my laces are loose?", 1),
            ("if my toes go numb is that bad?", 1), ("i reckon this is it?", 1),
        ])
    func questionTagWithoutComma(line: String, sentences: Int) {
        #expect(builtInBrain.analyzer.analyze(line).sentences.count == sentences)
    }

    @Test("A verb past the end of its sentence starts no clause in the one before")
    func noClauseStartAcrossSentences() {
        let tokens = builtInBrain.analyzer.analyze("groin goes numb. are those bad?").tokens
        #expect(tokens.allSatisfy { !$0.opensClause })
    }

    @Test("A question that refers back to a topic just answered gets no general answer on top")
    func refersBackToTopic() {
        #expect(intents(of: "my fingers fizz on a jog, is that normal?") == ["topic.hands"])
        // After an answer that is no topic, it is a question of its own.
        #expect(intents(of: "roughly 30 mins, is that bad?").contains("faq.serious"))
    }

    @Test("Sentences split at punctuation and at 'and' before a new question")
    func sentences() {
        #expect(builtInBrain.analyzer.analyze("what causes it and should i see a doctor").sentences.count == 2)
        #expect(builtInBrain.analyzer.analyze("numb toes. what helps?").sentences.count == 2)
        #expect(builtInBrain.analyzer.analyze("numb and tingling toes").sentences.count == 1)
    }

    @Test(
        "A year long past has the one stem every such year has; a recent year, another number or a word does not",
        arguments: [
            ("2019", true), ("1950", true), ("2024", true), ("1949", false), ("2025", false), ("20190", false),
            ("201", false), ("year", false),
        ])
    func pastYears(_ word: String, _ past: Bool) {
        let token = builtInBrain.analyzer.analyze("fell in \(word)").tokens.last!
        #expect((token.stem == Stemmer.pastYearStem) == past)
        #expect(token.text == word)
    }

    @Test("Normalised text splits into its words on spaces, empty ones left out")
    func spacedWords() {
        #expect("brooks  ghost 15".spacedWords == ["brooks", "ghost", "15"])
        #expect(" ".spacedWords.isEmpty && "".spacedWords.isEmpty)
        #expect("café au lait".spacedWords == ["café", "au", "lait"])
    }
}
