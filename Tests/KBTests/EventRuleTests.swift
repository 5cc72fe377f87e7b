import Foundation
import Testing
@testable import KBExtraction

/// Who did what to whom: the event coder's rules on the shapes news text has.
@Suite("Event coding rules")
struct EventRuleTests {
    static func extract(_ body: String, date: String = "June 12, 2020") throws -> ExtractedArticle {
        try PlaceTests.extract(body, date: date)
    }

    /// An event as "code source target", as the tests compare them.
    static func line(_ e: ExtractedArticle.Event) -> String { "\(e.code) \(e.source ?? "-") \(e.target ?? "-")" }

    /// The events of one sentence of `x`, each as `line`.
    static func codes(_ x: ExtractedArticle, _ sentence: Int) -> [String] {
        x.events.filter { $0.sentenceIndex == sentence }.map(line)
    }

    @Test("sending people is a visit, offering relief or sympathy, receiving 'former U.S. President Jimmy Carter' hosts Carter")
    func visitsAidSympathyHosts() throws {
        let x = try Self.extract("""
            The North sent 151 people across the border at Panmunjom on Friday. North Korea offered relief goods to flood victims \
            in the South. President Bill Clinton offered his sympathy to the North. Kim Il-sung had received former U.S. President \
            Jimmy Carter in Pyongyang.
            """, date: "July 9, 1994")
        #expect(x.events.contains { $0.code == "042" && $0.source == "north-korea" && $0.target == "south-korea" })
        #expect(x.events.contains { $0.root == "03" && $0.source == "north-korea" && $0.target == "south-korea" })
        #expect(x.events.contains { $0.code == "018" && $0.source == "bill-clinton" && $0.target == "north-korea" })
        #expect(x.events.first { $0.code == "043" }?.target == "jimmy-carter", "the name a state modifies is the head")
    }

    @Test("a verb coordinated with a speech verb shares its subject; 'It demanded' is the body just named")
    func coordinatedWithSpeech() throws {
        let x = try Self.extract("The Korean Central News Agency confirmed the sinking and accused Seoul of a provocation. It demanded an apology from the South.",
                                 date: "June 16, 1999")
        #expect(x.events.contains { $0.root == "11" && $0.source == "kcna" })
        #expect(x.events.contains { $0.root == "10" && $0.source == "kcna" && $0.target == "south-korea" })
    }

    @Test("two asks in one sentence each keep their act; a proposal's content is no act; 'willing to meet' is an intent")
    func asksAndProposals() throws {
        let x = try Self.extract("""
            Moon Jae-in spoke in Berlin. He urged the North to send athletes to the Olympics, and proposed that the two sides \
            stop all hostile acts along the border. Moon said he was willing to meet Kim Jong Un.
            """, date: "July 7, 2017")
        #expect(x.events.contains { $0.code == "020" && $0.source == "moon-jae-in" && $0.target == "north-korea" })
        #expect(x.events.contains { $0.code == "030" && $0.source == "moon-jae-in" })
        #expect(!x.events.contains { $0.root == "08" }, "stopping hostile acts is what is proposed, not done")
        #expect(x.events.contains { $0.code == "036" && $0.source == "moon-jae-in" && $0.target == "kim-jong-un" })
    }

    @Test("'chaired a meeting of his National Security Council and denounced': the council is governed, the president acts")
    func determinerAfterPreposition() throws {
        let x = try Self.extract("President Yoon Suk Yeol chaired an emergency meeting of his National Security Council and denounced the North's launch.",
                                 date: "November 2, 2022")
        #expect(x.events.contains { $0.root == "11" && $0.source == "yoon-suk-yeol" })
    }

    @Test("a second joint act keeps the partner ('met ... and signed'); a cooperative act refused for the future is a rejection")
    func jointPartnerAndRefusal() throws {
        let x = try Self.extract("Donald Trump and Kim Jong Un met in Singapore on Tuesday and signed a joint statement.", date: "June 12, 2018")
        #expect(x.events.contains { $0.code == "057" && $0.source == "donald-trump" && $0.target == "kim-jong-un" })
        let refusal = try Self.extract("Kim Yo Jong said North Korea would not sit down for talks with Washington. Pyongyang will never accept the offer from South Korea.",
                                       date: "August 14, 2025")
        #expect(refusal.events.contains { $0.code == "125" && $0.source == "north-korea" && $0.modality == "asserted" })
        #expect(refusal.events.contains { $0.code == "120" && $0.target?.hasPrefix("south-korea") == true })
        #expect(!refusal.events.contains { $0.root == "04" || $0.root == "01" && $0.modality == "denied" })
    }

    @Test("'the South Korean leader' is the president of the day; convening one's own council is no event; 'agreed on Tuesday' signs nothing; no act aims at the actor's own state")
    func leadersCouncilsAndOwnState() throws {
        let x = try Self.extract("""
            Kim Il-sung told Jimmy Carter he was willing to meet the South Korean leader without preconditions. \
            President Kim Young-sam convened the National Security Council. North and South Korea agreed on Tuesday that their \
            presidents will meet in Pyongyang. Kim Il-sung proposed that the North and the South hold talks.
            """, date: "June 28, 1994")
        #expect(x.events.contains { $0.code == "036" && $0.source == "kim-il-sung" && $0.target == "kim-young-sam" })
        #expect(!x.events.contains { $0.target == "national-security-council" })
        #expect(!x.events.contains { $0.code == "057" }, "'agreed on Tuesday' is no agreement signed")
        #expect(x.events.contains { $0.code == "036" && $0.source == "north-korea" && $0.target == "south-korea" })
        let proposal = try #require(x.events.first { $0.sentence?.contains("proposed") == true })
        #expect(proposal.target == "south-korea", "not the proposer's own state")
    }

    @Test("only acts done with each other make the second of a joint subject the target")
    func reciprocalJointSubjects() throws {
        let x = try Self.extract("The United States and Japan welcomed the talks. The United States and Japan signed an agreement.")
        // (Welcoming the talks is addressed to no one: no event, and certainly none towards Japan.)
        #expect(!x.events.contains { $0.code == "013" && $0.target == "japan" })
        #expect(x.events.contains { $0.code == "057" && $0.source == "united-states" && $0.target == "japan" })
    }

    @Test("a nuclear test by any verb is 2042 and no bombing; a test is aimed only at whom it defies or where it comes down")
    func nuclearTestsAndDefiance() throws {
        let x = try Self.extract("""
            North Korea conducted its sixth nuclear test on Sunday and said it had exploded a hydrogen bomb. \
            North Korea carried out its second underground nuclear test on Monday, defying the U.N. Security Council. \
            The missile flew over Japan. North Korea fired a missile 20 kilometres from South Korea.
            """, date: "September 3, 2017")
        #expect(!x.events.contains { $0.code == "183" }, "'a hydrogen bomb' is no bombing")
        #expect(x.events.contains { $0.code == "2042" && $0.sentence?.contains("sixth") == true && $0.target == nil })
        #expect(x.events.contains { $0.code == "2042" && $0.target == "un-security-council" })
        #expect(!x.events.contains { $0.sentence?.contains("20 kilometres") == true && $0.target == "south-korea" })
        let over = try Self.extract("North Korea fired a ballistic missile over Japan on Tuesday.", date: "October 4, 2022")
        #expect(over.events.contains { $0.code == "150" && $0.target == "japan" })
    }

