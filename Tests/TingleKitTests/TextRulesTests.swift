import BuiltInBrain
import Testing

@testable import TingleKit

/// Pins what the text pipeline gives for tricky input, so that making it faster (bytes
/// for ASCII, the Character and scalar paths for the rest) can never change a result.
@Suite("Text rules, pinned")
struct TextRulesTests {
    @Test(
        "Each stemmer rule, and the words each rule must leave alone",
        arguments: [
            // -ies, -ied (more than four letters)
            ("injuries", "injury"), ("ties", "tie"), ("tried", "try"), ("died", "died"),
            ("numbness", "numb"), ("illness", "ill"), ("fitness", "fit"), ("less", "less"),  // -ness (more than six)
            ("tingling", "tingl"), ("running", "run"), ("falling", "fall"), ("buzzing", "buz"), ("sing", "sing"),
            ("bring", "bring"),
            ("tingled", "tingl"), ("stopped", "stop"), ("kissed", "kiss"), ("need", "need"), ("speed", "speed"),
            ("red", "red"),
            ("laces", "lace"), ("boxes", "box"), ("buses", "buse"), ("quizzes", "quizz"), ("toes", "toe"),
            ("tingles", "tingl"),
            ("plus", "plus"), ("this", "this"), ("butt", "butt"),
            ("tingle", "tingl"), ("lace", "lace"), ("ache", "ach"), ("laced", "lace"), ("lacing", "lace"),
            ("ease", "eas"), ("eased", "eas"), ("easing", "eas"),
            // a short syllable with a silent "e" stays apart from the word without it
            ("pale", "pale"), ("pales", "pale"), ("paled", "pale"), ("pal", "pal"), ("pals", "pal"),
            ("mate", "mate"), ("note", "note"), ("hoping", "hope"), ("hopping", "hop"), ("saying", "say"),
            ("rowed", "row"), ("fixed", "fix"),
            ("feet", "feet"), ("numb", "numb"), ("go", "go"), ("a", "a"), ("", ""),
            // only lowercase suffixes count
            ("3mile", "3mile"), ("'tis", "'tis"), ("Running", "Run"), ("RUNNING", "RUNNING"),
            // Non-ASCII words go by Characters: "e\u{301}" is not "e", and "\r\n" is one Character.
            ("señores", "señor"), ("cafés", "café"), ("cafe\u{301}s", "cafe\u{301}"), ("naïve", "naïv"),
            ("a\r\ne", "a\r\ne"), ("ab\r\ns", "ab\r\n"),
        ])
    func stem(word: String, stem: String) {
        let result = Stemmer.stem(word)
        #expect(result == stem)
        #expect(Array(result.unicodeScalars) == Array(stem.unicodeScalars))
    }

    /// Words as the matcher sees them: " | " between clauses, " || " between sentences,
    /// quantities in brackets, "?" after a word a question mark follows.
    func render(_ words: [Tokenizer.Word]) -> String {
        var out = ""
        for (i, word) in words.enumerated() {
            if i > 0 {
                let previous = words[i - 1]
                out += word.sentence != previous.sentence ? " || " : (word.clause != previous.clause ? " | " : " ")
            }
            out += word.measure != nil ? "[\(word.text)]" : word.text
            if word.endsQuestion { out += "?" }
        }
        return out
    }

    @Test(
        "Contractions, quantities, clauses and sentences",
        arguments: [
            (
                "i don't know, but it's 3.5 miles w/o shoes & socks?",
                "i do not know | but it is [3.5 miles] without shoes and socks?"
            ),
            ("my feet go numb after 3 miles", "my feet go numb after [3 miles]"),
            ("can't feel my toes. what helps? should i rest", "cannot feel my toes || what helps? || should i rest"),
            ("no pain and my feet go numb", "no pain | and my feet go numb"),
            ("what causes it and should i see a doctor", "what causes it || and should i see a doctor"),
            // A verb after "and" asks only before a subject; without one it goes on telling.
            ("my feet go numb and is that normal", "my feet go numb || and is that normal"),
            ("my mate went down and is unresponsive", "my mate went down and is unresponsive"),
            ("my toes tingle and can't feel the floor", "my toes tingle and cannot feel the floor"),
            ("numb and tingling toes", "numb and tingling toes"),
            (
                "after 5k, or 20mins - half an hour; maybe twenty five minutes!",
                "after [5 km] | or [20 minutes] | [30 minutes] || maybe [25 minutes]"
            ),
            ("a couple of miles (a few minutes) then a mile", "[a couple of miles] | [a few minutes] | then [1 mile]"),
            ("'quoted' runners' shoes foot's laces y'all", "quoted runners shoes foot laces you"),
            ("dont im wont ive idk gonna", "do not i am will not i have i do not know going to"),
            // A noun's "'s" before what only follows a verb is kept as the verb; before a noun it is whose.
            ("buddy's collapsed on the track", "buddy is collapsed on the track"),
            ("my buddy's shoes, her dad's twisted ankle", "my buddy shoes | her dad twisted ankle"),
            ("the heel's been numb, mate's fitting", "the heel has been numb | mate is fitting"),
            // A range typed with spaces round its dash; a dash between words still ends a clause.
            ("15 - 20 mins - then fine", "[15 to 20 minutes] | then fine"),
            (
                "it's 1.5hrs b/c of hills: n/a and/or 3.5.7 v. 2.5k",
                "it is [1.5 hours] | because of hills || not applicable and or 3.5.7 v || [2.5 km]"
            ),
            ("the toes/heel hurt -- sometimes-ish", "the toes heel hurt | sometimes ish"),
            ("'t 'm o'clock rock'n'roll '''", "t am o clock rock n'roll"),
            ("however it is fine although yes so what", "however it is fine | although yes | so what"),
            ("café naïve ﬁzzy ＦＥＥＴ 🦶 don’t", "cafe naive fizzy feet do not"),
            ("ab\u{0600}' x\r\ny ١٢ miles ²", "ab x y ١٢ miles 2"),
        ])
    func words(line: String, expected: String) {
        #expect(render(Tokenizer.words(in: TextNormalizer.normalize(line))) == expected)
    }

