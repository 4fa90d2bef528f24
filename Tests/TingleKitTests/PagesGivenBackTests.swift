import BrainFormat
import BuiltInBrain
import Testing

@testable import TingleKit

@Suite struct PagesGivenBackTests {
    @Test func wholePagesAreThoseInsideTheRun() {
        let straddling = WholePages(inside: 0x1001, count: 0x3000, pageSize: 0x1000)
        #expect(straddling?.start == 0x2000 && straddling?.count == 0x2000)
        let aligned = WholePages(inside: 0x2000, count: 0x2000, pageSize: 0x1000)
        #expect(aligned?.start == 0x2000 && aligned?.count == 0x2000)
        // Less than a page, or a page's worth straddling two pages: nothing whole inside.
        #expect(WholePages(inside: 0x1000, count: 0xfff, pageSize: 0x1000) == nil)
        #expect(WholePages(inside: 0x1800, count: 0x1000, pageSize: 0x1000) == nil)
        #expect(WholePages(inside: 0x1000, count: 0, pageSize: 0x1000) == nil)
        #expect(WholePages(inside: UInt.max - 0x100, count: 0x2000, pageSize: 0x1000) == nil)
        #expect(WholePages(inside: 0x1000, count: 0x3000, pageSize: 3000) == nil)
    }

    @Test func aTextTheProgramMadeIsLeftAsItIs() {
        // Big enough for pages of its own: were it given back, they would read as zeros.
        let made = String(repeating: "numb toes ", count: 100_000)
        let before = StableHash.fnv1a(made)
        let inImage = made.utf8.withContiguousStorageIfAvailable {
            isInProgramImage(UnsafeRawPointer($0.baseAddress!), count: $0.count)
        }
        #expect(inImage == false)
        giveBackPages(of: made)
        #expect(StableHash.fnv1a(made) == before)
        #expect(made.utf8.allSatisfy { $0 != 0 })
    }

    @Test func theBuiltInBrainsTextReadsTheSameAfterItsPagesGoBack() throws {
        let snapshot = EmbeddedBrain.builtIn.snapshot
        #if os(Linux)
            let inImage = snapshot.utf8.withContiguousStorageIfAvailable {
                isInProgramImage(UnsafeRawPointer($0.baseAddress!), count: $0.count)
            }
            #expect(inImage == true)
        #endif
        let before = StableHash.fnv1a(snapshot)
        giveBackPages(of: snapshot)
        #expect(StableHash.fnv1a(snapshot) == before)
        // And a brain loads from it again, as when a record of linking does not fit.
        let brain = try BrainLoader.embedded(.builtIn)
        #expect(!brain.redFlags.isEmpty)
    }
}