    @Test("a heart attack is no attack; a visit needs a visitor; what an invitation invites to is no act yet")
    func heartAttacksVisitorsInvitations() throws {
        let x = try Self.extract("""
            Kim Il-sung, who ruled North Korea for 46 years, has died of a heart attack, South Korea said. Hundreds of trucks \
            crossed into North Korea on Thursday. Kim Jong Un invited Vladimir Putin to visit Pyongyang.
            """, date: "July 9, 1994")
        #expect(!x.events.contains { $0.root == "19" || $0.root == "18" })
        #expect(!x.events.contains { $0.code == "042" }, "no visitor named, and the invited visit has not happened")
        #expect(x.events.contains { $0.code == "036" && $0.source == "kim-jong-un" && $0.target == "vladimir-putin" })
    }

    @Test("a subject is not looked for inside ', who ...,'; 'attack helicopters' are no attack; praise of a thing is aimed at no one")
    func relativeClausesWeaponsPraise() throws {
        let x = try Self.extract("""
            Kim Jong Un, who has met Moon Jae-in twice this year, also held a summit with Donald Trump in Singapore. \
            The South Korean military scrambled attack helicopters. \
            South Korean spokesman Lee Dong-bok described the talks as "a historic milestone".
            """, date: "September 19, 2018")
        #expect(x.events.contains { $0.root == "04" && $0.source == "kim-jong-un" && $0.target == "donald-trump" })
        #expect(!x.events.contains { $0.source == "moon-jae-in" && $0.target == "donald-trump" })
        #expect(!x.events.contains { $0.root == "19" || $0.root == "18" })
        let praise = try Self.extract("North Korea was quiet. South Korean spokesman Lee Dong-bok described the day as \"a historic milestone\".",
                                      date: "December 13, 1991")
        // No counterpart is assumed for praise, and praise addressed to no one is no event.
        #expect(!praise.events.contains { $0.code == "051" })
        let addressed = try Self.extract("South Korean spokesman Lee Dong-bok praised North Korea for the accord.", date: "December 13, 1991")
        #expect(addressed.events.contains { $0.code == "051" && $0.target == "north-korea" })
    }

    @Test("a subject is not looked for inside an apposition ('Kim Yang-gon, a secretary of the Workers' Party, urged'); a shared surname goes to the first named on a tie")
    func appositionsAndSurnames() throws {
        let x = try Self.extract("Kim Yang-gon, a secretary of the North's ruling Workers' Party, urged Kim Kwan-jin to hold talks.",
                                 date: "August 21, 2015")
        #expect(x.events.contains { $0.root == "02" && $0.source == "kim-yang-gon" && $0.target == "kim-kwan-jin" })
        let kims = try Self.extract("Donald Trump met Kim Jong Un in Hanoi. Kim Yo Jong stayed in Pyongyang. Trump and Kim first met in Singapore in 2018.",
                                    date: "March 1, 2019")
        #expect(kims.events.contains { $0.sentence?.hasPrefix("Trump and Kim") == true && $0.target == "kim-jong-un" })
    }

    @Test("a quote that names the other side in harsh words is its speaker's criticism, linked to the quote; a demand in a quote is not")
    func quotedJudgements() throws {
        let x = try Self.extract("""
            North Korea tested a missile on Monday. "North Korea's launch is a grave provocation," the Unification Ministry said. \
            "We urge North Korea to stop its provocations," the Joint Chiefs of Staff said.
            """, date: "January 7, 2016")
        let judgement = try #require(x.events.first { $0.code == "111" && $0.source == "unification-ministry" })
        #expect(judgement.target == "north-korea")
        let index = try #require(x.events.firstIndex(of: judgement))
        #expect(x.quotes.first { $0.speaker == "unification-ministry" }?.event == index)
        #expect(!x.events.contains { $0.code == "111" && $0.source == "joint-chiefs-of-staff" })
        // Events stay in text order.
        #expect(x.events.map { $0.start ?? 0 } == x.events.map { $0.start ?? 0 }.sorted())
    }

    @Test("a day named in a clause about the future is the next such day ('will resume ... on Friday'); an intent is dated when it is said")
    func futureDates() throws {
        let x = try Self.extract("""
            South Korea will resume propaganda broadcasts against North Korea on Friday. \
            The two Koreas said on Monday they will meet on October 4. North Korea fired artillery at South Korea on Friday.
            """, date: "Thursday, July 6, 2017")
        #expect(x.events.first { $0.root == "17" }?.date == "2017-07-07")
        #expect(x.events.first { $0.root == "03" }?.date == "2017-07-03", "the intent to meet on October 4 was said on Monday")
        #expect(x.events.first { $0.root == "19" }?.date == "2017-06-30", "a past act keeps the last Friday")
    }

    @Test("the reporter of a passive is no target; a noun's agent after 'by' is no target; two visitors both visit; 'her brother's wish to meet' is an intent")
    func passivesAgentsVisitorsWishes() throws {
        let x = try Self.extract("""
            North Korea blew up the liaison office on Tuesday. Unification Minister Kim Yeon-chul said the demolition had been \
            announced in advance by the North. Kim Jong Un has apologised for the killing of a South Korean official by North \
            Korean soldiers. Kim Yo Jong and Kim Yong Nam led a delegation to visit South Korea. \
            Kim Yo Jong conveyed her brother's wish to meet Moon Jae-in.
            """, date: "June 16, 2020")
        #expect(!x.events.contains { $0.target == "kim-yeon-chul" })
        #expect(!x.events.contains { $0.code == "055" && $0.target == "korean-peoples-army" })
        #expect(x.events.contains { $0.code == "042" && $0.source == "kim-yo-jong" && $0.target == "south-korea" })
        #expect(!x.events.contains { $0.target == "kim-yong-nam" })
        #expect(x.events.contains { $0.code == "036" && $0.source == "kim-yo-jong" && $0.target == "moon-jae-in" })
    }

    @Test("'answered with artillery rounds' is artillery fire; a condolence delegation is a visit; 'chairman of X' is an apposition")
    func answersCondolencesTitles() throws {
        let x = try Self.extract("""
            North Korea fired shells at South Korea on Thursday, and the South answered with dozens of artillery rounds. \
            The North had sent a condolence delegation to the South only once before. \
            Ri Son Gwon, chairman of North Korea's Committee for the Peaceful Reunification of the Country, urged South Korea to act.
            """, date: "August 20, 2015")
        #expect(x.events.contains { $0.code == "194" && $0.source == "south-korea" && $0.target == "north-korea" })
        #expect(x.events.contains { $0.code == "042" && $0.source == "north-korea" && $0.target == "south-korea" })
        #expect(!x.events.contains { $0.code == "018" })
        #expect(x.events.contains { $0.root == "02" && $0.source == "ri-son-gwon" })
    }

    @Test("'held a call with' is a phone call; sanctions tightened whatever stands between; inspectors expelled; 'joined X in condemning'")
    func callsSanctionsInspectorsJoiners() throws {
        let x = try Self.extract("""
            Park Geun-hye also held a call with Japanese Prime Minister Shinzo Abe. The U.N. Security Council tightened its \
            sanctions on North Korea. North Korea expelled U.N. nuclear inspectors. North Korea launched a rocket on Wednesday. \
            The South Korean government joined Washington and Tokyo in condemning the North's launch.
            """, date: "January 7, 2016")
        #expect(x.events.contains { $0.code == "041" && $0.source == "park-geun-hye" && $0.target == "shinzo-abe" })
        #expect(x.events.contains { $0.code == "163" && $0.source == "un-security-council" && $0.target == "north-korea" })
        #expect(x.events.contains { $0.code == "1662" && $0.source == "north-korea" })
        #expect(x.events.contains { $0.code == "111" && $0.source == "south-korea-government" && $0.target == "north-korea" })
    }