    @Test("A whole line: corrected text, as typed, stem and negation")
    func analyzed() {
        let tokens = builtInBrain.analyzer.analyze("No tinglign, but my feet go numb after 3 miles").tokens
        #expect(
            tokens.map { "\($0.text)/\($0.typed)/\($0.stem)/\($0.deniedBy.map(String.init) ?? "-")" } == [
                "no/no/no/-", "tingling/tinglign/tingl/0", "but/but/but/-", "my/my/my/-", "feet/feet/feet/-",
                "go/go/go/-",
                "numb/numb/numb/-", "after/after/after/-", "3 miles/3 miles/#distance/-",
            ])
    }

    @Test("A raising verb straight after a cue passes the denial on to the clause it introduces, in its sentence")
    func raisingVerbs() {
        func denied(_ line: String, raising: Set<String>) -> [String] {
            let words = Tokenizer.words(in: line)
            var tokens = words.map { Token(text: $0.text, clause: $0.clause, sentence: $0.sentence) }
            for i in tokens.indices { tokens[i].opensClause = words[i].opensClause }
            Negation(cues: ["no", "not", "never"], protectedPhrases: [], raising: raising).mark(&tokens)
            return tokens.filter { $0.deniedBy != nil }.map(\.text)
        }
        let line = "i do not think i have any numbness"
        #expect(denied(line, raising: ["think"]) == ["think", "i", "have", "any", "numbness"])
        // Without the verb in the list, "i have" starts what the cue does not deny.
        #expect(denied(line, raising: []) == ["think"])
        // Not into the next sentence.
        #expect(denied("i do not think so. my groin is numb", raising: ["think"]) == ["think", "so"])
        // Only straight after the cue: "not" before another verb raises nothing.
        #expect(denied("i do not run far and i think i have numbness", raising: ["think"]) == ["run", "far"])
    }

    /// The lexicon as it was read before it was kept as sorted text: every line, spaces
    /// around it dropped, lowercased, "#" lines and empty lines left out, into a Set.
    func lexiconSet(_ texts: [String]) -> Set<String> {
        Set(
            texts.flatMap { $0.split(whereSeparator: \.isNewline) }.map(\.trimmedSpaces)
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }.map { $0.lowercased() })
    }

    @Test(
        "A custom lexicon reads like a Set of its words, sorted or not",
        arguments: [
            ["# words\nankle\nfoot\nshoe\n"], ["shoe\nankle\nFoot"], ["# a\r\nankle\r\nfoot\r\n"],
            ["ankle\n\n  foot \n#shoe\n\tsock"],
            ["ankle\nfoot", "arch\nzone"], ["ankle\nankle\nfoot"], [""], [], ["# only comments\n# here"],
            ["Café\nn\u{303}o\nstraße\n\u{212A}elvin\na\u{037E}\nzone"], ["foot\u{2028}arch\u{85}heel\u{0B}toe"],
        ])
    func customLexicon(texts: [String]) {
        let expected = lexiconSet(texts)
        let lexicon = Lexicon(texts: texts)
        let probes = [
            "ankle", "foot", "Foot", "shoe", "#shoe", "sock", "arch", "zone", "heel", "toe", "café", "cafe\u{301}",
            "ño", "no", "straße", "kelvin", "a;", "a\u{037E}", "", " foot", "words", "# words", "anklex", "ankl", "zzz",
        ]
        for probe in probes + Array(expected) {
            #expect(lexicon.contains(probe) == expected.contains(probe), "\(probe.debugDescription)")
        }
    }

    @Test("The built-in lexicon is sorted clean words, so it is searched where it lies")
    func builtInLexicon() throws {
        let text = try #require(BrainSourceFile.builtIn.first { $0.path.hasSuffix("lexicon.txt") }).text
        let words = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(words.count > 20_000)
        #expect(words.allSatisfy { $0.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } })
        #expect(zip(words, words.dropFirst()).allSatisfy { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let lexicon = Lexicon(texts: [text])
        for word in words.prefix(300) + words.suffix(300) { #expect(lexicon.contains(String(word))) }
        #expect(!lexicon.contains("tnigilng"))
        #expect(
            !lexicon.contains("# common english words (one per line): a word listed here is never 'corrected' by the"))
    }

    @Test("The word filter never turns away a word of its table, even one equal only canonically")
    func wordFilter() {
        let cues = Array(builtInBrain.analyzer.negation.cueStems)
        for table in [Array(Contractions.whole.keys), cues, ["K", "a;", "x`"], ["n\u{303}", "café"]] {
            let filter = WordFilter(table)
            for word in table + ["\u{212A}", "a\u{037E}", "x\u{1FEF}", "\u{F1}", "cafe\u{301}"]
            where Set(table).contains(word) {
                #expect(filter.mayContain(word), "\(word.debugDescription)")
            }
        }
        #expect(!WordFilter(cues).mayContain("feet"))
    }
}

