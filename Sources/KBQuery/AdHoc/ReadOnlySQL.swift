import Foundation
import GRDBSQLite
import KBSQLiteShim

/// Runs untrusted SQL against a kb database so that it cannot change the
/// database or write any file (SPEC section 7). Layers, each enough alone for
/// most attacks and tested on its own:
/// 1. the connection is opened read-only (`SQLITE_OPEN_READONLY`);
/// 2. `PRAGMA query_only = 1`;
/// 3. an authorizer that allows reading and denies everything else: writes,
///    DDL, ATTACH (which is also how `VACUUM INTO` appears), transactions,
///    `load_extension`, and every PRAGMA that is not a plain read;
/// 4. hardening: no extension loading, defensive mode, attach limit 0.
/// GRDB installs its own authorizer on its connections, so this is a raw
/// SQLite connection of its own. A progress handler enforces the time limit.
public final class ReadOnlySQL {
    /// Which layers to install; tests switch them one at a time.
    public struct Layers: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let readOnlyOpen = Layers(rawValue: 1)
        public static let queryOnly = Layers(rawValue: 2)
        public static let authorizer = Layers(rawValue: 4)
        public static let hardening = Layers(rawValue: 8)
        public static let all: Layers = [.readOnlyOpen, .queryOnly, .authorizer, .hardening]
    }

    public struct Options: Sendable {
        public var timeoutMilliseconds: Int = 1000
        /// nil: no cap.
        public var rowLimit: Int? = 1000
        public var parameters: [String: String] = [:]
        public init() {}
    }

    let path: String
    let db: OpaquePointer
    let deadline: DeadlineBox
    let denials = DenialBox()

    /// Opens `path` for reading. Throws `not_found` when the file is missing.
    public init(path: String, layers: Layers = .all) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw QueryError(.notFound, thing: path, reason: "no such database")
        }
        self.path = path
        var handle: OpaquePointer?
        let flags = (layers.contains(.readOnlyOpen) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &handle, flags, nil)
        guard rc == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            throw QueryError(.database, thing: path, reason: message)
        }
        self.db = handle
        self.deadline = DeadlineBox()
        sqlite3_busy_timeout(db, 5000)
        sqlite3_extended_result_codes(db, 1)
        if layers.contains(.hardening) {
            sqlite3_enable_load_extension(db, 0)
            let rc = kb_harden_connection(db)
            guard rc == SQLITE_OK else { throw QueryError(.database, thing: path, reason: "cannot harden connection (SQLite code \(rc))") }
        }
        if layers.contains(.queryOnly) {
            try execute("PRAGMA query_only = 1")
        }
        if layers.contains(.authorizer) {
            sqlite3_set_authorizer(db, readOnlyAuthorizer, Unmanaged.passUnretained(denials).toOpaque())
        }
    }

    deinit {
        sqlite3_close_v2(db)
    }

    private func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(db, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "failed"
            sqlite3_free(error)
            throw QueryError(.database, thing: path, reason: message)
        }
    }

    /// Runs one SQL statement and returns its rows.
    public func run(_ sql: String, options: Options = Options()) throws -> ResultSet {
        var statement: OpaquePointer?
        let utf8 = Array(sql.utf8CString)
        deadline.start(milliseconds: options.timeoutMilliseconds)
        denials.first = nil
        defer { deadline.stop() }
        // The time limit, checked every thousand steps; with no limit, no checks
        // either (an aggregate over a million rows calls it a million times).
        if options.timeoutMilliseconds > 0 {
            sqlite3_progress_handler(db, 1000, { context in
                guard let context else { return 0 }
                let box = Unmanaged<DeadlineBox>.fromOpaque(context).takeUnretainedValue()
                return box.expired() ? 1 : 0
            }, Unmanaged.passUnretained(deadline).toOpaque())
        } else {
            sqlite3_progress_handler(db, 0, nil, nil)
        }
        // The tail points into `utf8`'s buffer, so it is read inside the closure:
        // after it, Swift may already have freed the array (its last use), and
        // reading the tail then read freed memory ("found more after the first
        // ';'" for a single statement, seen once in a benchmark run).
        var moreSQL = false
        let prepared: Int32 = utf8.withUnsafeBufferPointer { buffer in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(db, buffer.baseAddress, Int32(buffer.count), 0, &statement, &tail)
            if rc == SQLITE_OK, let tail { moreSQL = Self.hasMoreSQL(String(cString: tail)) }
            return rc
        }
        guard prepared == SQLITE_OK else { throw error(prepared, sql: sql) }
        guard let statement else { throw QueryError(.usage, thing: "query", reason: "no SQL statement given") }
        defer { sqlite3_finalize(statement) }
        // Anything but whitespace and comments after the first statement is refused.
        if moreSQL {
            throw QueryError(.usage, thing: "query", reason: "one SQL statement at a time (found more after the first ';')")
        }
        try bind(statement, options.parameters)

        let columnCount = Int(sqlite3_column_count(statement))
        let columns = (0..<columnCount).map { String(cString: sqlite3_column_name(statement, Int32($0))) }
        var rows: [[SQLValue]] = []
        var truncated = false
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw error(rc, sql: sql) }
            if let limit = options.rowLimit, rows.count >= limit {
                truncated = true
                break
            }
            rows.append((0..<columnCount).map { value(statement, Int32($0)) })
        }
        return ResultSet(columns: columns, rows: rows, truncated: truncated)
    }

    static func hasMoreSQL(_ tail: String) -> Bool {
        var s = Substring(tail)
        while !s.isEmpty {
            if let c = s.first, c.isWhitespace || c == ";" { s = s.dropFirst(); continue }
            if s.hasPrefix("--") { s = s.drop { $0 != "\n" }; continue }
            if s.hasPrefix("/*") {
                guard let end = s.range(of: "*/") else { return false }
                s = s[end.upperBound...]
                continue
            }
            return true
        }
        return false
    }

    private func bind(_ statement: OpaquePointer, _ parameters: [String: String]) throws {
        let count = sqlite3_bind_parameter_count(statement)
        var used: Set<String> = []
        for index in 1...max(count, 1) where count > 0 {
            guard let raw = sqlite3_bind_parameter_name(statement, index) else {
                throw QueryError(.usage, thing: "query", reason: "positional parameter ?\(index): name parameters (:name) and give -p name=VALUE")
            }
            let name = String(String(cString: raw).dropFirst())
            guard let value = parameters[name] else {
                throw QueryError(.usage, thing: ":\(name)", reason: "missing parameter (give -p \(name)=VALUE)")
            }
            used.insert(name)
            let rc: Int32
            if let int = Int64(value), String(int) == value {
                rc = sqlite3_bind_int64(statement, index, int)
            } else if let real = Double(value), real.isFinite, value.contains("."), !value.hasPrefix("0") || value.hasPrefix("0.") {
                rc = sqlite3_bind_double(statement, index, real)
            } else {
                rc = sqlite3_bind_text(statement, index, value, -1, SQLITE_TRANSIENT_POINTER)
            }
            guard rc == SQLITE_OK else { throw error(rc, sql: "") }
        }
        let unknown = Set(parameters.keys).subtracting(used).sorted()
        if !unknown.isEmpty {
            throw QueryError(.usage, thing: "-p \(unknown[0])", reason: "the SQL has no parameter :\(unknown[0])")
        }
    }

    private func value(_ statement: OpaquePointer, _ i: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, i))
        case SQLITE_TEXT: return .text(String(cString: sqlite3_column_text(statement, i)))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, i))
            guard count > 0, let bytes = sqlite3_column_blob(statement, i) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: count))
        default: return .null
        }
    }

    private func error(_ rc: Int32, sql: String) -> QueryError {
        let message = String(cString: sqlite3_errmsg(db))
        if let denied = denials.first {
            return QueryError(.denied, thing: "query", reason: "kb query is read-only: \(denied) is not allowed")
        }
        switch rc & 0xFF {
        case SQLITE_INTERRUPT:
            return QueryError(.timeout, thing: "query", reason: "stopped at the time limit of \(deadline.milliseconds) ms (raise it with --timeout-ms)")
        case SQLITE_AUTH, SQLITE_READONLY:
            return QueryError(.denied, thing: "query", reason: "kb query is read-only: \(message)")
        case SQLITE_BUSY, SQLITE_LOCKED:
            return QueryError(.database, thing: path, reason: "database is busy: \(message)")
        default:
            if message.contains("not authorized") || message.contains("prohibited") || message.contains("attempt to write") || message.contains("too many attached") {
                return QueryError(.denied, thing: "query", reason: "kb query is read-only: \(message)")
            }
            return QueryError(.sql, thing: "query", reason: message)
        }
    }
}