    @Test("'blamed hostile acts by the South' is active: the object's 'by' names no agent; 'soldiers killed by guards' stays passive")
    func activeWithByObject() throws {
        let x = try Self.extract("""
            The Supreme Command of the Korean People's Army blamed hostile acts by the South. \
            Two American soldiers killed by North Korean guards were buried on Friday.
            """, date: "March 27, 2013")
        #expect(x.events.contains { $0.code == "112" && $0.target == "south-korea" })
        #expect(!x.events.contains { $0.source == "south-korea" })
        #expect(x.events.contains { $0.root == "18" && $0.source == "korean-peoples-army" })
    }

    @Test("a participle after the speech verb's clause shares its subject: '..., a ministry spokesman told reporters, blaming the North'")
    func participleAfterSpeech() throws {
        let x = try Self.extract("\"All responsibility lies on the North Korean side,\" a Defence Ministry spokesman told reporters, blaming the North for the clash.",
                                 date: "June 16, 1999")
        #expect(x.events.contains { $0.code == "112" && $0.source == "south-korea-defense-ministry" && $0.target == "north-korea" })
    }

    @Test("a pair as the subject acts jointly: 'the two leaders', 'both sides', 'they' after a joint act; 'agreed to' anything else is 030")
    func pairSubjects() throws {
        let x = try Self.extract("""
            South Korea and North Korea held talks at Panmunjom on Monday. South Korean President Moon Jae-in and North Korean leader \
            Kim Jong Un have exchanged letters since April. It added that the two leaders had agreed to regain trust. \
            The two Koreas also agreed to hold military talks.
            """, date: "July 27, 2021")
        let trust = try #require(x.events.first { ($0.sentence ?? "").contains("regain trust") })
        #expect(trust.code == "030")
        #expect(trust.source == "moon-jae-in" && trust.target == "kim-jong-un")
        let talks = try #require(x.events.first { ($0.sentence ?? "").contains("military talks") })
        #expect(talks.code == "036")
        #expect(talks.source == "north-korea" && talks.target == "south-korea", "North and South, as English says it")

        let sides = try Self.extract("South Korea's Moon Jae-in met North Korea's Kim Jong Un in Pyongyang on Tuesday. Both sides agreed to reopen the liaison office.",
                                     date: "September 19, 2018")
        let reopen = try #require(sides.events.first { ($0.sentence ?? "").hasPrefix("Both sides") })
        #expect(reopen.source == "south-korea" && reopen.target == "north-korea", "the sides of a meeting of leaders are their states")

        let they = try Self.extract("North Korea and South Korea signed an agreement on Friday. They agreed to hold talks in May.")
        let held = try #require(they.events.first { ($0.sentence ?? "").hasPrefix("They") })
        #expect(held.source == "north-korea" && held.target == "south-korea")
        // "they" with no joint act just before is nobody in particular.
        let soldiers = try Self.extract("North Korean soldiers crossed the line on Friday. They agreed to hold talks in May.")
        #expect(soldiers.events.first { ($0.sentence ?? "").hasPrefix("They") } == nil)
    }

    @Test("an -ing form inside a noun phrase is no verb: 'the March 26 sinking', 'a cabinet meeting'")
    func ingNouns() throws {
        let x = try Self.extract("Lee Myung-bak called the March 26 sinking of the warship a provocation. Park Geun-hye told a cabinet meeting that North Korea would pay.")
        #expect(!x.events.contains { $0.source == "lee-myung-bak" && $0.root == "19" })
        #expect(!x.events.contains { $0.root == "04" })
    }

    @Test("the passive: the one acted on is no source ('was sunk'; 'was knocked down and beaten to death by North Korean guards')")
    func passives() throws {
        let sunk = try Self.extract("A South Korean patrol boat was sunk near the line, South Korea said.")
        #expect(!sunk.events.contains { $0.source == "rok-navy" })
        let beaten = try Self.extract("Arthur Bonifas was knocked to the ground and beaten to death by North Korean guards.", date: "August 19, 1976")
        let assault = beaten.events.first { $0.root == "18" }
        #expect(assault?.source == "korean-peoples-army")
        #expect(assault?.target == "arthur-bonifas")
    }

    @Test("a target is not looked for past 'while' or 'which', and a noun's target follows a preposition")
    func targets() throws {
        let x = try Self.extract("About 100 shells struck the island while North Korea kept firing. The step follows North Korea's third nuclear test and a new round of UN sanctions.")
        #expect(!x.events.contains { $0.target == "north-korea" })
        #expect(x.events.first { $0.code == "2042" }.map { $0.target == nil } == true)
    }

    @Test("after a participle, the finite verb has the outer subject: 'Pyongyang took offence to activists sending leaflets ..., and cut off'")
    func participleThenFinite() throws {
        let x = try Self.extract("Tensions rose after Pyongyang took offence to South Korean activists and defectors sending leaflets across the border, and cut off communication with Seoul. Moon Jae-in called for an urgent national security meeting.")
        let cut = x.events.first { $0.root == "16" }
        #expect(cut?.source == "north-korea-government")
        #expect(!x.events.contains { $0.root == "04" })
    }

    @Test("relative dates: 'two days later' from the last dated event, 'three days ago' and 'last month' from the article's date")
    func relativeDates() throws {
        // 12 June 2020 is a Friday.
        let x = try Self.extract("North Korea blew up the liaison office on Tuesday. Two days later, North Korea deployed troops to the border. Three days ago, Kim Yo Jong threatened South Korea. Last month, South Korea condemned North Korea.")
        #expect(x.events.first { $0.root == "17" }?.date == "2020-06-09")
        #expect(x.events.first { $0.root == "15" }?.date == "2020-06-11")
        #expect(x.events.first { $0.root == "13" }?.date == "2020-06-09")
        #expect(x.events.first { $0.root == "11" }?.date == "2020-05")
    }

    @Test("common phrasings of the field code as CAMEO says: concern (012), hope (013), brokered talks (045), cut aid (162), a ban (172)")
    func commonPhrasings() throws {
        let x = try Self.extract("China expressed concern over North Korea's launch. Moon Jae-in expressed hope for talks with North Korea. Sweden brokered talks between the United States and North Korea. South Korea cut aid to North Korea. South Korea banned leaflet launches by North Korean defectors.")
        let codes = Set(x.events.map(\.code))
        #expect(codes.isSuperset(of: ["012", "013", "045", "162", "172"]))
        #expect(x.events.first { $0.code == "162" }?.target == "north-korea")
    }

    @Test("a threat is not aimed at the threatener's own state, and the object of a threat is no second event")
    func threatTargets() throws {
        // (The other Korea is implied only in an article that names it.)
        let x = try Self.extract("South Korea protested. Kim Yo Jong warned that the North would take overwhelming action against the drills.")
        let threats = x.events.filter { $0.sentenceIndex == 1 }
        #expect(threats.count == 1)
        #expect(threats.first?.root == "13")
        #expect(threats.first?.target == "south-korea")
    }

