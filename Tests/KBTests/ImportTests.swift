import Foundation
import GRDB
import Testing
@testable import KBExtraction
@testable import KBStorage

@Suite("Import")
struct ImportTests {
    static let article = """
        Seoul and Pyongyang trade warnings

        June 13, 2020

        Kim Yo Jong threatened to destroy the liaison office in Kaesong, North Korea said.

        South Korea's Unification Ministry called the statement regrettable.

        Source:https://example.org/2020/06/13/warnings
        """

    func importFiles(_ paths: [String], into kb: KnowledgeBase, options: ImportOptions = ImportOptions()) throws -> ImportSummary {
        let (items, failures) = ImportItem.collect(paths)
        var summary = try Importer(kb: kb).run(items, options: options)
        summary.failed = failures.map { .init(path: $0.path, reason: $0.reason) } + summary.failed
        return summary
    }

    func counts(_ kb: KnowledgeBase) throws -> [Int] {
        try kb.read { db throws in
            try ["article", "event", "quote", "provenance", "actor", "annotation"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1
            }
        }
    }

    @Test("the user's article imports with its title, URL, body and its waiting curated annotation")
    func userArticle() throws {
        guard Repo.hasSharedSeeds else {
            print("skipped: ../shared/seeds is absent (it exists in CI, not in a user's clone)")
            return
        }
        let folder = try TemporaryFolder()
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        let summary = try importFiles([Repo.userArticle], into: kb)
        #expect(summary.new == 1)
        #expect(summary.failed.isEmpty)
        try kb.read { db throws in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM article"))
            #expect(row["title"] as String == "North and South Korea RELATIONS")
            #expect((row["source_url"] as String).hasSuffix("-6463170/"))
            #expect(!(row["body"] as String).contains("Advertisement"))
            #expect(row["origin"] as String == "import")
            #expect(row["complete"] as Int == 1)
            // The bundled annotation keyed by this URL applies: its date and the demolition.
            #expect(row["published"] as String? == "2020-06-17")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE code = '1712' AND date = '2020-06-16' AND origin = 'curated'") == 1)
        }
        #expect(try kb.check().ok)
    }

