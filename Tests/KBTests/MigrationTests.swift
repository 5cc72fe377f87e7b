import Foundation
import GRDB
import Testing
@testable import KBStorage
import KBEmbedded

@Suite("Migrations")
struct MigrationTests {
    /// Codes in the shipped TSV (header line excluded), counted independently of the loader.
    static let codebookSize = (EmbeddedFiles.text("Seeds/cameo/event_codes.tsv") ?? "")
        .split(separator: "\n").dropFirst().filter { !$0.isEmpty }.count

    @Test("a fresh database gets every bundled migration, its checksum and the reference data")
    func freshDatabase() throws {
        let folder = try TemporaryFolder()
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        #expect(kb.created)
        #expect(try kb.schemaVersion() == Migration.bundled.count)
        try kb.pool.read { db throws in
            let recorded = try Row.fetchAll(db, sql: "SELECT identifier, checksum FROM kb_migration ORDER BY identifier")
            #expect(recorded.map { $0["identifier"] as String } == Migration.bundled.map(\.identifier))
            #expect(recorded.map { $0["checksum"] as String } == Migration.bundled.map(\.checksum))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM cameo_code") == MigrationTests.codebookSize)
            #expect(try String.fetchOne(db, sql: "SELECT code FROM cameo_code WHERE code = '0311'") == "0311")
            #expect(try Double.fetchOne(db, sql: "SELECT goldstein FROM cameo_code WHERE code = '1712'") == -9.2)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM actor") ?? 0 >= 150)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM place") ?? 0 >= 80)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
            for view in ["event_view", "quote_view", "provenance_view", "provenance_check"] {
                #expect(try db.viewExists(view), "missing view \(view)")
            }
        }
    }

    @Test("opening again applies nothing and changes nothing")
    func idempotentReopen() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("kb.sqlite")
        _ = try KnowledgeBase(path: path, mode: .createIfMissing)
        let before = try KnowledgeBase(path: path, mode: .mustExist).pool.read { db throws in
            try Row.fetchAll(db, sql: "SELECT identifier, applied_at FROM kb_migration")
        }
        let kb = try KnowledgeBase(path: path, mode: .mustExist)
        #expect(!kb.created)
        let after = try kb.pool.read { db in try Row.fetchAll(db, sql: "SELECT identifier, applied_at FROM kb_migration") }
        #expect(before == after)
    }

    @Test("a database whose applied migration was edited is refused, unchanged")
    func editedMigrationRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("kb.sqlite")
        let first = Migration(identifier: "0001_initial", sql: Migration.bundled[0].sql)
        _ = try KnowledgeBase(path: path, mode: .createIfMissing, migrations: [first])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let edited = Migration(identifier: "0001_initial", sql: first.sql + "\n-- an edit\n")
        #expect {
            try KnowledgeBase(path: path, mode: .mustExist, migrations: [edited])
        } throws: { error in
            guard let e = error as? StorageError else { return false }
            return e.kind == .migration && e.reason.contains("0001_initial") && e.reason.contains("edited") && e.thing == path
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("a database from a newer kb (an unknown migration) is refused, unchanged")
    func newerDatabaseRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("kb.sqlite")
        let future = Migration(identifier: "9999_future", sql: "CREATE TABLE future_thing (x);")
        _ = try KnowledgeBase(path: path, mode: .createIfMissing, migrations: Migration.bundled + [future])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            try KnowledgeBase(path: path, mode: .mustExist)
        } throws: { error in
            guard let e = error as? StorageError else { return false }
            return e.kind == .migration && e.reason.contains("newer kb") && e.reason.contains("9999_future")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("a later migration applies to an existing database and keeps its data")
    func forwardMigration() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("kb.sqlite")
        _ = try KnowledgeBase(path: path, mode: .createIfMissing)
        let next = Migration(identifier: "0002_test_note", sql: "ALTER TABLE article ADD COLUMN test_note TEXT;")
        let kb = try KnowledgeBase(path: path, mode: .mustExist, migrations: Migration.bundled + [next])
        #expect(try kb.schemaVersion() == Migration.bundled.count + 1)
        try kb.pool.read { db throws in
            #expect(try db.columns(in: "article").contains { $0.name == "test_note" })
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM cameo_code") == MigrationTests.codebookSize)
        }
    }

    @Test("a missing database is an error for read mode; a file that is not SQLite is refused")
    func missingAndForeignFiles() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StorageError.self) { try KnowledgeBase(path: folder.file("nope.sqlite"), mode: .mustExist) }
        #expect(!FileManager.default.fileExists(atPath: folder.file("nope.sqlite")))
        let text = try folder.write("notes.sqlite", "just some text, not a database")
        #expect {
            try KnowledgeBase(path: text, mode: .createIfMissing)
        } throws: { ($0 as? StorageError)?.kind == .corrupt }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "just some text, not a database")
    }
}

@Suite("Migration safety")
struct MigrationFixtureTests {
    /// A database made by release 0.1.0 (schema 2), kept so that every later
    /// migration is proven on real data: it must open, migrate forward and keep
    /// its facts.
    @Test("the release 0.1.0 fixture migrates forward to this schema with its data intact")
    func fixtureMigratesForward() throws {
        let fixture = Repo.root.appendingPathComponent("Tests/KBTests/Fixtures/databases/release-0.1.0.sqlite")
        let folder = try TemporaryFolder()
        let path = folder.file("old.sqlite")
        try FileManager.default.copyItem(at: fixture, to: URL(fileURLWithPath: path))
        let kb = try KnowledgeBase(path: path, mode: .mustExist)
        #expect(try kb.schemaVersion() == Migration.bundled.count)
        try kb.read { db throws in
            #expect(try String.fetchOne(db, sql: "SELECT source_url FROM article") == "https://example.org/fixture/release-0.1")
            #expect(try String.fetchOne(db, sql: "SELECT published FROM article") == "2020-06-16")
            #expect(try String.fetchOne(db, sql: "SELECT code FROM event WHERE source_id = 'north-korea'") == "1712")
            #expect(try String.fetchOne(db, sql: "SELECT speaker_id FROM quote WHERE text = 'a senseless act'") == "unification-ministry")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM provenance") == 7)
        }
        #expect(try kb.check().ok)
    }
}
