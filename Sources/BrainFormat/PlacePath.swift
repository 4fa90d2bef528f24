/// A path into a brain file ("intents[3].patterns[0]") built a piece at a time, with the
/// FNV-1a hash of each of its prefixes kept as it grows: the place table is keyed by that
/// hash (`PlaceTable`), so a place is found without writing the path as text. Writing a
/// string for each of a big brain's hundred thousand values, to hash and throw away, was
/// most of the time spent placing them.
package struct PlacePath: Sendable {
    /// The hashes of the path's prefixes that end a piece ("intents", "intents[3]", …), the
    /// whole path's last: where a value is not written, its nearest written ancestor is.
    private var prefixes: [UInt64]
    private var hash: UInt64

    /// A top-level key: `PlacePath("intents")`.
    package init(_ key: String) {
        hash = StableHash.fnv1a(key)
        prefixes = [hash]
        prefixes.reserveCapacity(6)
    }

    /// The value at `index` of this list: `[3]`.
    package func index(_ index: Int) -> PlacePath {
        var path = self
        path.append(UInt8(ascii: "["))
        path.appendDigits(of: index)
        path.append(UInt8(ascii: "]"))
        path.prefixes.append(path.hash)
        return path
    }

    /// The value of `key` in this mapping: `.patterns`.
    package func key(_ key: String) -> PlacePath {
        var path = self
        path.append(UInt8(ascii: "."))
        for byte in key.utf8 { path.append(byte) }
        path.prefixes.append(path.hash)
        return path
    }

    /// The hashes to try, the whole path first, then each shorter prefix.
    var candidates: ReversedCollection<[UInt64]> { prefixes.reversed() }

    private mutating func append(_ byte: UInt8) { hash = StableHash.fnv1a(hash, byte) }

    /// The decimal digits of an index (never negative), as `"\(index)"` writes them.
    private mutating func appendDigits(of number: Int) {
        guard number > 0 else {
            append(UInt8(ascii: "0"))
            return
        }
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            append(UInt8(ascii: "0") &+ UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