    @Test("importing the same article twice changes nothing")
    func reimportIsIdempotent() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", Self.article)
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        let first = try importFiles([file], into: kb)
        #expect(first.new == 1)
        let before = try counts(kb)
        let second = try importFiles([file], into: kb)
        #expect(second.new == 0)
        #expect(second.unchanged == 1)
        #expect(try counts(kb) == before)
        #expect(try kb.check().ok)
    }

    @Test("a changed article with the same source URL replaces the old one and its facts")
    func replacementBySourceURL() throws {
        let folder = try TemporaryFolder()
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        let file = try folder.write("a.txt", Self.article)
        _ = try importFiles([file], into: kb)
        try folder.write("a.txt", Self.article.replacingOccurrences(of: "regrettable", with: "deeply regrettable"))
        let summary = try importFiles([file], into: kb)
        #expect(summary.updated == 1)
        try kb.read { db throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") == 1)
            #expect(try String.fetchOne(db, sql: "SELECT body FROM article")?.contains("deeply regrettable") == true)
        }
        #expect(try kb.check().ok)
    }

    @Test("an article that fails midway leaves no rows of its own, and the rest of the group imports")
    func failedArticleLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        let good = try ArticleParser().parse(text: Self.article)
        var extracted = Extractor(gazetteer: try Gazetteer.bundled.get()).extract(good)
        // A fact that points at a place the database does not know fails after the article row is written.
        extracted.places.append(.init(id: "no-such-place", name: "Nowhere", kind: "city", country: nil, lat: nil, lon: nil,
                                      mentions: [], origin: "extracted"))
        let bad = ImportItem(path: "bad.txt", kind: .article, origin: "import", content: .file("bad.txt"))
        let other = try ArticleParser().parse(text: Self.article.replacingOccurrences(of: "regrettable", with: "unacceptable")
            .replacingOccurrences(of: "/warnings", with: "/other"))
        let context = WriteContext(extractor: Extractor(gazetteer: try Gazetteer.bundled.get()), codebook: .bundled,
                                   options: ImportOptions(), bundled: BundledAnnotations(annotations: []))
        var summary = ImportSummary()
        try kb.pool.writeWithoutTransaction { db in
            try db.inTransaction {
                try context.write([
                    Importer.Prepared(item: bad, outcome: .success((good, extracted))),
                    Importer.Prepared(item: ImportItem(path: "ok.txt", kind: .article, origin: "import", content: .file("ok.txt")),
                                      outcome: .success((other, Extractor(gazetteer: try Gazetteer.bundled.get()).extract(other)))),
                ], db: db, summary: &summary)
                return .commit
            }
        }
        #expect(summary.failed.map(\.path) == ["bad.txt"])
        #expect(summary.new == 1)
        try kb.read { db throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE sha256 = ?", arguments: [good.sha256]) == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM article") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM provenance WHERE article_id NOT IN (SELECT id FROM article)") == 0)
        }
        #expect(try kb.check().ok)
    }

    @Test("a folder of bad files: each fails with its reason, warnings are kept, the good ones import, check passes")
    func badFilesInABatch() throws {
        let folder = try TemporaryFolder()
        let dir = folder.file("batch")
        try folder.write("batch/01-empty.txt", "")
        try folder.write("batch/02-space.txt", "   \n\n  ")
        try folder.write("batch/03-binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00])
        try folder.write("batch/04-latin1.txt", bytes: Array("Title\n\nCaf".utf8) + [0xE9])
        try folder.write("batch/05-page.txt", "<html><body><div><p>x</p></div></body></html>")
        try folder.write("batch/06-junk.txt", "Advertisement\nSubscribe\n")
        try folder.write("batch/07-nosource.txt", "Title\n\nNorth Korea said it would respond.\n")
        try folder.write("batch/08-good.txt", Self.article)
        try folder.write("batch/09-big.txt", String(repeating: "North Korea said so. ", count: 100))
        try folder.write("batch/10-bad.yaml", "kb: annotation/1\narticle: [unclosed\n")
        try folder.write("batch/11-noheader.yaml", "just: yaml\n")
        try folder.write("batch/README.md", "not imported: only .txt and .yaml are read from folders")
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        var options = ImportOptions()
        options.maxBytes = 1000
        let summary = try importFiles([dir, folder.file("missing.txt")], into: kb, options: options)
        let reasons = Dictionary(uniqueKeysWithValues: summary.failed.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        #expect(reasons["01-empty.txt"] == "empty file")
        #expect(reasons["02-space.txt"] == "file holds only whitespace")
        #expect(reasons["03-binary.txt"]?.hasPrefix("binary file") == true)
        #expect(reasons["04-latin1.txt"]?.contains("not UTF-8") == true)
        #expect(reasons["05-page.txt"] == "looks like HTML: save the article's text")
        #expect(reasons["06-junk.txt"]?.hasPrefix("no body text") == true)
        #expect(reasons["09-big.txt"]?.contains("size cap") == true)
        #expect(reasons["10-bad.yaml"]?.contains("malformed YAML") == true)
        #expect(reasons["11-noheader.yaml"]?.contains("kb:") == true)
        #expect(reasons["missing.txt"] == "no such file or folder")
        #expect(reasons["README.md"] == nil)
        #expect(summary.failed.count == 10)
        #expect(summary.new == 2)
        #expect(summary.warnings.contains { $0.path.hasSuffix("07-nosource.txt") && $0.warning.hasPrefix("no source line") })
        #expect(try kb.check().ok)
    }

    @Test("--dry-run stores nothing but reports what it would do")
    func dryRun() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", Self.article)
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        let before = try counts(kb)
        var options = ImportOptions()
        options.dryRun = true
        let summary = try importFiles([file], into: kb, options: options)
        #expect(summary.new == 1)
        #expect(summary.dryRun)
        #expect(try counts(kb) == before)
    }

    @Test("remove deletes an article and the facts only it supported")
    func remove() throws {
        let folder = try TemporaryFolder()
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        let empty = try counts(kb)
        _ = try importFiles([try folder.write("a.txt", Self.article)], into: kb)
        #expect(try counts(kb) != empty)
        _ = try kb.removeArticle("https://example.org/2020/06/13/warnings")
        #expect(try counts(kb) == empty)
        #expect(throws: StorageError.self) { try kb.removeArticle("https://example.org/none") }
        #expect(try kb.check().ok)
    }

    @Test("--reextract redoes articles whose facts came from another extractor version")
    func reextract() throws {
        let folder = try TemporaryFolder()
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        let file = try folder.write("a.txt", Self.article)
        _ = try importFiles([file], into: kb)
        try kb.pool.write { db in try db.execute(sql: "UPDATE article SET extractor_version = '0.0.1'") }
        var options = ImportOptions()
        #expect(try importFiles([file], into: kb, options: options).unchanged == 1)
        options.reextract = true
        let summary = try importFiles([file], into: kb, options: options)
        #expect(summary.updated == 1)
        #expect(try kb.read { db in try String.fetchOne(db, sql: "SELECT extractor_version FROM article") } == Extractor.version)
        #expect(try kb.check().ok)
    }
}

@Suite("Import of every bad-input kind", .serialized)
struct ImportBadInputTests {
    @Test("each kind of SPEC section 4 input imports or fails as the parser says, and kb check passes after each",
          arguments: 0..<ArticleParserTests.cases.count)
    func importEachKind(index: Int) throws {
        let c = ArticleParserTests.cases[index]
        let folder = try TemporaryFolder()
        let file = try folder.write("input.txt", bytes: c.bytes)
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        let summary = try Importer(kb: kb).run(ImportItem.collect([file]).items, options: ImportOptions())
        switch c.outcome {
        case .rejected:
            #expect(summary.failed.map(\.path) == [file], "\(c.name)")
            #expect(summary.new == 0)
            #expect(try kb.stats().articles == 0, "\(c.name): a rejected file stored rows")
        case .warned(let warning):
            #expect(summary.new == 1, "\(c.name): \(summary.failed)")
            #expect(summary.warnings.contains { $0.warning.hasPrefix(warning) }, "\(c.name)")
        case .normal:
            #expect(summary.new == 1, "\(c.name): \(summary.failed)")
            #expect(summary.warnings.isEmpty, "\(c.name): \(summary.warnings)")
        }
        #expect(try kb.check().ok, "\(c.name): kb check failed")
    }
}
