/// A place in a data file, for messages of the form `FILE:LINE:COLUMN: message`.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A problem with a file as a whole (it cannot be read, is too large, is not a file, or a
    /// folder holds no brain): its start, where an editor opens it. Not for a problem inside
    /// the file, which has a place of its own.
    public init(wholeFile file: String) {
        self.init(file: file, line: 1, column: 1)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A problem found in a brain or a transcript: where it is and what to do about it.
public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
    public let location: SourceLocation
    public let message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// Every problem found at once, so an author can fix them in one pass.
public struct Problems: Error, Sendable, CustomStringConvertible {
    public let all: [Problem]

    public init(_ all: [Problem]) { self.all = all.sorted { ($0.location, $0.message) < ($1.location, $1.message) } }

    public var description: String { all.map(\.description).joined(separator: "\n") }
}
