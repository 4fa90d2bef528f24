/// Sorts 64-bit keys by their bytes, in linear time: the typo corrector's index is millions
/// of keys for a big brain, and the standard library's comparison sort took 336M
/// instructions of a 10,000-intent brain's first typo (four passes of 16 bits take about a
/// fifth of that).
package enum RadixSort {
    /// Below this many keys, comparing is cheaper than four passes over 65,536 counters.
    package static let smallest = 4_096

    package static func sort(_ keys: inout [UInt64]) {
        guard keys.count >= smallest else {
            keys.sort()
            return
        }
        var other = [UInt64](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        // Least significant digit first; each pass keeps the order of the one before (stable),
        // so after the last the keys are in order.
        for shift in stride(from: UInt64(0), to: 64, by: 16) {
            keys.withUnsafeBufferPointer { source in
                other.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for i in counts.indices { counts[i] = 0 }
                        for key in source { counts[Int((key >> shift) & 0xFFFF)] += 1 }
                        // A digit every key shares moves nothing: the pass is skipped.
                        if counts[Int((source[0] >> shift) & 0xFFFF)] == source.count {
                            _ = target.initialize(fromContentsOf: source)
                            return
                        }
                        var start = 0
                        for i in counts.indices {
                            let count = counts[i]
                            counts[i] = start
                            start += count
                        }
                        for key in source {
                            let digit = Int((key >> shift) & 0xFFFF)
                            target[counts[digit]] = key
                            counts[digit] += 1
                        }
                    }
                }
            }
            swap(&keys, &other)
        }
    }
}
