import GRDB

/// The provenance rows of one article, written together at the end of the
/// article in multi-row INSERTs. One statement per row cost more than the
/// rows: each run of the statement builds SQLite's lookup table for the
/// `fact_kind IN (...)` check again, and opens and closes a statement
/// savepoint in the journal and the full-text tables.
struct ProvenanceRows {
    let articleID: Int64
    // Existentials, not [DatabaseValue]: GRDB turns a sequence of
    // DatabaseValue into arguments through a key path per value, which cost
    // a sixth of the writer's instructions.
    private var values: [(any DatabaseValueConvertible)?] = []
    static let columns = 11
    /// Rows per statement at most; a remainder is written in halves (16, 8, ...),
    /// so at most six statements are ever prepared.
    static let batch = 32

    init(articleID: Int64) {
        self.articleID = articleID
    }

    var count: Int { values.count / Self.columns }

    mutating func append(kind: String, actor: String? = nil, place: String? = nil, event: Int64? = nil, quote: Int64? = nil,
                         start: Int? = nil, end: Int? = nil, sentence: Int? = nil, text: String? = nil, origin: String) {
        values.append(contentsOf: [articleID, kind, actor, place, event, quote, start, end, sentence, text, origin] as [(any DatabaseValueConvertible)?])
    }

    /// Inserts the rows in the order they were appended.
    func write(_ db: Database) throws {
        var row = 0
        var size = Self.batch
        while row < count {
            while size > count - row { size /= 2 }
            let statement = try db.cachedStatement(sql: Self.sql(rows: size))
            try statement.execute(arguments: StatementArguments(values[(row * Self.columns)..<((row + size) * Self.columns)]))
            row += size
        }
    }

    static func sql(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return """
            INSERT INTO provenance(article_id, fact_kind, actor_id, place_id, event_id, quote_id, start, end, sentence, text, origin)
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            """
    }
}
