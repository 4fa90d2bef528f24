/// A quantity a runner mentions: how far or how long into a run something starts.
public struct Measure: Sendable, Equatable, Hashable {
    public enum Unit: String, Sendable {
        case miles, kilometres, metres, minutes, hours, seconds

        public var isDistance: Bool { self == .miles || self == .kilometres || self == .metres }
    }

    public var value: Double
    public var unit: Unit
    /// The lower end of a range ("6 or 7 miles", "20-25 mins"), said with `joiner`.
    public var from: Double?
    public var joiner = "to"
    /// A point along the run ("mile 6", "between mile 8 and 11") rather than an amount.
    public var isMarker = false
    /// The words a vague amount was said in ("a few minutes"), to say it back faithfully.
    public var spoken: String?
    /// Counted vaguely ("a few", "a couple of", "several"): already a rough amount, so said back
    /// without "about" before it ("after a few km", not "after about a few km").
    public var isVague = false
    /// A training volume ("25 miles a week"), not a point in a run: `per` is "a week" or
    /// the like, and the measure is no distance or duration to match as an onset.
    public var per: String?

    public init(value: Double, unit: Unit, from: Double? = nil, joiner: String = "to", isMarker: Bool = false) {
        self.value = value
        self.unit = unit
        self.from = from
        self.joiner = joiner
        self.isMarker = isMarker
    }

    /// "3 miles", "1 mile", "5 km", "20 minutes", "1.5 hours".
    public var description: String {
        if let per { return Measure(value: value, unit: unit, from: from, joiner: joiner).description + " " + per }
        if let spoken { return spoken }
        let number = Self.format(value)
        let one = value == 1 && from == nil
        // Said as the runner said it: "6 or 7 miles" is not "about 7 miles".
        if isMarker {
            let name = unit == .miles ? "mile" : "km"
            return from.map { "\(name) \(Self.format($0)) \(joiner) \(number)" } ?? "\(name) \(number)"
        }
        if let from { return "\(Self.format(from)) \(joiner) " + Measure(value: value, unit: unit).description }
        // Half a mile or km is said so, not "0.5 miles".
        if value == 0.5, unit == .miles || unit == .kilometres { return unit == .miles ? "half a mile" : "half a km" }
        switch unit {
        case .miles: return "\(number) \(one ? "mile" : "miles")"
        case .kilometres: return "\(number) km"
        case .metres: return "\(number) m"
        case .minutes: return "\(number) \(one ? "minute" : "minutes")"
        case .hours: return "\(number) \(one ? "hour" : "hours")"
        case .seconds: return "\(number) \(one ? "second" : "seconds")"
        }
    }

    /// The amount as a person says it back: one of a unit with "a" ("a mile", "an hour"),
    /// one and a half in words ("a mile and a half"), "1 or 2 miles" as "a mile or two";
    /// anything else as `description`. For what the runner reads; the token keeps `description`.
    public var saidBack: String {
        guard per == nil, !isMarker else { return description }
        let names: [Unit: String] = [
            .miles: "a mile", .kilometres: "a km", .metres: "a metre", .minutes: "a minute", .hours: "an hour",
            .seconds: "a second",
        ]
        let one = names[unit] ?? description
        if let spoken {
            // A range in two units ("30 minutes to 1 hour").
            guard !isVague, spoken.hasSuffix(" 1 hour") else { return spoken }
            return String(spoken.dropLast("1 hour".count)) + "an hour"
        }
        if let from {
            return from == 1 && value == 2 && joiner == "or" ? "\(one) or two" : description
        }
        if value == 1 { return one }
        if value == 1.5, unit == .miles || unit == .hours { return "\(one) and a half" }
        return description
    }

    /// Whole numbers print without ".0"; a number too large for Int (a fuzzer's
    /// "99999999999999999999 minutes") prints as a Double instead of trapping.
    package static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The stem a measure token carries, which the built-in concepts `~distance`
    /// and `~duration` recognise.
    public var stem: String {
        if per != nil { return "#volume" }
        if unit.isDistance { return kilometres > Self.longestRunKilometres ? "#long_distance" : "#distance" }
        if minutes >= 60 { return "#long_duration" }
        // A few minutes at most ("a couple of minutes", "2-3 mins"): said from the start of a
        // run, the start itself (`~few_minutes`), and a duration as any other.
        let upTo = unit == .hours ? value * 60 : unit == .seconds ? value / 60 : value
        return upTo <= 5 ? "#few_minutes" : "#duration"
    }

    /// Past a 100-mile race (161 km), the longest most runners ever run at once, a distance
    /// is no point within a run: "700 miles" is a pair of shoes' mileage or a season's, so
    /// it has a stem of its own (`~long_distance`) that `~distance` does not match.
    package static let longestRunKilometres = 170.0

    /// The distance in kilometres (the lower end of a range, as for `minutes`).
    package var kilometres: Double {
        let value = from ?? self.value
        switch unit {
        case .miles: return value * 1.609_344
        case .kilometres: return value
        case .metres: return value / 1_000
        default: return 0
        }
    }

    /// The duration in minutes (the lower end of a range: "1 or 2 hours" is at least an hour).
    package var minutes: Double {
        let value = from ?? self.value
        switch unit {
        case .hours: return value * 60
        case .minutes: return value
        case .seconds: return value / 60
        default: return 0
        }
    }
}
