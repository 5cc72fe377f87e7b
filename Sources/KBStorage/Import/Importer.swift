import Foundation
import GRDB
import KBExtraction
import Synchronization

/// Imports articles, annotations and gazetteer files into a knowledge base
/// (SPEC section 6). Each article is all or nothing (its own savepoint);
/// commits group articles for speed; the next group is read and extracted
/// on the other cores while the single writer writes the current one.
public struct Importer: Sendable {
    public let kb: KnowledgeBase

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    /// Progress: articles done, articles in total.
    public typealias Progress = @Sendable (Int, Int) -> Void

    public func run(_ items: [ImportItem], options: ImportOptions, progress: Progress? = nil) throws -> ImportSummary {
        try run(items, options: options, progress: progress, extracted: nil)
    }

    /// `extracted`: the articles of `items` read and extracted ahead of time
    /// (benchmarks of the writer alone); nil to extract them here.
    private func run(_ items: [ImportItem], options: ImportOptions, progress: Progress?,
                     extracted: [Prepared]?) throws -> ImportSummary {
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
            let group = options.durable ? 1 : max(1, options.groupSize)
            let chunks = stride(from: 0, to: articles.count, by: group).map { Array(articles[$0..<min($0 + group, articles.count)]) }
            // While the writer writes one group, the next is read and extracted on the other cores.
            var next = extracted == nil ? chunks.first.map { PreparedGroup($0, extractor: extractor, maxBytes: options.maxBytes) } : nil
            for (k, chunk) in chunks.enumerated() {
                let prepared: [Prepared]
                if let extracted {
                    prepared = Array(extracted[(k * group)..<(k * group + chunk.count)])
                } else {
                    guard let pending = next else { break }
                    prepared = pending.wait()
                    next = k + 1 < chunks.count ? PreparedGroup(chunks[k + 1], extractor: extractor, maxBytes: options.maxBytes) : nil
                }
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
            }
            summary.annotations.waiting = try Int.fetchOne(db, sql: "SELECT count(*) FROM annotation WHERE article_id IS NULL") ?? 0
        }

        do {
            if options.dryRun {
                try kb.pool.writeWithoutTransaction { db in
                    try Self.tuneForImport(db)
                    defer { try? Self.restoreTuning(db) }
                    try db.inTransaction(.immediate) {
                        try writeAll(db, inTransaction: true)
                        return .rollback
                    }
                }
            } else {
                try kb.pool.writeWithoutTransaction { db in
                    try Self.tuneForImport(db)
                    defer { try? Self.restoreTuning(db) }
                    // Annotations and gazetteer rows commit before the articles that use them.
                    try writeAll(db, inTransaction: false)
                }
            }
        } catch let error as DatabaseError {
            throw StorageError(.sqlite, thing: kb.path, reason: error.message ?? "\(error)")
        }
        return summary
    }

    /// Articles read and extracted ahead of time, so that a benchmark can time
    /// the writer alone (`kb-bench write`).
    @_spi(Benchmarks)
    public struct Extracted: Sendable {
        let prepared: [Prepared]
        public var count: Int { prepared.count }
    }

    /// Reads and extracts the articles among `items` with the bundled gazetteer.
    @_spi(Benchmarks)
    public static func extract(_ items: [ImportItem], maxBytes: Int = ArticleParser.defaultMaxBytes) throws -> Extracted {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get(), codebook: Codebook.bundled)
        return Extracted(prepared: prepare(items.filter { $0.kind == .article }, extractor: extractor, maxBytes: maxBytes))
    }

    /// Writes articles extracted ahead of time exactly as `run` writes them.
    @_spi(Benchmarks)
    public func write(_ extracted: Extracted, options: ImportOptions) throws -> ImportSummary {
        try run(extracted.prepared.map(\.item), options: options, progress: nil, extracted: extracted.prepared)
    }

    /// Page cache of the writer during an import, in KiB: SQLite's default
    /// (2 MB) is smaller than what one group of articles dirties in the
    /// indexes and the full-text index.
    static let importCacheKiB = 64 * 1024

    /// Settings of the writer's connection for the length of an import.
    /// `temp_store = MEMORY` keeps the savepoint journal (the page images an
    /// article's savepoint may roll back to) in memory: in a temporary file it
    /// cost 400 page writes per article, more than the database itself.
    static func tuneForImport(_ db: Database) throws {
        try db.execute(sql: "PRAGMA cache_size = -\(importCacheKiB); PRAGMA temp_store = MEMORY")
    }

    static func restoreTuning(_ db: Database) throws {
        try db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT")
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

    /// A group of articles being read and extracted on a background queue.
    final class PreparedGroup: Sendable {
        private let result = Mutex<[Prepared]>([])
        private let done = DispatchSemaphore(value: 0)

        init(_ chunk: [ImportItem], extractor: Extractor, maxBytes: Int) {
            DispatchQueue.global().async {
                let prepared = Importer.prepare(chunk, extractor: extractor, maxBytes: maxBytes)
                self.result.withLock { $0 = prepared }
                self.done.signal()
            }
        }

        /// The group's articles, in order, once all are extracted.
        func wait() -> [Prepared] {
            done.wait()
            return result.withLock { $0 }
        }
    }
}

