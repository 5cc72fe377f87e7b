/// One place in the text where an actor or place is named or referred to.
struct Mention: Equatable {
    enum Kind: Equatable { case actor, place }
    let kind: Kind
    let id: String
    let start: Int
    let end: Int
    let sentence: Int
    /// First and last word token of the mention.
    let firstToken: Int
    let lastToken: Int
    /// How it was found.
    let how: How
    enum How {
        case name, metonym, role, surname, coreference, discovered, demonym, generic, pair, peninsula, border, office
    }
    /// Inside a quotation.
    var quoted = false
}

/// Finds actors and places: longest gazetteer match with possessives and
/// demonyms, capitals as governments, roles by date, bare surnames from the
/// same article, simple coreference, and discovery of people and bodies that
/// the gazetteer lacks from titles and appositions.
struct EntityRecognizer {
    let gazetteer: Gazetteer
    let names: NameIndex
    /// Role title words -> (holder id, target id, role) for date resolution.
    let titles: [[String]: [TitleHolder]]
    /// The titles of one to three words by their words' ids (`titleShape`), sorted: a run of
    /// tokens whose shape is not here is no title, found without an array of keys and its
    /// hash. Empty when some title word has no id of its own (then every run is looked up).
    let titleShapes: [UInt64]
    /// state id -> government id, military id
    let governmentOf: [String: String]
    let militaryOf: [String: String]
    /// A government -> its state ("Seoul's" names South Korea).
    let stateOfGovernment: [String: String]
    /// A president -> the presidential office of their state.
    let presidentialOffice: [String: String]
    /// A state's navy, for "North Korean patrol boats".
    let navyOf: [String: String]
    /// Places named by a word and a head noun ("Gyeongui railway", "Yeonpyeong Island"), by
    /// "word head" in lower case: "the Gyeongui and Donghae railways" names two of them.
    let sharedHeadPlaces: [String: String]
    static let placeHeads: [String: String] = ["railways": "railway", "roads": "road", "lines": "line", "islands": "island",
                                               "counties": "county", "cities": "city", "rail": "railway"]
    /// Bodies every state has, by their name without the state ("defense
    /// ministry" -> south-korea: south-korea-defense-ministry, north-korea: ...),
    /// read off aliases like "South Korean Defense Ministry".
    let generic: [[String]: [String: String]]
    let genericFirstWords: Set<String>
    /// `generic` by the word id of a name's first word: the ids of its words and its bodies.
    let genericByWord: [[(words: [Lexicon.ID], byState: [String: String])]]
    /// Word ids of every word looked up by: names, role titles, the word lists
    /// below, and the `words` given at init (the event patterns'). Tokens read
    /// with it carry their word's classes (`WordToken.isIn`), tested in place.
    let lexicon: Lexicon
    /// Ids of the words the main loop compares every token with.
    let wordThe: Lexicon.ID, wordShe: Lexicon.ID, wordHe: Lexicon.ID, wordIt: Lexicon.ID, wordThey: Lexicon.ID, wordHim: Lexicon.ID
    /// Actor id -> kind and name, read once from the gazetteer (its `actor(_:)` copies a whole record).
    let actorKinds: SharedIDMap<String>
    let actorNames: SharedIDMap<String>
    /// Person id -> first and last word of the name, for people named in more than one word.
    let surnameWords: SharedIDMap<(first: String, last: String)>
    /// Actor id -> what adding a mention of it asks, in one lookup.
    struct ActorInfo {
        let kind: String
        let surnameWords: (first: String, last: String)?
    }
    let actorInfo: SharedIDMap<ActorInfo>

    static let locatives: Set<String> = ["in", "at", "near", "inside", "into", "to", "from", "across", "toward", "towards",
                                         "outside", "within", "around", "through", "over", "visit", "visited", "visiting",
                                         "entered", "leave", "left", "returned", "arrived", "reached", "reaching", "north", "south",
                                         "east", "west", "off", "via", "on", "reach", "reaches"]
    /// Titles that "the TITLE" refers back with to the person last named with them ("the prime
    /// minister", "the ambassador"); not the generic ones ("the official", "the soldier").
    static let referringTitles: Set<String> = ["minister", "president", "premier", "chairman", "chairwoman", "secretary",
                                               "ambassador", "envoy", "general", "commander", "spokesman", "spokeswoman",
                                               "spokesperson", "governor", "mayor", "senator", "speaker", "negotiator",
                                               "adviser", "advisor", "prosecutor", "judge", "director"]
    static let personTitles: Set<String> = [
        "minister", "spokesperson", "spokesman", "spokeswoman", "president", "chairman", "chairwoman", "chair",
        "director", "official", "ambassador", "envoy", "general", "lawmaker", "analyst", "premier", "commander",
        "secretary", "negotiator", "professor", "researcher", "leader", "vice", "deputy", "chief", "counselor",
        "adviser", "advisor", "representative", "lieutenant", "colonel", "admiral", "marshal", "sergeant", "captain",
        "major", "mr", "ms", "mrs", "dr", "governor", "mayor", "head", "senator", "congressman", "prosecutor",
        "judge", "activist", "defector", "student", "soldier", "tourist", "journalist", "reporter", "expert",
        "ambassador", "delegate", "member", "vice-chairman", "aide", "ceo", "speaker",
    ]
    /// True when the words after a name's comma give the person a role: "chairman of",
    /// "the chairman", "a senior security aide in", "a secretary of the party" (an article
    /// and at most three words before the title, within the clause), or "who heads the
    /// North's delegation".
    static func appositionNamesRole(_ tokens: TokenBuffer, at k: Int) -> Bool {
        guard k < tokens.count else { return false }
        if personTitles.contains(tokens[k].key) { return true }
        let article = tokens[k].key
        if article == "the" || article == "a" || article == "an" {
            var j = k + 1
            while j < min(tokens.count, k + 5) {
                if personTitles.contains(tokens[j].key) { return true }
                // ("the South's prime minister": a possessive is no break.)
                if tokens[j].breakAfter && !tokens[j].possessive { return false }
                j += 1
            }
            return false
        }
        return article == "who" && k + 1 < tokens.count && appositionHeadVerbs.contains(tokens[k + 1].key)
    }

    /// Verbs after a sentence-opening "It" that make it a body or state acting (not
    /// "It was", "It emerged", "It seemed").
    static let actsAfterIt: Set<String> = [
        "demanded", "accused", "threatened", "warned", "urged", "rejected", "condemned", "denounced", "blamed", "vowed",
        "announced", "called", "criticised", "criticized", "proposed", "offered", "refused", "denied", "insisted",
        "claimed", "pledged", "agreed", "asked", "sent", "fired", "launched", "cut", "suspended", "closed", "ordered",
        "declared", "dismissed", "protested", "apologised", "apologized", "expressed", "welcomed", "released", "returned",
        "halted", "resumed", "severed", "recalled", "expelled", "imposed", "lifted", "banned", "deployed", "conducted",
    ]

    /// Capitalised words that make a place before them part of a document's name.
    static let documentWords: Set<String> = ["declaration", "agreement", "accord", "accords", "communique", "communiqué",
                                             "statement", "initiative", "doctrine", "treaty", "protocol", "process"]

    /// True when the capitalised words after token `last` (at most two: "Joint Declaration") end
    /// in a document word.
    static func namesDocument(_ tokens: TokenBuffer, after last: Int) -> Bool {
        var k = last
        for _ in 0..<3 {
            guard !tokens[k].breakAfter, !tokens[k].possessive, k + 1 < tokens.count, tokens[k + 1].isCapitalized else { return false }
            k += 1
            if documentWords.contains(tokens[k].key) { return true }
        }
        return false
    }

    /// Capitalised at a sentence's start but no part of a name.
    static let openingAdverbs: Set<String> = ["later", "earlier", "then", "meanwhile", "also", "separately", "still", "now",
                                              "today", "yesterday", "however", "instead", "afterwards", "afterward", "eventually",
                                              "finally", "first", "next", "there", "here", "but", "and", "so", "yet", "when",
                                              "while", "after", "before", "since", "if", "as", "although", "because", "once"]

    /// Words that open a subordinate clause fronted before a sentence's subject.
    static let subordinators: Set<String> = ["where", "when", "while", "although", "though", "because", "since", "as", "after",
                                             "before", "if", "once", "whilst"]

    /// True when the pronoun at `i` sits in a subordinate clause that opens its sentence
    /// (or follows a fronted phrase: "In Naples, where he ...") and the clause's comma is
    /// followed by a capitalised word, the subject it points forward to.
    static func isCataphoric(_ tokens: TokenBuffer, at i: Int) -> Bool {
        // The subordinator right before the pronoun ("where he", "when she"; in "Before the
        // meeting he told", "before" opens a phrase, and "he" is the sentence's subject).
        guard i > 0, subordinators.contains(tokens[i - 1].key), !tokens[i - 1].breakAfter else { return false }
        let opener = i - 1
        // The clause opens the sentence, or follows one fronted phrase set off by a comma.
        let opensSentence = opener == 0 || tokens[opener - 1].sentenceEnd
        var fronted = false
        if !opensSentence, tokens[opener - 1].breakAfter {
            var b = opener - 1
            while b > 0, opener - b <= 6, !tokens[b - 1].breakAfter, !tokens[b - 1].sentenceEnd { b -= 1 }
            fronted = (b == 0 || tokens[b - 1].sentenceEnd) && opener - b <= 5
        }
        guard opensSentence || fronted else { return false }
        // The clause's comma, then a capitalised word.
        var e = i
        while e < tokens.count, e - i <= 25, !tokens[e].breakAfter, !tokens[e].sentenceEnd { e += 1 }
        return e < tokens.count && e - i <= 25 && tokens[e].breakAfter && !tokens[e].sentenceEnd && e + 1 < tokens.count && tokens[e + 1].isCapitalized
    }

    /// "X, who heads the delegation": verbs that give a person a role in a body.
    static let appositionHeadVerbs: Set<String> = ["heads", "headed", "leads", "led", "runs", "ran", "chairs", "chaired", "directs", "directed"]