@Suite("Quantities said as runners say them")
struct QuantityTests {
    func render(_ line: String) -> String {
        Tokenizer.words(in: TextNormalizer.normalize(line)).compactMap { $0.measure?.description }.joined(
            separator: " | ")
    }

    @Test(
        "Ranges, markers and halves keep their words",
        arguments: [
            ("6 or 7 miles in", "6 or 7 miles"), ("20-25 mins", "20 to 25 minutes"), ("two or three km", "2 or 3 km"),
            ("at mile 6", "mile 6"), ("mile 3ish", "mile 3"), ("between mile 8 and 11", "mile 8 to 11"),
            ("an hour and a half", "1.5 hours"), ("a few minutes", "a few minutes"),
            // A half said after a distance or after its number, as after hours.
            ("a mile and a half in", "1.5 miles"), ("2 km and a half", "2.5 km"),
            ("one and a half miles", "1.5 miles"), ("3 and a half k", "3.5 km"),
            ("two and a half hours", "2.5 hours"), ("20 minutes and a half", "20 minutes"),
            // A point in the run counted in time is the minutes gone by.
            ("around minute 15", "15 minutes"), ("from min 20 onwards", "20 minutes"),
            ("between minute 15 and 20", "15 to 20 minutes"), ("the last minute", ""),
            // An amount stops at a comma: "min 10, km 3" is no "10 km".
            ("min 10, km 3", "10 minutes | km 3"), ("about 20, miles from home", ""),
        ])
    func spoken(line: String, expected: String) {
        #expect(render(line) == expected)
    }

    @Test(
        "A long unit misspelt by one edit after an amount is still that unit; a short one only with two letters swapped",
        arguments: [
            ("about 10 minuets in", "10 minutes"), ("20 miuntes", "20 minutes"), ("thirty mintues", "30 minutes"),
            ("5 kilometeres", "5 km"), ("3 mines", ""), ("10 minutiae", ""), ("3 miels", "3 miles"),
            ("6 mlies in", "6 miles"), ("2 huors", "2 hours"), ("4 mlise", ""), ("5 mils", ""),
            // "k" alone after a spelled-out number is km; after "a" it is nothing.
            ("about eight k in", "8 km"), ("a ten k", "10 km"), ("a k", ""),
        ])
    func misspeltUnits(line: String, expected: String) {
        #expect(render(line) == expected)
    }

    @Test(
        "A number with 'ish' before a unit is that amount; with no unit it is still no quantity",
        arguments: [
            ("20ish mins in", "20 minutes"), ("3ish miles", "3 miles"), ("maybe 40ish minutes", "40 minutes"),
            ("3ish", ""), ("20ish people", ""), ("forty odd minutes", "40 minutes"), ("25 odd mins", "25 minutes"),
            ("three quarters of an hour", "45 minutes"), ("a quarter of an hour in", "15 minutes"),
            ("an odd feeling", ""),
            // "ish" glued after the unit, to the number or not: about that much too.
            ("5kish", "5 km"), ("30minsish", "30 minutes"), ("3 milesish in", "3 miles"), ("an hourish", "1 hour"),
            ("finish", ""), ("a 10k finish", "10 km"),
            // "ish" glued on after a glued unit.
            ("10kish", "10 km"), ("20minsish in", "20 minutes"),
        ])
    func approximateAmounts(line: String, expected: String) {
        #expect(render(line) == expected)
    }

