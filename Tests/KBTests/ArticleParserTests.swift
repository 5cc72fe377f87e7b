import Foundation
import Testing
@testable import KBExtraction

@Suite("Article parser")
struct ArticleParserTests {
    let parser = ArticleParser()

    @Test("the user's sample article parses with its title, source URL and a clean body")
    func userSampleArticle() throws {
        guard Repo.hasSharedSeeds else {
            print("skipped: ../shared/seeds is absent (it exists in CI, not in a user's clone)")
            return
        }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Repo.userArticle)))
        let article = try parser.parse(bytes)
        #expect(article.title == "North and South Korea RELATIONS")
        #expect(article.sourceURL?.hasSuffix("-6463170/") == true)
        #expect(article.publisher == "indianexpress.com")
        #expect(!article.body.contains("Advertisement"))
        #expect(!article.body.contains("Source:"))
        #expect(article.body.hasPrefix("North Korea blew up the joint liaison office"))
        #expect(article.body.hasSuffix("main trading partner for North Korea."))
        #expect(article.body.components(separatedBy: "\n\n").count == 7)
        #expect(article.published == nil, "the text itself gives no date")
        #expect(article.sha256 == SHA256.hex(article.body))
        // NBSP became a plain space and double spaces collapsed.
        #expect(!article.body.contains("\u{A0}"))
        #expect(article.body.contains("operate and run factories"))
    }

    @Test("every date line form of SPEC section 4 is recognised", arguments: [
        ("June 9, 2020", "2020-06-09"),
        ("2016-02-11", "2016-02-11"),
        ("Published: 2020-06-13", "2020-06-13"),
        ("SEOUL, Oct 15 2024 -", "2024-10-15"),
        ("April 27, 2018 — PANMUNJOM", "2018-04-27"),
        ("Seoul 23 November 2010", "2010-11-23"),
        ("Updated: June 17, 2020 9:50:45 am", "2020-06-17"),
        ("Tuesday, June 16, 2020", "2020-06-16"),
        ("Sept. 19, 2018", "2018-09-19"),
        ("Posted on 2 March 2016", "2016-03-02"),
    ])
    func dateLines(line: String, expected: String) throws {
        let text = "Headline about the Koreas\n\n\(line)\n\nNorth Korea said something on the day.\n\nSource:https://example.org/a\n"
        let article = try parser.parse(text: text)
        #expect(article.published?.description == expected)
        #expect(article.title == "Headline about the Koreas")
        #expect(!article.body.contains(line))
    }

    @Test("a dateline at the start of the first paragraph gives the date and leaves the body")
    func datelineInParagraph() throws {
        let text = "Koreas talk\n\nSEOUL, Oct 15 2024 - North Korea blew up roads on Tuesday.\n\nSource: https://example.org/b"
        let article = try parser.parse(text: text)
        #expect(article.published?.description == "2024-10-15")
        #expect(article.body == "North Korea blew up roads on Tuesday.")
    }

    @Test("junk lines before the headline are skipped; captions, credits and bylines stay out of the body")
    func junkCaptionsBylines() throws {
        let text = """
            Skip to main content
            Menu
            Advertisement
            KIM YO JONG WARNS SEOUL OVER LEAFLETS

            By Jane Doe | Reuters
            June 13, 2020

            Photo: Kim Yo Jong in Pyongyang. (KCNA via Reuters)
            Kim Yo Jong said the liaison office would be destroyed.
            (AP Photo/Ahn Young-joon)

            Also read: What to know about the border
            Seoul called the statement regrettable.

            Source : https://www.example.com/news/1
            Subscribe to our newsletter
            """
        let article = try parser.parse(text: text)
        #expect(article.title == "KIM YO JONG WARNS SEOUL OVER LEAFLETS")
        #expect(article.byline == "By Jane Doe | Reuters")
        #expect(article.published?.description == "2020-06-13")
        #expect(article.captions.count == 2)
        #expect(article.body == "Kim Yo Jong said the liaison office would be destroyed.\n\nSeoul called the statement regrettable.")
        #expect(article.sourceURL == "https://www.example.com/news/1")
        #expect(article.publisher == "example.com")
        #expect(article.warnings.isEmpty)
    }

    @Test("a relative timestamp ('2 hours ago', 'Updated an hour ago', 'Just now') is page furniture, not body text")
    func relativeTimestamps() throws {
        for line in ["2 hours ago", "Updated an hour ago", "Just now", "5 mins ago"] {
            let article = try parser.parse(text: "North Korea tests missiles\n\(line)\n\nNorth Korea fired two missiles on Monday.\n\nSource:https://example.org/t\n")
            #expect(article.body == "North Korea fired two missiles on Monday.", "\(line)")
        }
        #expect(!LineClassifier.isJunk("Two hours ago, North Korea fired a missile."))
        // A breadcrumb of two sections is navigation; a headline with ">" in it is not.
        #expect(LineClassifier.isJunk("World > Asia"))
        #expect(LineClassifier.isJunk("News » North Korea"))
        #expect(!LineClassifier.isJunk("Seoul says exports > imports for the first time in a year"))
    }

    @Test("a news page copied whole: navigation, share furniture, caption labels, byline roles and related links stay out")
    func copiedNewsPage() throws {
        let page = """
            Skip to content
            Home
            News
            World

            North Korea fires missiles as Seoul and Washington begin drills

            Published
            18 March 2024
            Share
            Copy link

            Image source, Getty Images
            Image caption,
            A TV screen at Seoul Station shows the launch
            By Jane Roe
            Seoul correspondent

            North Korea fired several short-range ballistic missiles into the sea on Monday, the military said.

            The launch came as allied troops wrapped up an exercise.

            Related Topics
            North Korea
            South Korea

            More on this story
            North Korea launches spy satellite
            Published
            22 November 2023

            Source:https://example.org/news/missiles
            """
        let article = try parser.parse(text: page)
        #expect(article.title == "North Korea fires missiles as Seoul and Washington begin drills")
        #expect(article.published?.description == "2024-03-18")
        #expect(article.byline == "By Jane Roe")
        #expect(article.captions.contains("A TV screen at Seoul Station shows the launch"))
        #expect(article.body == "North Korea fired several short-range ballistic missiles into the sea on Monday, the military said.\n\nThe launch came as allied troops wrapped up an exercise.")
        #expect(article.sourceURL == "https://example.org/news/missiles")
    }

    @Test("CRLF, a BOM, NBSP and curly quotes are tolerated")
    func encodingsTolerated() throws {
        let text = "\u{FEFF}Title here\r\n\r\nThe ministry called it \u{201C}a senseless\u{A0}act\u{201D}.\r\n\r\nSource:https://example.org/c\r\n"
        let article = try parser.parse(text: text)
        #expect(article.title == "Title here")
        #expect(article.body == "The ministry called it \u{201C}a senseless act\u{201D}.")
    }

    @Test("UTF-16 with a BOM is converted")
    func utf16() throws {
        let text = "Title\n\nBody text about Kaesong.\n\nSource:https://example.org/u16"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try parser.parse(bytes)
        #expect(article.body == "Body text about Kaesong.")
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try parser.parse(be).title == "Title")
    }

    /// Each kind of bad input and its outcome (SPEC section 4).
    enum Outcome: Equatable {
        case rejected(ExtractionError.Kind)
        case warned(String)
        case normal
    }

    static let cases: [(name: String, bytes: [UInt8], outcome: Outcome)] = {
        func t(_ s: String) -> [UInt8] { Array(s.utf8) }
        let ok = "Title\n\nNorth Korea said it would respond.\n\nSource:https://example.org/x\n"
        return [
            ("empty", [], .rejected(.empty)),
            ("whitespace only", t("  \n\t\n   \r\n"), .rejected(.empty)),
            ("NBSP only", t("\u{A0}\u{A0}\n\u{A0}"), .rejected(.empty)),
            ("binary with NUL", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02], .rejected(.binary)),
            ("text with one NUL", t("Title\n\nBody") + [0] + t(" more"), .rejected(.binary)),
            ("Latin-1 bytes", t("Title\n\nCaf") + [0xE9] + t(" in Seoul\n"), .rejected(.encoding)),
            ("truncated UTF-8", t("Title\n\nBody ") + [0xE2, 0x80], .rejected(.encoding)),
            ("overlong UTF-8", t("Title\n\n") + [0xC0, 0xAF], .rejected(.encoding)),
            ("UTF-16 odd length", [0xFF, 0xFE, 0x41], .rejected(.encoding)),
            ("HTML page", t("<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>North Korea</p></body></html>"), .rejected(.html)),
            ("HTML fragment", t("<div class=\"a\">\n<p>North Korea said</p>\n<span>x</span><br>\n</div>"), .rejected(.html)),
            ("only junk", t("Advertisement\nSubscribe\nSkip to main content\n"), .rejected(.noBody)),
            ("only a date and source", t("June 9, 2020\n\nSource:https://example.org/y\n"), .rejected(.noBody)),
            ("only punctuation", t("---\n\n***\n\n...\n"), .rejected(.noBody)),
            ("no title", t("North Korea blew up the office on Tuesday in a long first paragraph that keeps going with many words, more than a headline ever would have, and then ends. It was a senseless act, officials said.\n\nSource:https://example.org/z\n"), .warned("no title")),
            ("no source line", t("Title\n\nNorth Korea said it would respond.\n"), .warned("no source line")),
            ("source not a URL", t("Title\n\nNorth Korea said it would respond.\n\nSource: Yonhap news agency\n"), .warned("source line is not a URL")),
            ("unbalanced curly quotes", t("Title\n\nThe ministry called it \u{201C}a senseless act.\n\nSource:https://example.org/q\n"), .warned("unbalanced quote marks")),
            ("odd straight quotes", t("Title\n\nThe ministry called it \"a senseless act.\n\nSource:https://example.org/q2\n"), .warned("unbalanced quote marks")),
            ("Korean script", t("남북관계\n\n북한이 개성공단의 남북공동연락사무소를 폭파했다.\n\nSource:https://example.org/ko\n"), .normal),
            ("right-to-left text", t("Title\n\nالكوريتان North Korea said שלום peace.\n\nSource:https://example.org/rtl\n"), .normal),
            ("control characters", t("Title\n\nNorth\u{07} Korea\u{1B} said\u{7F} it.\n\nSource:https://example.org/cc\n"), .normal),
            ("long line under the cap", t("Title\n\n" + String(repeating: "North Korea said it would respond. ", count: 20_000) + "\n\nSource:https://example.org/long\n"), .normal),
            ("CR line endings", t("Title\r\rNorth Korea said it would respond.\r\rSource:https://example.org/cr\r"), .normal),
            ("plain good article", t(ok), .normal),
        ]
    }()

    @Test("each kind of bad input gets the outcome SPEC section 4 gives it", arguments: 0..<ArticleParserTests.cases.count)
    func badInputTable(index: Int) {
        let c = Self.cases[index]
        do {
            let article = try parser.parse(c.bytes)
            switch c.outcome {
            case .rejected(let kind):
                Issue.record("\(c.name): expected rejection (\(kind)), got an article titled \(article.title)")
            case .warned(let warning):
                #expect(article.warnings.contains { $0.hasPrefix(warning) }, "\(c.name): warnings were \(article.warnings)")
            case .normal:
                #expect(article.warnings.isEmpty, "\(c.name): unexpected warnings \(article.warnings)")
                #expect(!article.body.isEmpty)
            }
        } catch {
            #expect(c.outcome == .rejected(error.kind), "\(c.name): got \(error.kind): \(error.reason)")
        }
    }

    @Test("a file over the size cap is rejected before parsing")
    func sizeCap() {
        let small = ArticleParser(maxBytes: 100)
        #expect(throws: ExtractionError.self) { try small.parse(Array(repeating: UInt8(ascii: "a"), count: 101)) }
        do {
            _ = try small.parse(Array(repeating: UInt8(ascii: "a"), count: 101))
        } catch {
            #expect(error.kind == .tooLarge)
            #expect(error.reason.contains("--max-bytes"))
        }
    }

    @Test("invalid UTF-8 is reported with its line and column")
    func encodingErrorPosition() {
        do {
            _ = try parser.parse(Array("Title\n\nab".utf8) + [0xFF])
            Issue.record("expected an encoding error")
        } catch {
            #expect(error.kind == .encoding)
            #expect(error.line == 3)
            #expect(error.column == 3)
        }
    }
}

