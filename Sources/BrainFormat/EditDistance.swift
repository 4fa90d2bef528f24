/// Optimal string alignment distance (Levenshtein plus swaps of neighbours),
/// giving up early once every path exceeds `limit`.
package func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    // Words of plain ASCII (the typo corrector's, nearly always) compare as bytes: each
    // byte is then a Character of its own, equal to another exactly when the bytes are, and
    // making arrays of Characters was most of the cost. "\r\n" is one Character of two
    // bytes, so a carriage return takes the general path.
    if isPlainASCII(a), isPlainASCII(b) { return distance(Array(a.utf8), Array(b.utf8), limit: limit) }
    return distance(Array(a), Array(b), limit: limit)
}

private func isPlainASCII(_ s: String) -> Bool {
    s.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
}

private func distance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        current[0] = i
        var rowMin = current[0]
        for j in 1...max(b.count, 1) where !b.isEmpty {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = min(value, previous2[j - 2] + 1)
            }
            current[j] = value
            rowMin = min(rowMin, value)
        }
        if rowMin > limit { return limit + 1 }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
}
