import Testing

@testable import TingleKit

@Suite("Radix sort")
struct RadixSortTests {
    /// Where two lists first differ, or nil: a failure names one place instead of printing
    /// two lists of fifty thousand numbers (which took minutes).
    static func firstDifference(_ a: [UInt64], _ b: [UInt64]) -> Int? {
        a.count != b.count ? min(a.count, b.count) : a.indices.first { a[$0] != b[$0] }
    }

    /// Keys from a fixed linear congruential generator, so a failure repeats.
    static func keys(_ count: Int, seed: UInt64, mask: UInt64 = .max) -> [UInt64] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state & mask
        }
    }

    @Test(
        "Sorts as the standard library does, below and above the size where it starts counting",
        arguments: [0, 1, 2, 100, RadixSort.smallest - 1, RadixSort.smallest, 50_000])
    func sortsLikeSort(count: Int) {
        var keys = Self.keys(count, seed: UInt64(count))
        let expected = keys.sorted()
        RadixSort.sort(&keys)
        #expect(Self.firstDifference(keys, expected) == nil)
    }

    @Test("Repeats, keys that share whole digits, and keys that differ only in one digit")
    func repeatsAndSharedDigits() {
        // Only the bits 16-31 vary: the other passes see one digit and are skipped.
        var middle = Self.keys(20_000, seed: 7, mask: 0xFFFF_0000).map { $0 | 0xABCD_0000_0000_0000 }
        let expectedMiddle = middle.sorted()
        RadixSort.sort(&middle)
        #expect(Self.firstDifference(middle, expectedMiddle) == nil)
        // A few values, many times over, as the typo index has for variants several words share.
        var repeated = Self.keys(30_000, seed: 11, mask: 0x7).map { $0 << 61 | 5 }
        let expectedRepeated = repeated.sorted()
        RadixSort.sort(&repeated)
        #expect(Self.firstDifference(repeated, expectedRepeated) == nil)
        // All equal.
        var same = [UInt64](repeating: 42, count: RadixSort.smallest * 2)
        RadixSort.sort(&same)
        #expect(Self.firstDifference(same, [UInt64](repeating: 42, count: RadixSort.smallest * 2)) == nil)
    }
}
