import Testing

@testable import TingleKit

/// The findings stage: each ConText category, its direction and the limits of its scope,
/// and what each context counts for.
@Suite("Findings and their context")
struct FindingsContextTests {
    /// The context of each typed word of a line.
    func contexts(_ line: String) -> [String: FindingContext] {
        let analysis = LineAnalysis(brain: builtInBrain, line: line)
        var result: [String: FindingContext] = [:]
        for token in analysis.tokens { result[token.typed] = token.context }
        return result
    }

    func symptoms(_ line: String) -> [String] { LineAnalysis(brain: builtInBrain, line: line).symptoms }
    func risks(_ line: String) -> [String] { LineAnalysis(brain: builtInBrain, line: line).risks }
    func flags(_ line: String) -> [String] { LineAnalysis(brain: builtInBrain, line: line).redFlags.map(\.id) }

    @Test("Someone else's findings: forward, and ended where the runner speaks of themselves")
    func otherPerson() {
        let c = contexts("my wife gets back pain but my toes go numb")
        #expect(c["back"] == .otherPerson)
        #expect(c["toes"] == .affirmed)
        #expect(symptoms("my dad has burning feet") == [])
        #expect(symptoms("my burning feet") == ["burning"])
        // Reported speech about the runner is the runner's own.
        #expect(contexts("my partner says my face looks droopy")["face"] == .affirmed)
        #expect(flags("my friend had a stroke last year").isEmpty)
    }

    @Test("Someone else's story goes on in a clause that refers back to it, until the runner speaks")
    func otherPersonCarriesOn() {
        let line = "my sister's arch went dead and it turned out to be a slipped disc"
        #expect(contexts(line)["disc"] == .otherPerson)
        #expect(risks(line).isEmpty)
        // Across a full stop too, and "he" refers back as "it" does.
        #expect(contexts("a friend lost feeling in his foot. he had diabetes")["diabetes"] == .otherPerson)
        // The runner's own words in the next clause are the runner's.
        #expect(contexts("my coach had a slipped disc and now my back hurts")["back"] == .affirmed)
        // A clause that does not refer back is not someone else's.
        #expect(contexts("my coach had a slipped disc and i get sciatica")["sciatica"] == .affirmed)
    }

    @Test("What someone says of the numbness itself is about the one it is about; their own story stays theirs")
    func reportedSpeechOfTheNumbness() {
        // "It" and a verb of its course straight after the speaker's verb: not the speaker's.
        #expect(contexts("my wife says it starts after 3 miles")["starts"] == .affirmed)
        #expect(contexts("my husband noticed that it comes on around 40 minutes")["comes"] == .affirmed)
        // A word of the speaker's own after it keeps it theirs.
        #expect(contexts("my mate says it starts for him at 10k")["starts"] == .otherPerson)
        // A "she" of someone else's story is no new speaker.
        let story = "my friend's calf swelled after a flight and she says it comes on at night"
        #expect(contexts(story)["comes"] == .otherPerson)
        // Anything else said is theirs as before.
        #expect(contexts("my friend says her feet go numb too")["numb"] == .otherPerson)
    }

    @Test("A person named after 'according to' is the source of what follows, not its subject")
    func namedAsSource() {
        #expect(contexts("according to her coach it kicks in after about 2 miles")["after"] == .affirmed)
        #expect(contexts("her coach gets numb feet after about 2 miles")["numb"] == .otherPerson)
    }

    @Test("'In my', 'at my' straight after a person tie them to the runner's group: what follows is still theirs")
    func otherPersonOfTheRunnersGroup() {
        let c = contexts("a guy in my club collapsed during a race, my feet tingle")
        #expect(c["collapsed"] == .otherPerson)
        #expect(c["feet"] == .affirmed)
        #expect(flags("a guy in my club collapsed during a race").isEmpty)
        // Not when the "my" comes later: the runner speaks of themselves again.
        #expect(contexts("a guy said my feet look swollen")["feet"] == .affirmed)
    }

