import Testing

@testable import BrainFormat

@Suite("Place table")
struct PlaceTableTests {
    static func written(_ table: PlaceTable) -> String {
        var w = SnapshotWriter()
        table.write(to: &w)
        return w.text
    }

    static func read(_ text: String) throws(BrainSnapshot.Corrupt) -> PlaceTable {
        try SnapshotReader.read(text) { r throws(BrainSnapshot.Corrupt) in try PlaceTable(from: &r) }
    }

    @Test("Written and read back, every place is found again, with lines and columns of every size")
    func roundTrip() throws {
        var locations: [String: BrainFormat.SourceLocation] = [:]
        for i in 0..<2_000 {
            locations["intents[\(i)].patterns[\(i % 7)]"] = BrainFormat.SourceLocation(
                file: "a.yaml", line: i * 7_919 % 1_000_003, column: i % 4_096 + 1)
        }
        locations["big"] = BrainFormat.SourceLocation(file: "a.yaml", line: Int(UInt32.max), column: Int(UInt32.max))
        let table = PlaceTable(locations)
        let back = try Self.read(Self.written(table))
        #expect(back == table)
        for (path, location) in locations {
            let place = try #require(back[path])
            #expect(place.line == location.line && place.column == location.column, "\(path)")
        }
    }

    @Test("A character that is not a lowercase hex digit, anywhere in an entry, is refused")
    func refusesNonDigits() throws {
        let table = PlaceTable([
            "a": BrainFormat.SourceLocation(file: "f", line: 12, column: 34), "b": .init(file: "f", line: 5, column: 6),
        ])
        let text = Self.written(table)
        let digits = Array(text.utf8.suffix(64))
        #expect(digits.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        let prefix = String(decoding: text.utf8.dropLast(64), as: UTF8.self)
        // Neighbours of the digits' ranges, capitals, and bytes that once read as digits.
        let wrong: [UInt8] = [0x2F, 0x3A, 0x40, 0x41, 0x46, 0x47, 0x60, 0x67, 0x6F, 0x70, 0x79, 0x7A, 0x20, 0x00]
        for position in digits.indices {
            for byte in wrong {
                var damaged = digits
                damaged[position] = byte
                let text = prefix + String(decoding: damaged, as: UTF8.self)
                #expect(throws: BrainSnapshot.Corrupt.self, "byte \(byte) at \(position)") { try Self.read(text) }
            }
        }
    }
}
