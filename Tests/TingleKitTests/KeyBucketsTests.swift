import Testing

@testable import TingleKit

@Suite("Key buckets")
struct KeyBucketsTests {
    /// Keys from a fixed linear congruential generator, so a failure repeats.
    static func keys(_ count: Int, seed: UInt64, mask: UInt64 = .max) -> [UInt64] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state & mask
        }
    }

    /// What a lookup should give: every key that matches, in ascending order.
    static func expected(_ keys: [UInt64], _ target: UInt64, _ mask: UInt64) -> [UInt64] {
        keys.filter { $0 & mask == target }.sorted()
    }

    static func found(_ buckets: KeyBuckets, _ target: UInt64, _ mask: UInt64) -> [UInt64] {
        var found: [UInt64] = []
        buckets.forEach(matching: target, mask: mask) { found.append($0) }
        return found
    }

    @Test("Finds every key whose hash part matches, of few keys and of many", arguments: [0, 1, 2, 100, 50_000])
    func findsMatches(count: Int) {
        // The low 12 bits stand for a word's number, as in the typo index.
        let mask = ~UInt64(0xFFF)
        var keys = Self.keys(count, seed: UInt64(count) + 3)
        // A hash part several words share: the same variant of different words.
        let shared: UInt64 = 0x1234_5678_9ABC_D000
        keys += [shared | 7, shared | 1, shared | 7]
        let buckets = KeyBuckets(keys)
        #expect(Self.found(buckets, shared, mask) == [shared | 1, shared | 7, shared | 7])
        for key in keys.prefix(200) {
            let target = key & mask
            #expect(Self.found(buckets, target, mask) == Self.expected(keys, target, mask))
        }
        // Hash parts no key has, in a bucket that has keys and in one that may not.
        for key in keys.prefix(50) {
            let target = (key ^ 0x1000) & mask
            #expect(Self.found(buckets, target, mask) == Self.expected(keys, target, mask))
        }
        #expect(Self.found(buckets, 0xFFFF_FFFF_FFFF_F000, mask) == Self.expected(keys, 0xFFFF_FFFF_FFFF_F000, mask))
    }

    @Test("Keys that share their top bits and differ lower down are told apart")
    func sameBucketDifferentHash() {
        let mask = ~UInt64(0xFF)
        let keys: [UInt64] = [0xAB00_0000_0000_0100, 0xAB00_0000_0000_0200, 0xAB00_0000_0000_0101]
        let buckets = KeyBuckets(keys)
        #expect(Self.found(buckets, 0xAB00_0000_0000_0100, mask) == [0xAB00_0000_0000_0100, 0xAB00_0000_0000_0101])
        // Given out of order, found in order.
        let reversed = KeyBuckets(keys.reversed())
        #expect(Self.found(reversed, 0xAB00_0000_0000_0100, mask) == [0xAB00_0000_0000_0100, 0xAB00_0000_0000_0101])
        #expect(Self.found(buckets, 0xAB00_0000_0000_0200, mask) == [0xAB00_0000_0000_0200])
        #expect(Self.found(buckets, 0xAB00_0000_0000_0300, mask).isEmpty)
    }

    @Test("No keys: nothing is found")
    func empty() {
        #expect(Self.found(KeyBuckets([]), 0x8000_0000_0000_0000, ~UInt64(0xFF)).isEmpty)
    }
}
