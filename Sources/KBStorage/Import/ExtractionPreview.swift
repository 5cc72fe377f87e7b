import KBEmbedded
import KBExtraction

/// The annotations this binary carries, parsed once, for matching articles by
/// source URL or content hash wherever they are imported or extracted.
public struct BundledAnnotations: Sendable {
    public let annotations: [Annotation]
    /// Bundled annotations that failed validation (the test suite keeps this empty).
    public var errors: [ExtractionError] = []

    public init(annotations: [Annotation], errors: [ExtractionError] = []) {
        self.annotations = annotations
        self.errors = errors
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

    public func match(sourceURL: String?, sha256: String) -> Annotation? {
        annotations.first { $0.matches(sourceURL: sourceURL, sha256: sha256) }
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