    @Test("drills begun, warning shots exchanged, a defector arrested")
    func drillsShotsDefectors() throws {
        let x = try Self.extract("The United States and South Korea began joint military drills on Monday. The two Koreas exchanged warning shots near the border. A North Korean defector was arrested by South Korean police.")
        #expect(x.events.contains { $0.code == "150" && $0.source == "united-states" })
        #expect(x.events.contains { $0.code == "150" && $0.source == "north-korea" && $0.target == "south-korea" })
        #expect(!x.events.contains { $0.root == "13" })
        #expect(x.events.first { $0.code == "173" }?.target == "north-korean-defectors")
    }

    @Test("'him' is not his own clause's subject; a demonym names the state an act is aimed at; 'the talks' does not copy a greeting")
    func objectsAndDemonyms() throws {
        let x = try Self.extract("Moon Jae-in arrived in Pyongyang on Tuesday, where Kim Jong Un greeted him at the airport. The United States thanked Kim. North Korea released three American detainees in May. A North Korean soldier shot dead a South Korean tourist. North Korea blamed South Korea for the collapse of the talks.", date: "September 19, 2018")
        #expect(x.events.first { $0.code == "043" }?.target == "moon-jae-in")
        #expect(x.events.first { $0.code == "0841" }?.target == "united-states")
        #expect(x.events.first { $0.root == "18" }?.target == "south-korea")
        #expect(x.events.filter { $0.sentenceIndex == 4 }.allSatisfy { $0.root == "11" })
    }

    @Test("'condemned the demolition' is aimed at whoever demolished; 'called on Pyongyang' names the government, not the city")
    func objectsOfCondemnation() throws {
        let x = try Self.extract("North Korea blew up the liaison office on Tuesday. The United States condemned the demolition and called on Pyongyang to return to talks.")
        #expect(x.events.first { $0.root == "11" }?.target == "north-korea")
        #expect(x.events.first { $0.code == "026" }?.target == "north-korea-government")
        #expect(!x.places.contains { $0.id == "pyongyang" })
    }

    @Test("a noun as the subject: 'talks between X and Y began' (046), 'X's summit with Y collapsed' (164), 'their summit broke down' (the talks before)")
    func subjectNouns() throws {
        let x = try Self.extract("The talks between Kim Kwan-jin and Hwang Pyong So began on Saturday. Ties soured after Kim Jong Un's second summit with then US President Donald Trump collapsed in February 2019.")
        let talks = x.events.first { $0.code == "046" }
        #expect(talks?.source == "kim-kwan-jin" && talks?.target == "hwang-pyong-so")
        let collapse = x.events.first { $0.code == "164" }
        #expect(collapse?.source == "kim-jong-un" && collapse?.target == "donald-trump")
        let their = try Self.extract("Donald Trump met Kim Jong Un at Panmunjom on Sunday. It was their first meeting since their second summit broke down in February.")
        #expect(their.events.contains { $0.code == "164" && $0.source == "donald-trump" && $0.target == "kim-jong-un" })
        // Without its noun the verb is no event: "the ice collapsed" is not a breakdown of talks.
        #expect(try Self.extract("The ice collapsed near the border, North Korea said.").events.isEmpty)
    }

    @Test("harm on a condition is a threat; a leader overseeing a test shows force; proposing an end to the war; a venue is no target")
    func moreShapes() throws {
        let x = try Self.extract("North Korea's army said it would take military action against South Korea if the leaflets continued. Kim Jong Un supervised the test-firing of a new rocket launcher, KCNA reported. Moon Jae-in proposed a formal end to the Korean War in a speech at the United Nations General Assembly.")
        let threat = x.events.first { $0.sentenceIndex == 0 }
        #expect(threat?.code == "138" && threat?.threatened == "190" && threat?.target == "south-korea")
        #expect(x.events.contains { $0.code == "150" && $0.source == "kim-jong-un" && $0.target == nil })
        #expect(x.events.first { $0.code == "037" }?.target == "north-korea")
    }

    @Test("'spoke with President Yoon by phone' (041, Kishida to Yoon): a title does not hide the preposition, 'by phone' is no verb")
    func phoneCalls() throws {
        let x = try Self.extract("Japanese Prime Minister Fumio Kishida spoke with President Yoon Suk Yeol by phone.", date: "October 10, 2022")
        let call = x.events.first { $0.code == "041" }
        #expect(call?.source == "fumio-kishida" && call?.target == "yoon-suk-yeol")
        #expect(x.events.count == 1)
    }

    @Test("a sentence that goes on from the one before ('then', 'had') keeps its date, not the article's")
    func carriedDates() throws {
        let x = try Self.extract("North Korea withdrew its workers from the complex in April. South Korea then pulled out its own managers.", date: "September 16, 2013")
        let events = x.events.filter { $0.root == "16" }
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.date == "2013-04" })
    }

    @Test("'Seoul's offer' is a noun, not an offer by the next subject; 'US soldiers killed in the war' were killed, they did not kill")
    func possessiveNounsAndRelatives() throws {
        let x = try Self.extract("North Korea accepted Seoul's offer of talks on military issues. North Korea returned the remains of 55 US soldiers killed in the Korean War.", date: "August 20, 2018")
        #expect(x.events.map(\.code).sorted() == ["019", "0841"])
        #expect(x.events.first { $0.code == "0841" }?.target == "united-states")
    }

    @Test("'vowed to deploy more forces' is one threat, the deployment threatened")
    func oneThreat() throws {
        let x = try Self.extract("South Korea protested. North Korea's defence ministry vowed to deploy more powerful armed forces along the border.", date: "November 23, 2023")
        let threats = x.events.filter { $0.root == "13" }
        #expect(threats.count == 1)
        #expect(threats.first?.threatened == "154")
    }

    @Test("'expelled' is a form of 'expel' (doubled consonants); 'said on Wednesday it would halt' is the speaker's act")
    func formsAndIt() throws {
        let x = try Self.extract("South Korea said on Wednesday it would halt operations at the Kaesong Industrial Complex. North Korea expelled all South Korean workers from the complex.", date: "February 11, 2016")
        #expect(x.events.first { $0.root == "16" }?.source == "south-korea")
        #expect(x.events.contains { $0.code == "174" && $0.source == "north-korea" && $0.target == "south-korea" })
    }

    @Test("'warned that its forces would continue to mount strikes' is a threat; 'X has declared ... and has severed' keeps X")
    func threatAndCoordination() throws {
        let threat = try Self.extract("North Korea's military warned that its forces would continue to mount merciless strikes against South Korea.")
        #expect(threat.events.contains { $0.root == "13" && $0.source == "korean-peoples-army" })
        #expect(!threat.events.contains { $0.root == "19" })
        let burma = try Self.extract("Burma has declared North Korea responsible for the bombing and has severed relations with Pyongyang.", date: "November 4, 1983")
        #expect(burma.events.first { $0.root == "16" }?.source == "myanmar")
    }
}

/// Events reported by a third party.
@Suite("Reported acts")
struct ReportedActTests {
    @Test("'the ministry said North Korean soldiers attacked' is the attack and the ministry's accusation; a news agency only reports")
    func accusation() throws {
        let x = try EventRuleTests.extract("South Korea's Defence Ministry said North Korean soldiers attacked a South Korean guard post on Monday. KCNA said North Korean troops attacked South Korean positions.", date: "August 10, 2015")
        let accusations = x.events.filter { $0.code == "1123" }
        #expect(accusations.count == 1)
        #expect(accusations.first?.source == "south-korea-defense-ministry")
        #expect(accusations.first?.target == "korean-peoples-army")
        #expect(x.events.filter { $0.root == "19" && $0.source == "korean-peoples-army" }.count == 2)
    }