    @Test("A denial after the subject covers a frame of time or place said first, and nothing else before it")
    func frameBeforeDenial() {
        let c = contexts("at night my feet are fine")
        #expect(c["night"] == .negated && c["feet"] == .negated)
        // Not a clause of its own that says something: "my calf is swollen" stays.
        #expect(contexts("my calf is swollen my feet are fine")["swollen"] == .affirmed)
        // Nor a frame that is only part of what came before ("numb at night my feet are fine").
        #expect(contexts("numb at night my feet are fine")["numb"] == .affirmed)
        #expect(symptoms("at night my feet are fine, it's just on runs").isEmpty)
    }

    @Test("Someone else's warning sign is theirs to act on only when said as happening now")
    func someoneElseNow() throws {
        func saysNow(_ line: String) -> Bool {
            let input = MatchInput(text: builtInBrain.analyzer.analyze(line), brain: builtInBrain)
            return FindingsInput(input).theirs() != nil
        }
        #expect(saysNow("my husband is slurring his words"))
        #expect(saysNow("my running buddy just collapsed at the finish"))
        #expect(!saysNow("my friend collapsed at a marathon and had surgery"))
        // A word of now that is the runner's own is not theirs: "my feet are numb".
        #expect(!saysNow("my friend collapsed at a marathon, my feet are numb"))
        #expect(!saysNow("my feet are numb right now"))
    }

    @Test("A general question whose only words of the runner's ask what to do holds no finding")
    func adviceQuestion() {
        #expect(contexts("when should chest pain make me stop running?")["chest"] == .hypothetical)
        #expect(contexts("at what point does numbness mean i should see a doctor?")["numbness"] == .hypothetical)
        #expect(flags("when should chest pain make me stop running?").isEmpty)
        // The runner's own words beside the advice make it theirs.
        #expect(contexts("should i stop if my chest hurts?")["chest"] == .affirmed)
        #expect(flags("should i stop if my chest hurts?").contains("chest_pain"))
    }

    @Test("A parent writing about their child writes about the one who needs the advice")
    func dependant() {
        let line = "my son is 15 and now he says he can't feel his bum and can't pee"
        #expect(contexts(line)["bum"] == .affirmed)
        #expect(flags(line).contains("cauda_equina"))
        // Any other person stays someone else, also the child's friend.
        #expect(flags("my brother says he can't feel his bum and can't pee").isEmpty)
        #expect(flags("my daughter's friend fainted at the race").isEmpty)
    }

    @Test("Once a line named the runner's child, the conversation is about them")
    func dependantAcrossTurns() {
        let results = converse([
            "my daughter's toes go numb at cross country", "she says after a mile",
            "she wet herself at the last race without noticing",
        ])
        #expect(results[2].redFlags.contains("cauda_equina"))
        #expect(converse(["toes numb up on runs", "my sister wet herself without noticing"])[1].redFlags.isEmpty)
    }

    @Test("Historical: forward ('used to') and backward ('years ago'), within the clause")
    func historical() {
        #expect(contexts("I used to get sciatica")["sciatica"] == .historical)
        #expect(contexts("sciatica five years ago, fine now")["sciatica"] == .historical)
        #expect(symptoms("I had sciatica years ago") == [])
        // A new clause is out of reach: the back pain now is affirmed.
        #expect(symptoms("I had sciatica years ago. Now my back hurts").contains("back_pain"))
        // "my last run" is not the past of a finding.
        #expect(contexts("on my last run my toes went numb")["toes"] == .affirmed)
    }

    @Test("A time long past said first frames the clause after it, also across a comma")
    func historicalFrameSaidFirst() {
        #expect(contexts("when I was a teenager I hurt my back")["hurt"] == .historical)
        #expect(contexts("years ago, I hurt my back")["hurt"] == .historical)
        #expect(contexts("as a kid, I fell off a wall")["wall"] == .historical)
        #expect(flags("when I was at uni, I crashed my bike. my soles prickle on runs").isEmpty)
        // One clause only: what the runner says after it is now.
        #expect(contexts("years ago, I had sciatica, my back hurts")["hurts"] == .affirmed)
        // A frame that is not a clause of its own still stops at the comma.
        #expect(contexts("my coach said years ago, my back hurts")["hurts"] == .affirmed)
        // An injury of now still raises the emergency.
        #expect(flags("I crashed my bike on Sunday and my foot has tingled since").contains("injury_back"))
    }

