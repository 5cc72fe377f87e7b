/// The one error type of the extraction module. Every case names the thing it
/// is about (a file, a line) and the reason, so a message can be shown as is.
public struct ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, as a category callers can branch on.
    public enum Kind: String, Sendable, Equatable {
        case empty, binary, encoding, tooLarge, html, noBody, yaml, invalid
    }

    public let kind: Kind
    /// The file (or other input) the problem is in, when known.
    public let path: String?
    /// 1-based line and column, when the problem has a place.
    public let line: Int?
    public let column: Int?
    /// Human-readable reason, without the path.
    public let reason: String

    public init(_ kind: Kind, path: String? = nil, line: Int? = nil, column: Int? = nil, reason: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// The same error, attributed to a file.
    public func at(path: String) -> ExtractionError {
        ExtractionError(kind, path: path, line: line, column: column, reason: reason)
    }

    /// The reason with its line and column, without the path: "line 3, column 5: ...".
    public var locatedReason: String {
        guard let line else { return reason }
        return column.map { "line \(line), column \($0): \(reason)" } ?? "line \(line): \(reason)"
    }

    /// "path:line:column: reason", with as much of the place as is known.
    public var description: String {
        var place = path ?? "input"
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return "\(place): \(reason)"
    }
}
