import KBEmbedded
import KBExtraction

/// One schema migration: `Migrations/NNNN_name.sql`, applied once, in order.
public struct Migration: Sendable, Equatable {
    /// "0001_initial": the file name without extension; sorts in apply order.
    public let identifier: String
    public let sql: String
    /// SHA-256 of the SQL text: an applied migration whose text changed is refused.
    public var checksum: String { SHA256.hex(sql) }

    public init(identifier: String, sql: String) {
        self.identifier = identifier
        self.sql = sql
    }

    /// The migrations embedded in this binary, in order.
    public static let bundled: [Migration] = EmbeddedFiles.paths(under: "Migrations/")
        .filter { $0.hasSuffix(".sql") }
        .sorted()
        .compactMap { path in
            guard let sql = EmbeddedFiles.text(path) else { return nil }
            let name = path.dropFirst("Migrations/".count).dropLast(".sql".count)
            return Migration(identifier: String(name), sql: sql)
        }
}