    @Test("'after it threatened': an unresolved pronoun before the verb is the sentence's subject, not the nearest name")
    func pronounSubjectIsTheSentenceSubject() throws {
        let x = try EventRuleTests.extract("""
            North Korea launched a rocket on Sunday, ignoring the U.N. Security Council weeks after it threatened to strike \
            the South.
            """, date: "April 5, 2009")
        let threat = try #require(x.events.first { $0.root == "13" })
        #expect(threat.source == "north-korea")
        #expect(!x.events.contains { $0.source == "un-security-council" })
    }

    @Test("'We strongly urge North Korea to ...' inside a quote: the first person is the quote's speaker")
    func firstPersonInAQuoteIsItsSpeaker() throws {
        let x = try EventRuleTests.extract("""
            "We strongly urge North Korea to halt its provocations at once," the Unification Ministry said in a statement.
            """, date: "May 2, 2024")
        #expect(x.quotes.first?.speaker == "unification-ministry")
        #expect(x.events.contains { $0.root == "02" && $0.source == "unification-ministry" && $0.target == "north-korea" })
        let unquoted = try EventRuleTests.extract("We strongly urge North Korea to halt its provocations, a reader wrote.", date: "May 2, 2024")
        #expect(!unquoted.events.contains { $0.source == "unification-ministry" })
    }

    @Test("a meeting in a state neither side belongs to is 044; in one of theirs it stays 040")
    func meetingAtAThirdLocation() throws {
        let x = try EventRuleTests.extract("Donald Trump met Kim Jong Un in Singapore on Tuesday.", date: "June 12, 2018")
        #expect(x.events.contains { $0.code == "044" && $0.source == "donald-trump" && $0.target == "kim-jong-un" && $0.place == "singapore" })
        let home = try EventRuleTests.extract("Moon Jae-in met Kim Jong Un in Pyongyang on Tuesday.", date: "September 18, 2018")
        #expect(home.events.contains { $0.code == "040" && $0.source == "moon-jae-in" })
        #expect(!home.events.contains { $0.code == "044" })
    }

    @Test("two triggers of one act in a sentence: the one without a target goes when the other has one")
    func untargetedTwinGoes() throws {
        let x = try EventRuleTests.extract("""
            South Korea's military fired a ballistic missile into the sea in a show of force against North Korea on Friday.
            """, date: "November 9, 2024")
        let force = x.events.filter { $0.root == "15" }
        #expect(!force.isEmpty)
        let targets = force.map { $0.target ?? "-" }
        #expect(targets.allSatisfy { $0 == "north-korea" }, "targets: \(targets)")
    }

    @Test("a verb's object stays before a second verb: 'will stop hostilities and resume cooperation' cuts no cooperation")
    func objectStopsAtASecondVerb() throws {
        let x = try EventRuleTests.extract("""
            "We will stop wasteful hostilities and resume dialogue and cooperation with North Korea," President Lee Jae-myung said.
            """, date: "June 12, 2025")
        #expect(!x.events.contains { $0.root == "16" }, "\(x.events.map(\.code))")
        let cut = try EventRuleTests.extract("North Korea will stop all cooperation with South Korea, KCNA said.", date: "June 12, 2025")
        #expect(cut.events.contains { $0.root == "16" && $0.source == "north-korea" })
    }

    @Test("'lodged a strong protest with', 'protested' are 114; 'asked X to open talks' is an appeal to meet (026); 'North Korea's Yon Hyong-muk answered. He ...' is Yon")
    func protestsAppealsAndPossessiveSubjects() throws {
        let x = try EventRuleTests.extract("""
            Japan lodged a strong protest with North Korea. South Korea protested to the North on Monday. \
            The South's Red Cross asked the North Korean Red Cross to open talks. \
            Kang Young-hoon, the South's prime minister, opened the talks. \
            North Korea's Yon Hyong-muk answered with demands. He called on Seoul to halt its military drills.
            """, date: "September 5, 1990")
        #expect(x.events.contains { $0.code == "114" && $0.source == "japan" && $0.target == "north-korea" })
        #expect(x.events.contains { $0.code == "114" && $0.source == "south-korea" && $0.target == "north-korea" })
        #expect(x.events.contains { $0.code == "026" && $0.source == "korean-red-cross" && $0.target == "red-cross-society-of-the-dprk" })
        let demand = x.events.first { ($0.root == "02" || $0.root == "10") && $0.target?.hasPrefix("south-korea") == true }
        #expect(demand?.source == "yon-hyong-muk", "\(x.events.map { ($0.code, $0.source ?? "-", $0.target ?? "-") })")
    }

    @Test("'condemning the North's launch as a breach of Security Council resolutions' aims at the North; a launch that came down in Japan's zone aims at Japan; a visit is to a state")
    func possessiveActsLandingsAndVisitedStates() throws {
        let x = try EventRuleTests.extract("""
            The South Korean government joined Washington in condemning the North's launch as a breach of U.N. Security Council resolutions. \
            North Korea launched a missile on Wednesday that came down in waters inside Japan's exclusive economic zone. \
            Moon Jae-in visited Donald Trump at the White House on Tuesday.
            """, date: "November 29, 2017")
        #expect(x.events.contains { $0.root == "11" && $0.source == "south-korea-government" && $0.target == "north-korea" })
        #expect(!x.events.contains { $0.root == "11" && $0.target == "un-security-council" })
        #expect(x.events.contains { $0.root == "15" && $0.source == "north-korea" && $0.target == "japan" })
        #expect(x.events.contains { $0.code == "042" && $0.source == "moon-jae-in" && $0.target == "united-states" })
    }

    @Test("visits: 'arrived in Beijing by train' (a means, no agent), 'travelled into Russia', 'led a delegation to Pyongyang', 'set foot in'; 'X and U.S. Secretary of State Y spoke by phone' is X with Y")
    func visitsByTrainAndJointTitles() throws {
        let x = try EventRuleTests.extract("""
            Kim Jong Un arrived in Beijing by train on Tuesday. Kim Jong Un, who travelled into Russia on Tuesday, met Vladimir Putin. \
            Chung Dong-young led a government delegation to Pyongyang. \
            Foreign Minister Kang Kyung-wha and U.S. Secretary of State Rex Tillerson spoke by phone.
            """, date: "September 2, 2025")
        #expect(x.events.contains { $0.code == "042" && $0.source == "kim-jong-un" && $0.target == "china" })
        #expect(x.events.contains { $0.code == "042" && $0.source == "kim-jong-un" && $0.target == "russia" })
        #expect(x.events.contains { $0.code == "042" && $0.source == "chung-dong-young" && $0.target == "north-korea" })
        #expect(x.events.contains { $0.code == "041" && $0.source == "kang-kyung-wha" && $0.target == "rex-tillerson" })
        let killed = try EventRuleTests.extract("Two soldiers were killed by North Korean guards.", date: "August 18, 1976")
        #expect(killed.events.contains { $0.source == "korean-peoples-army" || $0.source == "north-korea" }, "'by' an agent stays passive")
    }

