import Foundation
import Testing
@testable import KBQuery
import KBStorage

/// `kb query` cannot change the database or write a file (SPEC sections 7 and 10).
/// Each layer is tested on its own for what it must stop, then all together.
@Suite("Read-only SQL", .serialized)
struct QuerySafetyTests {
    /// A small database with one article, built once per test.
    static func database(in folder: TemporaryFolder) throws -> String {
        let path = folder.file("kb.sqlite")
        let kb = try KnowledgeBase(path: path, mode: .createIfMissing)
        let article = try folder.write("a.txt", "Title\n\nNorth Korea blew up the office in Kaesong.\n\nSource:https://example.org/q\n")
        _ = try Importer(kb: kb).run(ImportItem.collect([article]).items, options: ImportOptions())
        try kb.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return path
    }

    static let writes = [
        "INSERT INTO kb_meta(key, value) VALUES ('x', 'y')",
        "UPDATE article SET title = 'changed'",
        "DELETE FROM article",
        "REPLACE INTO kb_meta(key, value) VALUES ('a', 'b')",
        "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
        "CREATE TABLE evil (x)",
        "DROP TABLE article",
        "ALTER TABLE article ADD COLUMN evil TEXT",
        "CREATE INDEX evil ON article(title)",
        "CREATE VIEW evil AS SELECT 1",
        "CREATE TRIGGER evil AFTER INSERT ON article BEGIN SELECT 1; END",
        "CREATE VIRTUAL TABLE v USING fts5vocab(article_fts, 'row')",
        "CREATE TEMP TABLE t (x)",
        "VACUUM",
        "REINDEX",
        "ANALYZE",
    ]

    /// What the authorizer must deny beyond plain writes.
    static let authorizerOnly = [
        "ATTACH DATABASE '%DIR%/attached.sqlite' AS evil",
        "VACUUM INTO '%DIR%/copy.sqlite'",
        "PRAGMA writable_schema = 1",
        "PRAGMA query_only = 0",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA user_version = 42",
        "SELECT load_extension('/tmp/nothing.so')",
        "SELECT * FROM dbstat",
        "BEGIN IMMEDIATE",
        "SAVEPOINT s",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA synchronous = OFF",
        "PRAGMA cache_size = 1",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "PRAGMA optimize",
        "PRAGMA incremental_vacuum",
        "PRAGMA trusted_schema = 1",
        "PRAGMA main.journal_mode = OFF",
        "SELECT fts3_tokenizer('simple')",
        "ATTACH ':memory:' AS m",
        "DETACH DATABASE main",
        "WITH x AS (SELECT 1) INSERT INTO kb_meta SELECT 'a', 'b' FROM x",
        "UPDATE event SET summary = 'x' RETURNING id",
        "INSERT INTO kb_meta VALUES ('k', 'v') ON CONFLICT DO NOTHING",
        "CREATE TEMP VIEW v AS SELECT 1",
    ]

    /// Statements that must fail (any clear error) and change nothing: missing
    /// file functions, limits, multi-statement strings, deep nesting.
    static let otherRefusals = [
        "SELECT * FROM sqlite_dbpage",
        "SELECT writefile('%DIR%/x', 'y')",
        "SELECT readfile('/etc/passwd')",
        "SELECT zeroblob(100000000)",
        "SELECT 1; DELETE FROM article",
        "SELECT 1; ATTACH '%DIR%/x.sqlite' AS x",
        "SELECT " + String(repeating: "(", count: 2000) + "1" + String(repeating: ")", count: 2000),
        "SELECT * FROM nonexistent_table",
        "",
    ]

    /// The folder's files, less the database's own WAL index and log: any
    /// reader of a WAL database (kb query included) may create them, and they
    /// must stay empty of content, which is checked separately.
    func listing(_ folder: TemporaryFolder) throws -> [String] {
        try folder.listing().filter { !$0.hasSuffix(".sqlite-wal") && !$0.hasSuffix(".sqlite-shm") }
    }

