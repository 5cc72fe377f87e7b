import Foundation
import Testing
@testable import KBExtraction

/// `kb extract --format json` is a contract (SPEC section 5): the built binary
/// speaks it on the user's article, every seed article and every held-out
/// evaluation article, with every reference and span valid.
@Suite("kb extract contract on every article")
struct ExtractContractTests {
    static func files() throws -> [String] {
        let evaluation = Repo.root.appendingPathComponent("Tests/KBTests/Fixtures/evaluation")
        let second = Repo.root.appendingPathComponent("Tests/KBTests/Fixtures/evaluation2")
        let third = Repo.root.appendingPathComponent("Tests/KBTests/Fixtures/evaluation3")
        let fourth = Repo.root.appendingPathComponent("Tests/KBTests/Fixtures/evaluation4")
        let fifth = Repo.root.appendingPathComponent("Tests/KBTests/Fixtures/evaluation5")
        let seeds = Repo.root.appendingPathComponent("Seeds/articles")
        var out: [String] = []
        for folder in [evaluation, second, third, fourth, fifth, seeds] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
                out.append(folder.appendingPathComponent(name).path)
            }
        }
        if Repo.hasSharedSeeds { out.append(Repo.userArticle) }
        return out
    }

    static func isDate(_ value: Any?) -> Bool {
        guard let text = value as? String else { return value == nil || value is NSNull }
        return PartialDate(text) != nil
    }

    @Test("a speaker named only through a spokesman ('Moon's spokesman said') is listed among the actors")
    func referencedActorsListed() throws {
        let x = try PlaceTests.extract("Moon Jae-in met officials. \u{201C}We will respond,\u{201D} Moon's spokesman said.")
        #expect(x.quotes.first?.speaker == "south-korea-presidential-office")
        #expect(x.actors.contains { $0.id == "south-korea-presidential-office" && $0.mentions.isEmpty })
    }

    @Test("one object per file, every key of the contract, ids that resolve, spans inside the text")
    func contract() throws {
        let files = try Self.files()
        #expect(files.count >= 99)
        let run = try KBRun.run(["extract", "--no-curated", "--format", "json"] + files)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == files.count)
        let codebook = Codebook.bundled
        for (file, object) in zip(files, objects) {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let article = try #require(object["article"] as? [String: Any], "\(name): article")
            for key in ["title", "source_url", "published", "publisher", "text", "extractor_version", "warnings"] {
                #expect(article.keys.contains(key), "\(name): article.\(key)")
            }
            #expect(Self.isDate(article["published"]), "\(name): published")
            let text = Array((article["text"] as? String ?? "").unicodeScalars)
            func slice(_ start: Int, _ end: Int) -> String? {
                guard 0 <= start, start < end, end <= text.count else { return nil }
                return String(String.UnicodeScalarView(text[start..<end]))
            }
            let actors = object["actors"] as? [[String: Any]] ?? []
            let places = object["places"] as? [[String: Any]] ?? []
            let actorIDs = Set(actors.compactMap { $0["id"] as? String })
            let placeIDs = Set(places.compactMap { $0["id"] as? String })
            for entity in actors + places {
                for key in ["id", "name", "kind", "mentions"] { #expect(entity[key] != nil, "\(name): \(key) of \(entity["id"] ?? "?")") }
                for mention in entity["mentions"] as? [[String: Int]] ?? [] {
                    #expect(slice(mention["start"] ?? -1, mention["end"] ?? -1) != nil, "\(name): mention of \(entity["id"] ?? "?")")
                }
            }
            for place in places {
                #expect(place.keys.contains("lat") && place.keys.contains("lon"), "\(name): coordinates of \(place["id"] ?? "?")")
            }
            for quote in object["quotes"] as? [[String: Any]] ?? [] {
                let start = quote["start"] as? Int ?? -1
                let end = quote["end"] as? Int ?? -1
                #expect(slice(start, end) == quote["text"] as? String, "\(name): quote text is text[start:end]")
                if let speaker = quote["speaker"] as? String { #expect(actorIDs.contains(speaker), "\(name): speaker \(speaker)") }
                #expect(quote["origin"] as? String == "extracted", "\(name): quote origin")
            }
            for event in object["events"] as? [[String: Any]] ?? [] {
                let code = event["code"] as? String ?? ""
                #expect(codebook[code] != nil, "\(name): code \(code)")
                #expect(event["root"] as? String == String(code.prefix(2)), "\(name): root of \(code)")
                #expect(event["goldstein"] is Double || event["goldstein"] is Int, "\(name): goldstein")
                for key in ["source", "target"] {
                    if let id = event[key] as? String { #expect(actorIDs.contains(id), "\(name): \(key) \(id)") }
                }
                if let place = event["place"] as? String { #expect(placeIDs.contains(place), "\(name): place \(place)") }
                #expect(Self.isDate(event["date"]), "\(name): date \(event["date"] ?? "")")
                #expect(["asserted", "threatened", "conditional", "denied", "planned"].contains(event["modality"] as? String ?? ""),
                        "\(name): modality")
                if let threatened = event["threatened"] as? String { #expect(codebook[threatened] != nil, "\(name): threatened \(threatened)") }
                #expect(slice(event["start"] as? Int ?? -1, event["end"] as? Int ?? -1) == event["sentence"] as? String,
                        "\(name): event sentence is text[start:end]")
                let confidence = event["confidence"] as? Double ?? -1
                #expect(confidence > 0 && confidence <= 1, "\(name): confidence")
                #expect(event["origin"] as? String == "extracted", "\(name): event origin")
            }
        }
    }
}
