import GRDB
import KBExtraction

/// `kb check`: is the database whole and consistent? (SPEC sections 8 and 10)
public struct CheckReport: Codable, Sendable, Equatable {
    public var ok: Bool
    /// "ok", or the problems PRAGMA integrity_check lists.
    public var integrity: [String]
    public var foreignKeys: [ForeignKeyProblem]
    /// Articles whose import did not finish (always empty when atomicity holds).
    public var incompleteArticles: [Int64]
    /// Provenance spans whose text no longer matches the article.
    public var provenanceMismatches: Int
    /// Events and quotes that no article supports.
    public var orphanFacts: Int
    /// Rows of the summary tables that differ from a recount of the events.
    public var summaryMismatches: Int

    public struct ForeignKeyProblem: Codable, Sendable, Equatable {
        public var table: String
        public var rowid: Int64?
        public var parent: String
    }

    enum CodingKeys: String, CodingKey {
        case ok, integrity, foreignKeys = "foreign_keys", incompleteArticles = "incomplete_articles",
             provenanceMismatches = "provenance_mismatches", orphanFacts = "orphan_facts",
             summaryMismatches = "summary_mismatches"
    }
}

/// `kb stats`: counts and versions.
public struct Stats: Codable, Sendable, Equatable {
    public var articles: Int
    public var actors: Int
    public var places: Int
    public var events: Int
    public var quotes: Int
    public var provenance: Int
    public var annotationsWaiting: Int
    public var schemaVersion: Int
    public var sqliteVersion: String
    public var fts5: Bool
    public var extractorVersion: String
    public var firstEventDate: String?
    public var lastEventDate: String?

    enum CodingKeys: String, CodingKey {
        case articles, actors, places, events, quotes, provenance, annotationsWaiting = "annotations_waiting",
             schemaVersion = "schema_version", sqliteVersion = "sqlite_version", fts5, extractorVersion = "extractor_version",
             firstEventDate = "first_event_date", lastEventDate = "last_event_date"
    }
}

extension KnowledgeBase {
    public func check() throws -> CheckReport {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map {
                CheckReport.ForeignKeyProblem(table: $0[0], rowid: $0[1], parent: $0[2])
            }
            let incomplete = try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE complete = 0 ORDER BY id")
            let mismatches = try Int.fetchOne(db, sql: "SELECT count(*) FROM provenance_check") ?? 0
            let orphans = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM provenance p WHERE p.event_id = e.id))
                     + (SELECT count(*) FROM quote q WHERE NOT EXISTS (SELECT 1 FROM provenance p WHERE p.quote_id = q.id))
                """) ?? 0
            let summaries = try Self.summaryMismatches(db)
            let ok = integrity == ["ok"] && fk.isEmpty && incomplete.isEmpty && mismatches == 0 && orphans == 0 && summaries == 0
            return CheckReport(ok: ok, integrity: integrity, foreignKeys: fk, incompleteArticles: incomplete,
                               provenanceMismatches: mismatches, orphanFacts: orphans, summaryMismatches: summaries)
        }
    }

    /// Recounts the summary tables the triggers keep and counts the rows that differ.
    static func summaryMismatches(_ db: Database) throws -> Int {
        guard try db.tableExists("event_pair_summary") else { return 0 }
        return try Int.fetchOne(db, sql: """
            WITH pairs AS (SELECT source_id, target_id, count(*) AS events FROM event
                           WHERE source_id IS NOT NULL AND target_id IS NOT NULL GROUP BY 1, 2),
            states AS (SELECT s.state_id AS source_state, t.state_id AS target_state, substr(e.date, 1, 7) AS period, e.modality,
                              e.quad_class, count(*) AS events, round(sum(e.goldstein), 6) AS goldstein_sum
                       FROM event e JOIN actor_state s ON s.actor_id = e.source_id JOIN actor_state t ON t.actor_id = e.target_id
                       WHERE e.date IS NOT NULL GROUP BY 1, 2, 3, 4, 5)
            SELECT (SELECT count(*) FROM (SELECT * FROM pairs EXCEPT SELECT source_id, target_id, events FROM event_pair_summary))
                 + (SELECT count(*) FROM (SELECT source_id, target_id, events FROM event_pair_summary EXCEPT SELECT * FROM pairs))
                 + (SELECT count(*) FROM (SELECT * FROM states EXCEPT SELECT source_state, target_state, period, modality, quad_class,
                                                 events, round(goldstein_sum, 6) FROM event_state_summary))
                 + (SELECT count(*) FROM (SELECT source_state, target_state, period, modality, quad_class, events, round(goldstein_sum, 6)
                                          FROM event_state_summary EXCEPT SELECT * FROM states))
            """) ?? 0
    }

    public func stats() throws -> Stats {
        try read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return Stats(
                articles: try count("article"), actors: try count("actor"), places: try count("place"), events: try count("event"),
                quotes: try count("quote"), provenance: try count("provenance"),
                annotationsWaiting: try Int.fetchOne(db, sql: "SELECT count(*) FROM annotation WHERE article_id IS NULL") ?? 0,
                schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                sqliteVersion: try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "?",
                fts5: try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") ?? false,
                extractorVersion: Extractor.version,
                firstEventDate: try String.fetchOne(db, sql: "SELECT min(date) FROM event"),
                lastEventDate: try String.fetchOne(db, sql: "SELECT max(date) FROM event"))
        }
    }

    /// The schema as SQL: tables, indexes, views and triggers, in creation order.
    public func schemaSQL() throws -> [(name: String, type: String, sql: String)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT name, type, sql FROM sqlite_schema
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' AND name NOT LIKE 'grdb_%'
                ORDER BY rowid
                """).map { ($0["name"], $0["type"], $0["sql"]) }
        }
    }

    /// Deletes an article (by id, source URL or exact title) and every fact
    /// only it supported. Returns the id removed.
    public func removeArticle(_ key: String) throws -> Int64 {
        try pool.write { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT id FROM article WHERE CAST(id AS TEXT) = ?1 OR source_url = ?1 OR sha256 = ?1 OR title = ?1
                """, arguments: [key])
            guard let id = ids.first else { throw StorageError(.lookup, thing: key, reason: "no such article (give its id, source URL, sha256 or exact title)") }
            guard ids.count == 1 else { throw StorageError(.lookup, thing: key, reason: "matches \(ids.count) articles (ids \(ids.map(String.init).joined(separator: ", "))): give an id") }
            try ArticleWriter(db: db).remove(articleID: id)
            return id
        }
    }
}
