public import Foundation

/// The data files that travel inside the `kb` binary: migrations, seeds and
/// canned queries, keyed by their path in the package ("Seeds/cameo/goldstein.tsv").
public enum EmbeddedFiles {
    /// Every embedded path, sorted.
    public static let paths: [String] = embeddedFileTable.map(\.path)

    /// The bytes of one embedded file, or nil when no such file was embedded.
    public static func data(_ path: String) -> Data? {
        guard let entry = embeddedFileTable.first(where: { $0.path == path }) else { return nil }
        return Data(base64Encoded: entry.base64)
    }

    /// The UTF-8 text of one embedded file, or nil.
    public static func text(_ path: String) -> String? {
        data(path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Embedded paths under a folder prefix ("Migrations/"), sorted.
    public static func paths(under prefix: String) -> [String] {
        paths.filter { $0.hasPrefix(prefix) }
    }
}
