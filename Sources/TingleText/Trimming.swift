extension String {
    /// The string without leading and trailing spaces and tabs.
    package var trimmedSpaces: Substring { self[...].trimmedSpaces }
}

extension Substring {
    /// The slice without leading and trailing spaces and tabs.
    package var trimmedSpaces: Substring {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
