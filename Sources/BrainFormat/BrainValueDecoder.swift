/// Decodes a `Decodable` type straight from a `BrainValue`, as YAML's decoder would from the
/// YAML: a section's document is read at every start, and going through Yams' nodes and
/// decoder was a sixth of starting. The value has been checked against the section's shape
/// first, so these errors are for a shape and a type that disagree.
struct BrainValueDecoder: Decoder {
    let value: BrainValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let entries) = value.kind else { throw mismatch([String: String].self, value, codingPath) }
        return KeyedDecodingContainer(Keyed<Key>(entries: entries, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .list(let items) = value.kind else { throw mismatch([String].self, value, codingPath) }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        Single(value: value, codingPath: codingPath)
    }
}

private func mismatch(_ type: Any.Type, _ value: BrainValue, _ path: [any CodingKey]) -> DecodingError {
    DecodingError.typeMismatch(
        type, .init(codingPath: path, debugDescription: "line \(value.line), column \(value.column) is not \(type)"))
}

/// YAML's null: nothing, `~` or `null`, unquoted.
private func isNull(_ value: BrainValue) -> Bool {
    if case .scalar(let text, let plain) = value.kind, plain { return text.isEmpty || text == "~" || text == "null" }
    return false
}

/// A scalar read as one of the types brain documents use; nil for any other type.
private func scalar<T>(_ type: T.Type, _ value: BrainValue, _ path: [any CodingKey]) throws -> T? {
    guard type == String.self || type == Double.self || type == Int.self || type == Bool.self else { return nil }
    guard case .scalar(let text, _) = value.kind else { throw mismatch(type, value, path) }
    let read: Any?
    if type == String.self {
        read = text
    } else if type == Double.self {
        read = Double(text)
    } else if type == Int.self {
        read = Int(text)
    } else {
        read = Bool(text)
    }
    guard let read = read as? T else { throw mismatch(type, value, path) }
    return read
}

private func decode<T: Decodable>(_ type: T.Type, from value: BrainValue, at path: [any CodingKey]) throws -> T {
    if let read = try scalar(type, value, path) { return read }
    return try T(from: BrainValueDecoder(value: value, codingPath: path))
}

private struct Key: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(stringValue: String) { (self.stringValue, self.intValue) = (stringValue, nil) }
    init(intValue: Int) { (self.stringValue, self.intValue) = ("\(intValue)", intValue) }
}

private struct Keyed<K: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [BrainValue.Entry]
    let codingPath: [any CodingKey]

    var allKeys: [K] { entries.compactMap { $0.key.string.flatMap(K.init(stringValue:)) } }

    /// A section's records have a handful of keys: a search beats building a dictionary.
    func value(_ key: K) -> BrainValue? { entries.first { $0.key.string == key.stringValue }?.value }

    func contains(_ key: K) -> Bool { value(key) != nil }

    func decodeNil(forKey key: K) throws -> Bool { value(key).map(isNull) ?? true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: K) throws -> T {
        guard let value = value(key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "no '\(key.stringValue)'"))
        }
        return try BrainFormat.decode(type, from: value, at: codingPath + [key])
    }

    func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: K) throws -> KeyedDecodingContainer<N> {
        try BrainValueDecoder(value: try require(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: K) throws -> any UnkeyedDecodingContainer {
        try BrainValueDecoder(value: try require(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        BrainValueDecoder(value: .init(kind: .mapping(entries), line: 0, column: 0), codingPath: codingPath)
    }

    func superDecoder(forKey key: K) throws -> any Decoder {
        BrainValueDecoder(value: try require(key), codingPath: codingPath + [key])
    }

    private func require(_ key: K) throws -> BrainValue {
        guard let value = value(key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "no '\(key.stringValue)'"))
        }
        return value
    }
}

private struct Unkeyed: UnkeyedDecodingContainer {
    let items: [BrainValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [BrainValue], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> (BrainValue, [any CodingKey]) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                BrainValue.self, .init(codingPath: codingPath, debugDescription: "the list has no more items"))
        }
        defer { currentIndex += 1 }
        return (items[currentIndex], codingPath + [Key(intValue: currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, isNull(items[currentIndex]) else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, path) = try next()
        return try BrainFormat.decode(type, from: value, at: path)
    }

    mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> {
        let (value, path) = try next()
        return try BrainValueDecoder(value: value, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (value, path) = try next()
        return try BrainValueDecoder(value: value, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (value, path) = try next()
        return BrainValueDecoder(value: value, codingPath: path)
    }
}

private struct Single: SingleValueDecodingContainer {
    let value: BrainValue
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { isNull(value) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try BrainFormat.decode(type, from: value, at: codingPath) }
}
