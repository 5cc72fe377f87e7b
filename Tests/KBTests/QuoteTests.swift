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

    @Test("'The North's official KCNA said' is the agency; 'deplored it as' and 'hailed it as' are cues")
    func possessiveHeadsAndJudgingCues() throws {
        let q = try Self.quotes("""
            The North's official Korean Central News Agency said the country had \u{201C}successfully conducted one more test\u{201D}. \
            Secretary-General Ban Ki-moon deplored it as a \u{201C}clear violation\u{201D} of the resolutions.
            """)
        #expect(q.map(\.speaker) == ["kcna", "ban-ki-moon"])
    }

    @Test("a quote of several sentences takes the cue after its last sentence")
    func severalSentences() throws {
        let q = try Self.quotes("Kim Jong Un met Donald Trump. \u{201C}We had a historic meeting. The world will see a major change,\u{201D} Kim said.")
        #expect(q.count == 1)
        #expect(q.first?.speaker == "kim-jong-un")
        #expect(q.first?.cue == "said")
    }

    @Test("a person the gazetteer lacks is found after 'a secretary of' or 'who heads', without the sentence's opening adverb")
    func appositionSpeakers() throws {
        let x = try PlaceTests.extract("""
            Lee Myung-bak received Kim Ki-nam, a secretary of the Workers' Party of Korea. \u{201C}We are heading back in a positive mood,\u{201D} Kim Ki-nam said.

            Later Jon Kuk-man, who heads the North's delegation, said the team would leave. \u{201C}It is a crime,\u{201D} Jon said.
            """, date: "August 23, 2009")
        // Found as people, they speak for the body and the state their appositions name.
        #expect(x.actors.contains { $0.id == "kim-ki-nam" && $0.origin == "discovered" })
        #expect(x.actors.contains { $0.id == "jon-kuk-man" && $0.origin == "discovered" })
        #expect(x.quotes.map(\.speaker) == ["workers-party-of-korea", "north-korea"])
        #expect(!x.actors.contains { $0.id.hasPrefix("later") })
    }

    @Test("'his office said' is the office of the president just named; a participle's speaker is the subject of its clause")
    func pronounOfficeAndParticiple() throws {
        let x = try PlaceTests.extract("""
            President Yoon Suk Yeol chaired an emergency meeting. \u{201C}North Korea will pay a clear price,\u{201D} his office said in a statement.

            The barrage came hours after Pyongyang demanded that the United States and South Korea halt their drills, warning that such \u{201C}provocation can no longer be tolerated.\u{201D}
            """, date: "November 2, 2022")
        #expect(x.quotes.map(\.speaker) == ["south-korea-presidential-office", "north-korea-government"])
    }

    @Test("a pronoun in a clause fronted before a named subject points forward: 'where he was attending ..., President Clinton'")
    func cataphora() throws {
        let x = try PlaceTests.extract("""
            Kim Il-sung died on Friday. He had ruled since 1948.

            In Naples, where he was attending a summit, President Bill Clinton offered his sympathy. \u{201C}We have to view these signs as hopeful,\u{201D} he told reporters.
            """, date: "July 9, 1994")
        #expect(x.quotes.first?.speaker == "bill-clinton")
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

    @Test("'..., the statement said' goes back to the statement's speaker; a colon gives the clause's subject")
    func statementAndColon() throws {
        let q = try Self.quotes("The Unification Ministry said in a statement that the launch was \u{201C}a grave provocation\u{201D}. \u{201C}It will not be tolerated,\u{201D} the statement said. At a dinner after the talks, Moon Jae-in offered a toast: \u{201C}It is a historic night.\u{201D}")
        #expect(q.map(\.speaker) == ["unification-ministry", "unification-ministry", "moon-jae-in"])
    }

    @Test("'he said' is the person named since the last quote, else the last speaker; 'the 25-year-old told' is the last person")
    func pronounsAndAges() throws {
        let q = try Self.quotes("Kim Jong Un expressed his \u{201C}fixed will\u{201D} to meet. The summit came after Donald Trump called off the meeting. In a letter, he cited the \u{201C}open hostility\u{201D} of a statement.")
        #expect(q.map(\.speaker) == ["kim-jong-un", "donald-trump"])
        let again = try Self.quotes("\u{201C}We will meet,\u{201D} Donald Trump said. \u{201C}It will be great,\u{201D} he added.")
        #expect(again.map(\.speaker) == ["donald-trump", "donald-trump"])
        let age = try Self.quotes("The woman identified herself as Kim Hyon-hui. \u{201C}I should be punished,\u{201D} the 25-year-old told reporters.")
        #expect(age.first?.speaker == "kim-hyon-hui")
    }

    @Test("'In' at a sentence start is not Moon Jae-in, and 'a Seoul company' is no government")
    func notNames() throws {
        let x = try Extractor(gazetteer: try Gazetteer.bundled.get()).extract(
            ArticleParser().parse(text: "Title\n\nJune 12, 2020\n\nMoon Jae-in spoke. In the declaration, the two leaders declared \u{201C}peace\u{201D}. The manager of a Seoul textile company told reporters: \u{201C}We hope.\u{201D}\n\nSource:https://example.org/q\n"))
        #expect(x.quotes.map(\.speaker) == [nil, nil])
        #expect(!x.actors.contains { $0.id == "south-korea-government" })
        #expect(x.actors.first { $0.id == "moon-jae-in" }?.mentions.count == 1)
    }

    @Test("'the North's military command said' is the Korean People's Army")
    func possessiveMilitary() throws {
        let q = try Self.quotes("North Korea fired shells. The North's military command warned of \u{201C}merciless military strikes\u{201D}.")
        #expect(q.first?.speaker == "korean-peoples-army")
    }

    @Test("broken marks: a curly quote closed by a straight mark and the reverse, a quote left open after 'said:', ``TeX'' marks")
    func brokenMarks() throws {
        let q = try Self.quotes("Kim Yo Jong said the South would pay \u{201C}a dear price for the leaflets.\" She added that the North would \"close the office.\u{201D}\n\nThe Unification Ministry said: \"We regret the decision.\n\nA spokesman said the ministry would ``respond calmly'' to the threats.")
        #expect(q.map(\.text) == ["a dear price for the leaflets", "close the office", "We regret the decision", "respond calmly"])
        #expect(q.prefix(3).map(\.speaker) == ["kim-yo-jong", "kim-yo-jong", "unification-ministry"])
    }

    @Test("a straight quote inside a curly one stays inside it")
    func nestedStraight() throws {
        let q = try Self.quotes("Moon Jae-in said: \u{201C}They called it \"a provocation\" and left.\u{201D}")
        #expect(q.map(\.text) == ["They called it \"a provocation\" and left"])
    }

    @Test("'KCNA quoted Kim Yo Jong as saying' gives Kim Yo Jong, after the quote or before it")
    func quotedAs() throws {
        let q = try Self.quotes("\u{201C}The South must pay,\u{201D} the official KCNA news agency quoted Kim Yo Jong as saying. KCNA quoted Kim Jong Un as saying: \u{201C}Our army is ready.\u{201D}")
        #expect(q.map(\.speaker) == ["kim-yo-jong", "kim-jong-un"])
    }

    @Test("roles by date through a possessive ('South Korea's unification minister', 'the North's leader'); who is told does not speak; 'a senior official' is nobody named")
    func rolesAndAddressees() throws {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get())
        let parsed = try ArticleParser().parse(text: "Title\n\nAugust 20, 2020\n\n\u{201C}We hope,\u{201D} said Unification Minister Lee In-young.\n\nSouth Korea's unification minister said talks were \u{201C}the only way forward\u{201D}.\n\n\u{201C}Relations are at their worst,\u{201D} a senior official told Yonhap.\n\nNorth Korean leader Kim Jong Un chaired a meeting. \u{201C}We must be ready,\u{201D} the North's leader said.\n\nSource:https://example.org/q\n")
        let q = extractor.extract(parsed).quotes
        #expect(q.map(\.speaker) == ["lee-in-young", "lee-in-young", nil, "kim-jong-un"])
    }

    @Test("'Yonhap quoted an official as saying' is someone unnamed: no speaker, not the agency")
    func quotedUnnamed() throws {
        let q = try Self.quotes("\u{201C}We are ready,\u{201D} Yonhap quoted a military official as saying. Kim Jong Un chaired a meeting. \u{201C}We do not want war,\u{201D} Kim Jong Un was quoted as saying.")
        #expect(q.map(\.speaker) == [nil, "kim-jong-un"])
    }

    @Test("a discovered official speaks and acts for the body of the title or apposition; a private person for no one")
    func discoveredOfficialsSpeakForTheirBody() throws {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get())
        let parsed = try ArticleParser().parse(text: """
            Title

            June 16, 1999

            "The North must withdraw," a Defence Ministry spokesman, Colonel Ahn Jae-min, told reporters. \
            "We are watching closely," said Seo Ha-neul, who heads South Korea's Foreign Ministry. \
            "No talks are planned," White House press secretary Dana Wren said. \
            The State Department said it had called the North. "We urged restraint," spokesman Tom Vail said. \
            "Our boats were not damaged," said Park Ji-ho, head of a fishermen's association in Incheon. \
            The Supreme Command of the Korean People's Army accused Seoul of a provocation. \
            Ahn Jae-min later accused North Korea of lying.

            Source:https://example.org/affiliation
            """)
        let x = extractor.extract(parsed)
        #expect(x.quotes.map(\.speaker) == ["south-korea-defense-ministry", "south-korea-foreign-ministry", "white-house",
                                            "us-state-department", "park-ji-ho"])
        // The people stay among the actors, with their own mentions and their body's country.
        let ahn = try #require(x.actors.first { $0.id == "ahn-jae-min" })
        #expect(ahn.origin == "discovered" && ahn.country == "KOR" && ahn.mentions.count == 2)
        #expect(x.events.contains { $0.root == "11" && $0.source == "korean-peoples-army" && $0.target == "south-korea-government" })
        #expect(x.events.contains { $0.root == "11" && $0.source == "south-korea-defense-ministry" && $0.target == "north-korea" })
        #expect(!x.events.contains { $0.source == "ahn-jae-min" || $0.source == "supreme-command" })

        // A name set off by commas after its title is found too, and speaks for the title's state.
        let q = try Self.quotes("The North's chief negotiator, Pak Chol-su, left early. \u{201C}We will not return,\u{201D} Pak said.")
        #expect(q.map(\.speaker) == ["north-korea"])
    }

    @Test("back-references on web copy: 'said the statement', 'a ministry spokesman told', 'The spokesman threatened'")
    func backReferencesOnWebCopy() throws {
        let q = try Self.quotes("""
            North Korea warned on Friday that it would retaliate. \u{201C}Our answer will be hundredfold,\u{201D} said the statement, \
            carried by the Korean Central News Agency. South Korea\u{2019}s Defense Ministry dismissed the warning. \u{201C}It is \
            nonsense,\u{201D} a ministry spokesman told a news conference. The spokesman threatened \u{201C}stern measures\u{201D} \
            if the North fired.
            """)
        #expect(q.map(\.speaker) == ["north-korea", "south-korea-defense-ministry", "south-korea-defense-ministry"])
    }

    @Test("the head of 'Ministry spokesman NAME' is the person; 'X said, according to Y' is X; 'According to Y, X called' is X")
    func headsAndAccordingTo() throws {
        let q = try Self.quotes("""
            \u{201C}We regret this,\u{201D} Unification Ministry spokesman Chun Hae-sung told a briefing. \
            Pyongyang answered by fax. "We found the water had to be released," the North said in its letter, according to the ministry. \
            According to the Korean Central News Agency, the Korean People's Army called its drill "a natural countermeasure".
            """)
        #expect(q.map(\.speaker) == ["chun-hae-sung", "north-korea", "korean-peoples-army"])
    }

    @Test("a question or an exclamation ending its sentence keeps the cue right after it; a sentence after it with no cue up front gives none")
    func questionMarksKeepTheirCue() throws {
        let q = try Self.quotes("""
            Yoon Suk Yeol met his ministers. "What have you been doing until now?" Yoon said, according to an official. \
            "We will never forgive this!" Kim Yo Jong said.
            """)
        #expect(q.map(\.speaker) == ["yoon-suk-yeol", "kim-yo-jong"])
        let none = try Self.quotes(#""Is this peace?" The question hangs over Seoul, and Moon Jae-in said nothing."#)
        #expect(none.map(\.speaker) == [nil])
    }

    @Test("a name that ends a relative clause is not the cue's subject; 'States' in 'the United States' is no cue; 'accusing' is a cue; a UN ambassador speaks for his state; a quote opening with a verb after a name is that name's when no cue gives a speaker")
    func speakersOnFreshText() throws {
        let q = try Self.quotes("""
            The White House and the State Department, which is headed by Hillary Clinton, described the trip as a "private mission." \
            North Korea's UN ambassador, Pak Gil Yon, walked out after accusing the council of "gangster-like" action that ignored \
            the threat posed by the United States. The text states that the Security Council "condemns the nuclear test" and more. \
            Kim Jong Il told Chung Dong-young that talks could resume if Washington "recognizes and respects" his country.
            """)
        #expect(q.map(\.speaker) == ["white-house", "north-korea", "un-security-council", "kim-jong-il"])
    }

    @Test("'it said' after the body is named again; 'he wrote' is the person a state's title modified; a coordinated cue shares the main clause's subject")
    func pronounsAndCoordinatedCues() throws {
        let q = try Self.quotes("""
            "We looked into it," the North said. The Unification Ministry was not satisfied. "The notice is not enough," it said. \
            U.S. President Donald Trump accused Xi Jinping of conspiring with Kim Jong Un. "Give my regards to Kim," he wrote. \
            A spokesman for North Korea's Foreign Ministry called it "impossible" that Hwang Jang-yop had asked for asylum, and said \
            that if he was there it meant "that he has been kidnapped." Kang Young-hoon, the South's prime minister, spoke of \
            "demilitarizing the zone" and suggested that the North move first "to achieve an equilibrium."
            """)
        #expect(q.map(\.speaker) == ["north-korea", "unification-ministry", "donald-trump", "north-korea-foreign-ministry",
                                      "north-korea-foreign-ministry", "south-korea", "south-korea"])
    }

    @Test("'X told Y that ... \"...\", according to the minister': X speaks, the minister (Y, named by title before) only reports")
    func accordingAfterTheQuote() throws {
        let q = try Self.quotes("""
            North Korean leader Kim Jong Il told Unification Minister Chung Dong-young on Friday that his country could return \
            to the talks if Washington "recognizes and respects" it, according to the minister.
            """)
        #expect(q.map(\.speaker) == ["kim-jong-il"])
    }
}
