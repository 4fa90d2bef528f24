import Yams

/// A value of a brain file as written, with the place of every part: the form a section
/// that owns itself (one the file format does not list) is kept in until the engine's
/// section for it reads it. One generic form, so the snapshot needs no code per section.
public struct BrainValue: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let key: BrainValue
        public let value: BrainValue
    }

    public enum Kind: Sendable, Equatable {
        /// `plain` tells an empty plain scalar (`key:` with nothing after it) from `""`.
        case scalar(String, plain: Bool)
        case list([BrainValue])
        case mapping([Entry])
    }

    public let kind: Kind
    public let line: Int
    public let column: Int

    package init(kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// A YAML node as written (an alias stands for its anchor's value).
    package init(_ node: Node) {
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            self.init(kind: .scalar(scalar.string, plain: scalar.style == .plain), line: line, column: column)
        case .sequence(let sequence): self.init(kind: .list(sequence.map(BrainValue.init)), line: line, column: column)
        case .mapping(let mapping):
            self.init(
                kind: .mapping(mapping.map { Entry(key: BrainValue($0.key), value: BrainValue($0.value)) }), line: line,
                column: column)
        case .alias(let alias): self.init(kind: .scalar(alias.anchor.rawValue, plain: true), line: line, column: column)
        }
    }

    public var string: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The value decoded as `T` (a section's document type), as YAML's decoder would.
    package func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: BrainValueDecoder(value: self, codingPath: []))
    }
}

extension BrainValue {
    func write(to w: inout SnapshotWriter) {
        w.int(line)
        w.int(column)
        switch kind {
        case .scalar(let text, let plain):
            w.int(plain ? 0 : 1)
            w.string(text)
        case .list(let items):
            w.int(2)
            w.list(items) { w, item in item.write(to: &w) }
        case .mapping(let entries):
            w.int(3)
            w.list(entries) { w, entry in
                entry.key.write(to: &w)
                entry.value.write(to: &w)
            }
        }
    }

    init(from r: inout SnapshotReader) throws(BrainSnapshot.Corrupt) {
        let line = try r.int()
        let column = try r.int()
        let kind: Kind
        switch try r.int() {
        case 0: kind = .scalar(try r.string(), plain: true)
        case 1: kind = .scalar(try r.string(), plain: false)
        case 2: kind = .list(try r.list { r throws(BrainSnapshot.Corrupt) in try BrainValue(from: &r) })
        case 3:
            kind = .mapping(
                try r.list { r throws(BrainSnapshot.Corrupt) in
                    Entry(key: try BrainValue(from: &r), value: try BrainValue(from: &r))
                })
        default: throw BrainSnapshot.Corrupt()
        }
        self.init(kind: kind, line: line, column: column)
    }
}