    func expectUnchanged(_ folder: TemporaryFolder, _ path: String, _ body: () throws -> Void) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let before = try listing(folder)
        let tmp = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).sorted()
        try body()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "database file changed")
        #expect(try listing(folder) == before, "a file appeared or vanished in the database's folder")
        let wal = path + "-wal"
        if FileManager.default.fileExists(atPath: wal) {
            #expect(try Data(contentsOf: URL(fileURLWithPath: wal)).isEmpty, "the query wrote to the write-ahead log")
        }
        // Only what SQLite itself could leave there counts (its temporary files are
        // named etilqs_*; a database or its journal): compilers and other tests
        // running on the same machine create folders of their own.
        let newInTmp = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())).subtracting(tmp)
            .filter { $0.hasPrefix("etilqs_") || $0.contains("sqlite") || $0.hasSuffix(".db") || $0.hasSuffix("-journal") }
        #expect(newInTmp.isEmpty, "new files in the temporary folder: \(newInTmp)")
    }

    func refused(_ sql: String, layers: ReadOnlySQL.Layers, folder: TemporaryFolder, path: String) throws {
        let statement = sql.replacingOccurrences(of: "%DIR%", with: folder.path)
        try expectUnchanged(folder, path) {
            let runner = try ReadOnlySQL(path: path, layers: layers)
            #expect(throws: QueryError.self, "\(statement) was allowed with layers \(layers.rawValue)") {
                _ = try runner.run(statement)
            }
        }
    }

    /// Temporary tables live outside the database file; the authorizer stops them.
    static let persistentWrites = writes.filter { !$0.hasPrefix("CREATE TEMP") }

    @Test("a read-only connection alone refuses every write", arguments: QuerySafetyTests.persistentWrites)
    func readOnlyOpenAlone(sql: String) throws {
        let folder = try TemporaryFolder()
        try refused(sql, layers: [.readOnlyOpen], folder: folder, path: try Self.database(in: folder))
    }

    @Test("PRAGMA query_only alone refuses every write", arguments: QuerySafetyTests.persistentWrites)
    func queryOnlyAlone(sql: String) throws {
        let folder = try TemporaryFolder()
        try refused(sql, layers: [.queryOnly], folder: folder, path: try Self.database(in: folder))
    }

    @Test("the authorizer alone refuses writes, DDL, ATTACH, VACUUM INTO, state-changing PRAGMAs and load_extension",
          arguments: QuerySafetyTests.writes + QuerySafetyTests.authorizerOnly)
    func authorizerAlone(sql: String) throws {
        let folder = try TemporaryFolder()
        try refused(sql, layers: [.authorizer], folder: folder, path: try Self.database(in: folder))
    }

    @Test("hardening alone refuses ATTACH, VACUUM INTO and load_extension")
    func hardeningAlone() throws {
        let folder = try TemporaryFolder()
        let path = try Self.database(in: folder)
        for sql in ["ATTACH DATABASE '%DIR%/attached.sqlite' AS evil", "VACUUM INTO '%DIR%/copy.sqlite'", "SELECT load_extension('/tmp/nothing.so')"] {
            try refused(sql, layers: [.hardening], folder: folder, path: path)
        }
    }

    @Test("all layers together refuse everything above with a clear 'denied' error",
          arguments: QuerySafetyTests.writes + QuerySafetyTests.authorizerOnly)
    func allLayers(sql: String) throws {
        let folder = try TemporaryFolder()
        let path = try Self.database(in: folder)
        try expectUnchanged(folder, path) {
            let runner = try ReadOnlySQL(path: path)
            do {
                _ = try runner.run(sql.replacingOccurrences(of: "%DIR%", with: folder.path))
                Issue.record("\(sql) was allowed")
            } catch let error as QueryError {
                #expect(error.code == .denied, "\(sql): \(error)")
                #expect(error.reason.contains("read-only"))
            }
        }
    }

    @Test("other hostile input fails clearly and changes nothing", arguments: QuerySafetyTests.otherRefusals)
    func otherRefusalsFail(sql: String) throws {
        let folder = try TemporaryFolder()
        let path = try Self.database(in: folder)
        try expectUnchanged(folder, path) {
            let runner = try ReadOnlySQL(path: path)
            do {
                _ = try runner.run(sql.replacingOccurrences(of: "%DIR%", with: folder.path))
                Issue.record("\(sql.prefix(60)) succeeded")
            } catch let error as QueryError {
                #expect(!error.reason.isEmpty)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("x")))
    }

    @Test("the hostile statement table has at least 40 entries")
    func tableSize() {
        #expect(Self.writes.count + Self.authorizerOnly.count + Self.otherRefusals.count >= 40)
    }

    @Test("huge results stop at the row cap and the fts5vocab table cannot be created")
    func hugeResultsAndVocab() throws {
        let folder = try TemporaryFolder()
        let path = try Self.database(in: folder)
        let runner = try ReadOnlySQL(path: path)
        let big = try runner.run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c")
        #expect(big.rows.count == 1000)
        #expect(big.truncated)
        #expect { try runner.run("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'article_fts', 'row')") } throws: { ($0 as? QueryError)?.code == .denied }
    }

    @Test("reading works: selects, joins, views, read-only pragmas, table-valued pragma functions")
    func readsWork() throws {
        let folder = try TemporaryFolder()
        let path = try Self.database(in: folder)
        let runner = try ReadOnlySQL(path: path)
        #expect(try runner.run("SELECT count(*) AS n FROM article").rows == [[.integer(1)]])
        #expect(try runner.run("SELECT title FROM article JOIN provenance ON provenance.article_id = article.id LIMIT 1").rows.count == 1)
        #expect(try runner.run("SELECT * FROM provenance_check").rows.isEmpty)
        #expect(try runner.run("PRAGMA user_version").rows == [[.integer(Int64(Migration.bundled.count))]])
        #expect(try runner.run("SELECT name FROM pragma_table_info('article') WHERE name = 'title'").rows == [[.text("title")]])
        #expect(try runner.run("SELECT code FROM cameo_code WHERE code = :c", options: { var o = ReadOnlySQL.Options(); o.parameters = ["c": "0311"]; return o }()).rows == [[.text("0311")]])
    }

    @Test("a runaway recursive CTE stops at the time limit with a message that says how to raise it")
    func timeLimit() throws {
        let folder = try TemporaryFolder()
        let runner = try ReadOnlySQL(path: try Self.database(in: folder))
        var options = ReadOnlySQL.Options()
        options.timeoutMilliseconds = 200
        do {
            _ = try runner.run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c", options: options)
            Issue.record("the runaway query finished")
        } catch let error as QueryError {
            #expect(error.code == .timeout)
            #expect(error.reason.contains("--timeout-ms"))
        }
    }

    @Test("parameters bind, never splice; missing and unknown parameters are usage errors")
    func parameters() throws {
        let folder = try TemporaryFolder()
        let path = try Self.database(in: folder)
        let runner = try ReadOnlySQL(path: path)
        var options = ReadOnlySQL.Options()
        options.parameters = ["t": "x' OR '1'='1"]
        #expect(try runner.run("SELECT count(*) FROM article WHERE title = :t", options: options).rows == [[.integer(0)]])
        options.parameters = ["t": "'); DROP TABLE article; --"]
        #expect(try runner.run("SELECT :t AS v", options: options).rows == [[.text("'); DROP TABLE article; --")]])
        #expect(try runner.run("SELECT count(*) FROM article").rows == [[.integer(1)]])
        #expect { try runner.run("SELECT :missing") } throws: { ($0 as? QueryError)?.code == .usage }
        options.parameters = ["extra": "1"]
        #expect { try runner.run("SELECT 1", options: options) } throws: { ($0 as? QueryError)?.code == .usage }
    }

    @Test("more than one statement is refused; the row cap truncates and says so")
    func multipleStatementsAndRowCap() throws {
        let folder = try TemporaryFolder()
        let path = try Self.database(in: folder)
        let runner = try ReadOnlySQL(path: path)
        #expect { try runner.run("SELECT 1; DELETE FROM article") } throws: { ($0 as? QueryError)?.code == .usage }
        #expect(try runner.run("SELECT 1; -- a comment\n").rows == [[.integer(1)]])
        var options = ReadOnlySQL.Options()
        options.rowLimit = 10
        let capped = try runner.run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 50) SELECT x FROM c", options: options)
        #expect(capped.rows.count == 10)
        #expect(capped.truncated)
        options.rowLimit = nil
        #expect(try runner.run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 50) SELECT x FROM c", options: options).rows.count == 50)
    }
}