    @Test("'the declaration that Kim signed with Moon' is 057 with Moon; 'held a telephone conversation with' is 041; 'thanked' is praise, 'thanks to' is not")
    func signedWithCallsAndThanks() throws {
        let x = try EventRuleTests.extract("""
            The reunions follow the Panmunjom Declaration that Kim Jong Un signed with Moon Jae-in in April. \
            Chung Eui-yong held a telephone conversation with Donald Trump. Choe Ryong-hae thanked South Korea for its help. \
            Thanks to South Korea, the talks went ahead.
            """, date: "June 12, 2018")
        #expect(x.events.contains { $0.code == "057" && $0.source == "kim-jong-un" && $0.target == "moon-jae-in" })
        #expect(x.events.contains { $0.code == "041" && $0.source == "chung-eui-yong" && $0.target == "donald-trump" })
        #expect(x.events.filter { $0.code == "051" }.map(\.source) == ["choe-ryong-hae"])
    }

    @Test("'sent a letter warning that it would deploy troops' deploys nothing; 'The delegation was led by X' reports no visit")
    func reportedObjectsAndPassiveVisits() throws {
        let x = try EventRuleTests.extract("""
            The General Staff of the Korean People's Army sent a letter warning that it would deploy troops to the border. \
            The delegation was led by Hwang Pyong-so. Hwang Pyong-so led a delegation to South Korea on Saturday.
            """, date: "October 4, 2014")
        #expect(!x.events.contains { $0.code == "154" && $0.source == "kpa-general-staff" && $0.modality == "asserted" })
        #expect(x.events.filter { $0.code == "042" }.count == 1)
        #expect(x.events.contains { $0.code == "042" && $0.source == "hwang-pyong-so" && $0.target == "south-korea" })
    }

    @Test("', and warned that ...' with no subject of its own is the main clause's subject, not the last name before it")
    func coordinatedVerbAfterCommaAnd() throws {
        let x = try EventRuleTests.extract("""
            The Korean People's Army called its drill a reply to an exercise held by U.S. and South Korean forces on Thursday, \
            and warned that Seoul would face tough countermeasures.
            """, date: "January 5, 2024")
        let threat = try #require(x.events.first { $0.root == "13" })
        #expect(threat.source == "korean-peoples-army")
    }

    @Test("a verbal act or threat with no speaker named is no event; 'North Korea's army said it would' is the army")
    func speakerlessVerbalActsAndPossessiveBodies() throws {
        let x = try EventRuleTests.extract("""
            A letter urged South Korea to halt the drills. About 100 rounds struck Yeonpyeong after North Korea fired. \
            North Korea's army said it would take military action against South Korea if the drills went ahead.
            """, date: "November 23, 2010")
        #expect(!x.events.contains { $0.root == "02" })
        #expect(x.events.contains { $0.root == "13" && $0.source == "korean-peoples-army" && $0.target == "south-korea" })
    }

    @Test("a time or place adverbial between a verb and its 'to' or 'for' is skipped; what is agreed ends at a subordinate clause")
    func adverbialGapsAndAskContent() throws {
        let x = try EventRuleTests.extract("""
            South Korea agreed at Panmunjom on Friday to hold talks with North Korea. South Korea sat down in Kaesong on Tuesday \
            morning for talks with the North. North Korea agreed early on Monday to resume talks with South Korea after Seoul's \
            envoys travelled to Pyongyang.
            """, date: "March 5, 2019")
        func events(_ sentence: Int) -> [String] {
            x.events.filter { $0.sentenceIndex == sentence }.map { "\($0.code) \($0.source ?? "-") \($0.target ?? "-")" }
        }
        #expect(events(0) == ["036 south-korea north-korea"])
        #expect(events(1) == ["046 south-korea north-korea"])
        // "agreed early on Monday to resume talks" is an intent, not talks held; the visit after
        // "after" is no content of the agreement.
        #expect(events(2) == ["036 north-korea south-korea", "042 south-korea-government north-korea"])
        let notAdverbial = try EventRuleTests.extract("South Korea agreed on the need to hold talks.", date: "March 5, 2019")
        #expect(!notAdverbial.events.contains { $0.root == "03" }, "'on the need' is no time or place")
    }

    @Test("a participle phrase that holds its object is active after a plain noun ('North Korean soldiers fired shots at'); a bare participle there is still a reduced relative")
    func phraseWithObjectIsNoReducedRelative() throws {
        let x = try EventRuleTests.extract("""
            North Korean soldiers fired shots at South Korean guards on Tuesday. South Korean marines opened fire on North Korea. \
            US soldiers killed in the Korean War were honoured in Seoul.
            """, date: "May 2, 2018")
        #expect(x.events.contains { $0.root == "19" && $0.source == "korean-peoples-army" && $0.target == "rok-armed-forces" && $0.sentenceIndex == 0 })
        #expect(x.events.contains { $0.root == "19" && $0.target == "north-korea" && $0.sentenceIndex == 1 })
        #expect(!x.events.contains { $0.sentenceIndex == 2 && $0.source == "united-states" }, "the soldiers were killed: no act of theirs")
    }

    @Test("'she' is the woman the gazetteer records among the actors just named, 'he' never is; so for a quote's 'she said'")
    func pronounsFollowRecordedGender() throws {
        let x = try EventRuleTests.extract("""
            Moon Jae-in met Kim Yo Jong in Seoul. She urged South Korea to stop the leaflets. Kim Yo Jong met Moon Jae-in at the \
            Blue House. He urged North Korea to stop the missile launches.
            """, date: "February 10, 2018")
        #expect(x.events.contains { $0.code == "020" && $0.source == "kim-yo-jong" && $0.target == "south-korea" && $0.sentenceIndex == 1 })
        #expect(x.events.contains { $0.code == "020" && $0.source == "moon-jae-in" && $0.target == "north-korea" && $0.sentenceIndex == 3 })
        let quoted = try EventRuleTests.extract("""
            Kim Yo Jong arrived in Seoul on Friday. Moon Jae-in said "peace is near." "We will see," she said.
            """, date: "February 10, 2018")
        #expect(quoted.quotes.first { $0.text.contains("We will see") }?.speaker == "kim-yo-jong")
        #expect(try Gazetteer.bundled.get().actor("kim-yo-jong")?.gender == "female")
    }

    @Test("denying an act is deny responsibility (016), not the act: 'denied firing', 'denied that ... had been fired', 'denied the accusation'")
    func denialsAreDenials() throws {
        let x = try EventRuleTests.extract("""
            South Korea denied firing shells at North Korea. North Korea denied that any shell had been fired at the South. \
            North Korea denied the accusation by South Korea. North Korea did not attend the talks with South Korea.
            """, date: "August 21, 2015")
        func codes(_ sentence: Int) -> [String] {
            x.events.filter { $0.sentenceIndex == sentence }.map { "\($0.code) \($0.source ?? "-") \($0.target ?? "-") \($0.modality)" }
        }
        #expect(codes(0) == ["016 south-korea north-korea asserted"])
        #expect(codes(1) == ["016 north-korea south-korea asserted"], "what is denied is no firing")
        #expect(codes(2) == ["016 north-korea south-korea asserted"])
        #expect(!codes(3).contains { $0.hasPrefix("016") }, "'did not' is a negation, not a denial")
    }

