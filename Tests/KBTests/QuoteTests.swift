import Foundation
import Testing
@testable import KBExtraction

/// Quote spans and speakers on the shapes real news text has.
@Suite("Quotes and their speakers")
struct QuoteTests {
    static func quotes(_ body: String) throws -> [ExtractedArticle.Quote] {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get())
        let parsed = try ArticleParser().parse(text: "Title\n\nJune 12, 2020\n\n\(body)\n\nSource:https://example.org/q\n")
        return extractor.extract(parsed).quotes
    }

    @Test("a quote over two paragraphs (no closer at the first paragraph's end) is kept, and '..., it said' keeps the speaker")
    func multiParagraph() throws {
        let q = try Self.quotes("The Unification Ministry said in a statement: \u{201C}We will respond strongly to any provocation.\n\n\u{201C}The North must stop,\u{201D} it said.")
        #expect(q.map(\.text) == ["We will respond strongly to any provocation", "The North must stop"])
        #expect(q.map(\.speaker) == ["unification-ministry", "unification-ministry"])
    }

    @Test("the speaker is the head of 'US President Barack Obama', and a president's office speaks for the office")
    func heads() throws {
        let q = try Self.quotes("US President Barack Obama said the launch was \u{201C}a highly provocative act\u{201D}. \u{201C}We regret it,\u{201D} Moon Jae-in's office said.")
        #expect(q.first?.speaker == "barack-obama")
        #expect(q.last?.speaker == "south-korea-presidential-office")
    }

    @Test("'the spokesman said' after a named ministry's announcement is that ministry; no cue, no speaker")
    func backReferenceAndNone() throws {
        let q = try Self.quotes("A spokesman for South Korea's Unification Ministry announced that tours were suspended. \u{201C}We regret that our tourist was killed,\u{201D} the spokesman said.\n\nThe word \u{201C}provocation\u{201D} appears often.")
        #expect(q.first?.speaker == "unification-ministry")
        #expect(q.last?.speaker == nil)
    }
}