/// SQLITE_TRANSIENT, which Swift cannot import as a constant.
let SQLITE_TRANSIENT_POINTER = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// The deadline the progress handler reads; one per connection.
final class DeadlineBox: @unchecked Sendable {
    // Read by the progress handler on the thread that runs the statement, and
    // written by that same thread before and after: no concurrent access.
    private var end: UInt64 = 0
    private(set) var milliseconds = 0

    func start(milliseconds: Int) {
        self.milliseconds = milliseconds
        end = milliseconds > 0 ? DispatchTime.now().uptimeNanoseconds + UInt64(milliseconds) * 1_000_000 : 0
    }

    func stop() { end = 0 }

    func expired() -> Bool { end != 0 && DispatchTime.now().uptimeNanoseconds > end }
}

/// PRAGMAs that only read. Any of them with an argument that sets a value
/// (`user_version = 5`) is still denied; the table-valued informational ones
/// take a table name as argument and are allowed.
let informationalPragmas: Set<String> = [
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "collation_list", "function_list", "module_list", "pragma_list", "compile_options", "database_list",
]
let readablePragmas: Set<String> = [
    "user_version", "schema_version", "application_id", "page_count", "page_size", "freelist_count", "encoding",
    "foreign_keys", "journal_mode", "data_version", "query_only", "max_page_count", "auto_vacuum", "cache_size",
    "synchronous", "busy_timeout", "integrity_check", "quick_check", "foreign_key_check", "recursive_triggers",
]
/// Functions that touch the file system or the engine's state.
let deniedFunctions: Set<String> = ["load_extension", "fts3_tokenizer", "readfile", "writefile", "edit", "sqlite_dbpage"]
/// Virtual tables that expose or change pages of the file.
let deniedTables: Set<String> = ["sqlite_dbpage", "dbstat"]

