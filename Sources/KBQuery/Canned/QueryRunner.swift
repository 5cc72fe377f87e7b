import Foundation
import GRDB
import GRDBSQLite
import KBExtraction
import KBStorage

/// Runs canned queries against a knowledge base: resolves actor and place
/// parameters from any alias, checks types, binds by name.
public struct QueryRunner: Sendable {
    public let kb: KnowledgeBase

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    /// Runs `query` with raw parameter values (as typed by a person); missing
    /// optional parameters take their defaults. A query that runs past
    /// `timeoutMilliseconds` (0: no limit) is stopped with a `timeout` error.
    public func run(_ query: CannedQuery, _ values: [String: String], timeoutMilliseconds: Int = 10_000) throws -> ResultSet {
        let known = Set(query.parameters.map(\.name))
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
            throw QueryError(.usage, thing: "--\(unknown)", reason: "`\(query.name)` has no such parameter (it takes: \(query.parameters.map { "--\($0.name)" }.joined(separator: ", ")))")
        }
        do {
            return try kb.pool.read { db in
                var arguments: [String: (any DatabaseValueConvertible)?] = [:]
                for p in query.parameters {
                    let raw = values[p.name] ?? p.defaultValue
                    guard let raw else {
                        throw QueryError(.usage, thing: "--\(p.name)", reason: "`\(query.name)` needs --\(p.name) (\(p.type.rawValue)): \(p.help)")
                    }
                    arguments[p.name] = try Self.value(raw, for: p, db: db)
                }
                let statement = try db.makeStatement(sql: query.sql)
                statement.arguments = StatementArguments(arguments)
                // The same time limit kb query has, through SQLite's progress handler.
                let deadline = DeadlineBox()
                deadline.start(milliseconds: timeoutMilliseconds)
                let connection = db.sqliteConnection
                sqlite3_progress_handler(connection, 1000, { context in
                    guard let context else { return 0 }
                    return Unmanaged<DeadlineBox>.fromOpaque(context).takeUnretainedValue().expired() ? 1 : 0
                }, Unmanaged.passUnretained(deadline).toOpaque())
                defer { sqlite3_progress_handler(connection, 0, nil, nil) }
                let cursor = try Row.fetchCursor(statement)
                var rows: [[SQLValue]] = []
                while let row = try cursor.next() {
                    rows.append(row.databaseValues.map(SQLValue.init))
                }
                return ResultSet(columns: statement.columnNames, rows: rows)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw QueryError(.timeout, thing: query.name, reason: "stopped at the time limit of \(timeoutMilliseconds) ms (raise it with --timeout-ms)")
        } catch let error as DatabaseError {
            throw QueryError(.database, thing: query.name, reason: error.message ?? "\(error)")
        }
    }

    static func value(_ raw: String, for p: CannedQuery.Parameter, db: Database) throws -> (any DatabaseValueConvertible)? {
        if raw == "null" { return nil }
        switch p.type {
        case .text:
            return raw
        case .integer:
            guard let v = Int64(raw) else { throw QueryError(.usage, thing: "--\(p.name)", reason: "expected an integer, got \(raw)") }
            return v
        case .real:
            guard let v = Double(raw), v.isFinite else { throw QueryError(.usage, thing: "--\(p.name)", reason: "expected a number, got \(raw)") }
            return v
        case .date:
            guard let date = PartialDate(raw) else { throw QueryError(.usage, thing: "--\(p.name)", reason: "expected YYYY, YYYY-MM or YYYY-MM-DD, got \(raw)") }
            return date.description
        case .actor:
            return try resolve(raw, table: "actor", aliasTable: "actor_alias", key: "actor_id", what: "actor", parameter: p.name, db: db)
        case .place:
            return try resolve(raw, table: "place", aliasTable: "place_alias", key: "place_id", what: "place", parameter: p.name, db: db)
        }
    }

    /// An id from an id, a name or any alias; an ambiguous name lists its candidates.
    static func resolve(_ raw: String, table: String, aliasTable: String, key: String, what: String, parameter: String,
                        db: Database) throws -> String {
        if try String.fetchOne(db, sql: "SELECT id FROM \(table) WHERE id = ?", arguments: [raw]) != nil { return raw }
        let norm = NameKey.normalize(raw)
        let ids = try String.fetchAll(db, sql: "SELECT DISTINCT \(key) FROM \(aliasTable) WHERE norm = ? ORDER BY 1", arguments: [norm])
        if ids.count == 1 { return ids[0] }
        if ids.count > 1 {
            throw QueryError(.ambiguous, thing: "--\(parameter) \(raw)", reason: "names several \(what)s: \(ids.joined(separator: ", ")); give one of these ids")
        }
        // A unique prefix or word match helps with partial names ("Kim Yo").
        let like = try String.fetchAll(db, sql: "SELECT DISTINCT \(key) FROM \(aliasTable) WHERE norm LIKE ? ORDER BY 1 LIMIT 11",
                                       arguments: [norm.replacingOccurrences(of: "%", with: "") + "%"])
        if like.count == 1 { return like[0] }
        if like.count > 1 {
            let shown = like.prefix(10).joined(separator: ", ") + (like.count > 10 ? ", ..." : "")
            throw QueryError(.ambiguous, thing: "--\(parameter) \(raw)", reason: "could be \(shown); give one of these ids")
        }
        throw QueryError(.notFound, thing: "--\(parameter) \(raw)", reason: "no \(what) has that id, name or alias")
    }
}

extension SQLValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let v): self = .integer(v)
        case .double(let v): self = .real(v)
        case .string(let v): self = .text(v)
        case .blob(let v): self = .blob(v)
        }
    }
}