    @Test("A time long past after a word of beginning dates a start; after an episode it is history")
    func historicalAfterOnsetOrHealed() {
        // "started … a year ago" says when it began: it may still be going on.
        #expect(contexts("my heel started scraping the ground two years ago")["scraping"] == .affirmed)
        #expect(flags("my left foot began to drag a year ago and it is worse now").contains("weakness"))
        // Without a word of beginning it is a past episode, as before.
        #expect(contexts("I hurt my back a few years ago")["hurt"] == .historical)
        #expect(contexts("crashed my bike last year")["crashed"] == .historical)
        // "it" opening the clause of "has healed" carries the history into the clause before.
        #expect(contexts("fell and hurt my wrist, it has healed")["fell"] == .historical)
        #expect(contexts("fell off a wall and it has not healed")["fell"] == .affirmed)
    }

    @Test("Historical counts for risk factors (a history is what they are), never another person's")
    func historyIsARisk() {
        // Not a symptom now, but a back history all the same.
        #expect(risks("I had sciatica years ago") == ["back_problems"])
        #expect(risks("a history of back trouble") == ["back_problems"])
        #expect(risks("used to be diabetic before I lost the weight") == ["diabetes"])
        // Someone else's in the past is still someone else's, however near the "years ago".
        #expect(contexts("my dad had a slipped disc years ago")["disc"] == .otherPerson)
        #expect(risks("my dad had a slipped disc years ago").isEmpty)
        #expect(risks("my former training partner used to have sciatica").isEmpty)
    }

    @Test("Hypothetical: a question about what might happen raises nothing")
    func hypothetical() {
        #expect(contexts("what if it spreads to my leg")["leg"] == .hypothetical)
        #expect(flags("if I ever couldn't feel my bum should I go to A&E").isEmpty)
        // A habitual "if" is not hypothetical.
        #expect(contexts("if I run more than 5 miles my toes go numb")["toes"] == .affirmed)
    }

    @Test("'What if' with the runner's own words and 'too' or 'as well' may be a report: possible")
    func hypotheticalAddedToOwnReport() {
        #expect(contexts("what if my left calf is puffy and hot as well")["hot"] == .possible)
        #expect(flags("what if my left calf is puffy and hot as well").contains("dvt"))
        #expect(flags("what if I also go numb between my legs").contains("cauda_equina"))
        // Without the runner's own words straight after the trigger, or without a word
        // that adds, it stays hypothetical.
        #expect(contexts("what if it ever spreads to my leg too")["leg"] == .hypothetical)
        #expect(contexts("what if my calf swells up")["swells"] == .hypothetical)
        // A word that looks ahead keeps it hypothetical.
        #expect(flags("what if I also get chest pain?").isEmpty)
        #expect(flags("what should I do if I also get chest pain?").isEmpty)
    }

    @Test("Possible: counts for symptoms and red flags, not for risk factors")
    func possible() {
        #expect(contexts("I'm scared this is MS")["ms"] == .possible)
        #expect(risks("I'm scared this is MS").isEmpty)
        #expect(risks("I have MS") == ["ms"])
        #expect(contexts("not sure if it's swollen")["swollen"] == .possible)
        #expect(symptoms("not sure if it's swollen") == ["swelling"])
    }