    static let orgHeads: Set<String> = [
        "ministry", "committee", "agency", "office", "council", "commission", "department", "party", "command",
        "bureau", "association", "institute", "corporation", "foundation", "service", "assembly", "court", "army",
        "navy", "force", "forces", "guard", "university", "center", "centre", "federation", "union", "group",
    ]
    static let connectors: Set<String> = ["of", "for", "the", "and", "on"]
    /// Words that open a title before a name: "Unification Minister", "Foreign Minister".
    static let officeWords: Set<String> = ["unification", "foreign", "defense", "defence", "prime", "interior", "justice", "trade",
                                           "finance", "first", "senior", "former", "acting", "supreme", "state", "national", "security"]
    static let interKoreanBorder: String? = "demilitarized-zone"
    static let armistice = PartialDate(year: 1953, month: 7, day: 27)!
    /// Words that make the name after them an object, not a subject.
    /// "troops from (Communist-ruled) North Korea": the index of the military noun
    /// before "from", when "from" is at most three words before `index`.
    static func forcesFrom(_ tokens: TokenBuffer, before index: Int) -> Int? {
        var k = index - 1
        while k > 0, index - k <= 3, !tokens[k].breakAfter {
            if tokens[k].key == "from" {
                return !tokens[k - 1].breakAfter && militaryNouns.contains(tokens[k - 1].key) ? k - 1 : nil
            }
            k -= 1
        }
        return nil
    }

    /// Words that open a clause after a comma: "..., where Kim greeted him".
    static let clauseOpeners: Set<String> = ["where", "when", "while", "who", "which", "whom", "as", "after", "before", "but"]

    static let timeWords: Set<String> = ["on", "in", "last", "this", "early", "late", "monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday", "week", "month", "year", "night", "morning", "today",
                                         "yesterday", "earlier", "later", "that"]

    /// A speech verb right before `i`, or with only a time and "that" between ("said on Wednesday that it").
    static func speechVerbBefore(_ tokens: TokenBuffer, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 5, !tokens[k].breakAfter || k == i - 1 {
            if QuoteExtractor.cues[tokens[k].key] != nil { return true }
            guard timeWords.contains(tokens[k].key) || tokens[k].key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            k -= 1
        }
        return false
    }

