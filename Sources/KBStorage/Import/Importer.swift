import Foundation
import GRDB
import KBExtraction
import Synchronization

/// Imports articles, annotations and gazetteer files into a knowledge base
/// (SPEC section 6). Each article is all or nothing (its own savepoint);
/// commits group articles for speed; extraction of the next group runs on
/// all cores while the writer is single.
public struct Importer: Sendable {
    public let kb: KnowledgeBase

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    /// Progress: articles done, articles in total.
    public typealias Progress = @Sendable (Int, Int) -> Void

    public func run(_ items: [ImportItem], options: ImportOptions, progress: Progress? = nil) throws -> ImportSummary {
        var summary = ImportSummary()
        summary.dryRun = options.dryRun
        let codebook = Codebook.bundled
        var gazetteer = try Gazetteer.bundled.get()

        // 1. Gazetteer files extend the bundled gazetteer for this run. Each is
        //    checked on its own against the bundled one, so a bad file fails
        //    alone; the good ones are then merged.
        var extraGazetteer: Gazetteer?
        var goodFiles: [(path: String, text: String)] = []
        for item in items where item.kind == .gazetteer {
            do throws(ExtractionError) {
                let bytes = try item.bytes(maxBytes: 4 * 1024 * 1024)
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw ExtractionError(.encoding, path: item.path, reason: "not UTF-8 text")
                }
                _ = try GazetteerLoader.load(GazetteerLoader.bundledFiles() + goodFiles + [(item.path, text)])
                goodFiles.append((item.path, text))
            } catch {
                summary.failed.append(.init(path: item.path, reason: error.locatedReason))
            }
        }
        if !goodFiles.isEmpty {
            gazetteer = try GazetteerLoader.load(GazetteerLoader.bundledFiles() + goodFiles)
            extraGazetteer = gazetteer
        }
        let extractor = Extractor(gazetteer: gazetteer, codebook: codebook)

        // 2. Annotations: validated now, stored, applied to articles already present.
        var annotations: [(Annotation, String)] = []
        for item in items where item.kind == .annotation {
            do throws(ExtractionError) {
                let bytes = try item.bytes(maxBytes: 4 * 1024 * 1024)
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw ExtractionError(.encoding, path: item.path, reason: "not UTF-8 text")
                }
                annotations.append((try Annotation.parse(text, path: item.path, gazetteer: gazetteer, codebook: codebook), text))
            } catch {
                summary.failed.append(.init(path: item.path, reason: error.locatedReason))
            }
        }

        let articles = items.filter { $0.kind == .article }
        let bundled = options.curated ? BundledAnnotations.load(gazetteer: gazetteer, codebook: codebook) : BundledAnnotations(annotations: [])
        let context = WriteContext(extractor: extractor, codebook: codebook, options: options, bundled: bundled)

        func writeAll(_ db: Database, inTransaction: Bool) throws {
            if let extra = extraGazetteer { try ReferenceData.loadGazetteer(db, extra) }
            for (annotation, text) in annotations {
                try context.store(annotation, text: text, db: db, summary: &summary)
            }
            var done = 0
            var start = 0
            let group = options.durable ? 1 : max(1, options.groupSize)
            while start < articles.count {
                let chunk = Array(articles[start..<min(start + group, articles.count)])
                let prepared = Self.prepare(chunk, extractor: extractor, maxBytes: options.maxBytes)
                if inTransaction {
                    try context.write(prepared, db: db, summary: &summary)
                } else {
                    try db.inTransaction(.immediate) {
                        try context.write(prepared, db: db, summary: &summary)
                        return .commit
                    }
                }
                done += chunk.count
                progress?(done, articles.count)
                start += group
            }
            summary.annotations.waiting = try Int.fetchOne(db, sql: "SELECT count(*) FROM annotation WHERE article_id IS NULL") ?? 0
        }

        do {
            if options.dryRun {
                try kb.pool.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        try writeAll(db, inTransaction: true)
                        return .rollback
                    }
                }
            } else {
                try kb.pool.writeWithoutTransaction { db in
                    // Annotations and gazetteer rows commit before the articles that use them.
                    try writeAll(db, inTransaction: false)
                }
            }
        } catch let error as DatabaseError {
            throw StorageError(.sqlite, thing: kb.path, reason: error.message ?? "\(error)")
        }
        return summary
    }

    /// Reads, parses and extracts a group of articles on all cores.
    static func prepare(_ chunk: [ImportItem], extractor: Extractor, maxBytes: Int) -> [Prepared] {
        let results = Mutex<[Prepared?]>(Array(repeating: nil, count: chunk.count))
        DispatchQueue.concurrentPerform(iterations: chunk.count) { i in
            let item = chunk[i]
            let outcome: Result<(ParsedArticle, ExtractedArticle), ExtractionError>
            do throws(ExtractionError) {
                let bytes = try item.bytes(maxBytes: maxBytes)
                let parsed = try ArticleParser(maxBytes: maxBytes).parse(bytes)
                outcome = .success((parsed, extractor.extract(parsed)))
            } catch {
                outcome = .failure(error.path == nil ? error.at(path: item.path) : error)
            }
            results.withLock { $0[i] = Prepared(item: item, outcome: outcome) }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    struct Prepared: Sendable {
        let item: ImportItem
        let outcome: Result<(ParsedArticle, ExtractedArticle), ExtractionError>
    }
}

