/// The one error type of the query layer. `code` is the machine-readable
/// category of SPEC section 7 (`timeout`, `denied`, `usage`, `not_found`,
/// `ambiguous`, `sql`, `database`); `thing` names what it is about.
public struct QueryError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Code: String, Sendable, Codable {
        case timeout, denied, usage, notFound = "not_found", ambiguous, sql, database
    }

    public let code: Code
    public let thing: String
    public let reason: String

    public init(_ code: Code, thing: String, reason: String) {
        self.code = code
        self.thing = thing
        self.reason = reason
    }

    public var description: String { "\(thing): \(reason)" }
}
