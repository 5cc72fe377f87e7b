import Foundation
import GRDB
import KBExtraction

/// Writes one extracted article and its facts, and removes an article with
/// the facts only it supported. Runs inside the caller's savepoint.
struct ArticleWriter {
    struct Counts: Codable, Sendable, Equatable {
        var actors = 0
        var places = 0
        var events = 0
        var quotes = 0
        var mentions = 0

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(actors: a.actors + b.actors, places: a.places + b.places, events: a.events + b.events,
                   quotes: a.quotes + b.quotes, mentions: a.mentions + b.mentions)
        }
    }

    let db: Database

    // Every statement here is a cached one: an import runs them for each
    // article, and preparing an INSERT into `event` also compiles its summary
    // triggers, which cost more than running them.

    /// Inserts the article and its facts; returns the new article id and what was added.
    func insert(_ x: ExtractedArticle, origin: String, path: String?) throws -> (Int64, Counts) {
        var counts = Counts()
        let warnings = String(decoding: try JSONEncoder().encode(x.article.warnings), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO article(title, source_url, publisher, published, body, sha256, imported_at, origin,
                                extractor_version, path, warnings, complete)
            VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?, 0)
            """).execute(arguments: [x.article.title, x.article.sourceURL, x.article.publisher, x.article.published,
                                     x.article.text, x.article.sha256, origin, x.article.extractorVersion, path, warnings])
        let articleID = db.lastInsertedRowID
        let text = BodyText(x.article.text)
        func span(_ start: Int?, _ end: Int?) throws -> String? {
            guard let start, let end else { return nil }
            guard let span = text.span(start, end) else {
                throw StorageError(.input, thing: x.article.title, reason: "span \(start)..<\(end) lies outside the article text")
            }
            return span
        }
        let sentences = SentenceSplitter.sentences(in: text.scalars)
        func sentenceIndex(_ offset: Int?) -> Int? { offset.flatMap { sentences.index(holding: $0) } }
        var provenance = ProvenanceRows(articleID: articleID)

        let actorExists = try db.cachedStatement(sql: "SELECT 1 FROM actor WHERE id = ?")
        let insertActor = try db.cachedStatement(sql: """
            INSERT INTO actor(id, name, kind, country, origin) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
            """)
        let insertAlias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO actor_alias(actor_id, alias, norm, kind) VALUES (?, ?, ?, 'name')")
        for actor in x.actors {
            // Most actors are known (the gazetteer): a lookup is far cheaper than an insert that does nothing.
            if try Bool.fetchOne(actorExists, arguments: [actor.id]) != true {
                try insertActor.execute(arguments: [actor.id, actor.name, actor.kind, actor.country, actor.origin == "curated" ? "curated" : "discovered"])
                if db.changesCount > 0 {
                    counts.actors += 1
                    try insertAlias.execute(arguments: [actor.id, actor.name, NameKey.normalize(actor.name)])
                }
            }
            let origin = actor.origin == "curated" ? "curated" : "extracted"
            if actor.mentions.isEmpty {
                provenance.append(kind: "actor", actor: actor.id, origin: origin)
            }
            for m in actor.mentions {
                provenance.append(kind: "actor", actor: actor.id, start: m.start, end: m.end, sentence: sentenceIndex(m.start),
                                  text: try span(m.start, m.end), origin: origin)
            }
        }
        let placeExists = try db.cachedStatement(sql: "SELECT 1 FROM place WHERE id = ?")
        for place in x.places {
            guard try Bool.fetchOne(placeExists, arguments: [place.id]) == true else {
                throw StorageError(.input, thing: x.article.title, reason: "unknown place \(place.id)")
            }
            let origin = place.origin == "curated" ? "curated" : "extracted"
            if place.mentions.isEmpty {
                provenance.append(kind: "place", place: place.id, origin: origin)
            }
            for m in place.mentions {
                provenance.append(kind: "place", place: place.id, start: m.start, end: m.end, sentence: sentenceIndex(m.start),
                                  text: try span(m.start, m.end), origin: origin)
            }
        }
        counts.mentions += provenance.count

        var eventIDs: [Int64] = []
        for e in x.events {
            let date = e.date.flatMap { PartialDate($0) }
            let (id, isNew) = try sameEvent(e, date: date) ?? (try insertEvent(e, date: date), true)
            if isNew { counts.events += 1 }
            eventIDs.append(id)
            provenance.append(kind: "event", event: id, start: e.start, end: e.end, sentence: e.sentenceIndex ?? sentenceIndex(e.start),
                              text: try span(e.start, e.end), origin: e.origin)
        }
        let findQuote = try db.cachedStatement(sql: "SELECT id FROM quote WHERE text = ? AND speaker_id IS ? LIMIT 1")
        let insertQuote = try db.cachedStatement(sql: """
            INSERT INTO quote(text, speaker_id, cue, confidence, origin, event_id) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for q in x.quotes {
            let eventID = q.event.flatMap { $0 < eventIDs.count ? eventIDs[$0] : nil }
            var quoteID = try Int64.fetchOne(findQuote, arguments: [q.text, q.speaker])
            if quoteID == nil {
                try insertQuote.execute(arguments: [q.text, q.speaker, q.cue, q.confidence, q.origin, eventID])
                quoteID = db.lastInsertedRowID
                counts.quotes += 1
            }
            provenance.append(kind: "quote", quote: quoteID, start: q.start, end: q.end, sentence: q.sentence ?? sentenceIndex(q.start),
                              text: try span(q.start, q.end), origin: q.origin)
        }
        try provenance.write(db)
        try db.cachedStatement(sql: "UPDATE article SET complete = 1 WHERE id = ?").execute(arguments: [articleID])
        return (articleID, counts)
    }

    /// SPEC section 3: the same event when root code, source, target, place
    /// and modality agree and the dates are compatible at their precision.
    /// Dates are stored as YYYY, YYYY-MM or YYYY-MM-DD, so two are compatible
    /// when one is a prefix of the other, and an unknown date is compatible
    /// with any. The answer is the first compatible report (lowest id), found
    /// through `event_key` / `event_key_date` (migration 0003) in a few seeks,
    /// however many reports the event key already has.
    func sameEvent(_ e: ExtractedArticle.Event, date: PartialDate?) throws -> (Int64, Bool)? {
        // `CAST(? AS TEXT)`: with a bare `modality = ?` the planner weighs the
        // partial index on threatened events against the bound value, which
        // expires the statement at every bind and recompiles it for each event.
        let key = "root = ?1 AND source_id IS ?2 AND target_id IS ?3 AND place_id IS ?4 AND modality = CAST(?5 AS TEXT)"
        let row: Row?
        if let date {
            row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT id, date FROM event WHERE id = (SELECT min(id) FROM (
                    SELECT min(id) AS id FROM event WHERE \(key) AND date IS NULL
                    UNION ALL SELECT min(id) FROM event WHERE \(key) AND date = substr(?6, 1, 4)
                    UNION ALL SELECT min(id) FROM event WHERE \(key) AND date = substr(?6, 1, 7)
                    UNION ALL SELECT min(id) FROM event WHERE \(key) AND date = ?6
                    UNION ALL SELECT min(id) FROM event WHERE \(key) AND date > ?6 || '-' AND date < ?6 || '.'))
                """), arguments: [e.root, e.source, e.target, e.place, e.modality, date.description])
        } else {
            row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, date FROM event WHERE \(key) ORDER BY id LIMIT 1"),
                                   arguments: [e.root, e.source, e.target, e.place, e.modality])
        }
        guard let row else { return nil }
        // Keep the more precise date (a longer string: YYYY < YYYY-MM < YYYY-MM-DD).
        if let date, let other: String = row["date"], date.description.count > other.count {
            try db.cachedStatement(sql: "UPDATE event SET date = ?, date_precision = ? WHERE id = ?")
                .execute(arguments: [date.description, date.precision.rawValue, row["id"] as Int64])
        }
        return (row["id"], false)
    }

    func insertEvent(_ e: ExtractedArticle.Event, date: PartialDate?) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO event(code, root, quad_class, goldstein, source_id, target_id, place_id, date, date_precision, end_date,
                              modality, threatened_code, summary, confidence, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [e.code, e.root, e.quadClass, e.goldstein, e.source, e.target, e.place, date?.description,
                                     date?.precision.rawValue, e.endDate, e.modality, e.threatened, e.summary, e.confidence, e.origin])
        return db.lastInsertedRowID
    }

    /// Deletes an article and every fact that only it supported.
    func remove(articleID: Int64) throws {
        let events = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT event_id FROM provenance WHERE article_id = ? AND event_id IS NOT NULL
            """), arguments: [articleID])
        let quotes = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT quote_id FROM provenance WHERE article_id = ? AND quote_id IS NOT NULL
            """), arguments: [articleID])
        let actors = try String.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT actor_id FROM provenance WHERE article_id = ? AND actor_id IS NOT NULL
            """), arguments: [articleID])
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [articleID])
        let deleteQuote = try db.cachedStatement(sql: """
            DELETE FROM quote WHERE id = ? AND NOT EXISTS (SELECT 1 FROM provenance WHERE quote_id = ?)
            """)
        for id in quotes { try deleteQuote.execute(arguments: [id, id]) }
        let deleteEvent = try db.cachedStatement(sql: """
            DELETE FROM event WHERE id = ? AND NOT EXISTS (SELECT 1 FROM provenance WHERE event_id = ?)
            """)
        for id in events { try deleteEvent.execute(arguments: [id, id]) }
        let deleteActor = try db.cachedStatement(sql: """
            DELETE FROM actor WHERE id = ? AND origin <> 'gazetteer'
              AND NOT EXISTS (SELECT 1 FROM provenance WHERE actor_id = ?)
              AND NOT EXISTS (SELECT 1 FROM event WHERE source_id = ? OR target_id = ?)
              AND NOT EXISTS (SELECT 1 FROM quote WHERE speaker_id = ?)
              AND NOT EXISTS (SELECT 1 FROM actor_relation WHERE actor_id = ? OR target_id = ?)
            """)
        for id in actors { try deleteActor.execute(arguments: [id, id, id, id, id, id, id]) }
    }
}
