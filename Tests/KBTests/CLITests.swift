import Foundation
import KBStorage
import Testing

/// End-to-end: the built `kb` binary, its stdout, stderr and exit codes.
@Suite("kb command line", .serialized)
struct CLITests {
    /// Runs SQL through the sqlite3 shell, behind kb's back; false (and a note) when the shell is missing.
    static func sqliteShell(_ db: String, _ sql: String) throws -> Bool {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
            print("skipped the tampering part: the sqlite3 shell is not installed (CI installs it)")
            return false
        }
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db, sql]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0, "sqlite3 failed on \(sql)")
        return true
    }

    @Test("kb --version and kb --help")
    func versionAndHelp() throws {
        let version = try KBRun.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("kb "))
        let help = try KBRun.run(["--help"])
        #expect(help.status == 0)
        for command in ["import", "extract", "query", "stats", "check", "schema", "remove"] {
            #expect(help.stdout.contains(command), "help lists \(command)")
        }
    }

    @Test("a usage error exits 64")
    func usageError() throws {
        let run = try KBRun.run(["query"])
        #expect(run.status == 64)
        let bad = try KBRun.run(["query", "select 1", "--timeout-ms", "-5"])
        #expect(bad.status == 64)
    }

    @Test("a copied binary in an empty folder creates, migrates and fills a database from its embedded Seeds")
    func copiedBinary() throws {
        let folder = try TemporaryFolder()
        let copy = folder.file("kb")
        try FileManager.default.copyItem(atPath: KBRun.binary, toPath: copy)
        let imported = try KBRun.run(["import", "--format", "json"], cwd: folder.path, executable: copy)
        let summary = try imported.json()
        #expect((summary["new"] as? Int ?? 0) >= 35, "stderr: \(imported.stderr)")
        let stats = try KBRun.run(["stats", "--format", "json"], cwd: folder.path, executable: copy).json()
        #expect(stats["schema_version"] as? Int == Migration.bundled.count)
        #expect((stats["events"] as? Int ?? 0) > 0)
        #expect(stats["fts5"] as? Bool == true)
        for key in ["articles", "actors", "places", "events", "quotes"] { #expect(stats[key] is Int, "stats has \(key)") }
        #expect(stats["sqlite_version"] is String)
        #expect(stats["extractor_version"] is String)
        let check = try KBRun.run(["check", "--format", "json"], cwd: folder.path, executable: copy)
        #expect(check.status == 0)
        #expect(try check.json()["ok"] as? Bool == true)
    }

    @Test("a read command at the default location builds the database from Seeds and says so on stderr")
    func defaultDatabaseAutoBuild() throws {
        let folder = try TemporaryFolder()
        let run = try KBRun.run(["query", "SELECT count(*) AS n FROM article WHERE origin = 'seed'", "--format", "json"], cwd: folder.path)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("building it from the bundled Seeds"))
        let rows = try run.json()["rows"] as? [[String: Any]]
        #expect((rows?.first?["n"] as? Int ?? 0) >= 35)
        #expect(FileManager.default.fileExists(atPath: folder.file("kb.sqlite")))
    }

    @Test("an explicit --db or $KB_DB that does not exist is an error for read commands, and no file appears")
    func explicitMissingDatabase() throws {
        let folder = try TemporaryFolder()
        let run = try KBRun.run(["stats", "--db", folder.file("typo.sqlite")], cwd: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("kb: \(folder.file("typo.sqlite")): no such database"))
        let env = try KBRun.run(["query", "select 1", "--format", "json"], cwd: folder.path, environment: ["KB_DB": folder.file("env.sqlite")])
        #expect(env.status == 1)
        #expect(try env.json()["code"] as? String == "not_found")
        #expect(try folder.listing().isEmpty)
    }

    @Test("kb import reports bad files as `kb: PATH: REASON`, imports the rest, exits 1, and is quiet under --quiet")
    func importFailures() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("in/good.txt", "Title\n\nNorth Korea said it would respond.\n\nSource:https://example.org/e2e\n")
        let empty = try folder.write("in/empty.txt", "")
        let run = try KBRun.run(["import", "--db", folder.file("kb.sqlite"), folder.file("in"), "--format", "json"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("kb: \(empty): empty file"))
        let summary = try run.json()
        #expect(summary["new"] as? Int == 1)
        #expect((summary["failed"] as? [[String: Any]])?.first?["path"] as? String == empty)
        let again = try KBRun.run(["import", "--db", folder.file("kb.sqlite"), good, "--quiet"])
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty)
        let unchanged = try KBRun.run(["import", "--db", folder.file("kb.sqlite"), good, "--format", "json"]).json()
        #expect(unchanged["unchanged"] as? Int == 1)
    }

    @Test("kb import --no-curated says its annotations are stored and not applied, not 'waiting for their article'")
    func importNoCuratedMessage() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("in/a.txt", "Seoul warns\n\nJune 13, 2020\n\nNorth Korea blew up the liaison office in Kaesong.\n\nSource:https://example.org/nc\n")
        _ = try folder.write("in/a.yaml", "kb: annotation/1\narticle:\n  source_url: \"https://example.org/nc\"\n  published: \"2020-06-16\"\nactors: [north-korea]\nplaces: [kaesong]\nevents: []\n")
        let plain = try KBRun.run(["import", "--db", folder.file("plain.sqlite"), folder.file("in"), "--no-curated"])
        #expect(plain.status == 0, "stderr: \(plain.stderr)")
        #expect(plain.stdout.contains("annotations: 1 stored, none applied (--no-curated)"), "\(plain.stdout)")
        #expect(!plain.stdout.contains("waiting"))
        let curated = try KBRun.run(["import", "--db", folder.file("curated.sqlite"), folder.file("in")])
        #expect(curated.stdout.contains("annotations: 1 stored, 1 applied, 0 waiting for their article"), "\(curated.stdout)")
    }

    @Test("kb query: formats parse back, parameters bind, stdin works, the row cap says it truncated")
    func queryFormats() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("kb.sqlite")
        #expect(try KBRun.run(["import", "--db", db, "--quiet"]).status == 0)
        let sql = "SELECT code, description FROM cameo_code WHERE root = :root ORDER BY code"
        let json = try KBRun.run(["query", "--db", db, sql, "-p", "root=17", "--format", "json"]).json()
        #expect(json["ok"] as? Bool == true)
        #expect(json["truncated"] as? Bool == false)
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.first?["code"] as? String == "17")
        #expect(json["row_count"] as? Int == rows.count)
        #expect(rows.contains { $0["code"] as? String == "1712" })

        let csv = try KBRun.run(["query", "--db", db, sql, "-p", "root=17", "--format", "csv"])
        let csvLines = csv.stdout.split(separator: "\r\n")
        #expect(csvLines.first == "code,description")
        #expect(csvLines.count == rows.count + 1)

        let jsonl = try KBRun.run(["query", "--db", db, sql, "-p", "root=17", "--format", "jsonl"])
        let objects = try jsonl.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == rows.count)

        let tsv = try KBRun.run(["query", "--db", db, sql, "-p", "root=17", "--format", "tsv"])
        #expect(tsv.stdout.split(separator: "\n").first == "code\tdescription")
        let md = try KBRun.run(["query", "--db", db, sql, "-p", "root=17", "--format", "markdown"])
        #expect(md.stdout.hasPrefix("| code | description |"))

        let stdin = try KBRun.run(["query", "--db", db, "-", "--format", "json"], stdin: "SELECT 41 + 1 AS answer")
        #expect((try stdin.json()["rows"] as? [[String: Any]])?.first?["answer"] as? Int == 42)

        let capped = try KBRun.run(["query", "--db", db, "SELECT code FROM cameo_code", "--limit", "5", "--format", "json"]).json()
        #expect(capped["truncated"] as? Bool == true)
        #expect(capped["row_count"] as? Int == 5)
        let all = try KBRun.run(["query", "--db", db, "SELECT code FROM cameo_code", "--all", "--format", "json"]).json()
        #expect(all["truncated"] as? Bool == false)
        #expect((all["row_count"] as? Int ?? 0) > 300)
        let table = try KBRun.run(["query", "--db", db, "SELECT code FROM cameo_code", "--limit", "5"])
        #expect(table.stdout.contains("truncated"))
    }

    @Test("tables fit the terminal width ($COLUMNS)")
    func tablesFitWidth() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("kb.sqlite")
        #expect(try KBRun.run(["import", "--db", db, "--quiet"]).status == 0)
        for columns in [80, 120] {
            let run = try KBRun.run(["query", "--db", db, "SELECT * FROM event_view LIMIT 20"], environment: ["COLUMNS": String(columns)])
            #expect(run.status == 0)
            let widest = run.stdout.split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= columns, "a line of \(widest) characters at COLUMNS=\(columns)")
            #expect(widest >= columns - 12, "the table should use the width it has")
        }
    }

    @Test("kb query refuses writes with code denied and a time-limit error with code timeout, database unchanged")
    func queryRefusals() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("kb.sqlite")
        #expect(try KBRun.run(["import", "--db", db, "--quiet"]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let write = try KBRun.run(["query", "--db", db, "DELETE FROM article", "--format", "json"])
        #expect(write.status == 1)
        #expect(try write.json()["code"] as? String == "denied")
        #expect(write.stderr.hasPrefix("kb: query: kb query is read-only"))
        let vacuum = try KBRun.run(["query", "--db", db, "VACUUM INTO '\(folder.file("copy.sqlite"))'"])
        #expect(vacuum.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.file("copy.sqlite")))
        let slow = try KBRun.run(["query", "--db", db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c",
                                  "--timeout-ms", "300", "--format", "json"])
        #expect(slow.status == 1)
        #expect(try slow.json()["code"] as? String == "timeout")
        #expect(slow.stderr.contains("--timeout-ms"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
    }

    @Test("kb check, kb schema and kb remove")
    func checkSchemaRemove() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("kb.sqlite")
        let file = try folder.write("a.txt", "Title\n\nNorth Korea said it would respond.\n\nSource:https://example.org/rm\n")
        #expect(try KBRun.run(["import", "--db", db, file, "--quiet"]).status == 0)
        let check = try KBRun.run(["check", "--db", db, "--format", "json"]).json()
        #expect(check["ok"] as? Bool == true)
        #expect(check["integrity"] as? [String] == ["ok"])
        #expect((check["foreign_keys"] as? [Any])?.isEmpty == true)
        #expect((check["incomplete_articles"] as? [Any])?.isEmpty == true)
        #expect(check["provenance_mismatches"] as? Int == 0)
        let schema = try KBRun.run(["schema", "--db", db])
        #expect(schema.status == 0)
        for name in ["CREATE TABLE article", "CREATE TABLE event", "CREATE VIEW provenance_check", "CREATE VIEW event_view"] {
            #expect(schema.stdout.contains(name), "schema shows \(name)")
        }
        let removed = try KBRun.run(["remove", "--db", db, "https://example.org/rm"])
        #expect(removed.status == 0)
        let missing = try KBRun.run(["remove", "--db", db, "https://example.org/rm"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("kb: https://example.org/rm: no such article"))
    }

    @Test("a broken provenance span makes kb check fail with exit 1")
    func checkFailsOnMismatch() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("kb.sqlite")
        let file = try folder.write("a.txt", "Title\n\nNorth Korea said it would respond in Kaesong.\n\nSource:https://example.org/pm\n")
        #expect(try KBRun.run(["import", "--db", db, file, "--quiet"]).status == 0)
        // Damage a span behind kb's back, as a bug or a hand edit could.
        guard try Self.sqliteShell(db, "UPDATE provenance SET start = start + 1 WHERE id = (SELECT min(id) FROM provenance WHERE start IS NOT NULL)") else { return }
        let check = try KBRun.run(["check", "--db", db, "--format", "json"])
        #expect(check.status == 1)
        #expect(try check.json()["provenance_mismatches"] as? Int == 1)
    }

    @Test("summary tables stay equal to a recount through import and remove, and kb check notices when they do not")
    func summariesStayConsistent() throws {
        let folder = try TemporaryFolder()
        let db = folder.file("kb.sqlite")
        #expect(try KBRun.run(["import", "--db", db, "--quiet"]).status == 0)
        var check = try KBRun.run(["check", "--db", db, "--format", "json"]).json()
        #expect(check["summary_mismatches"] as? Int == 0)
        #expect(try KBRun.run(["remove", "--db", db, "1", "--quiet"]).status == 0)
        check = try KBRun.run(["check", "--db", db, "--format", "json"]).json()
        #expect(check["summary_mismatches"] as? Int == 0)
        #expect(check["ok"] as? Bool == true)
        guard try Self.sqliteShell(db, "UPDATE event_pair_summary SET events = events + 1 WHERE (source_id, target_id) = (SELECT source_id, target_id FROM event_pair_summary LIMIT 1)") else { return }
        let broken = try KBRun.run(["check", "--db", db, "--format", "json"])
        #expect(broken.status == 1)
        #expect((try broken.json()["summary_mismatches"] as? Int ?? 0) > 0)
    }

    @Test("kb extract prints the JSON contract without touching any database")
    func extractContract() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "Seoul warns\n\nJune 13, 2020\n\nNorth Korea blew up the liaison office in Kaesong.\n\nSource:https://example.org/x\n")
        let run = try KBRun.run(["extract", file, "--format", "json"], cwd: folder.path)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try run.json()
        let article = try #require(object["article"] as? [String: Any])
        #expect(article["title"] as? String == "Seoul warns")
        #expect(article["published"] as? String == "2020-06-13")
        #expect(article["source_url"] as? String == "https://example.org/x")
        #expect(article["publisher"] as? String == "example.org")
        #expect(article["extractor_version"] is String)
        for key in ["actors", "places", "quotes", "events"] { #expect(object[key] is [Any], "has \(key)") }
        let text = try #require(article["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        for actor in object["actors"] as? [[String: Any]] ?? [] {
            for mention in actor["mentions"] as? [[String: Int]] ?? [] {
                let span = String(String.UnicodeScalarView(scalars[mention["start"]!..<mention["end"]!]))
                #expect(!span.isEmpty)
            }
        }
        #expect(try folder.listing() == ["a.txt"])
    }
}