@Suite("Dates")
struct DateTests {
    @Test("partial dates validate, compare and format")
    func partialDates() throws {
        #expect(PartialDate("2020-02-30") == nil)
        #expect(PartialDate("2020-13") == nil)
        #expect(PartialDate("2020-02-29")?.precision == .day)
        #expect(PartialDate("2021-02-29") == nil)
        let year = try #require(PartialDate("2018"))
        let day = try #require(PartialDate("2018-09-14"))
        #expect(year.isCompatible(with: day))
        #expect(!day.isCompatible(with: try #require(PartialDate("2018-09-15"))))
        #expect(!year.isCompatible(with: try #require(PartialDate("2003"))))
        #expect(day.adding(days: 20)?.description == "2018-10-04")
        #expect(try #require(PartialDate("2020-06-16")).weekday == 1)  // a Tuesday
    }

    @Test("dates in running text are found with their offsets")
    func scanning() {
        let text = "On June 16, 2020 the office, set up in 2018, was destroyed; talks on 2018-04-27 and 9 May 2019 came first."
        let found = DateScanner.scan(text, bareYears: true).map(\.date.description)
        #expect(found == ["2020-06-16", "2018", "2018-04-27", "2019-05-09"])
        let first = DateScanner.scan(text)[0]
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == "June 16, 2020")
        // "may" as a verb is no month.
        #expect(DateScanner.scan("Seoul may respond in kind", bareYears: false).isEmpty)
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test("matches the FIPS 180-4 test vectors")
    func vectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("matches the FIPS 180-4 one-million-'a' vector")
    func longVector() {
        let million = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test("a sentence ends after a.m./p.m. before a new sentence, not before a weekday, zone or 'Seoul time'")
    func timeAbbreviations() {
        func split(_ text: String) -> [String] {
            let scalars = Array(text.unicodeScalars)
            return SentenceSplitter.sentences(in: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
        }
        #expect(split("Moon greeted Kim at 9:30 a.m. After they shook hands, Kim invited Moon north.")
                == ["Moon greeted Kim at 9:30 a.m.", "After they shook hands, Kim invited Moon north."])
        #expect(split("The office was destroyed at 2:49 p.m. The North said nothing.").count == 2)
        #expect(split("Talks begin at 10 a.m. Tuesday in Panmunjom.").count == 1)
        #expect(split("The blast came at 2:49 p.m. KST on June 16.").count == 1)
        #expect(split("It landed at 5 p.m. Seoul time near the line.").count == 1)
        #expect(split("He left at 9 a.m. March 3 was the date.").count == 1, "a month continues the time")
        #expect(split("Gen. Kim spoke. N. Korea listened.").count == 2)
    }
}

/// Headers of scraped news pages: section labels, datelines, credits and time stamps.
@Suite("Article parser on scraped page headers")
struct ScrapedHeaderTests {
    let parser = ArticleParser()

