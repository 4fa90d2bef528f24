import TingleText

extension Session {
    /// The fact of numbness coming on sooner in the run than it used to (`worsening`).
    static let onsetSooner = "onset.sooner"

    /// "It used to be 5 miles but now it's more like 2", "at first it was an hour in, these
    /// days 20 minutes": an amount said of before (`~onset_then`), then one said of now
    /// (`~onset_now`), a bare number taking the first one's unit. The amount now is when it
    /// starts; a smaller one than before is numbness coming on sooner, getting worse over
    /// time (`onsetSooner`). Nil unless the line has an amount, both words, and the two
    /// amounts in that order. Gated by the amount, so most lines cost one scan of the tokens.
    func onsetThenAndNow(_ input: MatchInput) -> SlotValue? {
        let tokens = input.text.tokens
        guard tokens.contains(where: { $0.measure != nil }), let then = input.firstSpan(of: "onset_then"),
            let now = input.firstSpan(of: "onset_now"), then.upperBound <= now.lowerBound
        else { return nil }
        func usable(_ m: Measure?) -> Measure? {
            guard let m, m.per == nil, !m.isMarker, m.unit != .seconds, m.unit != .metres else { return nil }
            return m
        }
        guard let before = tokens[then.upperBound..<now.lowerBound].lazy.compactMap({ usable($0.measure) }).first
        else { return nil }
        var current: Measure?
        for token in tokens[now.upperBound...] {
            if let m = usable(token.measure) {
                current = m
                break
            }
            if let n = Quantities.bareNumber(token) {
                current = Measure(value: n, unit: before.unit)
                break
            }
        }
        guard let current, let a = Self.inMinutesOrMiles(before), let b = Self.inMinutesOrMiles(current),
            a.distance == b.distance
        else { return nil }
        var value = SlotValue(
            descriptions: [brain.message(.onsetNow, ["value": current.description])], facts: ["onset.delayed"])
        value.amount = current
        if b.value < a.value {
            value.descriptions.append(brain.message(.onsetSooner, ["value": before.description]))
            value.facts.insert(Self.onsetSooner)
        }
        return value
    }

    /// An amount as miles (a distance) or minutes (a time), to compare two of them.
    private static func inMinutesOrMiles(_ m: Measure) -> (value: Double, distance: Bool)? {
        switch m.unit {
        case .miles: return (m.value, true)
        case .kilometres: return (m.value / 1.609, true)
        case .minutes: return (m.value, false)
        case .hours: return (m.value * 60, false)
        case .metres, .seconds: return nil
        }
    }
}
