import Foundation
import KBEmbedded
import KBExtraction

/// One file to import: an article, a curated annotation or a gazetteer file,
/// told apart by extension and, for YAML, by its `kb:` header.
public struct ImportItem: Sendable {
    public enum Kind: String, Sendable { case article, annotation, gazetteer }
    public enum Content: Sendable {
        case file(String)
        case embedded(String)
    }

    public let path: String
    public let kind: Kind
    public let origin: String
    let content: Content

    /// The bytes, reading at most `maxBytes + 1` so a huge file is never read whole.
    func bytes(maxBytes: Int) throws(ExtractionError) -> [UInt8] {
        switch content {
        case .embedded(let key):
            guard let data = EmbeddedFiles.data(key) else { throw ExtractionError(.invalid, path: path, reason: "not embedded in this kb") }
            return Array(data)
        case .file(let file):
            let size: Int
            do {
                let attributes = try FileManager.default.attributesOfItem(atPath: file)
                size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            } catch {
                throw ExtractionError(.invalid, path: path, reason: "cannot read: \(error.localizedDescription)")
            }
            if size > maxBytes {
                throw ExtractionError(.tooLarge, path: path, reason: "file of \(size) bytes is over the size cap of \(maxBytes) bytes (--max-bytes)")
            }
            guard let handle = FileHandle(forReadingAtPath: file) else {
                throw ExtractionError(.invalid, path: path, reason: "cannot open for reading")
            }
            defer { try? handle.close() }
            let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
            if data.count > maxBytes {
                throw ExtractionError(.tooLarge, path: path, reason: "file is over the size cap of \(maxBytes) bytes (--max-bytes)")
            }
            return Array(data)
        }
    }

    /// Files under the given paths (folders recursively, sorted), classified.
    /// Paths that do not exist or YAML without a kb header come back as failures.
    public static func collect(_ paths: [String]) -> (items: [ImportItem], failures: [(path: String, reason: String)]) {
        var items: [ImportItem] = []
        var failures: [(path: String, reason: String)] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append((path, "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                guard let walker = fm.enumerator(atPath: path) else { failures.append((path, "cannot list folder")); continue }
                var found: [String] = []
                for case let relative as String in walker {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var dir: ObjCBool = false
                    guard fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue else { continue }
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    let ext = (name as NSString).pathExtension.lowercased()
                    // In folders only article and YAML files count; README.md and the like are skipped.
                    if ["txt", "text", "yaml", "yml"].contains(ext) { found.append(full) }
                }
                for file in found.sorted() { classify(file, into: &items, failures: &failures) }
            } else {
                classify(path, into: &items, failures: &failures)
            }
        }
        return (items, failures)
    }

    static func classify(_ path: String, into items: inout [ImportItem], failures: inout [(path: String, reason: String)]) {
        let ext = (path as NSString).pathExtension.lowercased()
        guard ext == "yaml" || ext == "yml" else {
            items.append(ImportItem(path: path, kind: .article, origin: "import", content: .file(path)))
            return
        }
        // Only the head is read to find the header: the full parse comes later, under its caps.
        let head = FileHandle(forReadingAtPath: path).flatMap { handle -> Data? in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 4096)
        }
        let text = head.map { String(decoding: $0, as: UTF8.self) } ?? ""
        if let kind = kind(ofYAMLHeader: text) {
            items.append(ImportItem(path: path, kind: kind, origin: "import", content: .file(path)))
        } else {
            failures.append((path, "not a kb YAML file: it needs a `kb: annotation/1`, `kb: gazetteer-actors/1` or `kb: gazetteer-places/1` header"))
        }
    }

    static func kind(ofYAMLHeader text: String) -> Kind? {
        switch KBFileHeader.header(of: text) {
        case Annotation.header?: return .annotation
        case GazetteerLoader.actorsHeader?, GazetteerLoader.placesHeader?: return .gazetteer
        default: return nil
        }
    }

    /// The bundled Seeds: annotations first, then articles. The bundled
    /// gazetteer is loaded with the database, so it is not listed here.
    public static func bundledSeeds() -> [ImportItem] {
        let paths = EmbeddedFiles.paths(under: "Seeds/")
        let annotations = paths.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix("Seeds/gazetteer/") }
            .filter { kind(ofYAMLHeader: EmbeddedFiles.text($0) ?? "") == .annotation }
            .map { ImportItem(path: $0, kind: .annotation, origin: "seed", content: .embedded($0)) }
        let articles = paths.filter { $0.hasPrefix("Seeds/articles/") && $0.hasSuffix(".txt") }
            .map { ImportItem(path: $0, kind: .article, origin: "seed", content: .embedded($0)) }
        return annotations + articles
    }
}
