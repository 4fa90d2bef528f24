/// Every message the engine says by key. The code can name no other (`brain.message(.x)`),
/// and the loader refuses a brain whose `messages:` lacks one of these, at its file and line,
/// so a message cannot go silently missing.
public enum MessageKey: String, Sendable, CaseIterable {
    case welcome, fallback, fallbackMenu, menuPrompt, goodbye, restarted, didNotCatch
    case skipped, updated, tooLong, offerDeclined, examples, nothingToSummarize
    case afterEscalation, escalationReminder, seeDoctorIf, causesHeading, tipsHeading, backToQuestion
    case noOfferPending, reportedNothingYet, assessmentUpdated, assessmentNext, acknowledge, noted
    /// When it comes on or how it ends told before what is felt ("it comes on about 25
    /// minutes in and clears once I walk"): asked what "it" is, as a clinician would.
    case unnamedEpisode
    /// Its answer a feeling other than numbness ("more a cramp really", "burning mostly"):
    /// acknowledged as such, and the questions still asked.
    case feltOtherThanNumb
    /// A first report of numbness in a part of the leg and none of the foot ("my calves go
    /// numb"): the opening names that part ({part}, the runner's words).
    case reportIntroLegPart
    /// A worried or frightened sentence is acknowledged before anything else.
    case feelingWorry
    /// So is a frustrated one.
    case feelingFrustration
    /// After an urgent or emergency escalation: "it's probably nothing", "can I sleep it off?".
    case downplayUrgent, downplayEmergency
    /// Emergency signs told of someone with the runner, now ({signs}: their labels).
    case someoneElsesEmergency
    /// A warning sign of urgent level or above named in a general question ("is chest pain on a
    /// run serious?", {signs}: their labels): what to do if it is the runner's own, now
    /// ({advice}: the level's message), said before the general answer.
    case signAskedInGeneral
    /// An emergency sign told of someone else with no word of when ("my dad got chest pain on
    /// his jog", {signs}: their labels): what to do if it is happening now, and the question
    /// whether it is; the answer that it is over ({signs} again), and, before anything was
    /// told, what tingle helps with; and, to "not sure", what to do while it cannot be told.
    case someoneElsesSignAsked, someoneElsesSignOver, someoneElsesSignOverInvite, someoneElsesSignUnsure
    /// After an urgent or emergency escalation, in place of self-care advice.
    case escalatedNoSelfCare
    /// A warning sign taken back ({changes}); a red flag of the runner's words denied later,
    /// asked about once ({label}); and the answer that keeps it.
    case withdrawn, confirmWithdrawal, withdrawalKept
    /// A view where nothing said points to a cause: what is not known ({unknowns}), and the
    /// common causes to look at, unranked.
    case viewUncertain, viewUnknowns, commonCausesHeading
    /// A bare "yes" to a question that lists things ("anything else — pain, burning, …?"):
    /// which of them.
    case whichOnes
    /// A "no" to a warning-sign question asked before anything of the feet was told: an
    /// emergency less likely, and what the runner would like to know.
    case screeningClearBeforeReport
    /// A warning-sign question that applies answered "no" in the very line that raised it
    /// ("my bum goes numb at my desk, fine once I stand"), before anything of the feet: said
    /// after what was heard, in place of "What would you like to know?".
    case screeningToldClear
    /// Said after "Noted: …" when the line told something (a risk, a symptom of the legs, a
    /// circumstance) and nothing is asked: what to tell next, with no "Okay." before it.
    case notedNothingAsked
    /// An amount alone said to a question it does not answer ("15k" to the shoes), while
    /// another answer already holds an amount: where it fits ({amount}), with that answer
    /// ({title}, {value}).
    case amountUnplaced
    /// "What do you mean?" with no question pending: to an offer (said before it again), after
    /// an answer or a view (which part?), and before anything was said (what to tell tingle).
    case clarifyOffer, clarifyWhichPart, clarifyStart
    /// Every screening question answered "no": the advice given stands.
    case screeningClear
    /// A screening question the runner cannot answer: the advice stands, and the signs asked
    /// about need help at once if they appear (the question is not asked again and again).
    case screeningUnsure
    /// Every screening question answered "no" when the view was held back for the answer
    /// (`TriageRecord.viewHeld`): the advice stands, and the view follows.
    case screeningClearView
    /// The view asked for while a screening question had no answer: the line before that
    /// question, asked again ahead of the view, for its answer can change the view.
    case screeningBeforeView
    /// An onset said as then and now ("it used to be 5 miles, now 2"): the amount now
    /// (`{value}`), and the amount before when it comes on sooner (see `Session+ThenAndNow`).
    case onsetNow, onsetSooner
    /// After a doctor-level escalation, a line that changes nothing.
    case adviceStands
    /// "Not sure" said of another question than the one asked ("by the way, not sure when it
    /// starts" while the shoes are asked): that question is left open ({title}), and the one
    /// asked now is asked again.
    case unsureOfOther
    /// After the view, with nothing asked: a reaction to it ("fair enough", "no, it's fine"),
    /// and a statement of the runner's own that nothing read ("I mostly run in the mornings").
    case reactionHeard, asideHeard
    /// The first reply to a report that came with other symptoms or a risk factor: no
    /// "that's common in runners" before the questions.
    case reportIntroCautious
    /// The first reply to a report of numb feet in another sport ("on long bike rides", "in ski
    /// boots"): tingle is made for runners, but the same causes and questions apply.
    case reportIntroOtherActivity
    /// `tingle ask`, one question and no chat: in place of a question it cannot take an answer to.
    case oneShotMore
    /// A correction about the feet that tells nothing tingle keeps ("actually it's the right
    /// foot, not the left"): thanked plainly before the question, not "I didn't catch that".
    case correctionThanks
    /// A line that only says which side, with no word of a correction ("oh it's the left one by
    /// the way", "right foot btw"): thanked before the question asked again, as a correction of
    /// which foot is (which foot is not kept).
    case sideThanks
    /// A line that tells only something of the runner's own past, over now, that nothing read
    /// ("fell off my bike in 2019 but that healed up"), while a question is asked: noted as
    /// history before the question asked again, not "I didn't catch that" nor an answer.
    case historyHeard
    /// Another running trouble (`settings.asideIntents`) told in answer to "anything else?"
    /// with nothing of the numbness ("hamstring is a bit tight"): noted as a separate matter,
    /// before the next question, and taken as "nothing else".
    case asideNoted
    /// `/topics`: the line before the numbered list of every topic.
    case topicsHeading
    /// In a terminal, once, after the first reply that gave a view: how to save a note of it.
    case summaryHint
    /// After a view, a new detail: the line before what changed; a cause new to the view or
    /// moved up it; tips not given before; and the line when nothing changed.
    case viewChanged, viewCauseNew, viewCauseUp, viewNewTips, viewUnchanged
    /// A value of a list slot that holds no symptom: the runner said there is nothing else.
    case nothingElse
    /// What the runner denied ("no pain") while another question waits: "Noted: no sign of {value}."
    case deniedNoted
    /// A correction said back: '{slot} is now "{value}" (was "{old}")'.
    case correctedValue
    /// After a cause in the view, what pointed to it (", because {reasons}").
    case causeBecause
    /// `/summary`, a Markdown note to show a clinician: its title, its lines ({value} filled
    /// in), the words for an empty or unknown line, and its closing line.
    case summaryTitle, summaryDate, summaryReported, summaryDenied, summaryRisks, summaryDetails
    case summaryRedFlags, summaryLevel, summaryFooter
    case summaryReportedNumbness, summaryReportedNothing, summaryReportedFlagsOnly
    case summaryNotAsked, summaryNone, summaryNoLevel
    /// After a red flag in the summary that was raised for someone with the runner.
    case summaryOfSomeoneElse
    /// A question answered "not sure" or skipped, as the summary and `--json` show it.
    case slotNotKnown
    /// The end of a list said in a sentence: "{rest} and {last}" ("a, b and c").
    case listLast
}

extension Brain {
    /// The message with each `{name}` of `values` filled in, in one pass, so a value that
    /// holds braces (words the runner typed) is never filled in itself.
    func message(_ key: MessageKey, _ values: [String: String]) -> String {
        let template = message(key)
        var out = ""
        var rest = template[...]
        // The pieces of the template are appended as strings: a substring appended went
        // through the generic append, a character at a time (and the first such append of
        // a run paid for looking up the conformances it needs).
        while let open = rest.firstIndex(of: "{") {
            out += String(rest[..<open])
            if let close = rest[open...].firstIndex(of: "}"),
                let value = values[String(rest[rest.index(after: open)..<close])]
            {
                out += value
                rest = rest[rest.index(after: close)...]
            } else {
                out.append("{")
                rest = rest[rest.index(after: open)...]
            }
        }
        return out + String(rest)
    }
}
