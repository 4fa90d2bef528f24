/// FNV-1a over UTF-8 bytes: the same value on every run (the standard library's `Hasher` is
/// seeded per process), and cheap for the short words it is asked about. In the lowest
/// module, so the file format's place tables and the text stage hash alike.
package enum StableHash {
    package static let fnv1aBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    package static func fnv1a(_ text: String) -> UInt64 { fnv1a(fnv1aBasis, text) }

    /// `text` into a hash begun with `fnv1aBasis`, to hash several texts as one.
    package static func fnv1a(_ hash: UInt64, _ text: String) -> UInt64 {
        // The bytes in one piece where they are (a native or small String's always are):
        // walking the UTF-8 view checks its index at every byte, twice the cost of the hash.
        if let hashed = text.utf8.withContiguousStorageIfAvailable({ bytes in
            var hash = hash
            for byte in bytes { hash = fnv1a(hash, byte) }
            return hash
        }) {
            return hashed
        }
        var hash = hash
        for byte in text.utf8 { hash = fnv1a(hash, byte) }
        return hash
    }

    /// One more byte into a hash begun with `fnv1aBasis`.
    @inline(__always) package static func fnv1a(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}
