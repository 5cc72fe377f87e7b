import GRDB
import KBStorage

/// `kb show`: everything known about one actor, place, event, quote or
/// article, as one ordered object (JSON for programs, text for people).
public struct Profile: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case actor, place, event, quote, article }

    let kb: KnowledgeBase

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    public func show(_ kind: Kind, _ key: String) throws -> [(String, JSONValue)] {
        do {
            return try kb.pool.read { db in
                switch kind {
                case .actor: return try actor(db, key)
                case .place: return try place(db, key)
                case .event: return try event(db, try Self.number(key, "event"))
                case .quote: return try quote(db, try Self.number(key, "quote"))
                case .article: return try article(db, key)
                }
            }
        } catch let error as DatabaseError {
            throw QueryError(.database, thing: "show \(kind.rawValue) \(key)", reason: error.message ?? "\(error)")
        }
    }

    static func number(_ key: String, _ what: String) throws -> Int64 {
        guard let id = Int64(key) else { throw QueryError(.usage, thing: key, reason: "a \(what) is named by its id (a number)") }
        return id
    }

    static func rows(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> JSONValue {
        let statement = try db.makeStatement(sql: sql)
        statement.arguments = arguments
        let columns = statement.columnNames
        return .array(try Row.fetchAll(statement).map { row in
            .object(columns.enumerated().map { ($1, JSONValue(SQLValue(row[$0] as DatabaseValue))) })
        })
    }

    static func one(_ db: Database, _ sql: String, _ arguments: StatementArguments, notFound: QueryError) throws -> [(String, JSONValue)] {
        guard case .array(let items) = try rows(db, sql, arguments), case .object(let fields)? = items.first else { throw notFound }
        return fields
    }

    func actor(_ db: Database, _ key: String) throws -> [(String, JSONValue)] {
        let id = try QueryRunner.resolve(key, table: "actor", aliasTable: "actor_alias", key: "actor_id", what: "actor", parameter: "actor", db: db)
        var out = try Self.one(db, "SELECT id, name, kind, country, code, origin, note FROM actor WHERE id = ?", [id],
                               notFound: QueryError(.notFound, thing: key, reason: "no such actor"))
        out.insert(("type", .string("actor")), at: 0)
        out.append(("aliases", try Self.rows(db, "SELECT alias, kind FROM actor_alias WHERE actor_id = ? AND kind <> 'name' ORDER BY alias", [id])))
        out.append(("acts_for", try Self.rows(db, "SELECT state_id AS state FROM actor_state WHERE actor_id = ? AND state_id <> actor_id", [id])))
        out.append(("roles", try Self.rows(db, """
            SELECT r.relation, r.target_id AS target, t.name AS target_name, r.title, r.valid_from, r.valid_to
            FROM actor_relation r JOIN actor t ON t.id = r.target_id WHERE r.actor_id = ? ORDER BY r.valid_from, r.relation
            """, [id])))
        out.append(("held_by", try Self.rows(db, """
            SELECT r.actor_id AS actor, a.name, r.relation, r.title, r.valid_from, r.valid_to
            FROM actor_relation r JOIN actor a ON a.id = r.actor_id WHERE r.target_id = ? ORDER BY r.valid_from, a.name
            """, [id])))
        for (label, column) in [("events_as_source", "source_id"), ("events_as_target", "target_id")] {
            out.append((label, try Self.rows(db, """
                SELECT e.root, c.description, count(*) AS events, min(e.date) AS first, max(e.date) AS last
                FROM event e JOIN cameo_code c ON c.code = e.root WHERE e.\(column) = ? GROUP BY e.root ORDER BY e.root
                """, [id])))
        }
        out.append(("quotes", try Self.rows(db, "SELECT id, text, cue, origin FROM quote WHERE speaker_id = ? ORDER BY id LIMIT 50", [id])))
        out.append(("mentioned_in_articles", try Self.rows(db, "SELECT count(DISTINCT article_id) AS articles FROM provenance WHERE actor_id = ?", [id])))
        return out
    }

    func place(_ db: Database, _ key: String) throws -> [(String, JSONValue)] {
        let id = try QueryRunner.resolve(key, table: "place", aliasTable: "place_alias", key: "place_id", what: "place", parameter: "place", db: db)
        var out = try Self.one(db, "SELECT id, name, kind, country, parent_id AS parent, lat, lon, origin FROM place WHERE id = ?", [id],
                               notFound: QueryError(.notFound, thing: key, reason: "no such place"))
        out.insert(("type", .string("place")), at: 0)
        out.append(("aliases", try Self.rows(db, "SELECT alias FROM place_alias WHERE place_id = ? AND kind <> 'name' ORDER BY alias", [id])))
        out.append(("inside", try Self.rows(db, """
            WITH RECURSIVE up(id, depth) AS (SELECT parent_id, 1 FROM place WHERE id = ? AND parent_id IS NOT NULL
                UNION ALL SELECT p.parent_id, u.depth + 1 FROM place p JOIN up u ON p.id = u.id WHERE p.parent_id IS NOT NULL AND u.depth < 10)
            SELECT p.id, p.name, p.kind FROM up JOIN place p ON p.id = up.id ORDER BY up.depth
            """, [id])))
        out.append(("contains", try Self.rows(db, "SELECT id, name, kind FROM place WHERE parent_id = ? ORDER BY name", [id])))
        out.append(("events", try Self.rows(db, """
            SELECT id, date, code, code_description AS event, source_name AS source, target_name AS target
            FROM event_view WHERE place_id = ? ORDER BY date IS NULL, date, id LIMIT 100
            """, [id])))
        return out
    }

    static let sourcesSQL = """
        SELECT p.article_id, p.start, p."end", p.sentence, p.text, ar.title, ar.source_url
        FROM provenance p JOIN article ar ON ar.id = p.article_id WHERE p.%@ = ? ORDER BY ar.published, p.article_id, p.start
        """

    func event(_ db: Database, _ id: Int64) throws -> [(String, JSONValue)] {
        var out = try Self.one(db, "SELECT * FROM event_view WHERE id = ?", [id],
                               notFound: QueryError(.notFound, thing: "event \(id)", reason: "no such event"))
        out.insert(("type", .string("event")), at: 0)
        out.append(("sources", try Self.rows(db, Self.sourcesSQL.replacingOccurrences(of: "%@", with: "event_id"), [id])))
        out.append(("quotes", try Self.rows(db, "SELECT id, text, speaker_id AS speaker FROM quote WHERE event_id = ? ORDER BY id", [id])))
        return out
    }

    func quote(_ db: Database, _ id: Int64) throws -> [(String, JSONValue)] {
        var out = try Self.one(db, """
            SELECT q.id, q.text, q.speaker_id AS speaker, a.name AS speaker_name, q.cue, q.confidence, q.origin, q.event_id AS event
            FROM quote q LEFT JOIN actor a ON a.id = q.speaker_id WHERE q.id = ?
            """, [id], notFound: QueryError(.notFound, thing: "quote \(id)", reason: "no such quote"))
        out.insert(("type", .string("quote")), at: 0)
        out.append(("sources", try Self.rows(db, Self.sourcesSQL.replacingOccurrences(of: "%@", with: "quote_id"), [id])))
        return out
    }

    func article(_ db: Database, _ key: String) throws -> [(String, JSONValue)] {
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE CAST(id AS TEXT) = ?1 OR source_url = ?1 OR sha256 = ?1 OR title = ?1", arguments: [key])
        guard let id = ids.first else { throw QueryError(.notFound, thing: key, reason: "no such article (give its id, source URL, sha256 or exact title)") }
        guard ids.count == 1 else { throw QueryError(.ambiguous, thing: key, reason: "matches articles \(ids.map(String.init).joined(separator: ", ")): give an id") }
        var out = try Self.one(db, """
            SELECT id, title, source_url, publisher, published, origin, extractor_version, sha256, imported_at, path, warnings,
                   length(body) AS characters FROM article WHERE id = ?
            """, [id], notFound: QueryError(.notFound, thing: key, reason: "no such article"))
        out.insert(("type", .string("article")), at: 0)
        out.append(("actors", try Self.rows(db, """
            SELECT p.actor_id AS id, a.name, count(*) AS mentions FROM provenance p JOIN actor a ON a.id = p.actor_id
            WHERE p.article_id = ? GROUP BY p.actor_id ORDER BY min(coalesce(p.start, 0))
            """, [id])))
        out.append(("places", try Self.rows(db, """
            SELECT p.place_id AS id, pl.name, count(*) AS mentions FROM provenance p JOIN place pl ON pl.id = p.place_id
            WHERE p.article_id = ? GROUP BY p.place_id ORDER BY min(coalesce(p.start, 0))
            """, [id])))
        out.append(("events", try Self.rows(db, """
            SELECT e.id, e.date, e.code, e.code_description AS event, e.source_name AS source, e.target_name AS target, e.origin
            FROM provenance p JOIN event_view e ON e.id = p.event_id WHERE p.article_id = ? GROUP BY e.id ORDER BY min(coalesce(p.start, 0))
            """, [id])))
        out.append(("quotes", try Self.rows(db, """
            SELECT q.id, q.text, q.speaker_id AS speaker FROM provenance p JOIN quote q ON q.id = p.quote_id
            WHERE p.article_id = ? GROUP BY q.id ORDER BY min(coalesce(p.start, 0))
            """, [id])))
        return out
    }
}
