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
        guard let start = UnsafeRawPointer(text.baseAddress) else { return }
        hashes.reserveCapacity(text.count / 32)
        places.reserveCapacity(text.count / 32)
        var i = 0
        while i < text.count {
            guard let hash = Self.word(at: start + i), let place = Self.word(at: start + i + 16),
                // Ascending, as written: anything else is not a snapshot this code wrote.
                hashes.isEmpty || hash > hashes[hashes.count - 1]
            else { throw BrainSnapshot.Corrupt() }
            hashes.append(hash)
            places.append(place)
            i += 32
        }
    }

    /// The number written as sixteen lowercase hex digits at `pointer`, or nil when one of
    /// them is not such a digit. Eight digits are read at once, as one 64-bit word: a digit at
    /// a time was a tenth of loading a 10,000-intent brain.
    private static func word(at pointer: UnsafeRawPointer) -> UInt64? {
        guard let high = eightDigits(pointer.loadUnaligned(as: UInt64.self)),
            let low = eightDigits(pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        else { return nil }
        return high << 32 | low
    }

    /// Eight hex digits loaded as one word (the first digit in its lowest byte), as a number.
    private static func eightDigits(_ loaded: UInt64) -> UInt64? {
        let text = UInt64(littleEndian: loaded)
        // Each constant is one byte repeated in every byte of the word. (Swift's `&` binds as
        // tightly as `&*`, so nothing here leans on precedence.)
        let low4: UInt64 = 0x0F0F_0F0F_0F0F_0F0F
        let ones: UInt64 = 0x0101_0101_0101_0101
        // "0"..."9" are 0x30...0x39 and "a"..."f" 0x61...0x66: bit 6 marks a letter, whose low
        // four bits are 1...6. No byte's sum reaches the next byte.
        let letters = (text >> 6) & ones
        let nibbles = (text & low4) &+ (letters &* 9)
        // Valid only if every nibble is at most 15 and writing the nibbles back as digits
        // gives the text again (anything but a lowercase hex digit does not).
        let tens = ((nibbles &+ 0x0606_0606_0606_0606) >> 4) & ones
        guard (nibbles &+ 0x7070_7070_7070_7070) & 0x8080_8080_8080_8080 == 0,
            nibbles &+ 0x3030_3030_3030_3030 &+ (tens &* 0x27) == text
        else { return nil }
        // The first digit is the most significant: join neighbours into bytes, bytes into
        // 16-bit halves, halves into the 32-bit number.
        let bytes = ((nibbles & 0x00FF_00FF_00FF_00FF) << 4) | ((nibbles >> 8) & 0x00FF_00FF_00FF_00FF)
        let halves = ((bytes & 0x0000_FFFF_0000_FFFF) << 8) | ((bytes >> 16) & 0x0000_FFFF_0000_FFFF)
        return ((halves & 0xFFFF_FFFF) << 16) | (halves >> 32)
    }

    private static func pack(_ line: Int, _ column: Int) -> UInt64 {
        UInt64(clamping: line) << 32 | UInt64(clamping: min(column, Int(UInt32.max)))
    }

    private static func hash(_ path: String) -> UInt64 { StableHash.fnv1a(path) }
}
