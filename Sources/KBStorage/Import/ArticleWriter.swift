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

    /// Inserts the article and its facts; returns the new article id and what was added.
    func insert(_ x: ExtractedArticle, origin: String, path: String?) throws -> (Int64, Counts) {
        var counts = Counts()
        let warnings = String(decoding: try JSONEncoder().encode(x.article.warnings), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO article(title, source_url, publisher, published, body, sha256, imported_at, origin,
                                extractor_version, path, warnings, complete)
            VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?, 0)
            """, arguments: [x.article.title, x.article.sourceURL, x.article.publisher, x.article.published,
                             x.article.text, x.article.sha256, origin, x.article.extractorVersion, path, warnings])
        let articleID = db.lastInsertedRowID
        let body = Array(x.article.text.unicodeScalars)
        func span(_ start: Int?, _ end: Int?) throws -> String? {
            guard let start, let end else { return nil }
            guard start >= 0, end >= start, end <= body.count else {
                throw StorageError(.input, thing: x.article.title, reason: "span \(start)..<\(end) lies outside the article text")
            }
            return String(String.UnicodeScalarView(body[start..<end]))
        }
        let sentences = SentenceSplitter.sentences(in: body)
        func sentenceIndex(_ offset: Int?) -> Int? { offset.flatMap { sentences.index(holding: $0) } }
        let provenance = try db.makeStatement(sql: """
            INSERT INTO provenance(article_id, fact_kind, actor_id, place_id, event_id, quote_id, start, end, sentence, text, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)

        let insertActor = try db.makeStatement(sql: """
            INSERT INTO actor(id, name, kind, country, origin) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
            """)
        let insertAlias = try db.makeStatement(sql: "INSERT OR IGNORE INTO actor_alias(actor_id, alias, norm, kind) VALUES (?, ?, ?, 'name')")
        for actor in x.actors {
            try insertActor.execute(arguments: [actor.id, actor.name, actor.kind, actor.country, actor.origin == "curated" ? "curated" : "discovered"])
            if db.changesCount > 0 {
                counts.actors += 1
                try insertAlias.execute(arguments: [actor.id, actor.name, NameKey.normalize(actor.name)])
            }
            let origin = actor.origin == "curated" ? "curated" : "extracted"
            if actor.mentions.isEmpty {
                try provenance.execute(arguments: [articleID, "actor", actor.id, nil, nil, nil, nil, nil, nil, nil, origin])
                counts.mentions += 1
            }
            for m in actor.mentions {
                try provenance.execute(arguments: [articleID, "actor", actor.id, nil, nil, nil, m.start, m.end,
                                                   sentenceIndex(m.start), try span(m.start, m.end), origin])
                counts.mentions += 1
            }
        }
        for place in x.places {
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM place WHERE id = ?", arguments: [place.id]) == true else {
                throw StorageError(.input, thing: x.article.title, reason: "unknown place \(place.id)")
            }
            let origin = place.origin == "curated" ? "curated" : "extracted"
            if place.mentions.isEmpty {
                try provenance.execute(arguments: [articleID, "place", nil, place.id, nil, nil, nil, nil, nil, nil, origin])
                counts.mentions += 1
            }
            for m in place.mentions {
                try provenance.execute(arguments: [articleID, "place", nil, place.id, nil, nil, m.start, m.end,
                                                   sentenceIndex(m.start), try span(m.start, m.end), origin])
                counts.mentions += 1
            }
        }

        var eventIDs: [Int64] = []
        for e in x.events {
            let (id, isNew) = try sameEvent(e) ?? (try insertEvent(e), true)
            if isNew { counts.events += 1 }
            eventIDs.append(id)
            try provenance.execute(arguments: [articleID, "event", nil, nil, id, nil, e.start, e.end,
                                               e.sentenceIndex ?? sentenceIndex(e.start), try span(e.start, e.end), e.origin])
        }
        for q in x.quotes {
            let eventID = q.event.flatMap { $0 < eventIDs.count ? eventIDs[$0] : nil }
            var quoteID = try Int64.fetchOne(db, sql: "SELECT id FROM quote WHERE text = ? AND speaker_id IS ? LIMIT 1",
                                             arguments: [q.text, q.speaker])
            if quoteID == nil {
                try db.execute(sql: "INSERT INTO quote(text, speaker_id, cue, confidence, origin, event_id) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [q.text, q.speaker, q.cue, q.confidence, q.origin, eventID])
                quoteID = db.lastInsertedRowID
                counts.quotes += 1
            }
            try provenance.execute(arguments: [articleID, "quote", nil, nil, nil, quoteID, q.start, q.end,
                                               q.sentence ?? sentenceIndex(q.start), try span(q.start, q.end), q.origin])
        }
        try db.execute(sql: "UPDATE article SET complete = 1 WHERE id = ?", arguments: [articleID])
        return (articleID, counts)
    }

    /// SPEC section 3: the same event when root code, source, target and place
    /// agree and the dates are compatible at their precision.
    func sameEvent(_ e: ExtractedArticle.Event) throws -> (Int64, Bool)? {
        let candidates = try Row.fetchAll(db, sql: """
            SELECT id, date, modality FROM event
            WHERE root = ? AND source_id IS ? AND target_id IS ? AND place_id IS ? AND modality = ?
            """, arguments: [e.root, e.source, e.target, e.place, e.modality])
        let date = e.date.flatMap { PartialDate($0) }
        for row in candidates {
            let other: String? = row["date"]
            guard let date, let otherDate = other.flatMap({ PartialDate($0) }) else { return (row["id"], false) }
            if date.isCompatible(with: otherDate) {
                // Keep the more precise date.
                if date.description.count > otherDate.description.count {
                    try db.execute(sql: "UPDATE event SET date = ?, date_precision = ? WHERE id = ?",
                                   arguments: [date.description, date.precision.rawValue, row["id"] as Int64])
                }
                return (row["id"], false)
            }
        }
        return nil
    }

    func insertEvent(_ e: ExtractedArticle.Event) throws -> Int64 {
        let date = e.date.flatMap { PartialDate($0) }
        try db.execute(sql: """
            INSERT INTO event(code, root, quad_class, goldstein, source_id, target_id, place_id, date, date_precision, end_date,
                              modality, threatened_code, summary, confidence, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [e.code, e.root, e.quadClass, e.goldstein, e.source, e.target, e.place, date?.description,
                             date?.precision.rawValue, e.endDate, e.modality, e.threatened, e.summary, e.confidence, e.origin])
        return db.lastInsertedRowID
    }

    /// Deletes an article and every fact that only it supported.
    func remove(articleID: Int64) throws {
        let events = try Int64.fetchAll(db, sql: "SELECT DISTINCT event_id FROM provenance WHERE article_id = ? AND event_id IS NOT NULL", arguments: [articleID])
        let quotes = try Int64.fetchAll(db, sql: "SELECT DISTINCT quote_id FROM provenance WHERE article_id = ? AND quote_id IS NOT NULL", arguments: [articleID])
        let actors = try String.fetchAll(db, sql: "SELECT DISTINCT actor_id FROM provenance WHERE article_id = ? AND actor_id IS NOT NULL", arguments: [articleID])
        try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [articleID])
        for id in quotes {
            try db.execute(sql: "DELETE FROM quote WHERE id = ? AND NOT EXISTS (SELECT 1 FROM provenance WHERE quote_id = ?)", arguments: [id, id])
        }
        for id in events {
            try db.execute(sql: "DELETE FROM event WHERE id = ? AND NOT EXISTS (SELECT 1 FROM provenance WHERE event_id = ?)", arguments: [id, id])
        }
        for id in actors {
            try db.execute(sql: """
                DELETE FROM actor WHERE id = ? AND origin <> 'gazetteer'
                  AND NOT EXISTS (SELECT 1 FROM provenance WHERE actor_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM event WHERE source_id = ? OR target_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM quote WHERE speaker_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM actor_relation WHERE actor_id = ? OR target_id = ?)
                """, arguments: [id, id, id, id, id, id, id])
        }
    }
}