    @Test(
        "An 's' glued to a number is a decade or a plural, not seconds; seconds written out still are",
        arguments: [
            ("in my 40s", ""), ("bondi 8s", ""), ("pegasus 39s", ""), ("30 secs", "30 seconds"),
            ("45 seconds", "45 seconds"), ("400m", "400 m"),
        ])
    func gluedS(line: String, expected: String) {
        #expect(render(line) == expected)
    }

    @Test("Typos are corrected before phrases are rewritten and amounts read")
    func typosBeforeRewrites() throws {
        let brain = try BrainLoader.builtIn()
        let texts = brain.analyzer.analyze("numb on the bototm of my foot after 3 mlies").tokens.map(\.text)
        #expect(texts.contains("sole") && !texts.contains("bottom"), "\(texts)")
        let tokens = brain.analyzer.analyze("after 3 mlies").tokens
        #expect(tokens.contains { $0.measure?.description == "3 miles" }, "\(tokens.map(\.text))")
        // A word only a rewrite knows is no typo: it is rewritten, not corrected.
        #expect(brain.analyzer.analyze("nowt else").corrections.isEmpty)
    }

    @Test("A minus sign before a number is 'minus'; a dash between numbers is still a range")
    func minusSign() {
        let words = { (line: String) in Tokenizer.words(in: TextNormalizer.normalize(line)).map(\.text) }
        #expect(words("ran in -15 today") == ["ran", "in", "minus", "15", "today"])
        #expect(words("(-3c) at the start") == ["minus", "3c", "at", "the", "start"])
        #expect(render("numb after 20-25 mins") == "20 to 25 minutes")
        #expect(!words("easy - 5 miles").contains("minus"))
    }

    @Test("An hour or more is a long duration; a range counts from its lower end")
    func longDurations() {
        let stems = { (line: String) in Tokenizer.words(in: line).compactMap { $0.measure?.stem } }
        #expect(stems("2 hours") == ["#long_duration"])
        #expect(stems("45 minutes") == ["#duration"])
        #expect(stems("a couple of minutes") == ["#few_minutes"])
        #expect(stems("2 to 5 minutes") == ["#few_minutes"])
        #expect(stems("30 to 90 minutes") == ["#duration"])
        #expect(stems("5k") == ["#distance"])
    }

    @Test("A long run of numbers stays linear and makes no range of unrelated numbers")
    func numbersOnly() {
        let line = Array(repeating: "7", count: 3_000).joined(separator: " ") + " miles"
        #expect(render(line) == "7 miles")
        #expect(render("3 5k runs a week") == "5 km")
    }
}

@Suite("Shoe mileage")
struct ShoeMileageTests {
    @Test("A distance past a 100-mile race is no point in a run: its own stem, never the onset")
    func longDistance() {
        let stems = { (line: String) in Tokenizer.words(in: line).compactMap { $0.measure?.stem } }
        #expect(stems("700 miles") == ["#long_distance"])
        #expect(stems("400 km") == ["#long_distance"])
        #expect(stems("100 miles") == ["#distance"])
        #expect(stems("161 km") == ["#distance"])
        let analysis = LineAnalysis(
            brain: builtInBrain, line: "they've done 700 miles and my toes go numb after 3 miles")
        #expect(analysis.slots.first { $0.slot == "onset" }?.value == "after about 3 miles")
        #expect(analysis.slots.first { $0.slot == "footwear" }?.value == "about 700 miles on them")
    }
}

@Suite("Training volume")
struct VolumeTests {
    @Test("'25 miles a week' is a training volume, not when in a run it starts")
    func weeklyMileage() {
        let analysis = LineAnalysis(
            brain: builtInBrain, line: "I'm up to 25 miles a week and around 40 minutes into my runs my foot goes numb")
        #expect(analysis.tokens.contains { $0.measure == "25 miles a week" && $0.stem == "#volume" })
        #expect(analysis.slots.first { $0.slot == "onset" }?.value == "after about 40 minutes")
        #expect(intents(of: "I've upped it from 20 to 35 miles a week, could that do it?") == ["topic.training_load"])
    }

    @Test("A distance 'in total' or 'altogether' is what the runner covers, not when it starts")
    func totals() {
        for line in [
            "three runs a week, roughly 30 km total, and my toes buzz",
            "i do about 18 miles altogether and my toes buzz", "around 40k in total and my toes buzz",
        ] {
            let analysis = LineAnalysis(brain: builtInBrain, line: line)
            #expect(analysis.tokens.contains { $0.stem == "#volume" }, "\(line)")
            #expect(analysis.slots.first { $0.slot == "onset" } == nil, "\(line)")
        }
    }
}
