/// A minimal JSON writer: deterministic key order, and every control character escaped
/// so an input line can never break the one-object-per-line contract. It writes UTF-8
/// bytes and copies runs that need no escaping whole: appending a string a character at
/// a time was a third of a turn.
struct JSONWriter {
    private var bytes: [UInt8] = []
    /// Whether the current object or array already holds an item (so the next needs a comma).
    private var hasItem = [false]
    private var afterKey = false

    init() { bytes.reserveCapacity(1024) }

    /// The bytes that start something to escape: quote, backslash, controls, DEL, and the
    /// lead bytes of C1 controls (C2) and of U+2028/U+2029 (E2).
    private static let mayNeedEscape: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C || byte == 0xC2 || byte == 0xE2
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes the comma that separates this value from the previous one, if any.
    private mutating func separator() {
        if afterKey {
            afterKey = false
            return
        }
        if hasItem[hasItem.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasItem[hasItem.count - 1] = true
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Opens an object or an array: a new level whose first item needs no comma.
    private mutating func open(_ bracket: UInt8) {
        separator()
        bytes.append(bracket)
        hasItem.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        hasItem.removeLast()
        bytes.append(bracket)
    }

    mutating func key(_ name: String) {
        separator()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    mutating func string(_ value: String) {
        separator()
        appendQuoted(value)
    }
    mutating func optionalString(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func number(_ value: Int) {
        separator()
        bytes.append(contentsOf: String(value).utf8)
    }
    mutating func null() {
        separator()
        raw("null")
    }
    mutating func bool(_ value: Bool) {
        separator()
        if value { raw("true") } else { raw("false") }
    }

    /// `"name": value` in an object: one call per field keeps the writers readable.
    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }
    mutating func field(_ name: String, _ value: String?) {
        key(name)
        optionalString(value)
    }
    mutating func field(_ name: String, _ value: Int) {
        key(name)
        number(value)
    }
    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }
    mutating func field(_ name: String, _ values: [String]) {
        key(name)
        strings(values)
    }

    mutating func strings(_ values: [String]) {
        separator()
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            appendQuoted(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                // Most bytes of a reply need nothing: one table read passes them.
                if !Self.mayNeedEscape[Int(byte)] {
                    i += 1
                    continue
                }
                var length = 1
                var escape: StaticString?
                var code: UInt32?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0..<0x20, 0x7F: code = UInt32(byte)
                case 0xC2 where i + 1 < utf8.count && (0x80...0x9F).contains(utf8[i + 1]):
                    // C1 controls (U+0080–U+009F) are two bytes: C2 80 to C2 9F.
                    code = UInt32(utf8[i + 1])
                    length = 2
                case 0xE2
                where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in JavaScript.
                    code = 0x2028 + UInt32(utf8[i + 2] - 0xA8)
                    length = 3
                default: break
                }
                if escape == nil && code == nil {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                if let escape {
                    escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
                } else if let code {
                    let hex = Array(String(code, radix: 16).utf8)
                    raw("\\u")
                    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.count))
                    bytes.append(contentsOf: hex)
                }
                i += length
                runStart = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
