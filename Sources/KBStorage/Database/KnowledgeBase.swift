public import GRDB
import Foundation
import KBExtraction

/// A kb database on disk: opened (created when allowed), migrated, with its
/// reference data (CAMEO codebook, gazetteer) in place. WAL mode, so readers
/// in other processes never wait for a writer.
public final class KnowledgeBase: Sendable {
    public enum OpenMode: Sendable {
        /// A read command: the file must exist.
        case mustExist
        /// A write command, or the default location: created when missing.
        case createIfMissing
    }

    public let path: String
    /// How long any connection waits for another process's lock, in seconds.
    static let busyTimeout: TimeInterval = 30
    /// The GRDB connection pool (one writer, concurrent readers).
    public let pool: DatabasePool
    /// True when this open created the file.
    public let created: Bool

    /// Opens (and when allowed creates) the database at `path`, refuses an
    /// edited or newer schema, applies pending migrations and syncs the
    /// reference data. `durable` sets `synchronous=FULL` instead of NORMAL.
    /// `readOnly` opens an up-to-date database without write access (it is
    /// still migrated first when it is older than this kb).
    public init(path: String, mode: OpenMode, durable: Bool = false, readOnly: Bool = false,
                migrations: [Migration] = Migration.bundled) throws {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, mode == .mustExist {
            throw StorageError(.notFound, thing: path, reason: "no such database (give an existing --db, or run `kb import` to create one)")
        }
        if exists, let problem = Self.notADatabase(path) {
            throw StorageError(.corrupt, thing: path, reason: problem)
        }
        self.path = path
        self.created = !exists
        do {
            // An existing database is verified through a read-only connection
            // first, so a refused database is not touched at all, and a read
            // command on an up-to-date database never writes.
            var upToDate = false
            if exists {
                var readOnlyConfig = Configuration()
                readOnlyConfig.readonly = true
                // A writer in another process may hold a lock for a moment
                // (opening, checkpointing, closing the log): wait, never fail.
                readOnlyConfig.busyMode = .timeout(Self.busyTimeout)
                let queue = try DatabaseQueue(path: path, configuration: readOnlyConfig)
                upToDate = try queue.read { db in
                    let runner = MigrationRunner(migrations: migrations, path: path)
                    try runner.verify(db)
                    return try runner.isUpToDate(db) && ReferenceData.isUpToDate(db)
                }
                try queue.close()
            }
            var config = Configuration()
            config.foreignKeysEnabled = true
            config.busyMode = .timeout(Self.busyTimeout)
            if readOnly && upToDate {
                config.readonly = true
                self.pool = try DatabasePool(path: path, configuration: config)
            } else {
                let synchronous = durable ? "FULL" : "NORMAL"
                config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = \(synchronous)") }
                self.pool = try DatabasePool(path: path, configuration: config)
                try MigrationRunner(migrations: migrations, path: path).run(pool)
                try pool.write { db in try ReferenceData.sync(db) }
            }
        } catch let error as StorageError {
            throw error
        } catch let error as DatabaseError {
            throw StorageError(error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT ? .corrupt : .sqlite,
                               thing: path, reason: error.message ?? "\(error)")
        } catch let error as ExtractionError {
            throw StorageError(.seeds, thing: error.path ?? path, reason: error.description)
        }
    }

    /// A reason why the file at `path` is not an SQLite database, or nil.
    static func notADatabase(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "cannot be read" }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return nil }  // an empty file becomes a new database
        if head.starts(with: Array("SQLite format 3\u{0}".utf8)) { return nil }
        return "not a kb database (not an SQLite file)"
    }

    /// Schema version: the number of applied migrations.
    public func schemaVersion() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    /// Runs `body` with a read transaction, wrapping SQLite errors.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let error as DatabaseError {
            throw StorageError(.sqlite, thing: path, reason: error.message ?? "\(error)")
        }
    }
}