    @Test("releasing one soldier, jamming signals, declaring a side an enemy, receiving an official by title")
    func releasesJammingEnemiesReceptions() throws {
        let x = try EventRuleTests.extract("""
            North Korea released the American soldier to the United States. North Korea jammed GPS signals near the border with \
            South Korea. North Korea declared South Korea its principal enemy. Lee Myung-bak received Kim Ki-nam, a secretary of \
            the Workers' Party of Korea, in Seoul.
            """, date: "August 23, 2009")
        #expect(EventRuleTests.codes(x, 0).contains { $0.hasPrefix("0841 north-korea united-states") }, "the soldier (US forces) or his state")
        #expect(EventRuleTests.codes(x, 1).contains("170 north-korea south-korea"))
        #expect(EventRuleTests.codes(x, 2).contains("111 north-korea south-korea"))
        #expect(EventRuleTests.codes(x, 3).contains { $0.hasPrefix("043 lee-myung-bak ") }, "\(EventRuleTests.codes(x, 3))")
    }

    @Test("a planned or proposed act is dated by its statement: a date after the article's own is passed over, and a date after an intent lies ahead")
    func plannedActsAreDatedByTheStatement() throws {
        let x = try EventRuleTests.extract("""
            South Korea agreed to hold talks with North Korea at Panmunjom on Aug. 15. North Korea agreed on Tuesday to hold talks \
            with South Korea. South Korea and North Korea agreed to meet again on Thursday. North Korea fired a missile at \
            South Korea on June 15.
            """, date: "June 17, 2005")
        func dates(_ sentence: Int) -> [String] { x.events.filter { $0.sentenceIndex == sentence }.map { $0.date ?? "-" } }
        #expect(dates(0) == ["2005-06-17"], "not August 15 of 2004: the agreement was made by the date line")
        #expect(dates(1) == ["2005-06-14"], "the agreement's own date")
        #expect(dates(2) == ["2005-06-17"], "the coming Thursday is when they meet, not when they agreed")
        #expect(dates(3) == ["2005-06-15"])
        let background = try EventRuleTests.extract("""
            Last month, in the border town of Kaesong near the demilitarized zone, North Korea blew up the liaison office \
            with South Korea, which had been set up in 2018.
            """, date: "July 20, 2020")
        #expect(background.events.first { $0.code == "1712" }?.date == "2020-06", "2018 dates the office, not the blast")
    }

    @Test("firing: guns at a target is 193, artillery whatever stands between is 194, anything into the sea is a show of force (150); a name before the object noun is no target")
    func firingAndModifiers() throws {
        let x = try EventRuleTests.extract("""
            North Korea fired heavy machine guns at balloons launched by South Korean activists. North Korea fired more than \
            200 artillery rounds at South Korea. North Korea fired more than 200 artillery rounds into waters near the border \
            islands of South Korea. North Korea disconnected the Red Cross hotline with South Korea. South Korea dismissed \
            Pyongyang's warning. South Korea's Defense Ministry scoffed at North Korea's account.
            """, date: "October 10, 2014")
        #expect(EventRuleTests.codes(x, 0) == ["193 north-korea south-korean-activists"])
        #expect(EventRuleTests.codes(x, 1) == ["194 north-korea south-korea"])
        #expect(EventRuleTests.codes(x, 2) == ["150 north-korea south-korea"], "into the sea: a show of force")
        #expect(EventRuleTests.codes(x, 3) == ["161 north-korea south-korea"], "the Red Cross names the hotline, not the target")
        #expect(EventRuleTests.codes(x, 4) == ["120 south-korea north-korea-government"])
        #expect(EventRuleTests.codes(x, 5) == ["111 south-korea-defense-ministry north-korea"])
        let handshake = try EventRuleTests.extract("Kim Jong Un shook hands with Moon Jae-in in Beijing on Wednesday.", date: "September 3, 2025")
        #expect(handshake.events.contains { $0.code == "044" && $0.source == "kim-jong-un" && $0.target == "moon-jae-in" })
    }

    @Test("a participle after a number describes a noun ('two jailed journalists'); hosting the Games is no hosting of a visit; 'handed back the crewmen' returns them")
    func jailedHostedHandedBack() throws {
        let x = try EventRuleTests.extract("""
            North Korea pardoned two jailed American journalists on Tuesday. North Korea will not take part in Games hosted \
            by South Korea. North Korea handed back to the United States the 82 surviving crewmen of the ship.
            """, date: "August 5, 2009")
        #expect(!x.events.contains { $0.root == "17" }, "no one was jailed by this sentence")
        #expect(!x.events.contains { $0.code == "043" })
        #expect(x.events.contains { $0.code == "0841" && $0.source == "north-korea" && $0.target == "united-states" })
    }

    @Test("refusing or declining to do anything, or turning it down, is a rejection and what is refused no act; keeping silent rejects no one; 'admitted to X that' is an admission, its content no act")
    func refusalsAndAdmissions() throws {
        let x = try EventRuleTests.extract("""
            Japan has refused to sign an agreement with North Korea. Pyongyang refused to raise the South's flag. North Korea \
            turned down the Obama administration's choice. A ministry official declined to say whether South Korea would respond. \
            Kim Jong Il admitted to Japanese Prime Minister Junichiro Koizumi that agents had abducted 13 Japanese citizens.
            """, date: "September 17, 2002")
        #expect(EventRuleTests.codes(x, 0) == ["120 japan north-korea"], "no signing")
        #expect(EventRuleTests.codes(x, 1) == ["120 north-korea-government south-korea"])
        #expect(EventRuleTests.codes(x, 2) == ["120 north-korea united-states-government"])
        #expect(EventRuleTests.codes(x, 3) == [], "declining to say is no rejection")
        #expect(EventRuleTests.codes(x, 4) == ["015 kim-jong-il junichiro-koizumi"], "no abduction reported as an act")
        let titled = try EventRuleTests.extract("Chief Cabinet Secretary Hiromu Nonaka lodged a protest with North Korea.", date: "September 1, 1998")
        #expect(titled.actors.contains { $0.id == "hiromu-nonaka" }, "a name holds no title: 'Chief Cabinet Secretary' is the title")
        #expect(!titled.actors.contains { $0.id.contains("cabinet") })
    }

    @Test("what an accusation accuses of is no act ('accused North Korea of threatening the armistice'); an ask in a relative clause ends at its comma; 'X and his wife, Y, greeted' is X")
    func accusationContentAndKin() throws {
        let x = try EventRuleTests.extract("""
            The United Nations Command accused North Korea of threatening the armistice. The United States, which has accused \
            Russia of seeking artillery shells from North Korea, said it would not hesitate to impose sanctions. North Korean \
            leader Kim Jong Un and his wife, Ri Sol Ju, greeted Chinese President Xi Jinping at the airport.
            """, date: "June 20, 2019")
        #expect(EventRuleTests.codes(x, 0) == ["112 united-nations-command north-korea"], "no threat by North Korea")
        #expect(EventRuleTests.codes(x, 1).contains { $0.hasPrefix("13") && $0.contains("united-states") }, "the threat after the relative clause stands")
        #expect(EventRuleTests.codes(x, 2) == ["043 kim-jong-un xi-jinping"])
    }

