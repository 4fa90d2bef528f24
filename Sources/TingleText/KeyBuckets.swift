/// 64-bit hash keys grouped by their top bits, for finding every key whose hash part equals
/// a target: one counting pass on the top bits puts each group together, and the group's
/// start is kept, so a lookup scans one bucket of a key or two and needs no binary search.
/// The typo corrector's index is tens of thousands of keys for the built-in brain and
/// millions for a big one; sorting them fully (four radix passes of 16 bits) was most of
/// the cost of a first typo, and only the grouping was ever used.
package struct KeyBuckets: Sendable {
    /// The keys, bucket after bucket; within a bucket in the order given.
    private let keys: [UInt64]
    /// Where each bucket starts in `keys`, and one more: the end of the last.
    private let starts: [Int32]
    /// How far a key is shifted right to leave its bucket number.
    private let shift: UInt64

    /// Keys whose top `64 - shift` bits are hash bits (a lookup's mask must keep them).
    package init(_ source: [UInt64]) {
        // About two keys a bucket: few enough to scan, and the starts stay a fraction of
        // the keys' size.
        let bits = min(24, max(1, UInt64.bitWidth - source.count.leadingZeroBitCount - 1))
        let shift = UInt64(UInt64.bitWidth - bits)
        precondition(source.count < Int(Int32.max), "more keys than the bucket starts can count")
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        var keys: [UInt64] = []
        starts.withUnsafeMutableBufferPointer { starts in
            for key in source { starts[Int(key >> shift) + 1] += 1 }
            for i in 1..<starts.count { starts[i] += starts[i - 1] }
            // Each key goes to the next free place of its bucket; `next` ends as the starts
            // shifted one bucket along, so it is a copy.
            var next = Array(starts.dropLast())
            // Every place is written once, so the keys need no zeroing first.
            keys = [UInt64](unsafeUninitializedCapacity: source.count) { keys, count in
                next.withUnsafeMutableBufferPointer { next in
                    for key in source {
                        let bucket = Int(key >> shift)
                        keys.initializeElement(at: Int(next[bucket]), to: key)
                        next[bucket] += 1
                    }
                }
                count = source.count
            }
        }
        self.keys = keys
        self.starts = starts
        self.shift = shift
    }

    /// Calls `body` with each key whose bits under `mask` equal `target` (already masked),
    /// in the order they were given. `mask` must keep the top bits the buckets are made of.
    package func forEach(matching target: UInt64, mask: UInt64, _ body: (UInt64) -> Void) {
        let bucket = Int(target >> shift)
        var k = Int(starts[bucket])
        let end = Int(starts[bucket + 1])
        while k < end {
            if keys[k] & mask == target { body(keys[k]) }
            k += 1
        }
    }
}
