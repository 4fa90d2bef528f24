/// Where each value of a brain file is written, by its path ("intents[3].patterns[0]"): the
/// path's 64-bit FNV-1a hash to its line and column. A table of integers, not of path strings:
/// a brain of 10,000 intents has a hundred thousand paths, and reading them as strings from
/// the snapshot, hashing them into a dictionary and freeing them again was a fifth of loading
/// it. Two paths of one file share a hash by a 1-in-2^64 accident.
package struct PlaceTable: Sendable, Equatable {
    private var places: [UInt64: UInt64] = [:]

    package init() {}

    package init(_ locations: [String: SourceLocation]) {
        places.reserveCapacity(locations.count)
        for (path, location) in locations { places[Self.hash(path)] = Self.pack(location.line, location.column) }
    }

    package var count: Int { places.count }

    /// The line and column where `path` is written, if it is.
    package subscript(path: String) -> (line: Int, column: Int)? {
        places[Self.hash(path)].map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }

    func write(to w: inout SnapshotWriter) {
        w.int(places.count)
        // Sorted, so the same brain gives the same snapshot.
        for (hash, place) in places.sorted(by: { $0.key < $1.key }) {
            w.int(Int(bitPattern: UInt(hash)))
            w.int(Int(bitPattern: UInt(place)))
        }
    }

    init(from r: inout SnapshotReader) throws(BrainSnapshot.Corrupt) {
        let count = try r.int()
        guard count >= 0 else { throw BrainSnapshot.Corrupt() }
        places.reserveCapacity(count)
        for _ in 0..<count {
            let hash = UInt64(UInt(bitPattern: try r.int()))
            places[hash] = UInt64(UInt(bitPattern: try r.int()))
        }
    }

    private static func pack(_ line: Int, _ column: Int) -> UInt64 {
        UInt64(clamping: line) << 32 | UInt64(clamping: min(column, Int(UInt32.max)))
    }

    private static func hash(_ path: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