    @Test("receiving a person named right after the verb hosts a visit, receiving a letter from one does not; 'the six-party talks' after a hosting is no copy of it")
    func receivingAndTalksNoCopy() throws {
        let x = try EventRuleTests.extract("""
            North Korean leader Kim Jong Il received South Korean Unification Minister Chung Dong-young in Pyongyang on Friday. \
            Kim Jong Il received a letter from South Korean President Roh Moo-hyun. "North Korea has never refused the \
            six-party talks," Chung quoted Kim as saying.
            """, date: "June 17, 2005")
        #expect(EventRuleTests.codes(x, 0) == ["043 kim-jong-il chung-dong-young"])
        #expect(EventRuleTests.codes(x, 1) == [], "a letter received hosts no one")
        #expect(EventRuleTests.codes(x, 2) == [], "the talks are no second hosting")
    }

    @Test("a meeting's partner is named, never assumed to be the other Korea; 'in coordination with US forces' names a partner, not a target")
    func meetingPartnersAndCoordination() throws {
        let x = try EventRuleTests.extract("""
            North Korea said South Korea was to blame. On Monday, North Korean leader Kim Jong Un met defence and security \
            officials. The Joint Chiefs of Staff said it had stepped up surveillance and readiness in coordination with \
            US forces.
            """, date: "October 15, 2024")
        #expect(!EventRuleTests.codes(x, 1).contains { $0.hasPrefix("04") && $0.hasSuffix("south-korea") }, "his own officials, not the South")
        #expect(EventRuleTests.codes(x, 2) == ["152 joint-chiefs-of-staff north-korea"])
    }

    @Test("each actor of a list after the target is a target too; not a clause after ', and', not who said it, not a list far from the verb")
    func listedTargets() throws {
        let x = try EventRuleTests.extract("""
            The Pentagon was in contact with the Korean People's Army, Sweden and South Korea. North Korea offered relief \
            goods to flood victims in the South, and Seoul accepted them. North Korea fired artillery onto Yeonpyeong Island \
            on Tuesday, killing two South Korean marines, South Korea's Defense Ministry said. South Korean President Moon \
            Jae-in and North Korean leader Kim Jong Un met on Saturday to keep plans for a meeting between Kim and US \
            President Donald Trump on track.
            """, date: "July 19, 2023")
        func targets(_ sentence: Int) -> [String] {
            x.events.filter { $0.sentenceIndex == sentence }.map { "\($0.code) \($0.target ?? "-")" }
        }
        #expect(targets(0) == ["040 korean-peoples-army", "040 sweden", "040 south-korea"])
        #expect(!targets(1).contains { $0.hasSuffix("south-korea-government") }, "Seoul opens the next clause")
        #expect(!targets(2).contains { $0.hasSuffix("south-korea-defense-ministry") }, "the ministry said it")
        #expect(targets(3) == ["040 kim-jong-un"], "Trump is in a later phrase, not in the list")
    }

    @Test("'talks between A and B' are A's with B, 'the' allowed before B, and the head of 'U.S. President Donald Trump' is Trump, even a dozen words before the verb")
    func talksBetween() throws {
        let x = try EventRuleTests.extract("""
            Talks between North Korea and the United States are due to resume in Geneva on July 8. The visit comes four \
            months after a summit between Kim Jong Un and U.S. President Donald Trump in Vietnam ended without agreement.
            """, date: "June 20, 2019")
        #expect(x.events.contains { $0.sentenceIndex == 0 && $0.code == "046" && $0.source == "north-korea" && $0.target == "united-states" })
        #expect(x.events.contains { $0.sentenceIndex == 1 && $0.source == "kim-jong-un" && $0.target == "donald-trump" })
        let signed = try EventRuleTests.extract("The statement was signed by Lee Hu-rak and Kim Yong-ju.", date: "July 4, 1972")
        #expect(signed.events.map(EventRuleTests.line) == ["057 lee-hu-rak kim-yong-ju"],
                "a joint act's second agent is its partner")
    }

    @Test("having been to a country is a visit there; 'the visit' refers back to the article's first visit, not to a background one told since")
    func beenToAndTheVisit() throws {
        let x = try EventRuleTests.extract("""
            Chinese President Xi Jinping arrived in Pyongyang on Thursday. Kim Jong Un has been to China four times since \
            March 2018. The visit comes four months after a summit in Vietnam.
            """, date: "June 20, 2019")
        #expect(EventRuleTests.codes(x, 1) == ["042 kim-jong-un china"])
        #expect(EventRuleTests.codes(x, 2) == ["042 xi-jinping north-korea"])
        let sent = try EventRuleTests.extract("North Korea sent 100 elderly members of separated families to Seoul on Tuesday.", date: "August 15, 2000")
        #expect(sent.events.map(EventRuleTests.line) == ["042 north-korea south-korea"],
                "sending people (members, families, a troupe) somewhere is a visit")
    }

    @Test("a date after 'since' starts a period and does not date the act ('first encounter ... since a reported stroke last year')")
    func sinceDoesNotDate() throws {
        let x = try EventRuleTests.extract("""
            North Korean leader Kim Jong Il met Bill Clinton in Pyongyang, his first encounter with a Western figure since a \
            reported stroke last year.
            """, date: "August 5, 2009")
        #expect(x.events.first { $0.code == "040" }?.date == "2009-08-05")
    }

    @Test("'the prime minister' is the person last named with that title; not a generic title nor a title before a name")
    func titleBackReference() throws {
        let x = try EventRuleTests.extract("""
            Japanese Prime Minister Junichiro Koizumi met North Korean leader Kim Jong Il in Pyongyang on Tuesday. The prime \
            minister strongly protested to Kim over the abductions. The official declined to comment.
            """, date: "September 17, 2002")
        #expect(x.events.contains { $0.sentenceIndex == 1 && $0.code == "114" && $0.source == "junichiro-koizumi" && $0.target == "kim-jong-il" })
        let mentions = x.actors.first { $0.id == "junichiro-koizumi" }?.mentions ?? []
        #expect(mentions.count == 2, "the named mention and 'The prime minister'")
    }

    @Test("'The statement, ..., demanded' is said by the one who spoke in the last quote before it, and the summary names that speaker")
    func statementOpensTheSentence() throws {
        let x = try EventRuleTests.extract("""
            North Korea warned on Friday that it would retaliate against South Korea. "Our retaliation may be hundredfold," \
            said the statement, carried by the official Korean Central News Agency. The statement, the sharpest comment from \
            Pyongyang since the vessel was found, demanded that the South return the submarine. It accused Seoul of \
            exploiting the incident.
            """, date: "September 27, 1996")
        let demand = x.events.first { $0.sentenceIndex == 2 && $0.root == "10" }
        #expect(demand?.source == "north-korea")
        #expect(demand?.target == "south-korea")
        #expect(demand?.summary?.hasPrefix("North Korea: ") == true)
        #expect(x.events.contains { $0.sentenceIndex == 3 && $0.root == "11" && $0.source == "north-korea" },
                "'It' is not the South named after 'that'")
    }

    @Test("offering someone an apology is an apology to them (055); rejecting an apology is a rejection (120)")
    func apologiesOfferedAndRejected() throws {
        let x = try EventRuleTests.extract("""
            Junichiro Koizumi in turn offered North Korea an apology for Japan's colonial rule. North Korea rejected the \
            apology made by South Korea.
            """, date: "September 17, 2002")
        #expect(EventRuleTests.codes(x, 0) == ["055 junichiro-koizumi north-korea"])
        #expect(EventRuleTests.codes(x, 1) == ["120 north-korea south-korea"])
    }
}