    @Test("a section label before the headline and its date line is page furniture, not the title")
    func sectionLabelBeforeHeadline() throws {
        let article = try parser.parse(text: """
            Home > News > Nation/World
            Around the region

            Seoul rejects Pyongyang's demand over stranded boat

            March 3, 1998

            By wire services

            South Korea rejected a North Korean demand on Tuesday.

            Source:https://example.org/p/1
            """)
        #expect(article.title == "Seoul rejects Pyongyang's demand over stranded boat")
        #expect(article.published?.description == "1998-03-03")
        #expect(article.body == "South Korea rejected a North Korean demand on Tuesday.")
    }

    @Test("'Tue 15 Oct 2019 21.30 EDT' is a date line; 'Web posted', 'Last modified' and a credit beside a share button are furniture; '/ Yonhap' closes a caption")
    func stampsCreditsAndCaptions() throws {
        #expect(LineClassifier.dateLine("Tue 15 Oct 2019 21.30 EDT")?.description == "2019-10-15")
        #expect(LineClassifier.dateLine("The 15 Oct 2019 talks lasted 21 hours") == nil)
        #expect(LineClassifier.isJunk("Web posted 10:00 a.m. EST"))
        #expect(LineClassifier.isJunk("Last modified on Wed 16 Oct 2019 13.55 EDT"))
        #expect(LineClassifier.isJunk("The Korea Herald / Asia News Network | Share this article"))
        #expect(!LineClassifier.isJunk("Kim Jong Un | The leader"))
        #expect(LineClassifier.isCaption("Pictured is a hole left by North Korean machine-gun fire. / Yonhap"))
        #expect(LineClassifier.isByline("By wire services"))
    }

