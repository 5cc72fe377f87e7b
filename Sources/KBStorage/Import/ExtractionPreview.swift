import KBEmbedded
import KBExtraction

/// The annotations this binary carries, parsed once, for matching articles by
/// source URL or content hash wherever they are imported or extracted.
public struct BundledAnnotations: Sendable {
    public let annotations: [Annotation]
    /// Bundled annotations that failed validation (the test suite keeps this empty).
    public var errors: [ExtractionError] = []

    /// The first annotation for each content hash and each URL key: import
    /// asks for every article, and comparing URLs one annotation at a time
    /// cost more than writing the article.
    private let bySHA256: [String: Int]
    private let byURL: [String: Int]

    public init(annotations: [Annotation], errors: [ExtractionError] = []) {
        self.annotations = annotations
        self.errors = errors
        var bySHA256: [String: Int] = [:]
        var byURL: [String: Int] = [:]
        for (i, annotation) in annotations.enumerated() {
            if let sha = annotation.sha256, bySHA256[sha] == nil { bySHA256[sha] = i }
            if let url = annotation.sourceURL, byURL[Self.urlKey(url)] == nil { byURL[Self.urlKey(url)] = i }
        }
        self.bySHA256 = bySHA256
        self.byURL = byURL
    }

    /// The form in which `Annotation.sameURL` compares URLs: lower case,
    /// https, no `www.`, no trailing slashes.
    static func urlKey(_ url: String) -> String {
        var t = url.lowercased()
        if t.hasPrefix("http://") { t = "https://" + t.dropFirst(7) }
        t = t.replacing("://www.", with: "://")
        while t.hasSuffix("/") { t.removeLast() }
        return t
    }

    public static func load(gazetteer: Gazetteer, codebook: Codebook) -> BundledAnnotations {
        var out: [Annotation] = []
        var errors: [ExtractionError] = []
        for item in ImportItem.bundledSeeds() where item.kind == .annotation {
            guard case .embedded(let key) = item.content, let text = EmbeddedFiles.text(key) else { continue }
            do throws(ExtractionError) {
                out.append(try Annotation.parse(text, path: item.path, gazetteer: gazetteer, codebook: codebook))
            } catch {
                errors.append(error)
            }
        }
        return BundledAnnotations(annotations: out, errors: errors)
    }

    /// The first annotation (in bundle order) that matches the article by hash or URL.
    public func match(sourceURL: String?, sha256: String) -> Annotation? {
        let candidates = [bySHA256[sha256], sourceURL.flatMap { byURL[Self.urlKey($0)] }].compactMap { $0 }
        guard let first = candidates.min() else { return nil }
        // The index only narrows the search; Annotation keeps the final word on what matches.
        return annotations[first].matches(sourceURL: sourceURL, sha256: sha256)
            ? annotations[first] : annotations.first { $0.matches(sourceURL: sourceURL, sha256: sha256) }
    }
}

/// `kb extract`: exactly what import would store for a file, without a database.
public final class ExtractionPreview {
    let extractor: Extractor
    let curated: Bool
    let maxBytes: Int
    var annotations: [Annotation] = []

    public init(curated: Bool, maxBytes: Int) throws {
        let gazetteer = try Gazetteer.bundled.get()
        self.extractor = Extractor(gazetteer: gazetteer)
        self.curated = curated
        self.maxBytes = maxBytes
        if curated {
            annotations = BundledAnnotations.load(gazetteer: gazetteer, codebook: extractor.codebook).annotations
        }
    }

    /// Annotation files given on the command line win over bundled ones.
    public func addAnnotations(_ items: [ImportItem]) throws {
        guard curated else { return }
        for item in items.reversed() {
            let bytes = try item.bytes(maxBytes: 4 * 1024 * 1024)
            let text = String(decoding: bytes, as: UTF8.self)
            annotations.insert(try Annotation.parse(text, path: item.path, gazetteer: extractor.gazetteer, codebook: extractor.codebook), at: 0)
        }
    }

    public func extract(_ item: ImportItem) throws -> ExtractedArticle {
        let parsed = try ArticleParser(maxBytes: maxBytes).parse(try item.bytes(maxBytes: maxBytes))
        let extracted = extractor.extract(parsed)
        guard curated, let annotation = annotations.first(where: { $0.matches(sourceURL: parsed.sourceURL, sha256: parsed.sha256) }) else {
            return extracted
        }
        return try Curation.apply(annotation, to: extracted, gazetteer: extractor.gazetteer, codebook: extractor.codebook)
    }
}
