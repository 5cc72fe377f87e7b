import Foundation
import Testing

/// The facts the extraction issue lists for the user's article, from
/// extraction alone (`kb extract --no-curated`), through the built binary.
@Suite("The user's article, extraction alone")
struct UserArticleExtractionTests {
    static func extracted() throws -> [String: Any]? {
        guard Repo.hasSharedSeeds else { return nil }
        let run = try KBRun.run(["extract", "--no-curated", "--format", "json", Repo.userArticle])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        if let list = json as? [[String: Any]] { return list.first }
        return json as? [String: Any]
    }

    @Test("actors, places and the four quotes with their speakers")
    func entitiesAndQuotes() throws {
        guard let x = try Self.extracted() else {
            print("skipped: ../shared/seeds is absent (a user's clone); CI has it")
            return
        }
        let actors = Set(((x["actors"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        for id in ["north-korea", "south-korea", "kim-jong-un", "kim-yo-jong", "moon-jae-in", "kcna", "unification-ministry",
                   "south-korean-activists", "north-korean-defectors", "united-states", "united-nations", "china", "bbc"] {
            #expect(actors.contains(id), "actor \(id) missing: \(actors.sorted())")
        }
        let places = Set(((x["places"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        for id in ["kaesong", "kaesong-industrial-complex", "inter-korean-liaison-office", "demilitarized-zone", "korean-peninsula"] {
            #expect(places.contains(id), "place \(id) missing: \(places.sorted())")
        }
        let quotes = (x["quotes"] as? [[String: Any]]) ?? []
        func speaker(of text: String) -> String? {
            quotes.first { ($0["text"] as? String)?.contains(text) == true }?["speaker"] as? String
        }
        #expect(speaker(of: "tragically ruined with a terrific explosion") == "kcna")
        #expect(speaker(of: "a senseless act") == "unification-ministry")
        #expect(speaker(of: "destroyed the hopes of those who wished for peace") == "unification-ministry")
        #expect(speaker(of: "respond strongly") == "south-korea-government")
        for q in quotes { #expect(q["origin"] as? String == "extracted") }
    }

    @Test("the demolition, the threats, the cut lines, the leaflets, the deployments and the office founded in 2018 and in 2003")
    func events() throws {
        guard let x = try Self.extracted() else {
            print("skipped: ../shared/seeds is absent (a user's clone); CI has it")
            return
        }
        let events = (x["events"] as? [[String: Any]]) ?? []
        func field(_ e: [String: Any], _ key: String) -> String? { e[key] as? String }
        let northKorea: Set<String> = ["north-korea", "north-korea-government"]
        let southKorea: Set<String> = ["south-korea", "south-korea-government"]
        #expect(events.contains { field($0, "root") == "17" && northKorea.contains(field($0, "source") ?? "")
            && southKorea.contains(field($0, "target") ?? "") && field($0, "place") == "inter-korean-liaison-office"
            && field($0, "modality") == "asserted" }, "the demolition of the office by North Korea")
        #expect(events.contains { field($0, "source") == "kim-yo-jong" && field($0, "root") == "13"
            && field($0, "modality") == "threatened" && field($0, "threatened") == "1712" }, "Kim Yo Jong's threat to destroy the office")
        #expect(events.contains { field($0, "code") == "138" && northKorea.contains(field($0, "source") ?? "") }, "the threat of military action")
        #expect(events.contains { field($0, "code") == "161" && northKorea.contains(field($0, "source") ?? "") }, "the cut communication lines")
        #expect(events.contains { field($0, "code") == "170" && field($0, "source") == "south-korean-activists" }, "the leaflet launches")
        #expect(events.contains { field($0, "root") == "15" && northKorea.contains(field($0, "source") ?? "") }, "the announced deployments")
        let founding = events.filter { field($0, "code") == "0311" && field($0, "place").map { ["kaesong", "inter-korean-liaison-office"].contains($0) } == true }
        #expect(Set(founding.compactMap { field($0, "date") }) == ["2018", "2003"], "the office founded in 2018 and in 2003: \(founding)")
        // Every event is extracted and carries the span it was read from.
        let text = (x["article"] as? [String: Any])?["text"] as? String ?? ""
        let scalars = Array(text.unicodeScalars)
        for e in events {
            #expect(field(e, "origin") == "extracted")
            guard let start = e["start"] as? Int, let end = e["end"] as? Int, start < end, end <= scalars.count else {
                Issue.record("event without a valid span: \(e)")
                continue
            }
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == field(e, "sentence"))
        }
    }
}
