/// Advice levels, lowest first. Within a conversation the level never drops, unless the
/// finding that raised it is withdrawn (`Withdrawal`): see `AdviceLevel`.
public enum EscalationLevel: String, Sendable, CaseIterable, Comparable, Codable {
    case selfcare, doctor, urgent, emergency

    var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: EscalationLevel, b: EscalationLevel) -> Bool { a.rank < b.rank }
}

/// The advice level of a conversation, as a type that can only rise: a red flag, a floor
/// or an assessment raises it, and nothing lowers it except a withdrawal, which says so by
/// name. Nil until advice has been given.
public struct AdviceLevel: Sendable, Equatable {
    public private(set) var value: EscalationLevel?

    public init() {}

    /// At least `level` from now on; a lower level changes nothing.
    mutating func raise(to level: EscalationLevel) {
        value = max(value ?? level, level)
    }

    /// The level the findings still held give, after the runner took back the one that
    /// raised it (`Withdrawal`): the one way down.
    mutating func reset(afterWithdrawalTo level: EscalationLevel?) {
        value = level
    }
}