    @Test("a wire dateline opening the body names no actor or place of the story")
    func wireDatelineNamesNoOne() throws {
        let x = try PlaceTests.extract("SEOUL, Sept. 7 (Yonhap) -- North Korea said Monday it would warn the South before releasing water.",
                                       date: "September 7, 2009")
        #expect(!x.actors.contains { $0.id == "yonhap" })
        #expect(!x.places.contains { $0.id == "seoul" })
        #expect(x.actors.contains { $0.id == "north-korea" })
        #expect(EntityRecognizer.datelineEnd(Array("PYONGYANG (AP) \u{2014} Kim spoke.".unicodeScalars)) == 17, "the name starts at 17")
        #expect(EntityRecognizer.datelineEnd(Array("North Korea said on Monday -- late -- it would talk.".unicodeScalars)) == nil)
        #expect(EntityRecognizer.datelineEnd(Array("KCNA said on Monday - in a rare statement - that talks failed.".unicodeScalars)) == nil)
        #expect(EntityRecognizer.datelineEnd(Array("SEOUL -- Talks resumed.".unicodeScalars)) == 9)
    }

    @Test("hard-wrapped text: a line that goes on with a sentence is text whatever word opens it, and a line ending in a hyphen joins the next without a space")
    func hardWrappedLines() throws {
        let page = """
            Pyongyang warns Seoul

            July 6, 2017

            On Thursday Pyongyang warned, in
            comments carried by its state media, that destroying South Korea would
            be a "piece of cake". The minister called for North-
            South talks.
            Search teams found nothing.

            Source: https://example.org/w
            """
        let parsed = try ArticleParser().parse(Array(page.utf8))
        #expect(parsed.body == "On Thursday Pyongyang warned, in comments carried by its state media, that destroying South Korea would be a \"piece of cake\". The minister called for North-South talks. Search teams found nothing.")
        #expect(LineClassifier.isJunk("comments carried by its state media"), "alone, the line is still page furniture")
        #expect(!LineClassifier.isJunk("Search teams found nothing.") && !LineClassifier.isJunk("Home Ministry officials said so."))
        #expect(LineClassifier.isJunk("Search") && LineClassifier.isJunk("Print this article") && LineClassifier.isJunk("Loading..."))
    }

