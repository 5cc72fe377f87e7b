public import Foundation

/// A value in a result row, as SQLite types it.
public enum SQLValue: Sendable, Hashable, Encodable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .integer(let v): try c.encode(v)
        case .real(let v): v.isFinite ? try c.encode(v) : try c.encodeNil()
        case .text(let v): try c.encode(v)
        case .blob(let v): try c.encode("x'" + v.map { String(format: "%02x", $0) }.joined() + "'")
        }
    }

    /// Plain text for tables and CSV: NULL is empty.
    public var text: String {
        switch self {
        case .null: return ""
        case .integer(let v): return String(v)
        case .real(let v): return v.rounded() == v && abs(v) < 1e15 ? String(format: "%.1f", v) : String(v)
        case .text(let v): return v
        case .blob(let v): return "x'" + v.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }
}

/// Rows with their column names, and whether a row cap cut them short.
public struct ResultSet: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[SQLValue]]
    public var truncated: Bool

    public init(columns: [String], rows: [[SQLValue]], truncated: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
    }
}
