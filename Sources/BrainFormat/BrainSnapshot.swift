/// The brain's files, already read and checked, in a compact text form the build embeds
/// in the binary: start-up then skips YAML entirely (reading it was a third of starting).
///
/// The form: an integer is its decimal digits and `;`; a string is its length in UTF-8
/// bytes, `:`, and the bytes; an optional is `0;` or `1;` and the value; a list is its
/// count and its items; a mapping is its count and its pairs, sorted by key. It stays
/// valid UTF-8, so it can be a string literal.
package enum BrainSnapshot {
    package struct Corrupt: Error, Sendable {
        package init() {}
    }

    package static func encode(_ files: [BrainFile]) -> String {
        var writer = SnapshotWriter()
        writer.list(files) { writer, file in
            writer.string(file.file)
            file.body.write(to: &writer)
            file.places.write(to: &writer)
            writer.map(file.sections) { writer, value in value.write(to: &writer) }
        }
        return writer.text
    }

    package static func decode(_ text: String) throws(Corrupt) -> [BrainFile] {
        try SnapshotReader.read(text) { reader throws(Corrupt) in
            try reader.list { reader throws(Corrupt) -> BrainFile in
                let file = try reader.string()
                let body = try BrainDocument(from: &reader)
                let places = try PlaceTable(from: &reader)
                let sections = try reader.map { reader throws(Corrupt) in try BrainValue(from: &reader) }
                return BrainFile(file: file, body: body, places: places, sections: sections)
            }
        }
    }
}

package struct SnapshotWriter {
    private var bytes: [UInt8] = []

    package init() {}

    package var text: String { String(decoding: bytes, as: UTF8.self) }

    package mutating func int(_ value: Int) {
        bytes += String(value).utf8
        bytes.append(UInt8(ascii: ";"))
    }

    package mutating func string(_ value: String) {
        bytes += String(value.utf8.count).utf8
        bytes.append(UInt8(ascii: ":"))
        bytes += value.utf8
    }

    /// Swift prints the shortest text that reads back as the same number.
    package mutating func double(_ value: Double) { string(String(value)) }

    package mutating func bool(_ value: Bool) { int(value ? 1 : 0) }

    package mutating func optional<T>(_ value: T?, _ write: (inout SnapshotWriter, T) -> Void) {
        int(value == nil ? 0 : 1)
        if let value { write(&self, value) }
    }

    package mutating func list<T>(_ values: [T], _ write: (inout SnapshotWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    package mutating func map<T>(_ values: [String: T], _ write: (inout SnapshotWriter, T) -> Void) {
        int(values.count)
        for key in values.keys.sorted() {
            string(key)
            write(&self, values[key]!)
        }
    }

    package mutating func strings(_ values: [String]) { list(values) { $0.string($1) } }
    package mutating func optionalStrings(_ values: [String]?) { optional(values) { $0.strings($1) } }
    package mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }
    package mutating func optionalDouble(_ value: Double?) { optional(value) { $0.double($1) } }
}

package struct SnapshotReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    package init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    package var isAtEnd: Bool { position == bytes.count }

    /// Reads all of `text` with `read`; text left over is as corrupt as text missing.
    package static func read<T>(_ text: String, _ read: (inout SnapshotReader) throws(BrainSnapshot.Corrupt) -> T)
        throws(BrainSnapshot.Corrupt) -> T
    {
        var text = text
        let result: Result<T, BrainSnapshot.Corrupt> = text.withUTF8 { bytes in
            var reader = SnapshotReader(bytes: bytes)
            do throws(BrainSnapshot.Corrupt) {
                let value = try read(&reader)
                return reader.isAtEnd ? .success(value) : .failure(BrainSnapshot.Corrupt())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    package mutating func int() throws(BrainSnapshot.Corrupt) -> Int {
        var value = 0
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        while position < bytes.count, bytes[position] != UInt8(ascii: ";") {
            let digit = Int(bytes[position]) - 48
            guard (0...9).contains(digit) else { throw BrainSnapshot.Corrupt() }
            value = value * 10 + digit
            position += 1
        }
        guard position < bytes.count else { throw BrainSnapshot.Corrupt() }
        position += 1
        return negative ? -value : value
    }

    package mutating func string() throws(BrainSnapshot.Corrupt) -> String {
        String(decoding: try stringBytes(), as: UTF8.self)
    }

    /// A string's bytes where they are, for readers that parse them without making a String.
    package mutating func stringBytes() throws(BrainSnapshot.Corrupt) -> UnsafeBufferPointer<UInt8> {
        var length = 0
        while position < bytes.count, bytes[position] != UInt8(ascii: ":") {
            let digit = Int(bytes[position]) - 48
            guard (0...9).contains(digit) else { throw BrainSnapshot.Corrupt() }
            length = length * 10 + digit
            position += 1
        }
        guard position + 1 + length <= bytes.count else { throw BrainSnapshot.Corrupt() }
        let start = position + 1
        position = start + length
        return UnsafeBufferPointer(rebasing: bytes[start..<position])
    }

    package mutating func double() throws(BrainSnapshot.Corrupt) -> Double {
        guard let value = Double(try string()) else { throw BrainSnapshot.Corrupt() }
        return value
    }

    package mutating func bool() throws(BrainSnapshot.Corrupt) -> Bool { try int() != 0 }

    package mutating func optional<T>(_ read: (inout SnapshotReader) throws(BrainSnapshot.Corrupt) -> T)
        throws(BrainSnapshot
        .Corrupt) -> T?
    {
        try int() == 0 ? nil : try read(&self)
    }

    package mutating func list<T>(_ read: (inout SnapshotReader) throws(BrainSnapshot.Corrupt) -> T)
        throws(BrainSnapshot
        .Corrupt) -> [T]
    {
        let count = try int()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    package mutating func map<T>(_ read: (inout SnapshotReader) throws(BrainSnapshot.Corrupt) -> T) throws(BrainSnapshot
        .Corrupt) -> [String: T]
    {
        let count = try int()
        var values: [String: T] = [:]
        values.reserveCapacity(count)
        for _ in 0..<count {
            let key = try string()
            values[key] = try read(&self)
        }
        return values
    }

    package mutating func strings() throws(BrainSnapshot.Corrupt) -> [String] {
        try list { reader throws(BrainSnapshot.Corrupt) in try reader.string() }
    }
    package mutating func optionalStrings() throws(BrainSnapshot.Corrupt) -> [String]? {
        try optional { reader throws(BrainSnapshot.Corrupt) in try reader.strings() }
    }
    package mutating func optionalString() throws(BrainSnapshot.Corrupt) -> String? {
        try optional { reader throws(BrainSnapshot.Corrupt) in try reader.string() }
    }
    package mutating func optionalDouble() throws(BrainSnapshot.Corrupt) -> Double? {
        try optional { reader throws(BrainSnapshot.Corrupt) in try reader.double() }
    }
}