    @Test("a box of links set inside the article does not end its body; the same box after the last paragraph does; a credit alone in brackets is furniture")
    func linksBoxInsideTheBody() throws {
        let prose = "North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday morning, South Korea's Joint Chiefs of Staff said, the third launch this month."
        let more = "The Joint Chiefs of Staff said the missiles flew about 600 kilometres before falling into the sea, and that the military was analysing the data with the United States."
        let last = "South Korea's National Security Council met in an emergency session and called the launches a serious threat to the peninsula."
        let page = ["Missiles fired off the east coast", "March 25, 2021", prose, "Related Articles", "Kim inspects a new factory",
                    "Seoul to hold drills", "(Reuters)", more, last, "Related Articles", "Trump to meet Kim again", "Source: https://example.org/a"]
            .joined(separator: "\n\n")
        let parsed = try ArticleParser().parse(Array(page.utf8))
        #expect(parsed.body.contains(more) && parsed.body.contains(last), "the article goes on after the box")
        #expect(!parsed.body.contains("Seoul to hold drills") && !parsed.body.contains("(Reuters)") && !parsed.body.contains("Trump to meet Kim"))
        #expect(LineClassifier.isJunk("(Reuters)") && LineClassifier.isJunk("(END)") && !LineClassifier.isJunk("(The talks ended without an agreement.)"))
    }
}
