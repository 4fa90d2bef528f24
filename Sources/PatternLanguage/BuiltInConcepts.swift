import TingleText

/// Concepts every brain has: quantities read by the tokenizer, and numbers said with no unit.
public enum BuiltInConcepts {
    public static let phrases: [String: [[String]]] = [
        // As far as one run goes; a longer distance is `long_distance` (see `Measure.stem`).
        "distance": [["#distance"]],
        // More than a 100-mile race: a pair of shoes' mileage ("they've done 700 miles"),
        // never when in a run the numbness starts.
        "long_distance": [["#long_distance"]],
        // Any distance, as a pair of shoes' mileage is said ("250 miles on them", "50 so far").
        "mileage": [["#distance"], ["#long_distance"]],
        "duration": [["#duration"], ["#few_minutes"], ["#long_duration"]],
        "quantity": [["#distance"], ["#duration"], ["#few_minutes"], ["#long_duration"]],
        // Five minutes at most ("a couple of minutes"): "within a couple of minutes of setting
        // off" is the start of the run.
        "few_minutes": [["#few_minutes"]],
        // An hour or more: numbness that lingers this long after a run is not the usual
        // pressure numbness, which passes in minutes.
        "long_duration": [["#long_duration"]],
        // Under an hour: how soon numbness that passes has passed.
        "short_duration": [["#duration"], ["#few_minutes"]],
        // A training volume ("25 miles a week"): mileage, not when in a run.
        "volume": [["#volume"]],
        // A number said with no unit ("around 45", "3ish"), for an answer-only extractor:
        // 5 to 180 is most likely minutes into a run; 1 to 4, miles or km.
        "minutes_number": (5...180).flatMap { [["\($0)"], ["\($0)ish"]] } + spelledMinutes,
        "small_number": (1...4).flatMap { [["\($0)"], ["\($0)ish"]] } + [["one"], ["two"], ["three"], ["four"]],
        // A child's or teenager's age said with its years ("14 year old", "16yo", "12 yr
        // old"): with a "my" before it, the runner's child (`context_dependant`).
        "young_age": youngAges,
        // A calendar year long past ("fell off my bike in 2019", `Stemmer.pastYears`): with the
        // words that say a time (`context_historical_before`), an event dated by it is history.
        "past_year": [[Stemmer.pastYearStem]],
    ]

    /// Ages 5 to 19 in the ways a message says them, as stems.
    static let youngAges: [[String]] = {
        var phrases: [[String]] = []
        for age in 5...19 {
            let n = "\(age)"
            for years in ["year", "years", "yr", "yrs"] {
                phrases.append([n, Stemmer.stem(years), "old"])
            }
            phrases += [[n + "yo"], [n, "yo"], [n + "yr"], [n + "yrs"], [n + "y", "o"], [n, "y", "o"]]
        }
        return phrases
    }()

    /// "Five" to "ninety nine", spelled out, as stems.
    static let spelledMinutes: [[String]] = {
        let teens = [
            "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        var phrases = teens.map { [$0] } + tens.map { [$0] }
        for ten in tens { phrases += units.map { [ten, $0] } }
        return phrases.map { $0.map(Stemmer.stem) }
    }()

}
