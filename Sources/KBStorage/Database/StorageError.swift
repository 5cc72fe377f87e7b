/// The one error type of the storage module: what failed, on which thing
/// (a database path, a migration, a file), and why. Underlying SQLite errors
/// are kept in the reason, never swallowed.
public struct StorageError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The database does not exist where a read command expected it.
        case notFound
        /// A migration was edited after it was applied, or the database is newer than this kb.
        case migration
        /// The file is not a kb database, or is damaged.
        case corrupt
        /// A file given to import could not be read or was rejected.
        case input
        /// Reference data (Seeds, gazetteer, annotations) failed validation.
        case seeds
        /// Anything SQLite reported.
        case sqlite
        /// A name that matched nothing, or several things.
        case lookup
    }

    public let kind: Kind
    /// The thing the error is about: a path, a migration id, an article.
    public let thing: String
    public let reason: String

    public init(_ kind: Kind, thing: String, reason: String) {
        self.kind = kind
        self.thing = thing
        self.reason = reason
    }

    public var description: String { "\(thing): \(reason)" }
}
