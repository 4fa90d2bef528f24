/// FNV-1a over UTF-8 bytes: the same value on every run (the standard library's `Hasher` is
/// seeded per process), and cheap for the short words it is asked about.
enum StableHash {
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
