import GRDB
import KBExtraction

/// The writer's half of an import: decides new / updated / unchanged per
/// article, applies curated annotations, and writes each article in its own
/// savepoint so a failure leaves none of its rows behind.
struct WriteContext {
    let extractor: Extractor
    let codebook: Codebook
    let options: ImportOptions
    let bundled: BundledAnnotations

    func write(_ prepared: [Importer.Prepared], db: Database, summary: inout ImportSummary) throws {
        for p in prepared {
            switch p.outcome {
            case .failure(let error):
                summary.failed.append(.init(path: p.item.path, reason: error.locatedReason))
            case .success(let (parsed, extracted)):
                do {
                    try db.inSavepoint {
                        try writeArticle(parsed, extracted, item: p.item, db: db, summary: &summary)
                        return .commit
                    }
                } catch let error as StorageError {
                    summary.failed.append(.init(path: p.item.path, reason: error.reason))
                } catch let error as ExtractionError {
                    summary.failed.append(.init(path: p.item.path, reason: error.locatedReason))
                } catch let error as DatabaseError {
                    // SQLITE_FULL, IOERR and the like end the import; constraint failures fail the article.
                    if error.resultCode == .SQLITE_CONSTRAINT {
                        summary.failed.append(.init(path: p.item.path, reason: "database constraint: \(error.message ?? "\(error)")"))
                    } else {
                        throw error
                    }
                }
            }
        }
    }

    private func writeArticle(_ parsed: ParsedArticle, _ extracted: ExtractedArticle, item: ImportItem, db: Database,
                              summary: inout ImportSummary) throws {
        let writer = ArticleWriter(db: db)
        var replaced = false
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, extractor_version FROM article WHERE sha256 = ?"),
                                      arguments: [parsed.sha256]) {
            let version: String = row["extractor_version"]
            guard options.reextract, version != Extractor.version else {
                summary.unchanged += 1
                return
            }
            try writer.remove(articleID: row["id"])
            replaced = true
        } else if let url = parsed.sourceURL,
                  let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM article WHERE source_url = ?"), arguments: [url]) {
            try writer.remove(articleID: id)
            replaced = true
        }
        var facts = extracted
        var appliedAnnotation: Int64?
        if options.curated {
            // Annotations imported into this database win over the ones bundled with kb.
            if let (annotationID, annotation) = try annotation(for: parsed, db: db) {
                facts = try Curation.apply(annotation, to: extracted, gazetteer: extractor.gazetteer, codebook: codebook)
                appliedAnnotation = annotationID
            } else if let annotation = bundled.match(sourceURL: parsed.sourceURL, sha256: parsed.sha256) {
                facts = try Curation.apply(annotation, to: extracted, gazetteer: extractor.gazetteer, codebook: codebook)
                summary.annotations.applied += 1
            }
        }
        let (articleID, counts) = try writer.insert(facts, origin: item.origin, path: item.path)
        if let appliedAnnotation {
            try db.execute(sql: "UPDATE annotation SET article_id = ? WHERE id = ?", arguments: [articleID, appliedAnnotation])
            summary.annotations.applied += 1
        }
        summary.add(counts)
        if replaced { summary.updated += 1 } else { summary.new += 1 }
        for warning in parsed.warnings { summary.warnings.append(.init(path: item.path, warning: warning)) }
    }

    /// The stored annotation that matches an article, parsed.
    func annotation(for parsed: ParsedArticle, db: Database) throws -> (Int64, Annotation)? {
        // Run for every article: the candidates' keys first, the YAML of the one that matches only.
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, source_url, sha256 FROM annotation WHERE sha256 = ? OR source_url IS NOT NULL ORDER BY id DESC
            """), arguments: [parsed.sha256])
        for row in rows {
            let url: String? = row["source_url"]
            let matchesURL = url != nil && parsed.sourceURL != nil && Annotation.sameURL(url!, parsed.sourceURL!)
            guard matchesURL || (row["sha256"] as String?) == parsed.sha256 else { continue }
            let id: Int64 = row["id"]
            guard let stored = try Row.fetchOne(db, sql: "SELECT path, content FROM annotation WHERE id = ?", arguments: [id]) else { continue }
            return (id, try Annotation.parse(stored["content"], path: stored["path"], gazetteer: extractor.gazetteer, codebook: codebook))
        }
        return nil
    }

    /// Stores an annotation; when its article is already present, re-imports
    /// that article's facts with the annotation applied.
    func store(_ annotation: Annotation, text: String, db: Database, summary: inout ImportSummary) throws {
        let checksum = SHA256.hex(text)
        if try Int64.fetchOne(db, sql: "SELECT id FROM annotation WHERE checksum = ?", arguments: [checksum]) != nil { return }
        // A newer version of an annotation for the same article replaces the older one.
        if let url = annotation.sourceURL {
            try db.execute(sql: "DELETE FROM annotation WHERE source_url = ?", arguments: [url])
        }
        try db.execute(sql: "INSERT INTO annotation(path, source_url, sha256, content, checksum) VALUES (?, ?, ?, ?, ?)",
                       arguments: [annotation.path, annotation.sourceURL, annotation.sha256, text, checksum])
        summary.annotations.stored += 1
        let annotationID = db.lastInsertedRowID
        // Is its article here already?
        let candidates = try Row.fetchAll(db, sql: """
            SELECT id, title, source_url, publisher, published, body, sha256, warnings, origin, path FROM article
            WHERE sha256 IS ? OR source_url IS NOT NULL
            """, arguments: [annotation.sha256])
        for row in candidates where annotation.matches(sourceURL: row["source_url"], sha256: row["sha256"]) {
            let parsed = ParsedArticle(
                title: row["title"], titleIsFallback: false, sourceURL: row["source_url"], publisher: row["publisher"],
                published: (row["published"] as String?).flatMap { PartialDate($0) }, byline: nil, captions: [],
                body: row["body"], sha256: row["sha256"], warnings: [])
            let extracted = extractor.extract(parsed)
            let curated = try Curation.apply(annotation, to: extracted, gazetteer: extractor.gazetteer, codebook: codebook)
            let writer = ArticleWriter(db: db)
            try db.inSavepoint {
                try writer.remove(articleID: row["id"])
                let (newID, counts) = try writer.insert(curated, origin: row["origin"], path: row["path"])
                try db.execute(sql: "UPDATE annotation SET article_id = ? WHERE id = ?", arguments: [newID, annotationID])
                summary.add(counts)
                return .commit
            }
            summary.annotations.applied += 1
        }
    }
}