/// What the authorizer denied first while preparing a statement, for the error message.
final class DenialBox: @unchecked Sendable {
    // Written by the authorizer during sqlite3_prepare on the calling thread only.
    var first: String?
}

private func readOnlyAuthorizer(
    _ context: UnsafeMutableRawPointer?, _ action: Int32, _ a: UnsafePointer<CChar>?, _ b: UnsafePointer<CChar>?,
    _ c: UnsafePointer<CChar>?, _ d: UnsafePointer<CChar>?
) -> Int32 {
    let verdict = authorize(action, a.map { String(cString: $0) }, b.map { String(cString: $0) })
    if verdict != SQLITE_OK, let context {
        let box = Unmanaged<DenialBox>.fromOpaque(context).takeUnretainedValue()
        if box.first == nil { box.first = describe(action, a.map { String(cString: $0) }, b.map { String(cString: $0) }) }
    }
    return verdict
}

/// A person's words for a denied action ("ATTACH", "PRAGMA writable_schema = 1").
private func describe(_ action: Int32, _ a: String?, _ b: String?) -> String {
    switch action {
    case SQLITE_INSERT: return "INSERT into \(a ?? "a table")"
    case SQLITE_UPDATE: return "UPDATE of \(a ?? "a table")"
    case SQLITE_DELETE: return "DELETE from \(a ?? "a table")"
    case SQLITE_ATTACH: return "ATTACH (also used by VACUUM INTO)"
    case SQLITE_DETACH: return "DETACH"
    case SQLITE_PRAGMA: return "PRAGMA \(a ?? "")\(b.map { " = \($0)" } ?? "")"
    case SQLITE_FUNCTION: return "the function \(b ?? "?")()"
    case SQLITE_READ: return "reading \(a ?? "that table")"
    case SQLITE_TRANSACTION, SQLITE_SAVEPOINT: return "a transaction or savepoint"
    case SQLITE_ANALYZE: return "ANALYZE"
    case SQLITE_REINDEX: return "REINDEX"
    case SQLITE_ALTER_TABLE: return "ALTER TABLE"
    case SQLITE_CREATE_VTABLE: return "CREATE VIRTUAL TABLE"
    case SQLITE_DROP_VTABLE: return "DROP of a virtual table"
    default: return "changing the schema (CREATE, DROP or VACUUM)"
    }
}

private func authorize(_ action: Int32, _ a: String?, _ b: String?) -> Int32 {
    switch action {
    case SQLITE_SELECT, SQLITE_RECURSIVE:
        return SQLITE_OK
    case SQLITE_READ:
        if let a, deniedTables.contains(a.lowercased()) { return SQLITE_DENY }
        return SQLITE_OK
    case SQLITE_UPDATE where a == "sqlite_master" || a == "sqlite_temp_master":
        // SQLite reports the first use of an eponymous virtual table (the
        // pragma_* table-valued functions) as an UPDATE of sqlite_master. A
        // real UPDATE of it is refused by SQLite itself unless writable_schema
        // is on, and setting writable_schema is denied below.
        return SQLITE_OK
    case SQLITE_FUNCTION:
        // For SQLITE_FUNCTION the function name is the second argument.
        guard let b else { return SQLITE_DENY }
        return deniedFunctions.contains(b.lowercased()) ? SQLITE_DENY : SQLITE_OK
    case SQLITE_PRAGMA:
        guard let a else { return SQLITE_DENY }
        let name = a.lowercased()
        if informationalPragmas.contains(name) { return SQLITE_OK }
        if readablePragmas.contains(name), b == nil { return SQLITE_OK }
        return SQLITE_DENY
    default:
        // Writes, DDL, ATTACH/DETACH, transactions, savepoints, ANALYZE,
        // REINDEX, virtual table creation: none of it in a read-only query.
        return SQLITE_DENY
    }
}
