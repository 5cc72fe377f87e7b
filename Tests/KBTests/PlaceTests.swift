import Foundation
import Testing
@testable import KBExtraction

/// When a name is a place: countries after a locative, the inter-Korean
/// border, compass adjectives.
@Suite("Places in the text")
struct PlaceTests {
    static func extract(_ body: String, date: String = "June 12, 2020") throws -> ExtractedArticle {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get())
        let parsed = try ArticleParser().parse(text: "Title\n\n\(date)\n\n\(body)\n\nSource:https://example.org/p\n")
        return extractor.extract(parsed)
    }

    @Test("a place that names a document is no place: 'the Panmunjom Declaration', 'the Pyongyang Joint Declaration'")
    func documentNames() throws {
        let x = try Self.extract("The leaders reaffirmed the Panmunjom Declaration and the Pyongyang Joint Declaration. They met in Panmunjom.")
        #expect(x.places.map(\.id) == ["panmunjom"])
        #expect(x.places.first?.mentions.count == 1, "only 'in Panmunjom'")
    }

    @Test("a country after 'in', 'over', 'visited' or a movement 'to' is a place and still its state")
    func countriesAsPlaces() throws {
        let x = try Self.extract("Trump and Kim met in Singapore. The missile flew over Japan. Seoul says the North sent troops to Russia.")
        #expect(Set(x.places.map(\.id)) == ["singapore", "japan", "russia"])
        // The state stays an actor: "over Japan" is where, and Japan is still named.
        #expect(x.actors.contains { $0.id == "japan" })
    }

    @Test("a country that is a party is no place: 'apologise to', 'fire at', 'from', a possessive")
    func countriesAsParties() throws {
        let x = try Self.extract("North Korea demanded an apology from South Korea. The guns fired at South Korea. Seoul must apologise to North Korea, and North Korea's army agreed.")
        #expect(!x.places.contains { $0.id == "south-korea" || $0.id == "north-korea" })
        #expect(x.actors.contains { $0.id == "south-korea" } && x.actors.contains { $0.id == "north-korea" })
    }

    @Test("'in western Seoul' and 'the northern part of Seoul' are places; 'Seoul said' is the government")
    func capitals() throws {
        let places = try Self.extract("The president spoke in western Seoul.").places.map(\.id)
        #expect(places == ["seoul"])
        let part = try Self.extract("One drone flew over the northern part of Seoul.").places.map(\.id)
        #expect(part == ["seoul"])
        let metonym = try Self.extract("Seoul said it would respond.")
        #expect(metonym.places.isEmpty)
    }

    @Test("'the border' between the Koreas is the DMZ after the 1953 armistice, and not before it")
    func borderByDate() throws {
        let body = "North Korea sent troops toward the border, South Korea said."
        #expect(try Self.extract(body).places.map(\.id).contains("demilitarized-zone"))
        #expect(!(try Self.extract(body, date: "June 25, 1950").places.map(\.id).contains("demilitarized-zone")))
    }

    @Test("two names sharing a plural head are two places: 'the Gyeongui and Donghae railways and roads', 'Yeonpyeong and Baengnyeong islands'")
    func sharedHeads() throws {
        let x = try Self.extract("They agreed to reconnect the Gyeongui and Donghae railways and roads. The North shelled Yeonpyeong and Baengnyeong islands.")
        #expect(Set(x.places.map(\.id)) == ["gyeongui-line", "gyeongui-road", "donghae-line", "donghae-road", "yeonpyeong-island", "baengnyeong-island"])
    }
}
