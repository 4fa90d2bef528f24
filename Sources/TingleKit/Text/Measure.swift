/// A quantity a runner mentions: how far or how long into a run something starts.
public struct Measure: Sendable, Equatable, Hashable {
    public enum Unit: String, Sendable {
        case miles, kilometres, metres, minutes, hours, seconds

        public var isDistance: Bool { self == .miles || self == .kilometres || self == .metres }
    }

    public var value: Double
    public var unit: Unit

    public init(value: Double, unit: Unit) {
        self.value = value
        self.unit = unit
    }

    /// "3 miles", "1 mile", "5 km", "20 minutes", "1.5 hours".
    public var description: String {
        // Whole numbers print without ".0"; a number too large for Int (a fuzzer's
        // "99999999999999999999 minutes") prints as a Double instead of trapping.
        let number = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        let one = value == 1
        switch unit {
        case .miles: return "\(number) \(one ? "mile" : "miles")"
        case .kilometres: return "\(number) km"
        case .metres: return "\(number) m"
        case .minutes: return "\(number) \(one ? "minute" : "minutes")"
        case .hours: return "\(number) \(one ? "hour" : "hours")"
        case .seconds: return "\(number) \(one ? "second" : "seconds")"
        }
    }

    /// The stem a measure token carries, which the built-in concepts `~distance`
    /// and `~duration` recognise.
    public var stem: String { unit.isDistance ? "#distance" : "#duration" }
}