    /// Lower-case words that may stand between a preposition and the name it governs: "by state media KCNA".
    static let nameModifiers: Set<String> = ["state", "media", "the", "official", "north's", "south's", "news", "agency", "its",
                                             "government", "newspaper", "broadcaster", "outlet", "mouthpiece", "party", "daily"]
    static let governing: Set<String> = ["between", "of", "with", "by", "to", "for", "from", "and", "against", "about", "under",
                                         "on", "in", "at", "than", "toward", "towards", "like", "including"]
    /// Words after which a country is a place as well as its state: "in", "into", "visited".
    static let placeOnlyLocatives: Set<String> = ["in", "inside", "within", "throughout"]
    static let countryLocatives: Set<String> = ["in", "inside", "into", "across", "over", "throughout", "within", "visit", "visited",
                                                "visiting", "visits", "entered", "entering", "arrived", "reached", "toured"]
    /// "sent troops to Russia", "fled to China": "to" after a movement is a place too.
    static let movements: Set<String> = ["troops", "soldiers", "workers", "travelled", "traveled", "flew", "went", "came", "fled",
                                         "defected", "returned", "moved", "sailed", "drove", "trip", "journey", "deployed", "dispatched", "visit",
                                         "go", "sent", "send", "flight", "flights", "back"]
    static let compassAdjectives: Set<String> = ["western", "eastern", "northern", "southern", "central", "northwestern",
                                                 "northeastern", "southwestern", "southeastern", "downtown"]
    static let directions: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                                          "miles", "mile", "kilometres", "kilometers", "km", "outskirts", "heart", "centre", "center",
                                          "part", "parts", "suburbs", "coast", "coasts"]
    /// "the border hotline", "the border town": a modifier, not the border itself.
    static let borderModified: Set<String> = ["hotline", "hotlines", "line", "lines", "town", "towns", "city", "village", "crossing",
                                              "crossings", "guard", "guards", "post", "posts", "patrol", "patrols", "security",
                                              "dispute", "fence", "wall", "county", "river", "station", "checkpoint", "office"]
    static let militaryNouns: Set<String> = ["military", "army", "troops", "soldiers", "soldier", "forces", "units", "unit", "guards",
                                             "guard", "commandos", "commando", "artillery", "marines", "gunners", "infantry"]
    static let navalNouns: Set<String> = ["navy", "boats", "boat", "patrol", "warships", "warship", "vessels", "vessel", "crews",
                                          "crew", "submarine", "sailors", "fleet"]
    /// Words after "the Chinese" that show it names the people, not a noun it modifies.
    static let afterPeople: Set<String> = ["had", "have", "has", "were", "was", "would", "will", "said", "who", "and", "to", "in",
                                           "on", "at", "that", "which", "did", "could", "also", "then", "launched", "sent", "agreed"]

    /// "the North Korean government": the state's government.
    static let governmentNouns = ["government", "authorities", "regime", "administration"]
    /// "It also said": words between "it" and its cue.
    static let cueAdverbs = ["also", "later", "then"]
    /// "the two Koreas", "both Koreas".
    static let twoOrBoth = ["two", "both"]

    /// `words`: more words for the lexicon (the event patterns'), so that their tokens carry ids;
    /// `classes`: word lists others test tokens against (the event coder's), as word classes.
    init(gazetteer: Gazetteer, words: [String] = [], classes: [(words: [String], wordClass: WordClass)] = []) {
        self.gazetteer = gazetteer
        var lexicon = Lexicon()
        var names = NameIndex(gazetteer: gazetteer)
        names.index(&lexicon)
        self.names = names
        var titles: [[String]: [TitleHolder]] = [:]
        var governmentOf: [String: String] = [:]
        var militaryOf: [String: String] = [:]
        for actor in gazetteer.actors {
            for role in actor.roles {
                if let title = role.title {
                    titles[NameIndex.words(of: title), default: []].append(TitleHolder(actor.id, role, gazetteer))
                    // A state's president is its leader too: "the South Korean leader" in 1994 is Kim Young-sam.
                    if role.relation == "head_of", title == "president", !actor.roles.contains(where: { $0.title == "leader" && $0.target == role.target }) {
                        titles[["leader"], default: []].append(TitleHolder(actor.id, role, gazetteer))
                    }
                }
                if role.relation == "part_of", let target = gazetteer.actor(role.target), target.kind == "state" {
                    if actor.kind == "government", governmentOf[target.id] == nil { governmentOf[target.id] = actor.id }
                    if actor.kind == "military", militaryOf[target.id] == nil { militaryOf[target.id] = actor.id }
                }
            }
        }
        self.titles = titles
        self.governmentOf = governmentOf
        self.militaryOf = militaryOf
        var stateOfGovernment: [String: String] = [:]
        for (state, government) in governmentOf { stateOfGovernment[government] = state }
        self.stateOfGovernment = stateOfGovernment
        self.presidentialOffice = gazetteer.presidentialOffices()
        var navyOf: [String: String] = [:]
        // "Republic of Korea Navy", "Korean People's Army Naval Force" (alias "KPA Navy").
        for actor in gazetteer.actors where actor.kind == "military"
            && (actor.name.hasSuffix("Navy") || actor.name.hasSuffix("Naval Force") || actor.aliases.contains { $0.hasSuffix(" Navy") }) {
            if let country = actor.country, let state = gazetteer.actors.first(where: { $0.kind == "state" && $0.country == country }) {
                if navyOf[state.id] == nil { navyOf[state.id] = actor.id }
            }
        }
        self.navyOf = navyOf
        var sharedHeadPlaces: [String: String] = [:]
        let singularHeads = Set(Self.placeHeads.values)
        for place in gazetteer.places {
            for name in [place.name] + place.aliases {
                let words = NameIndex.words(of: name)
                if words.count == 2, singularHeads.contains(words[1]), sharedHeadPlaces[words.joined(separator: " ")] == nil {
                    sharedHeadPlaces[words.joined(separator: " ")] = place.id
                }
            }
        }
        self.sharedHeadPlaces = sharedHeadPlaces

        var prefixes: [(words: [String], state: String)] = []
        for state in gazetteer.actors where state.kind == "state" {
            for name in [state.name] + state.aliases + state.demonyms { prefixes.append((NameIndex.words(of: name), state.id)) }
            if let government = governmentOf[state.id], let g = gazetteer.actor(government) {
                for metonym in g.metonyms { prefixes.append((NameIndex.words(of: metonym), state.id)) }
            }
        }
        var generic: [[String]: [String: String]] = [:]
        for actor in gazetteer.actors where actor.kind != "state" && actor.kind != "person" {
            for alias in [actor.name] + actor.aliases {
                let words = NameIndex.words(of: alias)
                for prefix in prefixes where words.count >= prefix.words.count + 2 && Array(words.prefix(prefix.words.count)) == prefix.words {
                    let rest = Array(words.dropFirst(prefix.words.count))
                    if generic[rest]?[prefix.state] == nil { generic[rest, default: [:]][prefix.state] = actor.id }
                }
            }
        }
        self.generic = generic
        self.genericFirstWords = Set(generic.keys.compactMap(\.first))
        for key in generic.keys { for word in key { lexicon.add(word) } }
        for word in genericFirstWords { lexicon.add(word, .genericFirstWord) }
        for word in Self.personTitles { lexicon.add(word, .personTitle) }
        for word in Self.stopNames { lexicon.add(word, .stopName) }
        for word in Self.openingAdverbs { lexicon.add(word, .openingAdverb) }
        for word in Self.orgHeads { lexicon.add(word, .orgHead) }
        for word in Self.connectors { lexicon.add(word, .connector) }
        for title in titles.keys { for word in title { lexicon.add(word) } }
        for title in titles.keys { if let first = title.first { lexicon.add(first, .titleFirstWord) } }
        for word in Self.officeWords { lexicon.add(word, .officeWord) }
        for word in Self.locatives { lexicon.add(word, .locative) }
        for word in Self.governing { lexicon.add(word, .governing) }
        for word in Self.directions { lexicon.add(word, .direction) }
        for word in QuoteExtractor.cues.keys { lexicon.add(word, .quoteCue) }
        for word in Self.cueAdverbs { lexicon.add(word, .cueAdverb) }
        for word in Self.twoOrBoth { lexicon.add(word, .twoOrBoth) }
        for word in Self.theCorefHeads { lexicon.add(word, .theCorefHead) }
        for word in Self.nameModifiers.sorted() { lexicon.add(word, .nameModifier) }
        for word in words { lexicon.add(word) }
        for (list, wordClass) in classes { for word in list { lexicon.add(word, wordClass) } }
        wordThe = lexicon.add("the")
        wordShe = lexicon.add("she")
        wordHe = lexicon.add("he")
        wordIt = lexicon.add("it")
        wordThey = lexicon.add("they")
        wordHim = lexicon.add("him")
        self.lexicon = lexicon
        var titleShapes: [UInt64] = []
        if lexicon.count < 0xFFFFF {
            for title in titles.keys where (1...3).contains(title.count) {
                let ids = title.compactMap { lexicon.id(of: $0) }
                guard ids.count == title.count else { titleShapes = []; break }
                titleShapes.append(Self.titleShape(ids))
            }
        }
        self.titleShapes = titleShapes.sorted()
        var genericByWord = [[(words: [Lexicon.ID], byState: [String: String])]](repeating: [], count: lexicon.count)
        for (key, byState) in generic {
            let ids = key.map { lexicon.id(of: $0)! }
            genericByWord[Int(ids[0])].append((ids, byState))
        }
        self.genericByWord = genericByWord
        var actorKinds: [String: String] = [:]
        var actorNames: [String: String] = [:]
        var surnameWords: [String: (first: String, last: String)] = [:]
        for (id, index) in gazetteer.actorIndex {
            let actor = gazetteer.actors[index]
            actorKinds[id] = actor.kind
            actorNames[id] = actor.name
            if actor.kind == "person", let words = Self.surnameWords(of: actor.name) { surnameWords[id] = words }
        }
        self.actorKinds = SharedIDMap(actorKinds)
        self.actorNames = SharedIDMap(actorNames)
        self.surnameWords = SharedIDMap(surnameWords)
        self.actorInfo = SharedIDMap(actorKinds.reduce(into: [:]) { info, entry in
            info[entry.key] = ActorInfo(kind: entry.value, surnameWords: surnameWords[entry.key])
        })
    }

    /// A filter over a set of keys: `mayHold` is false only for a key that is
    /// certainly not in the set (by its first byte and its length in bytes, for
    /// keys all ASCII, where equal keys have equal bytes); any other key may be.
    struct KeyFilter {
        private var firstBytes: (UInt64, UInt64) = (0, 0)
        private var lengths: UInt64 = 0
        /// A key not all ASCII was inserted: every key may be in the set.
        private var any = false

        mutating func insert(_ key: String) {
            guard let first = key.utf8.first, first < 0x80, key.utf8.allSatisfy({ $0 < 0x80 }) else { any = true; return }
            if first < 64 { firstBytes.0 |= 1 << UInt64(first) } else { firstBytes.1 |= 1 << UInt64(first - 64) }
            lengths |= 1 << UInt64(min(key.utf8.count, 63))
        }

        func mayHold(_ key: String) -> Bool {
            if any { return true }
            guard let first = key.utf8.first, first < 0x80, key.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
            let byte = first < 64 ? firstBytes.0 & (1 << UInt64(first)) : firstBytes.1 & (1 << UInt64(first - 64))
            return byte != 0 && lengths & (1 << UInt64(min(key.utf8.count, 63))) != 0
        }
    }

    /// `[span]` with room for a few more: an entity named again grows its list without a new allocation.
    static func spans(_ span: ExtractedArticle.Span) -> [ExtractedArticle.Span] {
        var spans: [ExtractedArticle.Span] = []
        spans.reserveCapacity(4)
        spans.append(span)
        return spans
    }

    /// First and last word of a name of more than one word.
    static func surnameWords(of name: String) -> (first: String, last: String)? {
        let words = NameIndex.words(of: name)
        guard words.count > 1 else { return nil }
        // "Moon Jae-in": a hyphenated given name is no surname ("In" would be Moon), so the family name only.
        if lastWordIsHyphenated(name) { return (words[0], words[0]) }
        return (words[0], words[words.count - 1])
    }

    /// `name.split(separator: " ").last?.contains("-") == true`, on bytes for a name of ASCII.
    static func lastWordIsHyphenated(_ name: String) -> Bool {
        if let ascii = name.withUTF8Bytes({ bytes -> Bool? in
            guard bytes.isASCII(prefix: bytes.count) else { return nil }
            var k = bytes.count
            while k > 0, bytes[k - 1] == 0x20 { k -= 1 }
            while k > 0, bytes[k - 1] != 0x20 {
                k -= 1
                if bytes[k] == 0x2D { return true }
            }
            return false
        }) {
            return ascii
        }
        return name.split(separator: " ").last?.contains("-") == true
    }

    /// "the Defense Ministry": the body of the state the modifier names, else
    /// of the only state that has one, else of South Korea (the usual vantage
    /// of English-language reporting on the two Koreas).
    func genericBody(_ tokens: TokenBuffer, at i: Int, state: String?) -> (String, Int)? {
        guard tokens[i].isIn(.genericFirstWord) else { return nil }
        let candidates = genericByWord[Int(tokens[i].word)]
        for length in stride(from: min(5, tokens.count - i), through: 2, by: -1) {
            // generic[keys of tokens i..<i + length], by word ids (every word of `generic` has one).
            guard let byState = candidates.first(where: { candidate in
                candidate.words.count == length && (1..<length).allSatisfy { tokens[i + $0].word == candidate.words[$0] }
            })?.byState else { continue }
            if (i..<i + length - 1).contains(where: { tokens[$0].breakAfter }) { continue }
            // Lower case only after "the" or a state's possessive: "the defence ministry said".
            guard tokens[i..<i + length].contains(where: \.isCapitalized)
                    || i > 0 && !tokens[i - 1].breakAfter && tokens[i - 1].key == "the" || state != nil else { continue }
            if let state, let id = byState[state] { return (id, i + length - 1) }
            if byState.count == 1 { return (byState.first!.value, i + length - 1) }
            if let id = byState["south-korea"] { return (id, i + length - 1) }
        }
        return nil
    }

    struct Result {
        var actors: [ExtractedArticle.Actor]
        var places: [ExtractedArticle.Place]
        var mentions: [Mention]
        var tokens: [WordToken]
        /// Demonyms that name no actor but colour a noun ("a South Korean tourist",
        /// "American detainees"): the state and the demonym's last token.
        var demonyms: [(state: String, lastToken: Int)] = []
        /// The body a discovered official speaks for (discovered id -> gazetteer id): "a
        /// Defence Ministry spokesman, Brigadier General Cha Young-koo", "Kim Sung-hwan, who
        /// heads South Korea's Foreign Ministry", "The Supreme Command of the Korean People's Army".
        var affiliations: [String: String] = [:]
    }

    /// `quotes`: quoted spans (open..close offsets); names inside them count as
    /// mentions but never become what "she", "it" or "the ministry" refer to.
    func recognize(_ text: ArticleText, published: PartialDate?, quotes: [Range<Int>] = []) -> Result {
        var marked = WordTokenizer.tokenize(text.scalars, lexicon: lexicon)
        var t = 0
        for range in text.sentences {
            while t < marked.count, marked[t].end <= range.upperBound { t += 1 }
            if t > 0, marked[t - 1].start >= range.lowerBound { marked[t - 1].sentenceEnd = true }
        }
        // Read-only from here, in place (see `TokenBuffer`).
        let tokenArray = marked
        return tokenArray.withUnsafeBufferPointer { tokens in
            recognize(text, tokenArray, tokens, published: published, quotes: quotes)
        }
    }

    /// `recognize` over the tokens, `tokens` the buffer of `tokenArray`.
    private func recognize(_ text: ArticleText, _ tokenArray: [WordToken], _ tokens: TokenBuffer, published: PartialDate?,
                           quotes: [Range<Int>]) -> Result {
        func insideQuote(_ offset: Int) -> Bool { quotes.index(holding: offset) != nil }
        var mentions: [Mention] = []
        mentions.reserveCapacity(tokens.count / 4 + 4)
        /// Surname or given name -> the people it may mean, in order of first mention, with their name counts.
        var surnames: [String: [(id: String, count: Int)]] = [:]
        /// Rules out most words that are no key of `surnames` without hashing them.
        var surnameFilter = KeyFilter()
        var koreaMentioned = false
        var discovered: [String: ExtractedArticle.Actor] = [:]
        /// `discovered[id]?.kind`, without copying the record at each look.
        var discoveredKinds = IDMap<String>()
        // The state a discovered actor's title named ("South Korean Unification Minister ...").
        var discoveredStates = IDMap<String>()
        var discoveredSurnameWords = IDMap<(first: String, last: String)>()
        var lastState: String?
        var subjectPerson: String?
        var subjectBody: String?
        var subjectBodySentence = -1
        // People named after a title ("Prime Minister Junichiro Koizumi"): the title's last word, the
        // word before it, and the person, for "the prime minister" later on.
        var titled: [(head: String, modifier: String, id: String)] = []
        var demonymUses: [(state: String, lastToken: Int)] = []
        var sentenceOfLastUnquotedActor = -1
        // Context for the modifier in front of a title: "South Korean", "North Korea's".
        var modifierState: (id: String, token: Int)?

        // Mentions come in text order: the sentence of the last one is tried before a search.
        var lastSentence = 0
        func sentence(_ offset: Int) -> Int {
            if lastSentence < text.sentences.count, text.sentences[lastSentence].contains(offset) { return lastSentence }
            let index = text.sentenceIndex(of: offset) ?? 0
            lastSentence = index
            return index
        }
        func add(_ kind: Mention.Kind, _ id: String, _ first: Int, _ last: Int, _ how: Mention.How) {
            let start = tokens[first].start
            let sentenceNumber = sentence(start)
            let quoted = insideQuote(start)
            // kindOf(id) and surnameWordsOf(id), from one lookup for a gazetteer actor.
            let info = kind == .actor ? actorInfo[id] : nil
            let actorKind = kind == .actor ? (info?.kind ?? discoveredKinds[id]) : nil
            // The first actor of a sentence that no preposition governs ("between Kim
            // Dae-jung and Kim Jong Il, Lee promised": Lee) is who "she", "he" or "it" most likely means next.
            // "carried by state media KCNA": lower-case modifiers may sit between the preposition and the name.
            var g = first - 1
            while g > 0, first - g <= 3, !tokens[g].breakAfter, !tokens[g].isCapitalized, !tokens[g].isIn(.governing),
                  tokens[g].isIn(.nameModifier) { g -= 1 }
            let governed = g >= 0 && first > 0 && !tokens[g].breakAfter && tokens[g].isIn(.governing)
            // (A body or state after "that" opens no sentence: in "The statement demanded that the South
            // return the submarine. It accused Seoul ..." "It" is not the South. A person there still is
            // who "he" means next: "... that Hwang had asked for asylum, and said that if he was ...".)
            let complement = actorKind != "person" && first > 0 && !tokens[first - 1].breakAfter
                && (tokens[first - 1].key == "that" || first > 1 && tokens[first - 1].isIn(.determiner) && tokens[first - 2].key == "that")
            if kind == .actor, !quoted, sentenceOfLastUnquotedActor != sentenceNumber, !tokens[last].possessive, !governed, !complement {
                if actorKind == "person" { subjectPerson = id } else { subjectBody = id; subjectBodySentence = sentenceNumber }
            } else if kind == .actor, !quoted, actorKind == "person", !governed, let previous = mentions.last, previous.kind == .actor,
                      previous.sentence == sentenceNumber,
                      subjectBody == previous.id && subjectBodySentence == sentenceNumber || tokens[previous.lastToken].possessive,
                      previous.lastToken < first, first - previous.lastToken <= 4,
                      (previous.lastToken + 1..<first).allSatisfy({ (tokens[$0].isCapitalized || tokens[$0].isIn(.personTitle)) && !tokens[$0].breakAfter }),
                      !tokens[previous.lastToken].breakAfter || tokens[previous.lastToken].possessive {
                // "U.S. President Donald Trump accused ...", "North Korea's Yon Hyong-muk answered": the
                // state modifies the person, who is the subject.
                subjectPerson = id
            } else if kind == .actor, !quoted, !governed, !tokens[last].possessive, let previous = mentions.last, previous.kind == .actor,
                      previous.sentence == sentenceNumber, tokens[previous.lastToken].possessive, previous.lastToken + 1 == first,
                      mentions.count < 2 || mentions[mentions.count - 2].sentence != sentenceNumber {
                // "North Korea's army said it would ...": the possessive that opens the sentence modifies
                // the body, which is the subject.
                subjectBody = id
                subjectBodySentence = sentenceNumber
            }
            if kind == .actor, !quoted, !governed { sentenceOfLastUnquotedActor = sentenceNumber }
            if kind == .actor, actorKind == "person", first > 0, tokens[first - 1].isIn(.personTitle), !tokens[first - 1].breakAfter {
                titled.append((tokens[first - 1].key, first > 1 && !tokens[first - 2].breakAfter ? tokens[first - 2].key : "", id))
            }
            if kind == .actor, !quoted, actorKind == "person", let words = info != nil ? info!.surnameWords : surnameWordsOf(id) {
                // Who a bare surname may mean, counted as names are read (no rescans).
                let count = tokens[last].possessive ? 0 : 1
                // The first word, then the last if it differs (without a list of the two).
                for n in 0..<(words.first == words.last ? 1 : 2) {
                    let word = n == 0 ? words.first : words.last
                    // In place, in one lookup: no copy of the entries.
                    func tally(_ entries: inout [(id: String, count: Int)]) {
                        if let n = entries.firstIndex(where: { $0.id == id }) { entries[n].count += count } else { entries.append((id, count)) }
                    }
                    tally(&surnames[word, default: []])
                    surnameFilter.insert(word)
                }
            }
            if !quoted, id == "north-korea" || id == "south-korea" { koreaMentioned = true }
            if quoted {
                mentions.append(Mention(kind: kind, id: id, start: start, end: tokens[last].end, sentence: sentenceNumber,
                                        firstToken: first, lastToken: last, how: how, quoted: true))
                return
            }
            mentions.append(Mention(kind: kind, id: id, start: start, end: tokens[last].end, sentence: sentenceNumber,
                                    firstToken: first, lastToken: last, how: how))
            if kind == .actor, info?.kind == "state" { lastState = id }
        }
        func stateOf(modifierAt i: Int) -> String? {
            guard let m = modifierState, i - m.token <= 2 else { return nil }
            return m.id
        }
        // The recogniser's tables as locals: the lazy sequence of recent actors given to
        // `coreference` captures these functions, and through `self` it would copy the recogniser.
        let actorKinds = self.actorKinds
        let actorNames = self.actorNames
        func kindOf(_ id: String) -> String? { actorKinds[id] ?? discoveredKinds[id] }
        func objectPronoun(at i: Int) -> String? {
            let sentenceStart = text.sentences[sentence(tokens[i].start)].lowerBound
            // (At most 40 words back, and only the clause's mentions are read: linear on run-on text.)
            var clauseStart = i
            while clauseStart > 0, i - clauseStart < 40, tokens[clauseStart - 1].start >= sentenceStart {
                if tokens[clauseStart - 1].breakAfter, Self.clauseOpeners.contains(tokens[clauseStart].key) { break }
                clauseStart -= 1
            }
            let clauseStartOffset = tokens[clauseStart].start
            // The clause's first person who is not a possessive ("Kim Jong Un's daughter, Kim Ju Ae,
            // accompanied him": she is the subject), read back from the end over the clause only.
            var subject: String?
            var k = mentions.count - 1
            while k >= 0, mentions[k].start >= clauseStartOffset {
                let m = mentions[k]
                if m.kind == .actor, !m.quoted, kindOf(m.id) == "person", !tokens[m.lastToken].possessive { subject = m.id }
                k -= 1
            }
            guard let subject else { return nil }
            // The person named last before that is not the subject (40 mentions back at most).
            var j = mentions.count - 1
            while j >= 0, mentions.count - j <= 40 {
                let m = mentions[j]
                if m.kind == .actor, !m.quoted, m.id != subject, kindOf(m.id) == "person" { return m.id }
                j -= 1
            }
            return nil
        }
        func nameOf(_ id: String) -> String { actorNames[id] ?? discovered[id]?.name ?? id }
        /// First and last word of the name of a person named in more than one word.
        func surnameWordsOf(_ id: String) -> (first: String, last: String)? {
            // A discovered person's words first, in one lookup: such an id is no gazetteer actor's
            // (`discover` checks) and its kind is "person" (the words are kept only for one).
            if let words = discoveredSurnameWords[id] { return words }
            if let words = surnameWords[id] { return words }
            guard actorKinds[id] == nil, discoveredKinds[id] == "person" else { return nil }
            return discoveredSurnameWords[id]
        }

        /// Records an actor the gazetteer lacks; false when the name is a gazetteer id after all.
        func discover(_ name: String, kind: String, country state: String?, first: Int, last: Int) -> Bool {
            let id = Self.slug(name)
            guard gazetteer.actorSlots[id] == nil else { return false }
            if discoveredKinds[id] == nil {
                discoveredKinds[id] = kind
                if let state { discoveredStates[id] = state }
                discovered[id] = ExtractedArticle.Actor(id: id, name: name, kind: kind, country: state.flatMap { gazetteer.actorSlots[$0] }.flatMap { gazetteer.actors[$0].country },
                                                        aliases: [], mentions: [], origin: "discovered")
                // Only a person's name is matched by its surname.
                if kind == "person", let words = Self.surnameWords(of: name) { discoveredSurnameWords[id] = words }
            }
            add(.actor, id, first, last, .discovered)
            return true
        }

        // "SEOUL, Sept. 7 (Yonhap) --": a wire dateline opening the body names where the copy was
        // filed and by whom, not who acts; its words are no mentions.
        var i = 0
        if let end = Self.datelineEnd(text.scalars) { while i < tokens.count, tokens[i].start < end { i += 1 } }
        while i < tokens.count {
            // The token read in place (`tokens[current]`): a copy would retain its key at every word.
            let current = i

            if let (entry, next) = names.longestMatch(tokens, at: i) {
                let previous = i > 0 && !tokens[i - 1].breakAfter ? tokens[i - 1].key : ""
                let last = next - 1
                // "north of Seoul", "miles south of the border": a place after "of" a direction.
                // (The lists by word class: `previous` is the token before, unless a break stands between.)
                let directionOf = previous == "of" && i >= 2 && tokens[i - 2].isIn(.direction)
                // "in western Seoul", "over northern Japan": a compass adjective after a locative.
                // (The set is hashed last: most names follow no locative.)
                let regionOf = i >= 2 && !tokens[i - 2].breakAfter && tokens[i - 2].isIn(.locative)
                    && Self.compassAdjectives.contains(previous)
                // "reached the Blue House": the article does not hide the locative.
                let beforeArticle = previous == "the" && i >= 2 && !tokens[i - 2].breakAfter && tokens[i - 2].isIn(.locative)
                let locative = i > 0 && !tokens[i - 1].breakAfter && tokens[i - 1].isIn(.locative) || directionOf || regionOf || beforeArticle
                let actorTarget = entry.targets.first { $0.kind == .actor }
                let placeTarget = entry.targets.first { $0.kind == .place }
                let metonym = entry.targets.first { $0.kind == .metonym }
                let demonym = entry.targets.first { $0.kind == .demonym }
                // "the Panmunjom Declaration", "the Pyongyang Joint Declaration": a place that names a
                // document is neither a place nor a party (the name is one the text gives the document).
                if placeTarget != nil, actorTarget == nil || metonym != nil, Self.namesDocument(tokens, after: last) {
                    i = next
                    continue
                }
                if let demonym, actorTarget == nil {
                    // "North Korean" alone is no actor; it colours what follows.
                    let following = next < tokens.count && !tokens[last].breakAfter ? tokens[next].key : ""
                    if Self.governmentNouns.contains(following),
                       let government = governmentOf[demonym.id] {
                        add(.actor, government, i, next, .demonym)
                        i = next + 1
                        continue
                    }
                    // "North Korean troops", "a South Korean soldier", "North Korean patrol boats": the state's forces.
                    if Self.navalNouns.contains(following), let navy = navyOf[demonym.id] ?? militaryOf[demonym.id] {
                        let end = following == "patrol" && next + 1 < tokens.count && !tokens[next].breakAfter ? next + 1 : next
                        add(.actor, navy, i, end, .demonym)
                        i = end + 1
                        continue
                    }
                    if Self.militaryNouns.contains(following), let military = militaryOf[demonym.id] {
                        add(.actor, military, i, next, .demonym)
                        i = next + 1
                        continue
                    }
                    // "the Chinese, who ...", "the Americans had": the people for their state.
                    if previous == "the", next >= tokens.count || tokens[last].breakAfter || Self.afterPeople.contains(following),
                       gazetteer.actorKind(demonym.id) == "state" {
                        add(.actor, demonym.id, i, last, .demonym)
                        i = next
                        continue
                    }
                    modifierState = (demonym.id, last)
                    if !insideQuote(tokens[i].start) { demonymUses.append((demonym.id, last)) }
                    i = next
                    continue
                }
                // A country after "in", "to", "over" is a place and still its state
                // ("visited North Korea": the host of the visit); other places named
                // after a locative are places only.
                // (The place's kind is looked up only where it decides: a name of both a place and an actor.)
                var countryPlace = false
                if let placeTarget, actorTarget != nil { countryPlace = gazetteer.placeKind(placeTarget.id) == "country" }
                if let actorTarget, kindOf(actorTarget.id) == "state", let military = militaryOf[actorTarget.id],
                   let noun = Self.forcesFrom(tokens, before: i), mentions.last.map({ $0.lastToken < noun }) ?? true {
                    // "Troops from Communist-ruled North Korea": the state's forces.
                    add(.actor, military, noun, last, .demonym)
                } else if countryPlace, let placeTarget, let actorTarget {
                    // Only where a place is plainly meant: not "apologise to", "fire at", "from" (a source), nor "North Korea's".
                    let movedTo = previous == "to" && i >= 2 && Self.movements.contains(tokens[i - 2].key)
                    let asPlace = !tokens[last].possessive && (Self.countryLocatives.contains(previous) || regionOf || movedTo || directionOf)
                    if asPlace { add(.place, placeTarget.id, i, last, .name) }
                    // "met in Singapore" names a place only; "flew over Japan", "visited North Korea",
                    // "sent troops to Russia" name the state as well, as a party to the act.
                    if !asPlace || !(Self.placeOnlyLocatives.contains(previous) || regionOf) {
                        add(.actor, actorTarget.id, i, last, .name)
                    }
                    if kindOf(actorTarget.id) == "state", tokens[last].possessive { modifierState = (actorTarget.id, last) }
                } else if locative, let placeTarget, metonym == nil || !(previous == "on" || previous == "at" || tokens[last].possessive) {
                    // ("called on Pyongyang", "pressure on Seoul", "angry at Seoul", "in Pyongyang's view": the government.)
                    add(.place, placeTarget.id, i, last, .name)
                } else if let actorTarget {
                    add(.actor, actorTarget.id, i, last, .name)
                    if kindOf(actorTarget.id) == "state", tokens[last].possessive { modifierState = (actorTarget.id, last) }
                } else if let metonym {
                    if previous == "a" || previous == "an" {
                        // "a Seoul textile company": where the company is, not the government.
                        if let placeTarget { add(.place, placeTarget.id, i, last, .name) }
                    } else if locative, previous != "on", previous != "at", !tokens[last].possessive, let placeTarget {
                        add(.place, placeTarget.id, i, last, .name)
                    } else if tokens[last].possessive, let state = stateOfGovernment[metonym.id], next < tokens.count,
                              let (body, bodyEnd) = genericBody(tokens, at: next, state: state) {
                        // "Seoul's presidential office": the office, not the government as well.
                        add(.actor, body, i, bodyEnd, .generic)
                        i = bodyEnd + 1
                        continue
                    } else {
                        add(.actor, metonym.id, i, last, .metonym)
                    }
                } else if let placeTarget {
                    add(.place, placeTarget.id, i, last, .name)
                }
                i = next
                continue
            }

            // "the Gyeongui and Donghae railways (and roads)", "Yeonpyeong and Baengnyeong islands":
            // two names sharing a plural head noun are two places (or four, with a second head).
            if tokens[current].isCapitalized, i + 3 < tokens.count, tokens[i + 1].key == "and", tokens[i + 2].isCapitalized,
               !tokens[current].breakAfter, !tokens[i + 1].breakAfter, !tokens[i + 2].breakAfter, let head = Self.placeHeads[tokens[i + 3].key] {
                var heads = [head]
                if !tokens[i + 3].breakAfter, i + 5 < tokens.count, tokens[i + 4].key == "and", let second = Self.placeHeads[tokens[i + 5].key] {
                    heads.append(second)
                }
                let found = [i, i + 2].flatMap { t in heads.compactMap { h in sharedHeadPlaces[tokens[t].key + " " + h].map { (t, $0) } } }
                if !found.isEmpty {
                    for (t, id) in found { add(.place, id, t, t, .name) }
                    i += 4
                    continue
                }
            }
            // A body every state has: "the Defense Ministry", "North Korea's foreign ministry".
            if let (id, last) = genericBody(tokens, at: i, state: stateOf(modifierAt: i)) {
                add(.actor, id, i, last, .generic)
                i = last + 1
                continue
            }
            // "North Korea's military", "the North's army", "the South's military command": the state's forces.
            if let m = modifierState, m.token == i - 1, ["military", "army", "troops", "forces"].contains(tokens[current].key),
               let military = militaryOf[m.id] {
                let last = tokens[current].key == "military" && i + 1 < tokens.count && !tokens[current].breakAfter && tokens[i + 1].key == "command" ? i + 1 : i
                add(.actor, military, i, last, .generic)
                i = last + 1
                continue
            }

            // A role resolved by the article's date: "the South Korean president".
            if let state = stateOf(modifierAt: i), let (holder, next) = roleHolder(tokens, at: i, state: state, date: published) {
                let followedByName = next < tokens.count && tokens[next].isCapitalized && !tokens[next - 1].breakAfter
                if !followedByName {
                    add(.actor, holder, i, next - 1, .role)
                    i = next
                    continue
                }
            }

            // A person the gazetteer lacks, after a title: "Unification Minister Cho Myoung-gyon",
            // or set off by commas after it: "the North's chief negotiator, Pak Chol-su, said".
            if tokens[current].isIn(.personTitle), !tokens[current].breakAfter || !tokens[current].possessive && i + 1 < tokens.count
                && text.scalars[tokens[current].end] == ",",
               let (nameEnd, name) = personName(tokens, text, from: i + 1),
               !tokens[current].breakAfter || tokens[nameEnd].breakAfter && nameEnd + 1 < tokens.count && text.scalars[tokens[nameEnd].end] == "," {
                if discover(name, kind: "person", country: stateOf(modifierAt: i), first: i + 1, last: nameEnd) {
                    i = nameEnd + 1
                    continue
                }
            }

            if tokens[current].isCapitalized {
                // The full name again of someone found earlier: "..., Kim Ki-nam said".
                if !discoveredKinds.isEmpty, let (nameEnd, name) = personName(tokens, text, from: i),
                   discoveredKinds[Self.slug(name)] == "person" {
                    add(.actor, Self.slug(name), i, nameEnd, .discovered)
                    i = nameEnd + 1
                    continue
                }
                // Apposition: "Ri Son Gwon, chairman of ..."
                if let (nameEnd, name) = personName(tokens, text, from: i), tokens[nameEnd].breakAfter,
                   nameEnd + 1 < tokens.count, text.scalars[tokens[nameEnd].end] == ",",
                   Self.appositionNamesRole(tokens, at: nameEnd + 1) {
                    if discover(name, kind: "person", country: nil, first: i, last: nameEnd) {
                        i = nameEnd + 1
                        continue
                    }
                }
                // A bare surname or family name of someone named earlier: "Kim", "Moon".
                let nextIsName = i + 1 < tokens.count && tokens[i + 1].isCapitalized && !tokens[current].breakAfter
                if !nextIsName, tokens[current].key.unicodeScalars.count > 1 {
                    // Several people share the name ("Kim"): the one named most often so
                    // far, then the one who opened a sentence last, then the first named (a report names its protagonist first).
                    let candidates = surnameFilter.mayHold(tokens[current].key) ? surnames[tokens[current].key] ?? [] : []
                    let best = candidates.map(\.count).max() ?? 0
                    let tied = candidates.filter { $0.count == best }.map(\.id)
                    let chosen = tied.count > 1 && subjectPerson.map(tied.contains) == true ? subjectPerson : tied.first
                    if let person = chosen {
                        add(.actor, person, i, i, .surname)
                        i += 1
                        continue
                    }
                }
                // A body the gazetteer lacks: "the Korea Institute for National Unification".
                if let (orgEnd, name) = organizationName(tokens, text, from: i) {
                    if discover(name, kind: "organization", country: stateOf(modifierAt: i), first: i, last: orgEnd) {
                        i = orgEnd + 1
                        continue
                    }
                }
            }

            // "the two Koreas", "both Koreas": the pair, North then South, as one joint party.
            if tokens[current].isIn(.twoOrBoth), !tokens[current].breakAfter, i + 1 < tokens.count, tokens[i + 1].key == "koreas",
               gazetteer.actor("north-korea") != nil, gazetteer.actor("south-korea") != nil {
                add(.actor, "north-korea", i, i, .pair)
                add(.actor, "south-korea", i + 1, i + 1, .pair)
                i += 2
                continue
            }
            // "North and South Korea", "South and North Korea": the first half names a state too.
            if tokens[current].isCapitalized, tokens[current].key == "north" || tokens[current].key == "south", !tokens[current].breakAfter, i + 3 < tokens.count,
               tokens[i + 1].key == "and", tokens[i + 2].isCapitalized, tokens[i + 2].key == (tokens[current].key == "north" ? "south" : "north"),
               tokens[i + 3].key == "korea", !tokens[i + 1].breakAfter {
                let state = tokens[current].key == "north" ? "north-korea" : "south-korea"
                if gazetteer.actor(state) != nil {
                    add(.actor, state, i, i, .name)
                    i += 2
                    continue
                }
            }
            // "the peninsula" in a report on the two Koreas is the Korean Peninsula.
            if tokens[current].word == wordThe, !tokens[current].breakAfter, i + 1 < tokens.count, tokens[i + 1].key == "peninsula",
               gazetteer.place("korean-peninsula") != nil, koreaMentioned {
                add(.place, "korean-peninsula", i + 1, i + 1, .peninsula)
                i += 2
                continue
            }
            // "the border" in a report on the two Koreas is the inter-Korean border (the DMZ),
            // unless another border is named ("the border with China").
            // Before the armistice (27 July 1953) the border was the 38th parallel, and there was no DMZ.
            if tokens[current].word == wordThe, !tokens[current].breakAfter, i + 1 < tokens.count, tokens[i + 1].key == "border", let dmz = Self.interKoreanBorder,
               published.map({ $0 >= Self.armistice }) ?? true,
               gazetteer.place(dmz) != nil, koreaMentioned {
                let after = i + 3 < tokens.count && !tokens[i + 1].breakAfter && ["with", "between"].contains(tokens[i + 2].key)
                    ? tokens[i + 3].key : ""
                let modified = !tokens[i + 1].breakAfter && i + 2 < tokens.count && Self.borderModified.contains(tokens[i + 2].key)
                if !modified, after.isEmpty || ["south", "north", "the"].contains(after) {
                    add(.place, dmz, i + 1, i + 1, .border)
                    i += 2
                    continue
                }
            }
            // Coreference: "the agency", "the ministry", "the North", "she".
            // `QuoteExtractor.cues[key] != nil` and the adverbs, by word class.
            // (Read only for "it", the one word it is asked for: not a copy of the next token at every word.)
            let cueAfterIt = tokens[current].word == wordIt && i + 1 < tokens.count && (tokens[i + 1].isIn(.quoteCue)
                || tokens[i + 1].isIn(.cueAdverb) && i + 2 < tokens.count && tokens[i + 2].isIn(.quoteCue))
            // "It said", "in a statement it said", and after a quote: "..., it said."
            // "The ministry announced that it was halting ...", "Seoul said it would": the subject of the speech verb.
            // ("said on Wednesday it would": a time between the verb and "it" changes nothing.)
            if tokens[current].word == wordIt || tokens[current].word == wordThey, i > 0, !tokens[i - 1].breakAfter,
               Self.speechVerbBefore(tokens, i), subjectBodySentence == sentence(tokens[current].start), let body = subjectBody {
                add(.actor, body, i, i, .coreference)
                i += 1
                continue
            }
            if tokens[current].word == wordIt, cueAfterIt, tokens[current].isCapitalized || i > 0 && (["statement", "report"].contains(tokens[i - 1].key) || tokens[i - 1].breakAfter),
               let body = subjectBody ?? mentions.last(where: { $0.kind == .actor && !$0.quoted && !["person", "state"].contains(kindOf($0.id) ?? "") })?.id {
                // "It said ...": the state or body that last opened a sentence as its subject.
                add(.actor, body, i, i, .coreference)
                i += 1
                continue
            }
            // "It demanded an apology", "It accused Seoul of ...": a sentence that opens with "It"
            // and an act is the body or state that last opened a sentence, within two sentences.
            if tokens[current].word == wordIt, tokens[current].isCapitalized, i + 1 < tokens.count, !tokens[current].breakAfter,
               Self.actsAfterIt.contains(tokens[i + 1].key), let body = subjectBody,
               subjectBodySentence >= sentence(tokens[current].start) - 2 {
                add(.actor, body, i, i, .coreference)
                i += 1
                continue
            }
            // "Moon arrived, where Kim greeted him": "him" is not the subject of its own clause but
            // the person named before it; the clause opens at the sentence or at ", where/who/...".
            if tokens[current].word == wordHim, let person = objectPronoun(at: i) {
                add(.actor, person, i, i, .coreference)
                i += 1
                continue
            }
            // "In Naples, where he was attending the summit, President Clinton offered ...": a
            // pronoun in a clause fronted before the sentence's named subject points forward to
            // it; left unresolved here, so the subject named next is who "he" means later on.
            if tokens[current].word == wordShe || tokens[current].word == wordHe, Self.isCataphoric(tokens, at: i) {
                i += 1
                continue
            }
            // "The prime minister strongly protested": the person last named with that title
            // ("Japanese Prime Minister Junichiro Koizumi"); not before a name or "of".
            if tokens[current].word == wordThe, !titled.isEmpty, !tokens[current].breakAfter, i + 2 < tokens.count {
                let head = tokens[i + 1].isIn(.personTitle) ? i + 1
                    : !tokens[i + 1].breakAfter && tokens[i + 1].isCapitalized == tokens[i + 2].isCapitalized && tokens[i + 2].isIn(.personTitle) ? i + 2 : nil
                if let head, Self.referringTitles.contains(tokens[head].key),
                   !(head + 1 < tokens.count && !tokens[head].breakAfter && (tokens[head + 1].isCapitalized || tokens[head + 1].key == "of")),
                   // (The 60 titled names last read at most, as for the other back-references: linear on a run-on text.)
                   let person = titled.suffix(60).last(where: { $0.head == tokens[head].key && (head == i + 1 || $0.modifier == tokens[i + 1].key) }) {
                    add(.actor, person.id, i, head, .coreference)
                    i = head + 1
                    continue
                }
            }
            if tokens[current].word == wordThe || tokens[current].word == wordShe || tokens[current].word == wordHe,
               let (id, last) = coreference(tokens, at: i, lastState: lastState, subjectPerson: subjectPerson,
                                            recent: mentions.reversed().lazy.filter { $0.kind == .actor && !$0.quoted }.map(\.id),
                                            kind: kindOf, name: nameOf) {
                add(.actor, id, i, last, .coreference)
                // "the North's military": the state colours what follows, as "North Korea's" does.
                if tokens[last].possessive, kindOf(id) == "state" { modifierState = (id, last) }
                i = last + 1
                continue
            }
            i += 1
        }

        // "Moon's office", "Lee's office": the president's office speaks for the president.
        // (The list is rebuilt only when some actor's possessive comes before "office".)
        if mentions.indices.contains(where: { k in
            mentions[k].kind == .actor && tokens[mentions[k].lastToken].possessive && mentions[k].lastToken + 1 < tokens.count
                && tokens[mentions[k].lastToken + 1].key == "office"
        }) {
        var withOffices: [Mention] = []
        withOffices.reserveCapacity(mentions.count)
        for (index, m) in mentions.enumerated() {
            withOffices.append(m)
            let officeToken = m.lastToken + 1
            guard m.kind == .actor, tokens[m.lastToken].possessive, officeToken < tokens.count, tokens[officeToken].key == "office",
                  let office = presidentialOffice[m.id], index + 1 >= mentions.count || mentions[index + 1].firstToken > officeToken else { continue }
            withOffices.append(Mention(kind: .actor, id: office, start: tokens[officeToken].start, end: tokens[officeToken].end,
                                       sentence: m.sentence, firstToken: officeToken, lastToken: officeToken, how: .office, quoted: m.quoted))
        }
        mentions = withOffices
        }  // (the block above is left at its indentation)

        // Whom each discovered official or body speaks for, from the words around its first
        // naming (only when the article discovered someone).
        var affiliations: [String: String] = [:]
        if !discovered.isEmpty {
            var tried = IDSet()
            for index in mentions.indices where mentions[index].kind == .actor && mentions[index].how == .discovered {
                guard tried.insert(mentions[index].id), let kind = discoveredKinds[mentions[index].id] else { continue }
                let sentenceStart = text.sentences[mentions[index].sentence].lowerBound
                if let body = affiliation(of: index, kind: kind, mentions: mentions, tokens: tokens, sentenceStart: sentenceStart,
                                          state: discoveredStates[mentions[index].id]) {
                    affiliations[mentions[index].id] = body
                    if discovered[mentions[index].id]?.country == nil, let a = gazetteer.actorSlots[body] {
                        discovered[mentions[index].id]?.country = gazetteer.actors[a].country
                    }
                }
            }
        }

        // Assemble per-entity lists in order of first mention.
        // Each entity's spans by its slot: one lookup a mention.
        var actorOrder: [String] = []
        var actorSpans: [[ExtractedArticle.Span]] = []
        var actorSlot = IDMap<Int>()
        var placeOrder: [String] = []
        var placeSpans: [[ExtractedArticle.Span]] = []
        var placeSlot = IDMap<Int>()
        // (The mentions read in place, through the array's buffer: `for m in mentions` copied each whole.)
        mentions.withUnsafeBufferPointer { mentions in
        for k in mentions.indices {
            let span = ExtractedArticle.Span(start: mentions[k].start, end: mentions[k].end)
            switch mentions[k].kind {
            case .actor:
                let slot = actorSlot.value(of: mentions[k].id, addingIfAbsent: actorOrder.count)
                if slot < actorOrder.count {
                    actorSpans[slot].append(span)
                } else {
                    actorOrder.append(mentions[k].id)
                    actorSpans.append(Self.spans(span))
                }
            case .place:
                let slot = placeSlot.value(of: mentions[k].id, addingIfAbsent: placeOrder.count)
                if slot < placeOrder.count {
                    placeSpans[slot].append(span)
                } else {
                    placeOrder.append(mentions[k].id)
                    placeSpans.append(Self.spans(span))
                }
            }
        }
        }  // withUnsafeBufferPointer (the body above is left at its indentation)
        let actors: [ExtractedArticle.Actor] = zip(actorOrder, actorSpans).map { id, spans in
            // The record's fields read in place (`actor(_:)` copies all of it).
            if let a = gazetteer.actorSlots[id] {
                return ExtractedArticle.Actor(id: id, name: gazetteer.actors[a].name, kind: gazetteer.actors[a].kind,
                                              country: gazetteer.actors[a].country, aliases: gazetteer.actors[a].aliases,
                                              mentions: spans, origin: "gazetteer")
            }
            var d = discovered[id]!
            d.mentions = spans
            return d
        }
        let places: [ExtractedArticle.Place] = zip(placeOrder, placeSpans).compactMap { id, spans in
            guard let p = gazetteer.placeSlots[id] else { return nil }
            return ExtractedArticle.Place(id: id, name: gazetteer.places[p].name, kind: gazetteer.places[p].kind,
                                          country: gazetteer.places[p].country, lat: gazetteer.places[p].lat, lon: gazetteer.places[p].lon,
                                          mentions: spans, origin: "gazetteer")
        }
        return Result(actors: actors, places: places, mentions: mentions, tokens: tokenArray, demonyms: demonymUses,
                      affiliations: affiliations)
    }

    /// The end of a wire dateline that opens the body ("SEOUL, Sept. 7 (Yonhap) --",
    /// "PYONGYANG (AP) —", "WASHINGTON -"): a word in capitals, then at most 40 characters
    /// (a date, the agency in brackets) and a dash between spaces. Nil when the body opens otherwise.
    static func datelineEnd(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\n" { i += 1 }
        let wordStart = i
        while i < s.count, (s[i].value >= 0x41 && s[i].value <= 0x5A) || (i > wordStart && (s[i] == " " || s[i] == "-" || s[i] == ".")
                                                                             && i + 1 < s.count && s[i + 1].value >= 0x41 && s[i + 1].value <= 0x5A) { i += 1 }
        guard i - wordStart >= 3, i < s.count else { return nil }
        // The place ends at a comma, a bracket or the dash itself; prose goes on with a word
        // ("KCNA said on Monday - ..." is no dateline).
        guard s[i] == "," || s[i] == " " && i + 1 < s.count && (s[i + 1] == "(" || s[i + 1] == "-" || s[i + 1] == "\u{2014}" || s[i + 1] == "\u{2013}")
        else { return nil }
        let limit = min(s.count, i + 40)
        while i < limit, s[i] != "\n" {
            if s[i] == " ", i + 2 < s.count, s[i + 1] == "-" && s[i + 2] == "-" || s[i + 1] == "\u{2014}" || s[i + 1] == "\u{2013}"
                || s[i + 1] == "-" && s[i + 2] == " " {
                var end = i + 1
                while end < s.count, s[end] == "-" || s[end] == "\u{2014}" || s[end] == "\u{2013}" || s[end] == " " { end += 1 }
                return end
            }
            i += 1
        }
        return nil
    }

    /// Titles of envoys: the body named before one is where the envoy is posted ("UN ambassador").
    static let envoyTitles: Set<String> = ["ambassador", "envoy", "representative", "delegate"]
    /// Titles of private people: they speak for no body ("activist Park Sang-hak").
    static let privateTitles: Set<String> = ["activist", "defector", "student", "soldier", "tourist", "journalist", "reporter",
                                             "expert", "analyst", "professor", "researcher", "mr", "ms", "mrs", "dr"]
    /// The gazetteer body the discovered actor of `mentions[index]` speaks for: the body named
    /// right before its title ("White House press secretary Sarah Sanders", "a Defence Ministry
    /// spokesman, Brigadier General Cha Young-koo"), the body of its apposition ("Kim Sung-hwan,
    /// who heads South Korea's Foreign Ministry"; "Hwang Won-tak, a senior security aide in
    /// South Korea's presidential office"), the body of a discovered body ("the Supreme Command
    /// of the Korean People's Army"), for a bare "spokesman" the body that spoke in this sentence
    /// or the one before, else the state of its title's modifier. Nil for private people
    /// ("activist", "a fishermen's association") and when nothing names a body.
    func affiliation(of index: Int, kind: String, mentions: [Mention], tokens: TokenBuffer, sentenceStart: Int,
                     state: String?) -> String? {
        let m = mentions[index]
        func isBody(_ id: String) -> Bool { gazetteer.actorKind(id).map { $0 != "person" } ?? false }
        // A mention ending at token `j`, among the few before `index`.
        func mentionEnding(at j: Int) -> Mention? {
            var k = index - 1
            while k >= 0, index - k <= 4 {
                if mentions[k].kind == .actor, mentions[k].lastToken == j { return mentions[k] }
                k -= 1
            }
            return nil
        }
        if kind != "person" {
            // "the Supreme Command of the Korean People's Army": the body it belongs to.
            var j = m.lastToken + 1
            guard j < tokens.count, !tokens[m.lastToken].breakAfter, tokens[j].key == "of" else { return nil }
            j += 1
            if j < tokens.count, tokens[j].key == "the" { j += 1 }
            return mentions[(index + 1)...].prefix(2).first { $0.kind == .actor && $0.firstToken == j && isBody($0.id) }?.id
        }
        // Before the name: titles, ranks and a comma, back to the body that owns the title.
        var titleWords: [String] = []
        var j = m.firstToken - 1
        var commas = 0
        var modifiers = 0
        while j >= 0, m.firstToken - j <= 7, tokens[j].start >= sentenceStart {
            if let owner = mentionEnding(at: j) {
                if titleWords.isEmpty || titleWords.contains(where: Self.privateTitles.contains) { break }
                // "North Korea's UN ambassador": the body before an envoy's title is where he is
                // posted; he speaks for the state that sends him (his title's modifier), if any.
                if titleWords.contains(where: Self.envoyTitles.contains), gazetteer.actorKind(owner.id) == "igo" {
                    return state.flatMap { gazetteer.actorKind($0) == "state" ? $0 : nil } ?? owner.id
                }
                return isBody(owner.id) ? owner.id : nil
            }
            if tokens[j].breakAfter, !tokens[j].possessive {
                // One comma after the title ("a Defence Ministry spokesman, Brigadier General Cha"),
                // none right before the name ("In Seoul, Kim said").
                // ("the North's chief negotiator, Ri Son-gwon": a title may stand before that comma.)
                commas += 1
                if j == m.firstToken - 1 && !tokens[j].isIn(.personTitle) || commas > 1 { break }
            }
            let t = tokens[j]
            if t.isIn(.personTitle) {
                titleWords.append(t.key)
            } else if !t.isCapitalized {
                // A few lower-case words inside the title ("press secretary", "senior security aide",
                // "culture minister"): only once a title word is seen.
                modifiers += 1
                if titleWords.isEmpty || modifiers > 3 { break }
            }
            j -= 1
        }
        // After the name: ", who heads X", ", a senior aide in X", ", chairman of X".
        if tokens[m.lastToken].breakAfter, Self.appositionNamesRole(tokens, at: m.lastToken + 1) {
            var end = m.lastToken + 1
            while end < tokens.count, end - m.lastToken <= 12, !(tokens[end].breakAfter && !tokens[end].possessive) { end += 1 }
            let inClause = mentions[(index + 1)...].prefix(6).filter { $0.kind == .actor && $0.firstToken > m.lastToken && $0.lastToken <= end }
            let heads = inClause.filter { c in isBody(c.id) && !(tokens[c.lastToken].possessive && inClause.contains { $0.firstToken == c.lastToken + 1 }) }
            if let body = heads.last { return body.id }
        }
        guard !titleWords.isEmpty, !titleWords.contains(where: Self.privateTitles.contains) else { return nil }
        // "..., spokesman James Rubin said": the body that spoke in this sentence or the one before.
        if titleWords.contains(where: { $0.hasPrefix("spokes") }) {
            var k = index - 1
            while k >= 0, mentions[k].sentence >= m.sentence - 1 {
                if mentions[k].kind == .actor, !mentions[k].quoted, isBody(mentions[k].id), gazetteer.actorKind(mentions[k].id) != "state" {
                    return mentions[k].id
                }
                k -= 1
            }
        }
        // "South Korean Unification Minister ...": at least the state of the title's modifier.
        return state
    }

    /// The holder of a titled role for `state` on `date`, with the token after the title.
    /// The number of words (one to three) and their ids, 20 bits each (an unknown word's
    /// -1 as 0xFFFFF, which no id of a lexicon of fewer words has).
    static func titleShape(_ ids: some Collection<Lexicon.ID>) -> UInt64 {
        var shape = UInt64(ids.count) << 60
        for (k, id) in ids.enumerated() { shape |= UInt64(UInt32(bitPattern: id) & 0xFFFFF) << UInt64(20 * k) }
        return shape
    }

    /// `gazetteer.actor(id)?.country`, read in place.
    private func countryOf(_ id: String) -> String? {
        gazetteer.actorSlots[id].flatMap { gazetteer.actors[$0].country }
    }

    /// A titled role and its holder, the fields `holders(_:of:on:)` reads (an element
    /// of a struct of them is read in place where a tuple with the role was copied whole).
    struct TitleHolder {
        let holder: String
        let target: String
        /// The country of the role's target (`countryOf(target)`).
        let targetCountry: String?
        let from: PartialDate?
        let to: PartialDate?

        init(_ holder: String, _ role: Gazetteer.Role, _ gazetteer: Gazetteer) {
            self.holder = holder
            target = role.target
            targetCountry = gazetteer.actorSlots[role.target].flatMap { gazetteer.actors[$0].country }
            from = role.from
            to = role.to
        }

        /// `Gazetteer.Role.holds(on:)` of the role.
        func holds(on date: PartialDate) -> Bool {
            if let from, !(from <= date || from.isCompatible(with: date)) { return false }
            if let to, !(date <= to || to.isCompatible(with: date)) { return false }
            return true
        }
    }

    /// Whom a titled role is for: a state itself (or its government), or any body of a country.
    private enum RoleTarget {
        case state(String, government: String)
        case body(country: String)
    }

    /// Of the entries whose role is for `target` and holds on `date`: whether there is any, and
    /// their holder when it is one (a holder listed twice is one). Entries are read in place,
    /// not copied with their role's strings; a method, not a closure (which would copy `self`).
    private func holders(_ entries: [TitleHolder], of target: RoleTarget,
                         on date: PartialDate) -> (any: Bool, sole: String?) {
        // (Through the array's buffer: an element read by subscript here was copied whole, role and all.)
        entries.withUnsafeBufferPointer { entries in
            var any = false
            var sole: String?
            for k in entries.indices {
                let forTarget = switch target {
                case let .state(state, government): entries[k].target == state || entries[k].target == government
                case let .body(country): entries[k].targetCountry == country
                }
                guard forTarget, entries[k].holds(on: date) else { continue }
                if !any {
                    any = true
                    sole = entries[k].holder
                } else if let holder = sole, entries[k].holder != holder {
                    return (true, nil)
                }
            }
            return (any, sole)
        }
    }

    func roleHolder(_ tokens: TokenBuffer, at i: Int, state: String, date: PartialDate?) -> (String, Int)? {
        guard let date else { return nil }
        // Every title opens with a word of class `titleFirstWord`: any other word opens none.
        guard i < tokens.count, tokens[i].isIn(.titleFirstWord) else { return nil }
        for length in stride(from: 3, through: 1, by: -1) where i + length <= tokens.count {
            // (A token has a title word as its key only with that word's id: a run of other ids is no title.)
            if !titleShapes.isEmpty {
                // (`titleShape` of the tokens' ids, without an array.)
                var shape = UInt64(length) << 60
                for k in 0..<length { shape |= UInt64(UInt32(bitPattern: tokens[i + k].word) & 0xFFFFF) << UInt64(20 * k) }
                let at = titleShapes.partitionPoint { $0 >= shape }
                guard at < titleShapes.count, titleShapes[at] == shape else { continue }
            }
            let words = tokens[i..<i + length].map(\.key)
            guard let holders = titles[words] else { continue }
            // A role for the state or its government.
            let government = governmentOf[state] ?? state
            let forState = self.holders(holders, of: .state(state, government: government), on: date)
            if let sole = forState.sole { return (sole, i + length) }
            // "South Korea's unification minister": else a role in one of the state's bodies.
            // (Countries read in place: `actor(_:)` copies the whole record, roles and all.)
            guard !forState.any, let country = countryOf(state) else { continue }
            if let sole = self.holders(holders, of: .body(country: country), on: date).sole {
                return (sole, i + length)
            }
        }
        return nil
    }

    /// Two or three capitalised name parts from token `i` ("Cho Myoung-gyon",
    /// "Ri Son Gwon"): the index of the last token and the name as written.
    func personName(_ tokens: TokenBuffer, _ text: ArticleText, from i: Int) -> (Int, String)? {
        var parts = 0
        var j = i
        var lastToken = i
        while j < tokens.count, parts < 3 {
            guard tokens[j].isCapitalized, tokens[j].key.unicodeScalars.allSatisfy({ $0.isAlphabeticFast }) else { break }
            if names.longestMatch(tokens, at: j) != nil, parts == 0 { return nil }
            // A name does not open with a title: "Unification Minister Chun", "General Ban".
            if parts == 0, tokens[j].isIn([.personTitle, .officeWord]) { return nil }
            // Nor holds one: "Chief [Cabinet Secretary] Hiromu Nonaka" is titled, the name comes after.
            if parts > 0, tokens[j].isIn(.personTitle) { return nil }
            // Nor with a sentence's opening adverb: "Later Jon Kuk-man, who heads ...".
            // (`openingAdverbs.contains(key)`, by word class.)
            if parts == 0, tokens[j].isIn(.openingAdverb) { return nil }
            if tokens[j].isIn(.stopName) { break }
            var k = j
            while tokens[k].hyphenAfter, k + 1 < tokens.count { k += 1 }
            parts += 1
            lastToken = k
            if tokens[k].breakAfter { break }
            j = k + 1
        }
        guard parts >= 2 else { return nil }
        let name = text.slice(tokens[i].start..<tokens[lastToken].end)
        return (lastToken, name)
    }

    /// Capitalised words ending in an organisation word ("Korea Institute for
    /// National Unification", "Ministry of Oceans and Fisheries").
    func organizationName(_ tokens: TokenBuffer, _ text: ArticleText, from i: Int) -> (Int, String)? {
        var j = i
        var lastHead: Int?
        var count = 0
        while j < tokens.count, count < 8 {
            if tokens[j].isCapitalized {
                if tokens[j].isIn(.orgHead) { lastHead = j }
            } else if !tokens[j].isIn(.connector) {
                break
            }
            count += 1
            if tokens[j].breakAfter { break }
            j += 1
        }
        guard let head = lastHead, head > i || Self.orgHeads.contains(tokens[i].key) && head + 1 < tokens.count && tokens[head + 1].key == "of" else {
            return nil
        }
        guard head - i >= 1 else { return nil }
        if tokens[i].isIn(.stopName) { return nil }
        return (head, text.slice(tokens[i].start..<tokens[head].end))
    }

    static let stopNames: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                         "january", "february", "march", "april", "may", "june", "july", "august",
                                         "september", "october", "november", "december", "but", "and", "in", "on", "at",
                                         "after", "before", "when", "while", "as", "if", "it", "he", "she", "they", "we",
                                         "i", "following", "during", "since", "under", "however", "meanwhile", "experts",
                                         "observers", "researchers", "analysts", "officials"]

    /// `recent`: earlier actor mentions, most recent first, as (id, kind, name).
    /// Every word the switch of `coreference` names after "the" (the class `theCorefHead`).
    static let theCorefHeads = ["north", "south", "agency", "ministry", "committee", "assembly", "command", "council", "party",
                                "army", "navy", "court", "company", "group", "commission", "office", "agency's", "country",
                                "nation", "regime", "government"]

    /// `recent`: the ids of the actors named so far, last first; `kind` and `name` give an id's
    /// kind and name, asked only where a test reads them (not for every actor passed over).
    func coreference(_ tokens: TokenBuffer, at i: Int, lastState: String?, subjectPerson: String?,
                     recent: some Sequence<String>, kind kindOf: (String) -> String?, name nameOf: (String) -> String) -> (String, Int)? {
        let t = tokens[i]
        // (The 60 actors named last at most: a back-reference reaches a few sentences, and a
        // run-on text of thousands of names stays linear.)
        func lastActor(_ predicate: (String) -> Bool) -> String? {
            recent.prefix(60).first(where: predicate)
        }
        func kind(_ id: String) -> String { kindOf(id) ?? "" }
        // "the 25-year-old told reporters": the person the sentence before was about.
        if t.key == "the", i + 4 < tokens.count, tokens[i + 1].key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           tokens[i + 2].key == "year", tokens[i + 3].key == "old", !tokens[i + 3].breakAfter,
           QuoteExtractor.cues[tokens[i + 4].key] != nil {
            return (subjectPerson ?? lastActor({ kind($0) == "person" })).map { ($0, i + 3) }
        }
        if t.key == "the", !t.breakAfter, i + 1 < tokens.count {
            let n = tokens[i + 1]
            // (A word that no case below names, by its class: no string comparisons with each case.)
            guard n.isIn(.theCorefHead) else { return nil }
            switch n.key {
            case "north" where n.isCapitalized && !(i + 2 < tokens.count && ["korea", "korean", "koreans"].contains(tokens[i + 2].key) && !n.breakAfter):
                return gazetteer.actor("north-korea") != nil ? ("north-korea", i + 1) : nil
            case "south" where n.isCapitalized && !(i + 2 < tokens.count && ["korea", "korean", "koreans"].contains(tokens[i + 2].key) && !n.breakAfter):
                return gazetteer.actor("south-korea") != nil ? ("south-korea", i + 1) : nil
            case "agency":
                return lastActor({ kind($0) == "media" }).map { ($0, i + 1) }
            case "ministry":
                return lastActor({ nameOf($0).lowercased().contains("ministry") }).map { ($0, i + 1) }
            case "committee":
                return lastActor({ nameOf($0).lowercased().contains("committee") }).map { ($0, i + 1) }
            case "assembly", "command", "council", "party", "army", "navy", "court", "company", "group", "commission", "office", "agency's":
                return lastActor({ kind($0) != "person" && nameOf($0).lowercased().split(separator: " ").contains(Substring(n.key)) }).map { ($0, i + 1) }
            case "country", "nation":
                return lastState.map { ($0, i + 1) }
            case "regime", "government":
                return lastState.flatMap { governmentOf[$0] }.map { ($0, i + 1) }
            default:
                return nil
            }
        }
        // (Two comparisons: an array literal here was allocated at each call.)
        if t.key == "she" || t.key == "he" {
            // "She" is the last woman named when the gazetteer records one among the recent
            // actors; "he" is never a person recorded as a woman (nor "she" one recorded as a man).
            if t.key == "she", let woman = lastActor({ kind($0) == "person" && gazetteer.gender(of: $0) == "female" }) {
                return (woman, i)
            }
            let other = t.key == "she" ? "male" : "female"
            if let s = subjectPerson, gazetteer.gender(of: s) != other { return (s, i) }
            return lastActor({ kind($0) == "person" && gazetteer.gender(of: $0) != other }).map { ($0, i) }
        }
        return nil
    }

    /// An id for a discovered name: lower case ASCII words joined by hyphens.
    static func slug(_ name: String) -> String {
        // ASCII (the common case) on bytes: the same letters and digits, lower-cased, joined by single hyphens.
        if let ascii = name.withUTF8Bytes({ bytes -> String? in
            guard bytes.isASCII(prefix: bytes.count) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                var dash = false
                for b in bytes {
                    if NameIndex.isWordByte(b) {
                        if dash, n > 0 { out[n] = 0x2D; n += 1 }
                        dash = false
                        out[n] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                        n += 1
                    } else {
                        dash = true
                    }
                }
                return n
            }
        }) {
            return ascii
        }
        var out = String.UnicodeScalarView()
        var dash = false
        for scalar in name.unicodeScalars {
            if scalar.value < 128, WordTokenizer.isWordScalar(scalar) {
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if scalar.value >= 128, scalar.properties.isAlphabetic {
                // Non-ASCII letters: keep their position with a hex code so ids stay ASCII and distinct.
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.append(contentsOf: "u\(String(scalar.value, radix: 16))".unicodeScalars)
            } else {
                dash = true
            }
        }
        return String(out)
    }
}
