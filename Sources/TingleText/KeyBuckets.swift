/// 64-bit hash keys grouped by their top bits, for finding every key whose hash part equals
/// a target: one counting pass on the top bits gives each group its place, the keys are moved
/// there in place, and the group's start is kept, so a lookup scans one bucket of a key or two
/// and needs no binary search. The typo corrector's index is tens of thousands of keys for the
/// built-in brain and millions for a big one; sorting them fully (four radix passes of 16
/// bits) was most of the cost of a first typo, and only the grouping was ever used.
package struct KeyBuckets: Sendable {
    /// The keys, bucket after bucket; within a bucket in ascending order.
    private let keys: [UInt64]
    /// Where each bucket starts in `keys`, and one more: the end of the last.
    private let starts: [Int32]
    /// How far a key is shifted right to leave its bucket number.
    private let shift: UInt64

    /// Keys whose top `64 - shift` bits are hash bits (a lookup's mask must keep them).
    ///
    /// The keys are grouped in the array given, not copied into another: for a big brain the
    /// copy was as large as the index, and both were there at once at the peak of a first typo.
    package init(_ source: consuming [UInt64]) {
        var keys = source
        // About two keys a bucket: few enough to scan, and the starts stay a fraction of
        // the keys' size.
        let bits = min(24, max(1, UInt64.bitWidth - keys.count.leadingZeroBitCount - 1))
        let shift = UInt64(UInt64.bitWidth - bits)
        precondition(keys.count < Int(Int32.max), "more keys than the bucket starts can count")
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            keys.withUnsafeMutableBufferPointer { keys in
                for key in keys { starts[Int(key >> shift) + 1] += 1 }
                for i in 1..<starts.count { starts[i] += starts[i - 1] }
                // In place, bucket by bucket (an American flag sort's one pass): the key at a
                // bucket's next free place either belongs there, or is swapped to the next
                // free place of its own bucket. Every swap settles a key, so it is linear.
                var next = Array(starts.dropLast())
                next.withUnsafeMutableBufferPointer { next in
                    for bucket in 0..<next.count {
                        let end = Int(starts[bucket + 1])
                        while Int(next[bucket]) < end {
                            let at = Int(next[bucket])
                            let home = Int(keys[at] >> shift)
                            if home == bucket {
                                next[bucket] += 1
                            } else {
                                keys.swapAt(at, Int(next[home]))
                                next[home] += 1
                            }
                        }
                    }
                }
                // Ascending within each bucket, so what a lookup finds does not depend on the
                // order the keys came in (a bucket holds a key or two: insertion sort).
                for bucket in 0..<(starts.count - 1) {
                    let first = Int(starts[bucket])
                    let end = Int(starts[bucket + 1])
                    guard end - first > 1 else { continue }
                    for i in (first + 1)..<end {
                        let key = keys[i]
                        var j = i
                        while j > first, keys[j - 1] > key {
                            keys[j] = keys[j - 1]
                            j -= 1
                        }
                        keys[j] = key
                    }
                }
            }
        }
        self.keys = keys
        self.starts = starts
        self.shift = shift
    }

    /// Calls `body` with each key whose bits under `mask` equal `target` (already masked),
    /// in ascending order. `mask` must keep the top bits the buckets are made of.
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
