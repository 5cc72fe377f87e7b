import GRDB
import KBStorage

/// `kb search`: FTS5 over article titles and bodies and over quotes, bm25
/// ranked, with highlighted snippets. User text is quoted term by term by
/// default, so punctuation never produces an FTS syntax error; `raw` passes
/// FTS5 operators through (NEAR, OR, prefix*, column filters).
public struct FullTextSearch: Sendable {
    public struct Options: Sendable {
        public var raw = false
        public var from: String?
        public var to: String?
        /// Only articles that mention this actor (id or alias), and quotes by it.
        public var actor: String?
        public var limit = 50
        public init() {}
    }

    let kb: KnowledgeBase

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    /// Each run of letters and digits as a quoted FTS5 term, all required:
    /// `liaison office's "ruin"!` becomes `"liaison" "office" "s" "ruin"`.
    public static func safeQuery(_ text: String) -> String {
        var terms: [String] = []
        var current = ""
        var afterApostrophe = false
        func flush() {
            // The possessive "s" of "office's" is no word to look for.
            if !current.isEmpty, !(afterApostrophe && current.lowercased() == "s") { terms.append(current) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
                afterApostrophe = scalar == "'" || scalar == "’"
            }
        }
        flush()
        return terms.map { "\"\($0)\"" }.joined(separator: " ")
    }

    public func search(_ text: String, options: Options = Options()) throws -> ResultSet {
        let match = options.raw ? text : Self.safeQuery(text)
        guard !match.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw QueryError(.usage, thing: "search", reason: "nothing to search for: give words")
        }
        do {
            return try kb.pool.read { db in
                var actor: String?
                if let name = options.actor {
                    actor = try QueryRunner.resolve(name, table: "actor", aliasTable: "actor_alias", key: "actor_id", what: "actor",
                                                    parameter: "actor", db: db)
                }
                let sql = """
                    WITH members(id) AS (SELECT :actor WHERE :actor IS NOT NULL
                                         UNION SELECT actor_id FROM actor_state WHERE state_id = :actor),
                    hits AS (
                        SELECT 'article' AS kind, a.id AS id, a.published AS date, a.title AS title,
                               snippet(article_fts, 1, '[', ']', '…', 16) AS snippet, bm25(article_fts, 5.0, 1.0) AS rank
                        FROM article_fts JOIN article a ON a.id = article_fts.rowid
                        WHERE article_fts MATCH :match
                          AND (:actor IS NULL OR EXISTS (SELECT 1 FROM provenance p WHERE p.article_id = a.id AND p.actor_id IN members))
                        UNION ALL
                        SELECT 'quote', q.id, (SELECT min(ar.published) FROM provenance p JOIN article ar ON ar.id = p.article_id WHERE p.quote_id = q.id),
                               coalesce(s.name, '(unknown speaker)'), snippet(quote_fts, 0, '[', ']', '…', 16), bm25(quote_fts)
                        FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid LEFT JOIN actor s ON s.id = q.speaker_id
                        WHERE quote_fts MATCH :match AND (:actor IS NULL OR q.speaker_id IN members)
                    )
                    SELECT kind, id, date, title, snippet, round(rank, 3) AS rank FROM hits
                    WHERE (:from IS NULL OR date >= :from) AND (:to IS NULL OR substr(date, 1, length(:to)) <= :to)
                    ORDER BY rank, kind, id
                    LIMIT :limit
                    """
                let statement = try db.makeStatement(sql: sql)
                statement.arguments = ["match": match, "actor": actor, "from": options.from, "to": options.to, "limit": options.limit]
                let rows = try Row.fetchAll(statement)
                return ResultSet(columns: statement.columnNames, rows: rows.map { $0.databaseValues.map(SQLValue.init) })
            }
        } catch let error as DatabaseError {
            let message = error.message ?? "\(error)"
            if options.raw {
                throw QueryError(.usage, thing: "search --raw", reason: "not a valid FTS5 query: \(message)")
            }
            throw QueryError(.database, thing: "search", reason: message)
        }
    }
}
