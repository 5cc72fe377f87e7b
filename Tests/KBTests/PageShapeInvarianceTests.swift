import Foundation
import Testing
@testable import KBExtraction

/// The facts of an article do not depend on how its page was copied: page furniture
/// between the paragraphs and hard-wrapped lines leave actors, quotes and events as they
/// are on every gold article (seeds and the held-out sets read during development).
@Suite("Page shape invariance")
struct PageShapeInvarianceTests {
    /// Actor ids, quotes with their speakers, and events (code, source, target, date), sorted.
    static func facts(_ text: String, _ extractor: Extractor) throws -> [String] {
        let x = extractor.extract(try ArticleParser().parse(Array(text.utf8)))
        return x.actors.map { "actor \($0.id)" }.sorted()
            + x.quotes.map { "quote \($0.text) | \($0.speaker ?? "-")" }.sorted()
            + x.events.map { "event \($0.code) \($0.source ?? "-") \($0.target ?? "-") \($0.date ?? "-")" }.sorted()
    }

    /// The articles: title, date line, paragraphs separated by blank lines, source line.
    static func articles() throws -> [(name: String, text: String)] {
        let sets = try ExtractionQualityTests.seedSet() + ExtractionQualityTests.evaluationSet()
            + ExtractionQualityTests.evaluationSet("evaluation2") + ExtractionQualityTests.evaluationSet("evaluation4")
        return sets.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }
    }

    /// Lines of at most `width` characters, broken at spaces only.
    static func wrap(_ paragraph: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    @Test("hard-wrapping every paragraph at 72 columns changes no fact of any gold article")
    func hardWrapped() throws {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get())
        let articles = try Self.articles()
        #expect(articles.count >= 80)
        for (name, text) in articles {
            var blocks = text.components(separatedBy: "\n\n")
            // The body paragraphs and captions (one line each, long): not the title, the date line or the source.
            for i in blocks.indices where i >= 2 && !blocks[i].contains("\n") && blocks[i].count > 100 && !blocks[i].hasPrefix("Source") {
                blocks[i] = Self.wrap(blocks[i], width: 72)
            }
            let (a, b) = (try Self.facts(blocks.joined(separator: "\n\n"), extractor), try Self.facts(text, extractor))
            #expect(a == b, "\(name): changed shape adds \(Set(a).subtracting(b).sorted()), loses \(Set(b).subtracting(a).sorted())")
        }
    }

    @Test("page furniture between the paragraphs (ads, share and read-more lines, a links box, a credit) changes no fact")
    func furnitureBetweenParagraphs() throws {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get())
        let furniture = ["Advertisement", "Share this article", "Read more: Seoul holds drills", "Related Articles",
                         "Subscribe to our newsletter", "(Reuters)", "Most Read", "Listen to this article"]
        for (n, (name, text)) in try Self.articles().enumerated() {
            var blocks = text.components(separatedBy: "\n\n")
            // After the second and every other body paragraph, never after the last one.
            var i = 3
            var k = n
            while i < blocks.count - 2 {
                blocks.insert(furniture[k % furniture.count], at: i)
                k += 1
                i += 3
            }
            let (a, b) = (try Self.facts(blocks.joined(separator: "\n\n"), extractor), try Self.facts(text, extractor))
            #expect(a == b, "\(name): changed shape adds \(Set(a).subtracting(b).sorted()), loses \(Set(b).subtracting(a).sorted())")
        }
    }
}
