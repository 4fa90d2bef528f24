/// Where each value of a brain file is written, by its path ("intents[3].patterns[0]"): the
/// path's 64-bit FNV-1a hash to its line and column. A table of integers, not of path strings:
/// a brain of 10,000 intents has a hundred thousand paths, and reading them as strings from
/// the snapshot, hashing them into a dictionary and freeing them again was a fifth of loading
/// it. Two paths of one file share a hash by a 1-in-2^64 accident.
package struct PlaceTable: Sendable, Equatable {
    /// The paths' hashes, ascending, and each one's line and column, packed. Sorted arrays, not
    /// a dictionary: the snapshot keeps them in this order, so reading needs no hashing at all.
    private var hashes: [UInt64] = []
    private var places: [UInt64] = []

    package init() {}

    package init(_ locations: [String: SourceLocation]) {
        let entries = locations.map { (Self.hash($0.key), Self.pack($0.value.line, $0.value.column)) }.sorted {
            $0.0 < $1.0
        }
        hashes = entries.map(\.0)
        places = entries.map(\.1)
    }

    package var count: Int { hashes.count }

    /// The line and column where `path` is written, if it is.
    package subscript(path: String) -> (line: Int, column: Int)? { self[hash: Self.hash(path)] }

    /// The line and column of the path whose hash is `target`, if it is written.
    package subscript(hash target: UInt64) -> (line: Int, column: Int)? {
        var low = 0
        var high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < target { low = middle + 1 } else { high = middle }
        }
        guard low < hashes.count, hashes[low] == target else { return nil }
        return (Int(places[low] >> 32), Int(places[low] & 0xFFFF_FFFF))
    }

    /// Written as one string of 32 hex digits an entry (the path's hash, then line and column
    /// packed), in hash order: a big brain has hundreds of thousands of entries, and reading
    /// them as decimal numbers into a dictionary cost a tenth of loading it.
    func write(to w: inout SnapshotWriter) {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(places.count * 32)
        for (hash, place) in zip(hashes, places) {
            for value in [hash, place] {
                for shift in stride(from: 60, through: 0, by: -4) {
                    text.append(digits[Int(value >> UInt64(shift) & 0xF)])
                }
            }
        }
        w.string(String(decoding: text, as: UTF8.self))
    }

    init(from r: inout SnapshotReader) throws(BrainSnapshot.Corrupt) {
        let text = try r.stringBytes()
        guard text.count % 32 == 0 else { throw BrainSnapshot.Corrupt() }
        hashes.reserveCapacity(text.count / 32)
        places.reserveCapacity(text.count / 32)
        var i = 0
        func word() throws(BrainSnapshot.Corrupt) -> UInt64 {
            var value: UInt64 = 0
            for _ in 0..<16 {
                let c = text[i]
                let digit: UInt8
                switch c {
                case 0x30...0x39: digit = c &- 0x30
                case 0x61...0x66: digit = c &- 0x57
                default: throw BrainSnapshot.Corrupt()
                }
                value = value << 4 | UInt64(digit)
                i += 1
            }
            return value
        }
        while i < text.count {
            let hash = try word()
            // Ascending, as written: anything else is not a snapshot this code wrote.
            guard hash > (hashes.last ?? 0) || hashes.isEmpty else { throw BrainSnapshot.Corrupt() }
            hashes.append(hash)
            places.append(try word())
        }
    }

    private static func pack(_ line: Int, _ column: Int) -> UInt64 {
        UInt64(clamping: line) << 32 | UInt64(clamping: min(column, Int(UInt32.max)))
    }

    private static func hash(_ path: String) -> UInt64 { StableHash.fnv1a(path) }
}
