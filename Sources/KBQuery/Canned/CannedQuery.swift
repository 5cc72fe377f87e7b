import KBEmbedded

/// A named, parameterised SQL question (aiosql/sqlc style): a `.sql` file in
/// `Sources/KBQuery/Queries/` whose header gives `-- name:`, `-- title:`,
/// `-- description:` and one `-- param: NAME TYPE [= DEFAULT]  help` per
/// parameter. Parameters are always bound, never spliced.
public struct CannedQuery: Sendable, Equatable {
    public enum ParamType: String, Sendable, CaseIterable {
        /// An actor id or any alias, resolved to an id before binding.
        case actor
        /// A place id or any alias, resolved to an id before binding.
        case place
        case text, integer, real
        /// YYYY, YYYY-MM or YYYY-MM-DD.
        case date
    }

    public struct Parameter: Sendable, Equatable {
        public let name: String
        public let type: ParamType
        /// The default as written ("null" for none); nil when the parameter is required.
        public let defaultValue: String?
        public let help: String
        public var isRequired: Bool { defaultValue == nil }
    }

    public let name: String
    public let title: String
    public let description: String
    public let parameters: [Parameter]
    public let sql: String

    /// Parses a query file; errors name the file and line.
    public static func parse(_ text: String, path: String) throws -> CannedQuery {
        var name: String?
        var title: String?
        var description = ""
        var parameters: [Parameter] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("--") else { break }
            let body = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
            func fail(_ reason: String) -> QueryError { QueryError(.usage, thing: "\(path):\(number + 1)", reason: reason) }
            if body.hasPrefix("name:") {
                name = body.dropFirst(5).trimmingCharacters(in: .whitespaces)
            } else if body.hasPrefix("title:") {
                title = body.dropFirst(6).trimmingCharacters(in: .whitespaces)
            } else if body.hasPrefix("description:") {
                description = body.dropFirst(12).trimmingCharacters(in: .whitespaces)
            } else if body.hasPrefix("param:") {
                let spec = body.dropFirst(6).trimmingCharacters(in: .whitespaces)
                // NAME TYPE [= DEFAULT] [help...]; the help is set off by two or more spaces.
                let parts = spec.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let declaration = parts.first ?? ""
                let help = parts.dropFirst().joined(separator: " ")
                let pieces = declaration.components(separatedBy: "=")
                let head = pieces[0].split(separator: " ").map(String.init)
                guard head.count == 2, let type = ParamType(rawValue: head[1]) else {
                    throw fail("expected `-- param: NAME TYPE [= DEFAULT]  help` with TYPE one of \(ParamType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                let value = pieces.count > 1 ? pieces.dropFirst().joined(separator: "=").trimmingCharacters(in: .whitespaces) : nil
                parameters.append(Parameter(name: head[0], type: type, defaultValue: value, help: help))
            }
        }
        guard let name, !name.isEmpty else { throw QueryError(.usage, thing: path, reason: "no `-- name:` header") }
        guard let title else { throw QueryError(.usage, thing: path, reason: "no `-- title:` header") }
        return CannedQuery(name: name, title: title, description: description, parameters: parameters, sql: text)
    }

    /// The queries carried inside this binary, by name.
    public static let bundled: [CannedQuery] = EmbeddedFiles.paths(under: "Sources/KBQuery/Queries/")
        .filter { $0.hasSuffix(".sql") }
        .compactMap { path in EmbeddedFiles.text(path).flatMap { try? CannedQuery.parse($0, path: path) } }
        .sorted { $0.name < $1.name }

    public static func named(_ name: String) -> CannedQuery? {
        // Start-up: a query is usually in the file named after it; parse that one
        // alone, and all of them only when it is not.
        if let text = EmbeddedFiles.text("Sources/KBQuery/Queries/\(name).sql"),
           let query = try? CannedQuery.parse(text, path: "Sources/KBQuery/Queries/\(name).sql"), query.name == name {
            return query
        }
        return bundled.first { $0.name == name }
    }
}

import Foundation
