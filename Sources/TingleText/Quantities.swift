import BrainFormat

/// Reads distances and durations out of a word sequence and merges them into one
/// word that carries a `Measure`: "20 mins" → 20 minutes, "5k" → 5 km,
/// "half an hour" → 30 minutes, "two miles" → 2 miles.
package enum Quantities {
    package static let numberWords: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "couple": 2, "few": 3, "half": 0.5,
    ]

    private static let numberWordFilter = WordFilter(numberWords.keys)

    /// Words that count a run's stretch from its start or its end ("the first mile").
    private static let countedFrom: WordSet = ["first", "opening", "last", "final"]
    /// The units a stretch is counted in, said once: "the first hour" is no stretch at the
    /// start, and "the last minute" is a deadline more often than a minute of a run.
    private static let singularUnits: WordSet = ["mile", "km", "k", "kilometre", "kilometer"]

    /// Amounts said vaguely, with or without "a" before them: their reading is said back in
    /// the runner's words, the number only orders a range.
    private static let vagueAmounts: [String: Double] = ["couple": 2, "few": 3, "several": 4, "handful": 3]
    /// Words after which "couple" or "few" needs no "a" ("the first couple", "these last few").
    private static let standsForArticle: Set<String> = [
        "a", "the", "first", "last", "next", "final", "opening", "my", "those", "these", "every", "each", "other",
    ]

    package static let units: [String: Measure.Unit] = [
        "mile": .miles, "miles": .miles, "mi": .miles, "mls": .miles,
        "k": .kilometres, "ks": .kilometres, "km": .kilometres, "kms": .kilometres, "kilometer": .kilometres,
        "kilometers": .kilometres, "kilometre": .kilometres, "kilometres": .kilometres, "klicks": .kilometres,
        "m": .metres, "meters": .metres, "metres": .metres, "meter": .metres, "metre": .metres,
        "minute": .minutes, "minutes": .minutes, "min": .minutes, "mins": .minutes, "mn": .minutes,
        "hour": .hours, "hours": .hours, "hr": .hours, "hrs": .hours, "h": .hours,
        "second": .seconds, "seconds": .seconds, "sec": .seconds, "secs": .seconds, "s": .seconds,
    ]

    /// The unit a word after an amount names: a unit as written, or a long one misspelt by one
    /// edit ("10 minuets", "20 miuntes", "5 kilometeres"), which after an amount can mean
    /// nothing else. A unit of four or five letters is taken misspelt only by two neighbouring
    /// letters swapped ("3 miels", "6 mlies", "2 huors"), the commonest slip of a quick thumb;
    /// any other edit could be another word: "3 mines" is no distance.
    package static func unit(_ word: String) -> Measure.Unit? {
        if let unit = units[word] { return unit }
        // "3 milesish", "20 minsish", "an hourish": "ish" glued to the unit says about as much.
        if word.hasSuffix("ish"), word.utf8.count > 3, let unit = units[String(word.dropLast(3))] { return unit }
        let length = word.utf8.count
        if length == 4 || length == 5 {
            return shortUnits.first { isSwap(word, of: $0.name) }?.unit
        }
        guard length >= 6 else { return nil }
        return longUnits.first { editDistance(word, $0.name, limit: 1) <= 1 }?.unit
    }

    /// Whether `word` is `name` with one pair of neighbouring letters swapped.
    private static func isSwap(_ word: String, of name: String) -> Bool {
        let (a, b) = (Array(word.utf8), Array(name.utf8))
        guard a.count == b.count, let first = a.indices.first(where: { a[$0] != b[$0] }), first + 1 < a.count
        else { return false }
        return a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)...] == b[(first + 2)...]
    }

    /// The units of four or five letters, in a fixed order.
    private static let shortUnits = units.filter { (4...5).contains($0.key.utf8.count) }.map {
        (name: $0.key, unit: $0.value)
    }.sorted { $0.name < $1.name }

    /// The units of six letters or more, in a fixed order (the first within one edit wins).
    private static let longUnits = units.filter { $0.key.utf8.count >= 6 }.map { (name: $0.key, unit: $0.value) }
        .sorted { $0.name < $1.name }

    package static func read(_ words: [Tokenizer.Word]) -> [Tokenizer.Word] {
        // Most lines hold no quantity: the words are copied once one is found.
        var out: [Tokenizer.Word]?
        var i = 0
        while i < words.count {
            // An amount does not reach across a comma or into another clause: "min 10, km 3" is
            // no "10 km".
            if mayBegin(words[i].text), var (measure, used) = measure(at: i, in: words),
                words[i..<i + used].allSatisfy({ $0.clause == words[i].clause })
            {
                if out == nil { out = Array(words[..<i]) }
                // "25 miles a week", "40 km per week": a training volume, not an onset.
                let next = (i + used..<min(i + used + 2, words.count)).map { words[$0].text }
                if let rate = Self.rate(next) {
                    measure.per = rate.words
                    used += rate.count
                }
                var merged = words[i]
                merged.text = measure.description
                merged.measure = measure
                // What ends the amount's last word ends the amount: "at mile 3 - will…", "5k?".
                merged.endsQuestion = words[i + used - 1].endsQuestion
                merged.endsLabel = words[i + used - 1].endsLabel
                out!.append(merged)
                i += used
            } else {
                out?.append(words[i])
                i += 1
            }
        }
        return out ?? words
    }

    /// Whether a quantity can begin at `word`: a number, a number word ("a", "half", "few"
    /// among them), or the "mile", "km" and "hour" that open a marker or "the hour mark".
    /// `measure(at:in:)` tries a dozen shapes, each with its own dictionary lookups, and most
    /// words of a line are none of these: asking once first was most of the cost of reading
    /// quantities.
    ///
    /// The words are asked of a filter first: comparing each word of a line with each of them
    /// in turn was most of the cost of reading a line without a quantity.
    private static func mayBegin(_ word: String) -> Bool {
        if startsWithNumber(word) { return true }
        guard beginningFilter.mayContain(word) else { return false }
        return beginningUnits.contains(word) || numberWords[word] != nil
    }

    /// The words other than number words that may begin a quantity (see `mayBegin`).
    private static let beginningUnits: WordSet = [
        "mile", "km", "hour", "quarter", "minute", "min", "several", "handful", "k", "kilometre", "kilometer",
    ]
    /// Those and the number words: a word it rules out begins no quantity, unless a number.
    private static let beginningFilter = WordFilter(beginningUnits.union(numberWords.keys))

    /// Whether the first Character of `word` is a number, read from the bytes when that
    /// Character is one ASCII byte: `Character.isNumber` looks up Unicode properties.
    private static func startsWithNumber(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        let second = bytes.next()
        // An ASCII byte followed by another (or by nothing) is a Character of its own,
        // but for "\r\n", which is not a number either.
        if first < 0x80, second.map({ $0 < 0x80 }) ?? true { return first >= 0x30 && first <= 0x39 }
        return word.first!.isNumber
    }

    /// "a week", "per week", "pw", "weekly", "a month", "in total": the words after an amount
    /// that make it a rate or a volume, and how many there are.
    package static func rate(_ next: [String]) -> (words: String, count: Int)? {
        guard let first = next.first else { return nil }
        if ["pw", "weekly", "pm", "monthly"].contains(first) { return (first, 1) }
        // "about 25 miles total", "40k in total": what the runner covers, not a point in a run.
        if ["total", "altogether"].contains(first) { return (first, 1) }
        if first == "in", next.count > 1, next[1] == "total" { return ("in total", 2) }
        if ["a", "per", "each", "every", "this", "last"].contains(first), next.count > 1,
            ["week", "wk", "month", "fortnight"].contains(next[1])
        {
            return ("\(first) \(next[1])", 2)
        }
        return nil
    }

    /// A number said on its own: "6", "3ish", "seven" (not "a", "half", "few").
    private static func plainNumber(_ word: String) -> Double? {
        if startsWithNumber(word) {
            let digits = word.prefix { $0.isNumber || $0 == "." }
            let rest = word.dropFirst(digits.count)
            guard rest.isEmpty || rest == "ish" else { return nil }
            return Double(digits)
        }
        guard !["a", "an", "half", "couple", "few"].contains(word) else { return nil }
        return numberWords[word]
    }

    /// The quantity starting at `i`, and how many words it spans.
    private static func measure(at i: Int, in words: [Tokenizer.Word]) -> (Measure, Int)? {
        let word = words[i].text
        func text(_ k: Int) -> String? { i + k < words.count ? words[i + k].text : nil }

        // "a good hour", "a good few miles", "a good 20 minutes": "good" says at least as
        // much; the amount is read without it.
        if word == "a" || word == "an", text(1) == "good", text(2) != nil {
            var rest = words
            rest.remove(at: i + 1)
            if let (measure, used) = measure(at: i, in: rest) { return (measure, used + 1) }
            if let (measure, used) = amount(at: i + 2, in: words) { return (measure, used + 2) }
            return nil
        }

        // "mile 6", "mile 3ish", "between mile 8 and 11", "km 8-10": a point along the run.
        if word == "mile" || word == "km", let n = text(1), let at = plainNumber(n) {
            let unit: Measure.Unit = word == "mile" ? .miles : .kilometres
            if let joiner = text(2), joiner == "and" || joiner == "to" || joiner == "or",
                let m = text(3), let upTo = plainNumber(m), upTo > at
            {
                return (
                    Measure(value: upTo, unit: unit, from: at, joiner: joiner == "or" ? "or" : "to", isMarker: true), 4
                )
            }
            if let m = text(2), let upTo = plainNumber(m), upTo > at, m.first?.isNumber == true {
                return (Measure(value: upTo, unit: unit, from: at, isMarker: true), 3)  // "mile 8-10"
            }
            return (Measure(value: at, unit: unit, isMarker: true), 2)
        }
        // "minute 15", "min 20": a point in the run counted in time, as "mile 6" is in distance,
        // read as the minutes gone by ("after about 15 minutes").
        if word == "minute" || word == "min", let n = text(1), let at = plainNumber(n), at >= 1 {
            if let joiner = text(2), joiner == "and" || joiner == "to" || joiner == "or",
                let m = text(3), let upTo = plainNumber(m), upTo > at
            {
                return (Measure(value: upTo, unit: .minutes, from: at, joiner: joiner == "or" ? "or" : "to"), 4)
            }
            if let m = text(2), let upTo = plainNumber(m), upTo > at, m.first?.isNumber == true {
                return (Measure(value: upTo, unit: .minutes, from: at), 3)  // "minute 15-20"
            }
            return (Measure(value: at, unit: .minutes), 2)
        }
        // "the first mile", "the last km": one of the unit, counted from the start or the end.
        if i > 0, Self.countedFrom.contains(words[i - 1].text), Self.singularUnits.contains(word),
            let unit = units[word]
        {
            var one = Measure(value: 1, unit: unit)
            one.spoken = word
            return (one, 1)
        }
        // Typed in a hurry, its "a" or "an" left out: "mile or two in", "hour or so", "about hour
        // in", "within hour", "mile in": one of the unit, or one to the
        // number after "or". Not before what the unit qualifies ("after mile repeats", "at
        // around mile pace"), nor after words that count or point ("every hour", "the mile").
        if Self.unitsSaidBare.contains(word), let unit = units[word],
            let bare = bareUnit(at: i, in: words, unit: unit)
        {
            return bare
        }
        // "6 or 7 miles", "20 to 25 minutes", "20-25 mins" (the tokenizer says the dash as
        // "to"), "two or three miles". Two numbers with no joiner ("3 5k runs") are no range.
        // "between 5 and 8k" too, where "between" says the "and" joins a range.
        let afterBetween = i > 0 && words[i - 1].text == "between"
        // Read once: three of the shapes below start with a plain number, and two end with
        // the amount at `i` (each read parses the number again).
        let plain = plainNumber(word)
        if let low = plain, let joiner = text(1),
            joiner == "or" || joiner == "to" || afterBetween && joiner == "and"
        {
            if text(2) != nil, let (upper, used) = amount(at: i + 2, in: words), upper.value > low {
                var range = upper
                range.from = low
                range.joiner = joiner == "and" ? "to" : joiner
                return (range, 2 + used)
            }
        }
        // "the hour mark", "the hour point": an hour into the run.
        if word == "hour", i > 0, words[i - 1].text == "the", text(1) == "mark" || text(1) == "point" {
            return (Measure(value: 1, unit: .hours), 1)
        }
        // "3 or so miles", "twenty or so minutes": about that much.
        if let about = plain, text(1) == "or", text(2) == "so", let u = text(3), u.count > 1,
            let unit = unit(u)
        {
            return (Measure(value: about, unit: unit), 4)
        }
        guard let (single, used) = amountOrHalf(at: i, in: words) else { return nil }
        // "5km to 6km", "30 mins to an hour", "between 3 miles and 4 miles": a range with its
        // unit said at both ends. Both ends must measure the same thing in units that convert.
        if single.spoken == nil, single.from == nil, let joiner = text(used),
            joiner == "to" || joiner == "or" || afterBetween && joiner == "and", text(used + 1) != nil,
            let (upper, more) = amountOrHalf(at: i + used + 1, in: words), upper.spoken == nil,
            let range = Self.range(from: single, to: upper, joiner: joiner == "and" ? "to" : joiner)
        {
            return (range, used + 1 + more)
        }
        // "a mile or two", "an hour or 2", "5 miles or 6": the upper end said as a bare number
        // after the unit. Not "5 miles or 6 days": a count of something else.
        if single.spoken == nil, single.from == nil, text(used) == "or", let n = text(used + 1),
            let upper = plainNumber(n), upper > single.value
        {
            var range = single
            range.from = single.value
            range.value = upper
            range.joiner = "or"
            guard let after = text(used + 2) else { return (range, used + 2) }
            if let unit = unit(after), after.count > 1 {
                return unit == single.unit ? (range, used + 3) : (single, used)
            }
            if words[i + used + 2].opensClause || !Self.countsSomethingElse(after) { return (range, used + 2) }
        }
        return (single, used)
    }

    /// The units that, said with "or two", "or so", "in" or a word of about, are one of
    /// them ("hour or so", "about mile in").
    private static let unitsSaidBare: WordSet = ["mile", "km", "hour", "minute", "kilometre", "kilometer"]
    /// The words of about or of a point reached that come before a unit whose "a" was left out.
    private static let aboutWords: WordSet = [
        "about", "around", "after", "roughly", "approx", "approximately", "nearly", "almost", "within",
        "maybe", "like", "over", "under", "bout", "usually", "normally", "generally", "typically",
    ]
    /// Words after a unit that it qualifies rather than counts ("mile repeats", "mile pace").
    private static let qualified: WordSet = ["pace", "time", "split", "splits", "repeat", "reps", "effort"]

    /// One of `unit`, or a range from one ("mile or two"), for a unit said with its "a" left
    /// out, at `i`; nil when nothing around it says it is an amount.
    private static func bareUnit(at i: Int, in words: [Tokenizer.Word], unit: Measure.Unit) -> (Measure, Int)? {
        func text(_ k: Int) -> String? { i + k < words.count && i + k >= 0 ? words[i + k].text : nil }
        if let next = text(1), qualified.contains(next) || countsSomethingElse(next) { return nil }
        if text(1) == "or", let n = text(2) {
            if n == "so" { return (Measure(value: 1, unit: unit), 1) }  // "or so" stays, as after "an hour"
            if let upper = plainNumber(n), upper > 1, upper <= 10, text(3).map({ Self.unit($0) == nil }) ?? true {
                return (Measure(value: upper, unit: unit, from: 1, joiner: "or"), 3)
            }
        }
        let before = text(-1)
        let opensLine = before == nil || before == "it" || before == "is"
        if before.map(aboutWords.contains) == true || text(1) == "in" && opensLine {
            return (Measure(value: 1, unit: unit), 1)
        }
        return nil
    }

    /// Whether a word after "… or 6" names what was counted ("days", "runs", "weeks"): a
    /// plural noun, which no word of a run's point is.
    private static func countsSomethingElse(_ word: String) -> Bool {
        word.utf8.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    /// A range from one amount to another said with its own unit, in the smaller unit when
    /// the two differ ("30 minutes to 1 hour" is 30 to 60 minutes, said back as written).
    /// Nil when they measure different things, miles against km, or the second is not larger.
    package static func range(from low: Measure, to high: Measure, joiner: String) -> Measure? {
        guard let lowScale = scale(low.unit), let highScale = scale(high.unit), lowScale.kind == highScale.kind,
            low.per == nil, high.per == nil, !low.isMarker, !high.isMarker
        else { return nil }
        let unit = lowScale.factor <= highScale.factor ? low.unit : high.unit
        let factor = min(lowScale.factor, highScale.factor)
        let from = low.value * lowScale.factor / factor
        let upTo = high.value * highScale.factor / factor
        guard upTo > from else { return nil }
        var range = Measure(value: upTo, unit: unit, from: from, joiner: joiner)
        if low.unit != high.unit { range.spoken = "\(low.description) \(joiner) \(high.description)" }
        return range
    }

    /// What a unit measures and its size in the smallest unit of that kind. Miles stand
    /// apart from metres and km: a runner who mixes them has said two things.
    private static func scale(_ unit: Measure.Unit) -> (kind: Int, factor: Double)? {
        switch unit {
        case .seconds: return (0, 1)
        case .minutes: return (0, 60)
        case .hours: return (0, 3600)
        case .metres: return (1, 1)
        case .kilometres: return (1, 1000)
        case .miles: return (2, 1)
        }
    }

    /// The units an amount is said with "and a half" in.
    private static let halves: Set<Measure.Unit> = [.hours, .miles, .kilometres]

    /// One amount, with "and a half" after it or after its number: "an hour and a half",
    /// "a mile and a half", "2 km and a half", "one and a half miles" (distances are said this
    /// way as often as hours; read without the half, "one and a half miles" was half a mile).
    private static func amountOrHalf(at i: Int, in words: [Tokenizer.Word]) -> (Measure, Int)? {
        func text(_ k: Int) -> String? { i + k < words.count ? words[i + k].text : nil }
        if text(1) == "and", text(2) == "a", text(3) == "half", let number = plainNumber(words[i].text),
            let u = text(4), u.count > 1 || u == "k", let unit = unit(u), halves.contains(unit)
        {
            return (Measure(value: number + 0.5, unit: unit), 5)
        }
        let single = amount(at: i, in: words)
        if let (whole, used) = single, halves.contains(whole.unit), whole.spoken == nil, text(used) == "and",
            text(used + 1) == "a", text(used + 2) == "half"
        {
            return (Measure(value: whole.value + 0.5, unit: whole.unit), used + 3)
        }
        return single
    }

    /// One amount starting at `i` (no range, no marker), and how many words it spans.
    private static func amount(at i: Int, in words: [Tokenizer.Word]) -> (Measure, Int)? {
        let word = words[i].text
        func text(_ k: Int) -> String? { i + k < words.count ? words[i + k].text : nil }

        // "5k", "3mi", "20mins", "1.5hrs": digits glued to a unit.
        if startsWithNumber(word) {
            let digits = word.prefix { $0.isNumber || $0 == "." }
            let suffix = String(word.dropFirst(digits.count))
            guard let value = Double(digits) else { return nil }
            // "20ish mins", "3ish miles": "ish" says about as much, as the reading always does.
            if suffix != "ish", !suffix.isEmpty {
                // "5kish", "30minsish": "ish" after the unit says about as much too.
                let unitText = suffix.count > 3 && suffix.hasSuffix("ish") ? String(suffix.dropLast(3)) : suffix
                // A bare "s" glued on is a decade or a plural ("in my 40s", "Bondi 8s",
                // "Pegasus 39s"), far more often than seconds, which runners write out.
                guard unitText != "s", let unit = units[unitText] else { return nil }
                return (Measure(value: value, unit: unit), 1)
            }
            if let next = text(1), let unit = unit(next) {
                return (Measure(value: value, unit: unit), 2)
            }
            // "20 odd minutes", "30ish mins": about that much.
            if let next = text(1), next == "odd" || next == "ish", let u = text(2), let unit = unit(u) {
                return (Measure(value: value, unit: unit), 3)
            }
            return nil
        }
        // "a quarter of an hour", "three quarters of an hour": minutes, as said back.
        var quarterAt: Int?
        if word == "quarter" {
            quarterAt = 0
        } else if word == "a" || word == "three", text(1)?.hasPrefix("quarter") == true {
            quarterAt = 1
        }
        if let q = quarterAt {
            var used = q + 1
            if text(used) == "of" { used += 1 }
            if text(used) == "an" || text(used) == "a" { used += 1 }
            guard let u = text(used), unit(u) == .hours else { return nil }
            return (Measure(value: word == "three" ? 45 : 15, unit: .minutes), used + 1)
        }
        // "half an hour", "half a mile", "half hour".
        if word == "half" {
            var used = 1
            if text(1) == "an" || text(1) == "a" { used = 2 }
            guard let u = text(used), u.count > 1, let unit = unit(u), unit != .seconds else { return nil }
            // Half an hour reads better as 30 minutes.
            let measure = unit == .hours ? Measure(value: 30, unit: .minutes) : Measure(value: 0.5, unit: unit)
            return (measure, used + 1)
        }
        // "a couple of miles", "a few minutes", and without the "a" ("couple of miles in",
        // "the first few km"); "k" too, which after these can only be km ("a couple of k").
        let vague = word == "a" ? 1 : 0
        if let amount = text(vague), Self.vagueAmounts[amount] != nil,
            text(vague + 1) == "of" || text(vague + 1).flatMap({ units[$0] }) != nil
        {
            let skip = vague + (text(vague + 1) == "of" ? 2 : 1)
            if let u = text(skip), let unit = units[u], u.count > 1 || u == "k" {
                var measure = Measure(value: Self.vagueAmounts[amount]!, unit: unit)
                // Said back as said: "a few minutes" is not "3 minutes".
                // "Couple of miles" and "few minutes" are said back with their "a" ("after a
                // couple of miles"); "several" takes none, nor one said after a word
                // that stands for it ("the first couple of miles", "my last few km").
                let before = i > 0 ? words[i - 1].text : nil
                let article =
                    vague == 0 && amount != "several" && !(before.map(Self.standsForArticle.contains) ?? false)
                    ? "a " : ""
                measure.spoken = article + (0...skip).compactMap { text($0) }.joined(separator: " ")
                measure.isVague = true
                return (measure, skip + 1)
            }
            return nil
        }
        // "two miles", "twenty five minutes", "an hour", "a mile".
        guard numberWordFilter.mayContain(word), let base = numberWords[word], word != "half", word != "couple",
            word != "few"
        else { return nil }
        var value = base
        var used = 1
        if base >= 20, base.truncatingRemainder(dividingBy: 10) == 0, let n = text(1), let small = numberWords[n],
            small < 10, small >= 1, n != "a", n != "an"
        {
            value += small
            used = 2
        }
        // "forty odd minutes": about that much.
        if text(used) == "odd" || text(used) == "ish", used + 1 < words.count - i { used += 1 }
        // Single letters ("a k", "an m") are too ambiguous after a spelled-out number, but for
        // "k" after a number itself: "five k", "a ten k", "about eight k in" are how runners
        // say a distance.
        guard let u = text(used), u.count > 1 || u == "k" && word != "a" && word != "an", let unit = unit(u)
        else { return nil }
        if word == "a" || word == "an", unit == .seconds || unit == .metres { return nil }
        return (Measure(value: value, unit: unit), used + 1)
    }
}

extension Quantities {
    /// A number said with no unit ("8", "8ish", "eight"), as a number; nil for any other word,
    /// and for "a", "half", "couple" and "few", which count nothing on their own.
    package static func bareNumber(_ token: Token) -> Double? {
        token.measure == nil ? plainNumber(token.text) : nil
    }
}

extension AnalyzedText {
    /// The same line with the bare numbers at `positions` read as amounts in `unit`: "sorry, 8
    /// not 3", said to put right "3 miles", is "8 miles not 3 miles". Which numbers, and which
    /// unit, the dialogue decides (a correction takes the unit of the answer it replaces).
    package func givingUnit(_ unit: Measure.Unit, at positions: [Int]) -> AnalyzedText {
        var tokens = self.tokens
        for i in positions where tokens.indices.contains(i) {
            guard let number = Quantities.bareNumber(tokens[i]) else { continue }
            let measure = Measure(value: number, unit: unit)
            tokens[i].measure = measure
            tokens[i].stem = measure.stem
            tokens[i].text = measure.description
        }
        return AnalyzedText(raw: raw, normalized: normalized, tokens: tokens)
    }
}
