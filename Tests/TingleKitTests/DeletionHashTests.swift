import Foundation
import Testing

@testable import TingleKit

@Suite("Deletion hashes")
struct DeletionHashTests {
    @Test("FNV-1a gives the published values, for a small, a long and a non-contiguous string alike")
    func fnv1aValues() {
        #expect(StableHash.fnv1a("") == StableHash.fnv1aBasis)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a("foobar") == 0x8594_4171_f739_67e8)
        let long = String(repeating: "foobar", count: 20)
        var byByte = StableHash.fnv1aBasis
        for byte in long.utf8 { byByte = StableHash.fnv1a(byByte, byte) }
        #expect(StableHash.fnv1a(long) == byByte)
        // A string bridged from Foundation may not hold its bytes in one piece: the slow path.
        let bridged = String(describing: NSString(string: long))
        #expect(StableHash.fnv1a(bridged) == byByte)
    }

    @Test(
        "The index hashes exactly the variants that deleting letters makes",
        arguments: ["a", "ab", "abc", "numb", "tingle", "running", "shoelaces", "paraesthesia"])
    func sameVariants(word: String) {
        for limit in [1, 2] {
            let hashes = TypoCorrector.deletionHashes(of: word, upTo: limit)
            let expected = TypoCorrector.deletions(of: word, upTo: limit).map { StableHash.fnv1a($0) }
            #expect(Set(hashes) == Set(expected), "\(word), up to \(limit)")
            // One hash for the word, one per deleted letter, one per pair: a variant reached
            // two ways is listed twice, not dropped.
            let n = word.utf8.count
            let count = 1 + (n > 1 ? n : 0) + (limit >= 2 && n > 2 ? n * (n - 1) / 2 : 0)
            #expect(hashes.count == count, "\(word), up to \(limit)")
        }
    }

    @Test(
        "The far tier hashes exactly the variants less two letters",
        arguments: ["abc", "numb", "running", "shoelaces", "paraesthesia"])
    func farVariants(word: String) {
        let hashes = TypoCorrector.deletionHashes(of: word, fewest: 2, upTo: 2)
        let expected = TypoCorrector.deletions(of: word, upTo: 2).subtracting(
            TypoCorrector.deletions(of: word, upTo: 1))
        #expect(Set(hashes) == Set(expected.map { StableHash.fnv1a($0) }), "\(word)")
        let n = word.utf8.count
        #expect(hashes.count == n * (n - 1) / 2, "\(word)")
    }
}
