import Foundation
import GRDB
import Testing
@testable import KBStorage

@Suite("Durability and concurrent readers", .serialized)
struct ConcurrencyTests {
    static func corpus(_ folder: TemporaryFolder, count: Int) throws -> String {
        for i in 0..<count {
            try folder.write("corpus/a\(String(format: "%03d", i)).txt",
                             "Report \(i)\n\nJune \(i % 28 + 1), 2020\n\nNorth Korea said on Tuesday that it would respond to leaflets number \(i).\n\nSource:https://example.org/c/\(i)\n")
        }
        return folder.file("corpus")
    }

    @Test("--durable commits each article on its own; the default commits them in groups")
    func durableCommitsEachArticle() throws {
        let folder = try TemporaryFolder()
        let corpus = try Self.corpus(folder, count: 12)
        for durable in [true, false] {
            let path = folder.file(durable ? "durable.sqlite" : "grouped.sqlite")
            let kb = try KnowledgeBase(path: path, mode: .createIfMissing, durable: durable)
            #expect(try kb.pool.read { db throws in try String.fetchOne(db, sql: "PRAGMA synchronous") } == (durable ? "2" : "1"),
                    "synchronous should be \(durable ? "FULL" : "NORMAL")")
            // A separate connection sees what is committed when each progress report arrives.
            let observer = try DatabaseQueue(path: path)
            let seen = SeenCounts()
            var options = ImportOptions()
            options.durable = durable
            options.groupSize = 5
            _ = try Importer(kb: kb).run(ImportItem.collect([corpus]).items, options: options) { done, _ in
                let committed = (try? observer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") }) ?? -1
                seen.append(done, committed ?? -1)
            }
            let pairs = seen.values
            if durable {
                #expect(pairs.map(\.done) == Array(1...12))
                #expect(pairs.allSatisfy { $0.done == $0.committed }, "\(pairs)")
            } else {
                #expect(pairs.map(\.done) == [5, 10, 12])
                #expect(pairs.allSatisfy { $0.done == $0.committed }, "\(pairs)")
            }
        }
    }

    final class SeenCounts: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [(done: Int, committed: Int)] = []
        func append(_ done: Int, _ committed: Int) { lock.lock(); values.append((done, committed)); lock.unlock() }
    }

    @Test("opening waits out another connection's momentary exclusive lock instead of failing with 'database is locked'")
    func openWaitsForALock() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("kb.sqlite")
        _ = try KnowledgeBase(path: path, mode: .createIfMissing)
        // A WAL connection in exclusive locking mode shuts every other
        // connection out, as a writer does for a moment while it recovers or
        // removes the log.
        var config = Configuration()
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
        let holder = try DatabaseQueue(path: path, configuration: config)
        try holder.write { db in try db.execute(sql: "UPDATE kb_meta SET value = value WHERE 0") }
        var probe = Configuration()
        probe.readonly = true
        #expect(throws: DatabaseError.self, "the holder must really lock others out for this test to mean anything") {
            let locked = try DatabaseQueue(path: path, configuration: probe)
            defer { try? locked.close() }
            return try locked.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") }
        }
        let release = Thread { Thread.sleep(forTimeInterval: 0.5); try? holder.close() }
        release.start()
        let reader = try KnowledgeBase(path: path, mode: .mustExist, readOnly: true)
        #expect(try reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") } == 0)
    }

    @Test("kb query, kb ask and kb search in other processes, in a loop while an import writes, never see SQLITE_BUSY or a partial article")
    func readersDuringImport() throws {
        let folder = try TemporaryFolder()
        let corpus = try Self.corpus(folder, count: 800)
        let db = folder.file("kb.sqlite")
        #expect(try KBRun.run(["import", "--db", db, "--quiet"]).status == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: KBRun.binary)
        writer.arguments = ["import", "--db", db, corpus, "--quiet", "--durable"]
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        var rounds = 0
        var roundsDuringImport = 0
        var failures: [String] = []
        // Every article is whole: it has its provenance rows, and the flag set by the last statement of its savepoint.
        let partial = "SELECT count(*) AS n FROM article a WHERE a.complete = 0 OR NOT EXISTS (SELECT 1 FROM provenance p WHERE p.article_id = a.id)"
        while writer.isRunning || rounds < 3 {
            for arguments in [["query", "--db", db, partial, "--format", "json"],
                              ["ask", "timeline", "--db", db, "--actor", "North Korea", "--limit", "5", "--format", "json"],
                              ["search", "--db", db, "leaflets", "--format", "json"]] {
                let run = try KBRun.run(arguments)
                if run.status != 0 || run.stderr.lowercased().contains("busy") || run.stderr.lowercased().contains("locked") {
                    failures.append("\(arguments[0]): \(run.status) \(run.stderr)")
                } else if arguments[0] == "query", let rows = try run.json()["rows"] as? [[String: Any]], rows.first?["n"] as? Int != 0 {
                    failures.append("a partial article was visible")
                }
            }
            rounds += 1
            if writer.isRunning { roundsDuringImport += 1 }
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(roundsDuringImport >= 1, "the readers never overlapped the import")
        print("concurrent readers: \(rounds) rounds of query, ask and search, \(roundsDuringImport) finished while the import wrote")
        #expect(try KBRun.run(["check", "--db", db]).status == 0)
    }
}
