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

/// `editDistance(_:_:limit:)` of two plain ASCII words given as their bytes (each byte then
/// a Character of its own), for a caller that has the bytes already: the typo corrector,
/// which ranks candidates for every unknown word.
package func editDistance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
    distance(a, b, limit: limit)
}

private func distance<Letters: RandomAccessCollection>(_ a: Letters, _ b: Letters, limit: Int) -> Int
where Letters.Element: Equatable, Letters.Index == Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    let (a0, b0, width) = (a.startIndex, b.startIndex, b.count + 1)
    // The three rows of the table the swap needs, in one allocation on the stack (three
    // arrays on the heap cost more than filling them for a word of a few letters).
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
        let base = rows.baseAddress!
        var previous2 = base
        var previous = base + width
        var current = base + 2 * width
        for j in 0..<width { (previous2[j], previous[j], current[j]) = (0, j, 0) }
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[a0 + i - 1] == b[b0 + j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[a0 + i - 1] == b[b0 + j - 2], a[a0 + i - 2] == b[b0 + j - 1] {
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
}