    @Test("Post-negation: 'is fine' denies the words before it, in its clause only")
    func postNegation() {
        #expect(contexts("my back is fine")["back"] == .negated)
        #expect(flags("my bum is fine, it's my toes that go numb").isEmpty)
        #expect(symptoms("my back is fine but my calf hurts").contains("pain"))
        #expect(!symptoms("my back is fine but my calf hurts").contains("back_pain"))
        // "fits fine" is a fit, not a denial.
        #expect(
            LineAnalysis(brain: builtInBrain, line: "old asics, fits fine").slots.map(\.value).joined().contains("fit"))
    }

    @Test("A denial reads on past a comma through a list closed by 'or', not into a clause of its own")
    func deniedLists() {
        let line = "haven't had any back pain, leg weakness, or bladder problems"
        #expect(flags(line).isEmpty)
        #expect(!symptoms("no swelling, redness or heat in the calf").contains("red_hot"))
        // An item that says something of a part is a clause with its verb left out.
        #expect(flags("no back pain, groin numb or tingly").contains("cauda_equina"))
        // "And" may list what is there.
        #expect(flags("no back pain, numb groin and weak legs").contains("cauda_equina"))
        // A verb makes an item a clause: "toes go white" is said, not denied.
        #expect(symptoms("no pain, toes go white or blue").contains("colour_change"))
    }

    @Test("A family history said after the words is someone else's; a denied trigger sets nothing")
    func familyHistoryAndDeniedTriggers() {
        #expect(risks("type 2 diabetes runs in my family").isEmpty)
        #expect(flags("my crotch is numb and bad backs run in the family").contains("cauda_equina"))
        #expect(flags("my physio had a patient whose foot dragged").isEmpty)
        #expect(flags("foot drop after the op which fully resolved").isEmpty)
        #expect(flags("foot drop after the op that never fully resolved").contains("weakness"))
    }

    @Test("A sign named, then a colon or a dash and only a 'no', is denied")
    func labelledAnswers() {
        #expect(flags("saddle numbness - none at all").isEmpty)
        #expect(flags("bladder trouble: no. just fizzy toes").isEmpty)
        #expect(!symptoms("calf swelling - not really").contains("swelling"))
        // A "no?" asked back, or a clause with a verb, is no answer.
        #expect(flags("numb crotch - no?").contains("cauda_equina"))
        #expect(flags("my groin went numb - no idea why").contains("cauda_equina"))
    }

    @Test("A condition is supposed only with a main clause of 'would' or 'will', and by its tense")
    func conditions() {
        #expect(flags("I'd panic if I lost all feeling in my backside").isEmpty)
        #expect(flags("if the numbness ever reached my groin I would call 999").isEmpty)
        #expect(contexts("should it spread up my leg I'll see the GP")["leg"] == .hypothetical)
        // With no main clause, "if" tells a habit.
        #expect(flags("if I run past 10k my groin goes numb").contains("cauda_equina"))
        #expect(contexts("if I run past 10k my groin goes numb")["run"] == .affirmed)
        // "Would" with the present, "will" in a question, a state that holds already: possible.
        #expect(contexts("would it matter if my foot drags on hills?")["drags"] == .possible)
        #expect(flags("if my groin goes dead during long efforts, will it get worse?").contains("cauda_equina"))
        #expect(flags("if my foot keeps dragging I will see the GP").contains("weakness"))
        // "If" after a verb that makes it "whether" is no condition.
        #expect(contexts("I'd like to know if my foot drags")["drags"] == .affirmed)
    }

    @Test("Without punctuation, a subject and its verb start a clause that no scope crosses")
    func runOnClauses() {
        // "walking is ok" denies the walking, not the puffy hot calf before it.
        let calf = "since the long drive back my right calf is puffy sore and hot to the touch walking is ok"
        #expect(contexts(calf)["puffy"] == .affirmed)
        #expect(contexts(calf)["walking"] == .negated)
        #expect(flags(calf).contains("dvt"))
        // What was read about is hypothetical; the calf after it is reported.
        let read = contexts("read about clots the calf is red and hot")
        #expect(read["clots"] == .hypothetical)
        #expect(read["red"] == .affirmed)
        // A subject straight after its trigger is what the trigger is about…
        #expect(contexts("scared my calf is hot")["hot"] == .possible)
        // …and someone else's words go on until the runner speaks of themselves.
        #expect(contexts("my dad had a clot the calf was swollen")["swollen"] == .otherPerson)
    }

    @Test("Scope stops at a terminator and after eight words")
    func scopeLimits() {
        #expect(contexts("my wife has pain, but I have numb toes")["numb"] == .affirmed)
        let far = contexts("my friend runs a lot of miles every single week in the hills and gets cramp")
        #expect(far["friend"] == .affirmed)
        #expect(far["cramp"] == .affirmed)  // beyond eight words of the trigger
    }

    @Test("A pseudo-trigger sets no context")
    func pseudo() {
        #expect(contexts("I'm used to it by now, my toes go numb")["toes"] == .affirmed)
    }
}
