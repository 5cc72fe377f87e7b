/// Codes events in CAMEO from verb + object patterns, sentence by sentence:
/// the trigger, the source (the actor before it, or after "by"), the target
/// (the actor after it), the place, the date and the modality. No pattern, no
/// event: there is no fallback code.
struct EventCoder {
    let patterns: EventPatterns
    let codebook: Codebook
    let gazetteer: Gazetteer
    /// The state of each actor that belongs to one (by its country code).
    let stateOf: SharedIDMap<String>
    /// Country code -> state id.
    let stateOfCountry: SharedIDMap<String>
    /// The other Korea: an inter-Korean act whose sentence names no target is
    /// aimed at the other side.
    static let counterpart = SharedIDMap(["north-korea": "south-korea", "south-korea": "north-korea"])
    /// What the coder asks of each pattern's code, worked out once (by pattern index).
    let patternInfo: [PatternInfo]
    /// The codes `patternInfo` points to.
    let codes: [Coded]
    /// CAMEO 044: a meeting in a state neither party belongs to ("met in Singapore").
    let meetingAtThirdLocation: Coded?
    /// Government id -> the party it stands for in `party(_:)`: its state (or itself when stateless).
    let partyOf: SharedIDMap<String>
    /// Place id -> `placeRank` of its kind (9 for a kind without one): one lookup where the
    /// place's kind and then its rank were two.
    let placeRankOf: SharedIDMap<Int>

    init(patterns: EventPatterns, codebook: Codebook, gazetteer: Gazetteer) {
        self.patterns = patterns
        self.codebook = codebook
        self.gazetteer = gazetteer
        var stateOfCountry: [String: String] = [:]
        for actor in gazetteer.actors where actor.kind == "state" {
            if let country = actor.country, stateOfCountry[country] == nil { stateOfCountry[country] = actor.id }
        }
        var stateOf: [String: String] = [:]
        for actor in gazetteer.actors {
            // Stateless groups (defectors) have no country and so no implied counterpart.
            guard let country = actor.country, let state = stateOfCountry[country] else { continue }
            stateOf[actor.id] = state
        }
        self.stateOf = SharedIDMap(stateOf)
        self.stateOfCountry = SharedIDMap(stateOfCountry)
        var partyOf: [String: String] = [:]
        // By `actorIndex`, as `actorKind(_:)` reads the record an id stands for.
        for (id, index) in gazetteer.actorIndex where gazetteer.actors[index].kind == "government" { partyOf[id] = stateOf[id] ?? id }
        self.partyOf = SharedIDMap(partyOf)
        var placeRankOf: [String: Int] = [:]
        for place in gazetteer.places {
            guard let p = gazetteer.placeSlots[place.id] else { continue }
            placeRankOf[place.id] = Self.placeRank[gazetteer.places[p].kind] ?? 9
        }
        self.placeRankOf = SharedIDMap(placeRankOf)
        var codes: [Coded] = []
        // A bare proposal, a refusal ("refused to sign an agreement"), an admission ("admitted that
        // agents had abducted citizens") and an accusation ("accused North Korea of threatening the
        // armistice") have a content, as a demand has, that is no event of its own.
        self.patternInfo = patterns.patterns.map { p in
            let content = p.code.hasPrefix("112") || (p.objects.isEmpty ? ["030", "120", "125"].contains(p.code) : p.objects == ["that"])
            return PatternInfo(p.code, codebook, &codes, proposal: content)
        }
        self.codes = codes
        self.meetingAtThirdLocation = Coded("044", codebook)
    }

    /// A code as events carry it: its codebook entry and its description in lower case (for summaries).
    /// (Classes, `Coded` and `PatternInfo`: read out of their arrays in `event(for:)`, a struct
    /// was copied whole, each string retained; a reference is one retain.)
    final class Coded: Sendable {
        let code: String
        let entry: Codebook.Entry
        let description: String
        let isVisit: Bool
        /// The root is a statement, an appeal, an intent or a demand (01, 02, 03, 10): dated by when it was said.
        let saidRoot: Bool
        /// The root is hostile (13, 15, 18, 19, 20): not aimed at one's own state.
        let hostileRoot: Bool

        init?(_ code: String, _ codebook: Codebook) {
            guard let entry = codebook[code] else { return nil }
            self.code = code
            self.entry = entry
            self.description = entry.description.lowercased()
            self.isVisit = code == "042"
            // (Worked out once: a list literal tested in `event(for:)` was an array on the heap per event.)
            self.saidRoot = ["01", "02", "03", "10"].contains(entry.root)
            self.hostileRoot = ["13", "15", "18", "19", "20"].contains(entry.root)
        }
    }

    /// A pattern's code and the codes an event of it may take, as `event(for:)`
    /// and `code` derive them from the code (all pure functions of it).
    final class PatternInfo: Sendable {
        /// The pattern's code: the act.
        let code: String
        /// `(codebook[code]?.quadClass ?? 4) <= 2`
        let cooperative: Bool
        /// The code is a threat (13x).
        let isThreat: Bool
        /// A demand or an appeal (10x, 02x).
        let asks: Bool
        /// `EventCoder.generic.contains(code)`
        let generic: Bool
        /// The bare threat, 130.
        let bareThreat: Bool
        /// The act asserted, threatened (`threatCode(for:)`) and intended (`intentCode(for:)`), as
        /// indices into `codes`; nil where the codebook lacks it.
        let asserted: Int?
        let threatened: Int?
        let intended: Int?
        /// A refusal of this cooperative act ("would not sit down for talks": 125; else 120), nil otherwise.
        let refused: Int?
        /// The denial of this act ("denied firing the shells": 016, deny responsibility).
        let deniedAct: Int?
        /// Force spent on the sea ("fired 200 artillery rounds into waters near the islands"): a
        /// show of force (150), for the roots of force (19, 18).
        let shownForce: Int?
        /// `intentCode(for:) != nil`
        let hasIntent: Bool
        /// What a threat of this act threatens (the `threatened` field).
        let threatenedAct: String?
        /// `codebook[code]?.description.lowercased() ?? code`
        let description: String

        /// `proposal`: the pattern is a bare proposal ("proposed that the two sides stop
        /// hostile acts"), a refusal or an admission, whose content is what is proposed,
        /// refused or admitted, as a demand's is.
        init(_ code: String, _ codebook: Codebook, _ codes: inout [Coded], proposal: Bool = false) {
            func index(_ coded: Coded?) -> Int? {
                guard let coded else { return nil }
                codes.append(coded)
                return codes.count - 1
            }
            self.code = code
            cooperative = (codebook[code]?.quadClass ?? 4) <= 2
            isThreat = code.hasPrefix("13")
            // (A denial's content too: "denied that any shell had been fired" is no firing.)
            asks = code.hasPrefix("10") || code.hasPrefix("02") || code == "036" || code == "016" || proposal
            generic = EventCoder.generic.contains(code)
            bareThreat = code == "130"
            asserted = index(Coded(code, codebook))
            threatened = index(Coded(EventCoder.threatCode(for: code), codebook))
            let intent = EventCoder.intentCode(for: code)
            intended = index(intent.flatMap { Coded($0, codebook) })
            hasIntent = intent != nil
            refused = cooperative ? index(Coded(code.hasPrefix("03") || code.hasPrefix("04") ? "125" : "120", codebook)) : nil
            deniedAct = index(Coded("016", codebook))
            shownForce = code.hasPrefix("19") || code.hasPrefix("18") ? index(Coded("150", codebook)) : nil
            threatenedAct = code.hasPrefix("13") ? (code.hasPrefix("138") ? "190" : nil) : code
            description = codebook[code]?.description.lowercased() ?? code
        }
    }

    /// The word lists the coder tests tokens against, as word classes for the
    /// lexicon its tokens are read with (`Extractor` registers them).
    static func wordClasses(_ patterns: EventPatterns) -> [(words: [String], wordClass: WordClass)] {
        [
            (threatWords.sorted(), .threat), (vowWords.sorted(), .vow), (promiseWords.sorted(), .promise),
            (passiveMarkers.sorted(), .passiveMarker), (conjunctions.sorted(), .conjunction), (speechVerbs.sorted(), .speechVerb),
            (adverbs.sorted(), .adverb), (auxiliaries.sorted(), .auxiliary), (determiners.sorted(), .determiner),
            (prepositions.sorted(), .preposition), (irregularParticiples.sorted(), .irregularParticiple), (dateWords.sorted(), .dateWord),
            (patterns.characterizations.verbs.sorted(), .characterizationVerb),
            (relativePronouns, .relativePronoun), (nounPhraseOpeners, .nounPhraseOpener), (["would", "will"], .willOrWould),
            (planWords, .planWord), (denials, .denial), (visitPrepositions, .visitPreposition), (["and", "then"], .coordinator),
            (["and"], .wordAnd), (["to"], .wordTo), (["by"], .wordBy), (["between"], .wordBetween), (["if"], .wordIf),
            (["unless"], .wordUnless), (patterns.byFirstWord.keys.sorted(), .phraseFirstWord),
            (relativeDateWords.sorted(), .relativeDateWord), (clauseBreaks.sorted(), .clauseBreak),
            (illnessModifiers.sorted(), .illnessModifier),
            (patterns.characterizations.negative.sorted(), .negativeWord), (patterns.characterizations.positive.sorted(), .positiveWord),
            (demandOrWarningWords.sorted(), .demandOrWarning), (["that", "warning"], .objectStop),
            (claimVerbs.sorted(), .claimVerb), (["assault", "attack", "strike"], .weaponKindAct), (weaponNouns.sorted(), .weaponNoun),
            (numberWords.filter { $0.value > 1 }.keys.sorted(), .numberAboveOne), (hostedThings.sorted(), .hostedThing),
            (withheldWords.sorted(), .withheldWord), (["from"], .wordFrom),
            (determinersBeforeName.sorted(), .determinerBeforeName), (adverbialOpeners.sorted(), .adverbialOpener),
        ]
    }
    /// Unions of classes that `event(for:)` tests, as constants: written there as literals they were
    /// arrays on the heap at each test (the variadic initialiser left a call), two per event.
    static let adverbOrAuxiliary: WordClass = [.adverb, .auxiliary]
    static let beforeReducedRelative: WordClass = [.auxiliary, .passiveMarker, .adverb, .wordAnd, .preposition, .determiner]
    static let relativePronouns = ["who", "which", "that", "whom"]
    static let nounPhraseOpeners = ["the", "a", "an", "this", "that", "its", "their", "his", "her"]
    /// Words before an act that make it planned or offered, not done: "will visit", "offered to
    /// send a delegation", "was willing to meet" (a cooperative act so marked is coded as the
    /// intent CAMEO has for it: 036 for a meeting).
    static let planWords = ["would", "will", "plans", "planned", "plan", "intends", "intend", "intended", "going", "offered", "offers",
                            "proposed", "proposes", "willing", "ready", "prepared", "wants", "wanted", "hopes", "hoped", "aims",
                            "wish", "desire", "willingness", "readiness", "intention"]
    static let denials = ["denied", "denies", "never", "not"]
    static let visitPrepositions = ["into", "to", "in"]

    /// Words a time or place adverbial may open with: "agreed on Saturday to resume",
    /// "agreed at Panmunjom on July 26 to hold", "agreed early on Tuesday to step back".
    static let adverbialOpeners: Set<String> = dateWords.union(["at", "in", "on", "early", "late", "last", "this"])
    /// Time words an adverbial may hold besides `dateWords`.
    static let adverbialTimeWords: Set<String> = ["early", "late", "last", "this", "next", "morning", "afternoon", "evening", "night"]

    /// The index after a time or place adverbial that starts at `i` ("on Saturday", "at
    /// Panmunjom on July 26", "in Seoul on Wednesday morning", "early on Tuesday"), nil when
    /// none does: at most eight words, no punctuation between them, each a time word, a
    /// number, or "at/in/on" with a capitalized name, a time word or a number after it.
    static func adverbialEnd(_ tokens: TokenBuffer, from i: Int, in range: Range<Int>) -> Int? {
        guard i < range.upperBound, tokens[i].isIn(.adverbialOpener) else { return nil }
        var j = i
        // After "at/in/on" (and "the"): something must follow.
        var open = false
        while j < min(range.upperBound, i + 8), !tokens[j].breakAfter {
            let t = tokens[j]
            if t.key == "at" || t.key == "in" || t.key == "on" {
                guard !open else { return nil }
                open = true
            } else if t.key == "the" {
                guard open else { break }
            } else if t.isIn(.dateWord) || adverbialTimeWords.contains(t.key) || t.key.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true
                        || open && t.isCapitalized || j > i && t.isCapitalized && tokens[j - 1].isCapitalized {
                open = false
            } else {
                break
            }
            j += 1
        }
        return j > i && !open ? j : nil
    }

    struct Trigger {
        let pattern: Int
        let first: Int
        let last: Int
        let nominal: Bool
    }

    static let threatWords: Set<String> = ["threaten", "threatened", "threatens", "threatening", "threat", "threats"]
    /// Words that make a hostile act after them a threat: "vowed to retaliate", "will not hesitate to impose sanctions".
    static let vowWords: Set<String> = ["vowed", "vows", "vow", "vowing", "hesitate"]
    /// Words that make the act after "to" a promise: "agreed to hold talks".
    static let promiseWords: Set<String> = ["agreed", "agree", "agrees", "agreeing", "pledged", "pledge", "pledges", "promised", "promise",
                                            "promises", "vowed", "vow", "vows", "offered", "offer", "offers", "decided", "decide",
                                            "intend", "intends", "intended", "planned", "plans", "plan", "expected", "expects", "hopes",
                                            "hoped", "wants", "wanted", "seek", "seeks", "sought"]
    static let passiveMarkers: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]
    static let conjunctions: Set<String> = ["since", "after", "before", "until"]
    static let speechVerbs: Set<String> = ["said", "says", "saying", "told", "tells", "telling", "announced", "reported", "claimed",
                                           "added", "stated", "insisted", "noted", "confirmed", "argued", "explained", "concluded",
                                           "alleged", "believes", "believed", "quoted", "according"]
    static let adverbs: Set<String> = ["also", "later", "reportedly", "then", "allegedly", "already", "previously", "eventually",
                                       "officially", "formally", "subsequently", "initially", "finally", "once", "first", "again",
                                       "immediately", "quickly", "secretly", "jointly", "briefly", "partly", "largely", "effectively"]
    static let auxiliaries: Set<String> = ["has", "have", "had", "will", "would", "was", "were", "is", "are", "did", "does", "do",
                                           "could", "can", "may", "might", "should", "shall", "must"]
    /// Words before a noun: a verb form after them is a noun ("the sinking", "their attack").
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                                           "any", "every", "no", "further", "such"]

    /// The word that opens a noun phrase ending before `index`: the token before,
    /// skipping up to two lower-case modifiers ("its third nuclear", "the new").
    static func nounPhraseHead(_ tokens: TokenBuffer, before index: Int, in range: Range<Int>) -> Int? {
        var i = index - 1
        var skipped = 0
        while i >= range.lowerBound {
            if tokens[i].possessive || tokens[i].isIn(.determiner) && !tokens[i].breakAfter { return i }
            if tokens[i].breakAfter { return nil }
            guard skipped < 2, !tokens[i].isCapitalized, !tokens[i].isIn([.preposition, .auxiliary, .passiveMarker, .wordAnd]) else { return i }
            skipped += 1
            i -= 1
        }
        return nil
    }

    /// The index of one of `nouns` standing as the subject just before a verb at
    /// `index` ("the talks collapsed", "their second summit broke down", "talks
    /// between the two sides were held"): at most sixteen words before ("Talks between North Korea and
    /// the United States are due to resume"), no comma between.
    static func subjectNoun(_ tokens: TokenBuffer, before index: Int, in range: Range<Int>, nouns: Set<String>) -> Int? {
        var i = index - 1
        while i >= range.lowerBound, index - i <= 16, !tokens[i].breakAfter || i == index - 1 && !tokens[i].sentenceEnd {
            if nouns.contains(tokens[i].key) { return i }
            i -= 1
        }
        return nil
    }

    /// Modifiers a noun phrase may have between its determiner and an -ing noun.
    static let nounModifiers: Set<String> = ["cabinet", "emergency", "weekly", "annual", "regular", "party", "summit", "first",
                                             "second", "third", "fourth", "fifth", "last", "planned", "joint", "secret", "brief",
                                             "rare", "surprise", "recent", "latest", "deadly", "fatal", "new", "further", "final",
                                             "ministerial", "plenary", "military", "council", "leadership", "politburo",
                                             "urgent", "national", "security", "defense", "defence", "foreign", "trilateral",
                                             "bilateral", "general", "extraordinary", "special", "expanded", "enlarged"]

    /// True when a determiner or a possessive opens a noun phrase that reaches
    /// `index` over one to three modifiers: numbers, month names, parts of a
    /// hyphenated word ("year-end") or the usual noun modifiers ("cabinet").
    static func insideNounPhrase(_ tokens: TokenBuffer, before index: Int, in range: Range<Int>) -> Bool {
        var i = index - 1
        var skipped = 0
        while i >= range.lowerBound, skipped <= 3, !tokens[i].breakAfter || tokens[i].possessive {
            if skipped > 0, tokens[i].possessive || tokens[i].isIn(.determiner) { return true }
            let key = tokens[i].key
            let number = key.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
            let hyphenated = tokens[i].hyphenAfter || i > range.lowerBound && tokens[i - 1].hyphenAfter
            guard number || hyphenated || DateScanner.months[key] != nil || nounModifiers.contains(key) else { return false }
            skipped += 1
            i -= 1
        }
        return false
    }

    static let venuePrepositions: Set<String> = ["during"]
    static let nounTargetPrepositions: Set<String> = ["on", "against", "at", "to", "toward", "towards", "into", "of", "with", "over"]

    /// Words that open a subordinate or relative clause: a target is not looked for past them.
    /// ("after", "before", "since" and "until" are prepositions too, and a threat names its target after "if"
    /// or "unless": they do not count.)
    static let clauseBreaks: Set<String> = ["when", "while", "because", "although", "though", "which", "who",
                                            "whom", "whose", "where", "whereas"]

    /// "defectors who send leaflets": a trigger in a relative clause is not the
    /// verb a later coordinated verb shares its subject with.
    static func inRelativeClause(_ trigger: Trigger, _ tokens: TokenBuffer, sentence: Range<Int>) -> Bool {
        var i = trigger.first - 1
        var steps = 0
        while i >= sentence.lowerBound, steps < 3 {
            if tokens[i].isIn(.relativePronoun) { return true }
            guard tokens[i].isIn([.adverb, .auxiliary]) else { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// The token before `index` once adverbs are skipped ("was also convicted": "was").
    static func skippingAdverbs(_ tokens: TokenBuffer, before index: Int, in range: Range<Int>) -> Int? {
        var i = index - 1
        while i >= range.lowerBound, tokens[i].isIn(.adverb), !tokens[i].breakAfter { i -= 1 }
        return i >= range.lowerBound && !tokens[i].breakAfter ? i : nil
    }
    static let generic: Set<String> = ["010", "020"]
    static let prepositions: Set<String> = ["in", "at", "with", "to", "from", "of", "for", "against", "on", "near", "between", "by",
                                            "than", "about", "into", "across", "over", "toward", "towards", "under", "after",
                                            "before", "since", "during", "like", "inside", "outside", "within"]

    static let irregularParticiples: Set<String> = ["set", "cut", "shut", "put", "hit", "built", "sent", "held", "shot", "blown",
                                                    "torn", "thrown", "seen", "made", "taken", "given", "struck", "broken", "beaten",
                                                    "frozen", "withdrawn", "begun", "flown", "won", "led", "met", "kept", "brought",
                                                    "sunk", "stolen", "hidden", "driven", "fought", "caught", "sold", "told", "hurt"]

    /// "destroyed", "blown", "set": the form after "was"/"were" in the passive voice.
    /// (`key.hasSuffix("ed") || irregularParticiples.contains(key)`, by word class.)
    @inline(__always)
    static func isParticiple(_ token: WordToken) -> Bool {
        token.isIn([.irregularParticiple, .endsInED])
    }

    static let placeRank: [String: Int] = ["facility": 0, "zone": 1, "island": 2, "road": 3, "border": 4, "county": 5,
                                           "city": 6, "region": 7, "sea": 8, "country": 9]

    func code(_ text: ArticleText, _ tokens: [WordToken], _ mentions: [Mention], published: PartialDate?,
              demonyms: [(state: String, lastToken: Int)] = [],
              quotes: [ExtractedArticle.Quote] = []) -> [ExtractedArticle.Event] {
        tokens.withUnsafeBufferPointer { code(text, $0, mentions, published: published, demonyms: demonyms, quotes: quotes) }
    }

    /// `code` with the tokens read in place (see `TokenBuffer`).
    func code(_ text: ArticleText, _ tokens: TokenBuffer, _ mentions: [Mention], published: PartialDate?,
              demonyms: [(state: String, lastToken: Int)], quotes: [ExtractedArticle.Quote]) -> [ExtractedArticle.Event] {
        var demonymIndex = 0
        // Quotes with a speaker, in text order: "we" in "We strongly urge North Korea" is who speaks.
        let spoken = quotes.compactMap { q in q.speaker.flatMap { s in q.start.flatMap { a in q.end.map { (start: a, end: $0, speaker: s) } } } }
        var quoteIndex = 0
        /// The last date a sentence with events gave, and that sentence.
        var lastDated: (date: PartialDate, sentence: Int)?
        var events: [ExtractedArticle.Event] = []
        events.reserveCapacity(text.sentences.count)
        var tokenIndex = 0
        var mentionIndex = 0
        // The states the article's actors belong to: the other Korea is assumed
        // as a target only when the article speaks of it at all.
        // (A short list, not a set: an article names a handful of states, compared without hashing.)
        // (Named as such: an event's source and target are among the article's actors.)
        var statesMentioned: [String] = []
        var named = IDSet()
        // (Mentions read in place, through the array's buffer: its getter copied each mention whole.)
        mentions.withUnsafeBufferPointer { mentions in
        for k in mentions.indices {
            // A country named as a place ("visited North Korea") names its state too.
            let id = mentions[k].kind == .actor ? mentions[k].id
                : gazetteer.placeSlots[mentions[k].id].flatMap { p in
                    // (The place's kind and country read in place: `place(_:)` copies the record.)
                    gazetteer.places[p].kind == "country" ? gazetteer.places[p].country.flatMap { stateOfCountry[$0] } : nil }
            // (An id named before was looked up in `counterpart` then: only a new one is.)
            guard let id, named.insert(id) else { continue }
            if Self.counterpart[id] != nil, !statesMentioned.contains(id) { statesMentioned.append(id) }
        }
        }  // withUnsafeBufferPointer (the body above is left at its indentation)
        for (sentenceNumber, range) in text.sentences.enumerated() {
            // Tokens and mentions of this sentence.
            while tokenIndex < tokens.count, tokens[tokenIndex].start < range.lowerBound { tokenIndex += 1 }
            var end = tokenIndex
            while end < tokens.count, tokens[end].start < range.upperBound { end += 1 }
            let sentenceTokens = tokenIndex..<end
            while mentionIndex < mentions.count, mentions[mentionIndex].start < range.lowerBound { mentionIndex += 1 }
            var mentionEnd = mentionIndex
            while mentionEnd < mentions.count, mentions[mentionEnd].start < range.upperBound { mentionEnd += 1 }
            let local = mentions[mentionIndex..<mentionEnd]
            tokenIndex = end
            mentionIndex = mentionEnd
            guard !sentenceTokens.isEmpty else { continue }

            var triggers = self.triggers(tokens, in: sentenceTokens, mentions: local)
            triggers = withCharacterizations(triggers, tokens, in: sentenceTokens, mentions: local, text: text, range: range)
            // What a demand or an appeal asks for is its content, not an event:
            // "demanded that Pyongyang apologise" is one demand, not an apology.
            let patternInfo = self.patternInfo
            // Clause boundaries of the sentence: ", and" / ", but" (a new clause of the same sentence).
            var clauseBreaks: [Int] = []
            if triggers.count > 1 {
                for k in sentenceTokens where tokens[k].breakAfter && k + 1 < sentenceTokens.upperBound
                    && (tokens[k + 1].isIn(.wordAnd) || tokens[k + 1].key == "but") {
                    clauseBreaks.append(k)
                }
            }
            func clause(_ token: Int) -> Int { clauseBreaks.partitionPoint { $0 >= token } }
            // Every ask in turn ("urged the North to send athletes, and proposed that the two
            // sides stop hostile acts": two asks, each with its own content).
            var a = 0
            while a < triggers.count {
                if patternInfo[triggers[a].pattern].asks {
                    let askEnd = triggers[a].last
                    // Up to the first sentence end, ", and" or subordinate clause ("agreed to resume talks
                    // after three officials flew to the South": the flight is no content) after the ask.
                    // An ask inside a relative clause ("Washington, which has accused Moscow of seeking
                    // ammunition, said ...") ends with the clause, at its comma.
                    let relative = Self.inRelativeClause(triggers[a], tokens, sentence: sentenceTokens)
                    let boundary = (askEnd..<sentenceTokens.upperBound).first { tokens[$0].sentenceEnd || relative && tokens[$0].breakAfter && !tokens[$0].possessive
                        || (tokens[$0].breakAfter && $0 + 1 < tokens.count && tokens[$0 + 1].isIn(.wordAnd))
                        || $0 + 1 < sentenceTokens.upperBound && (tokens[$0 + 1].isIn(.conjunction) || tokens[$0 + 1].isIn(.clauseBreak) && !tokens[$0 + 1].isIn(.relativePronoun)) }
                    triggers.removeAll { t in t.first > askEnd && (boundary.map { t.first <= $0 } ?? true) }
                }
                a += 1
            }
            // A generic act ("urged", "announced") gives way to a specific one in its own clause only.
            if triggers.contains(where: { !patternInfo[$0.pattern].generic }) {
                // (A short list, not a set: a sentence has a few clauses, compared without hashing.)
                var specificClauses: [Int] = []
                for t in triggers where !patternInfo[t.pattern].generic {
                    let c = clause(t.first)
                    if !specificClauses.contains(c) { specificClauses.append(c) }
                }
                triggers.removeAll { patternInfo[$0.pattern].generic && specificClauses.contains(clause($0.first)) }
            }
            // "resumed the loudspeaker broadcasts": a noun in a verb's object is that act, not another.
            // So is a verb form that is the object the verb before was matched by:
            // "called off his planned meeting" is one cancellation, not also a meeting.
            // The act such a noun names is remembered: "condemned the tests" is aimed at whoever tested.
            var objectActs: [Int: String] = [:]
            if triggers.count > 1 {
                triggers = triggers.enumerated().filter { t, trigger in
                    guard t > 0, !triggers[t - 1].nominal else { return true }
                    let verb = triggers[t - 1]
                    let isObject = trigger.first == trigger.last && patterns.isObject(tokens, trigger.first, of: verb.pattern)
                    guard trigger.nominal || isObject else { return true }
                    let kept = trigger.first - verb.last > (isObject ? 8 : 5) || (verb.last..<trigger.first).contains { tokens[$0].breakAfter }
                    if !kept, trigger.nominal { objectActs[verb.first] = patterns.patterns[trigger.pattern].code }
                    return kept
                }.map(\.element)
            }
            // "threatened to destroy the office": one threat, coded by the act it names;
            // the bare "threatened" stands alone only when no act follows.
            // So does "vowed to deploy more forces": the threat (138 by its object "forces") is the
            // deployment threatened, one event, when the act follows within three words.
            if triggers.contains(where: { patternInfo[$0.pattern].isThreat }) {
                triggers = triggers.enumerated().filter { t, trigger in
                    guard patternInfo[trigger.pattern].isThreat, t + 1 < triggers.count else { return true }
                    let next = triggers[t + 1]
                    if patternInfo[trigger.pattern].bareThreat {
                        return next.first - trigger.last > 8 || (trigger.last..<next.first).contains { tokens[$0].sentenceEnd }
                    }
                    let act = patternInfo[next.pattern]
                    return act.isThreat || act.cooperative || next.first - trigger.last > 3
                        || (trigger.last..<next.first).contains { tokens[$0].breakAfter }
                }.map(\.element)
            }
            // The dates are only read for a sentence that codes something.
            guard !triggers.isEmpty else { continue }
            // Only a sentence with a digit or a date word can give a date of its own.
            let datable = text.hasDigit(in: range)
                || sentenceTokens.contains { tokens[$0].isIn(.dateWord) }
            var sentenceDates = datable ? dates(in: text, range, published: published) : []
            // "two days later", "a day earlier", "three weeks ago", "earlier this month".
            // (`relativeDateWords.contains(key)`, by word class.)
            if sentenceTokens.contains(where: { tokens[$0].isIn(.relativeDateWord) }) {
                // (The last 50 events at most: linear on a run-on article.)
                let anchor = events.suffix(50).last(where: { $0.date?.count == 10 }).flatMap { $0.date.flatMap { PartialDate($0) } }
                sentenceDates = (sentenceDates + Self.relativeDates(tokens, in: sentenceTokens, anchor: anchor, published: published))
                    .sorted { $0.at < $1.at }
            }
            var previous: (trigger: Trigger, source: String?)?
            defer { if let dated = sentenceDates.last { lastDated = (dated.date, sentenceNumber) } }
            let firstOfSentence = events.count
            // "fired a ballistic missile into the sea in a show of force against the North": two
            // triggers of one act; the one that found no target says less and goes.
            defer {
                if events.count - firstOfSentence > 1 {
                    let sentenceEvents = events[firstOfSentence...]
                    func kept(_ e: ExtractedArticle.Event) -> Bool {
                        e.target != nil || !sentenceEvents.contains { $0.target != nil && $0.root == e.root && $0.source == e.source }
                    }
                    // (Filtered only when some event goes: the filter copied every event of the sentence.)
                    if !sentenceEvents.allSatisfy(kept) { events.replaceSubrange(firstOfSentence..., with: sentenceEvents.filter(kept)) }
                }
            }
            for (t, trigger) in triggers.enumerated() {
                let clauseEnd = t + 1 < triggers.count ? triggers[t + 1].first : sentenceTokens.upperBound
                let window = (t > 0 ? tokens[triggers[t - 1].last].end : range.lowerBound)..<(t + 1 < triggers.count ? tokens[triggers[t + 1].first].start : range.upperBound)
                var eventDate = date(for: trigger, tokens: tokens, window: window, firstTrigger: tokens[triggers[0].first].start,
                                     dates: sentenceDates, published: published)
                // The date of the statement, for an act that is said, agreed or proposed: only when the
                // date above lies after the article's (what was planned, not when it was said).
                var statementDate = eventDate
                if let d = eventDate, let p = published, d > p, !d.isCompatible(with: p) {
                    statementDate = date(for: trigger, tokens: tokens, window: window, firstTrigger: tokens[triggers[0].first].start,
                                         dates: sentenceDates, published: published, statement: true)
                }
                // "Operations stopped in April. South Korea then pulled out its staff." / "... had cut
                // the lines": a sentence with no date of its own that goes on from the one before (then,
                // the past perfect) keeps that sentence's date, not the article's.
                if sentenceDates.isEmpty, let last = lastDated, last.sentence >= sentenceNumber - 2,
                   (sentenceTokens.lowerBound..<trigger.first).contains(where: { tokens[$0].key == "then" })
                    || (max(sentenceTokens.lowerBound, trigger.first - 3)..<trigger.first).contains(where: { tokens[$0].key == "had" }) {
                    eventDate = last.date
                }
                let pair = trigger.nominal ? nil : pairSubject(before: trigger, tokens: tokens, sentence: sentenceTokens,
                                                               number: sentenceNumber, earlier: events, named: named)
                let at = tokens[trigger.first].start
                while quoteIndex < spoken.count, spoken[quoteIndex].end <= at { quoteIndex += 1 }
                let speaker = quoteIndex < spoken.count && spoken[quoteIndex].start <= at ? spoken[quoteIndex].speaker : nil
                if var event = event(for: trigger, tokens: tokens, sentence: sentenceTokens, clauseEnd: clauseEnd, range: range,
                                     number: sentenceNumber, mentions: local, date: eventDate, statementDate: statementDate, text: text, earlier: events,
                                     previous: previous, named: named, pair: pair, speaker: speaker) {
                    // "shot dead a South Korean tourist", "released three American detainees": the
                    // demonym of the act's object names the state it is aimed at.
                    while demonymIndex < demonyms.count, demonyms[demonymIndex].lastToken <= trigger.last { demonymIndex += 1 }
                    if event.target == nil, !patterns.patterns[trigger.pattern].untargeted, !trigger.nominal, demonymIndex < demonyms.count,
                       case let d = demonyms[demonymIndex], d.lastToken < min(clauseEnd, trigger.last + 6),
                       !(trigger.last..<d.lastToken).contains(where: { tokens[$0].breakAfter }),
                       d.state != event.source.flatMap({ stateOf[$0] }), named.contains(d.state) {
                        event = event.directed(at: d.state, name: gazetteer.actorName(d.state) ?? d.state)
                    }
                    // "The statement blamed ...", "The statement, the sharpest comment from Pyongyang ...,
                    // demanded": a statement that opens the sentence is the one who spoke in the last quote
                    // before it (within about two paragraphs).
                    if event.source == nil, !trigger.nominal, sentenceTokens.count > 2, tokens[sentenceTokens.lowerBound].isIn(.determiner),
                       Self.documentNouns.contains(tokens[sentenceTokens.lowerBound + 1].key),
                       quoteIndex > 0, at - spoken[quoteIndex - 1].end <= 1500, case let said = spoken[quoteIndex - 1].speaker,
                       said != event.target, party(said) != party(event.target) {
                        event = event.spoken(by: said, name: gazetteer.actorName(said) ?? said)
                    }
                    // "The United States condemned the tests": the act named as the object was reported
                    // before; whoever carried it out is the target.
                    if event.target == nil, let act = objectActs[trigger.first],
                       let earlier = events.suffix(50).last(where: { $0.code == act || $0.root == act.prefix(2) }), let actor = earlier.source,
                       party(actor) != party(event.source), stateOf[actor] == nil || stateOf[actor] != event.source.flatMap({ stateOf[$0] }) {
                        event = event.directed(at: actor, name: gazetteer.actorName(actor) ?? actor)
                    }
                    // (Not for a meeting or talks, whose partner the text names: "Kim met defence
                    // officials", "Moon held talks with Chancellor Angela Merkel" met no one of the other Korea.)
                    if event.target == nil, let source = event.source, !patterns.patterns[trigger.pattern].untargeted,
                       event.root != "04" || event.code == "042" || event.code == "043",
                       let state = stateOf[source], let other = Self.counterpart[state], statesMentioned.contains(other) {
                        event.aim(at: other, name: gazetteer.actorName(other) ?? other)
                    }
                    if !Self.inRelativeClause(trigger, tokens, sentence: sentenceTokens) { previous = (trigger, event.source) }
                    // A verbal act (roots 01-12: statements, appeals, intents, consultations, praise,
                    // demands, criticism, rejections) is addressed to someone: with no addressee in
                    // its sentence it is no event between parties ("described the accord as a
                    // milestone"). Threats ("threatened to destroy the liaison office") and material
                    // acts (a test, a launch, an alert) stand alone.
                    if event.target == nil, event.root < "13" { continue }
                    // Nor is a verbal act or a threat whose speaker the sentence does not name ("a letter
                    // warned ..." with no one behind it): who said it is the fact.
                    if event.source == nil, event.root < "14" { continue }
                    // "condemned North Korea and Iran", "in contact with the KPA, Sweden and South Korea":
                    // each actor of a list that opens with the target is a target too.
                    // (The list's events and the accusation worked out before `event` is appended, so that
                    // it is appended as its last use, moved (`consume`), not copied with each of its strings
                    // retained; they follow it in the same order. A list target already coded is one the
                    // sentence's events, this one or the list's before it have.)
                    var listTargets: [ExtractedArticle.Event] = []
                    if let target = event.target, !trigger.nominal {
                        for other in conjuncts(of: target, after: trigger.last, mentions: local, tokens: tokens)
                            where other != event.source && party(other) != party(event.source) {
                            // (Of this event only the target can differ; the list's events have its root and source.)
                            guard !events[firstOfSentence...].contains(where: { $0.root == event.root && $0.source == event.source && $0.target == other }),
                                  event.target != other, !listTargets.contains(where: { $0.target == other }) else { continue }
                            listTargets.append(event.retargeted(from: gazetteer.actorName(target) ?? target, to: other, name: gazetteer.actorName(other) ?? other))
                        }
                    }
                    let accusation = accusation(reporting: event, trigger: trigger, tokens: tokens, sentence: sentenceTokens, mentions: local)
                    events.append(consume event)
                    events.append(contentsOf: listTargets)
                    if let accusation { events.append(accusation) }
                } else {
                    if !Self.inRelativeClause(trigger, tokens, sentence: sentenceTokens) { previous = (trigger, nil) }
                }
            }
        }
        return events
    }

    /// Adds "called X 'a declaration of war'" (criticism) and "calling it 'a
    /// symbol of peace'" (praise): a naming verb that no pattern took, followed
    /// within ten words by a quote whose words lean one way (negative words
    /// count double; a tie is no event).
    func withCharacterizations(_ triggers: [Trigger], _ tokens: TokenBuffer, in range: Range<Int>, mentions: ArraySlice<Mention>,
                               text: ArticleText, range sentence: Range<Int>) -> [Trigger] {
        let c = patterns.characterizations
        // The verbs are the tokens of class `characterizationVerb` (`c.verbs.contains(key)`).
        guard !c.verbs.isEmpty, range.contains(where: { tokens[$0].isIn(.characterizationVerb) }) else { return triggers }
        var out = triggers
        // The tokens of the range that a trigger or a name takes, by offset in the range.
        var taken = [Bool](repeating: false, count: range.count)
        func take(_ first: Int, _ last: Int) {
            let lower = max(first, range.lowerBound)
            let upper = min(last, range.upperBound - 1)
            if lower <= upper { for t in lower...upper { taken[t - range.lowerBound] = true } }
        }
        for t in triggers { take(t.first, t.last) }
        for m in mentions where m.lastToken >= range.lowerBound && m.firstToken < range.upperBound { take(m.firstToken, m.lastToken) }
        for k in range where tokens[k].isIn(.characterizationVerb) {
            guard !taken[k - range.lowerBound] else { continue }
            let limit = min(sentence.upperBound, k + 10 < range.upperBound ? tokens[k + 10].end : sentence.upperBound)
            var i = tokens[k].end
            var open: Int?
            while i < limit {
                let c = text.scalars[i]
                if c == "“" || c == "\"" || c == "‘" { open = i; break }
                i += 1
            }
            guard let start = open else { continue }
            let closer: Unicode.Scalar = text.scalars[start] == "“" ? "”" : (text.scalars[start] == "‘" ? "’" : "\"")
            var j = start + 1
            while j < sentence.upperBound, text.scalars[j] != closer { j += 1 }
            guard j < sentence.upperBound else { continue }
            var negative = 0
            var positive = 0
            // The quote's words in lower case, those of ASCII straight from the scalars (`lowercaseMapping`
            // of an ASCII scalar is its ASCII lower case; the closer at `j` ends the last word).
            if text.scalars[(start + 1)..<j].allSatisfy({ $0.value < 0x80 }) {
                var w = start + 1
                while w <= j {
                    var e = w
                    while e < j, text.scalars[e].isAlphabeticFast || text.scalars[e] == "-" { e += 1 }
                    let word = String(unsafeUninitializedCapacity: e - w) { buffer in
                        for k in w..<e {
                            let v = text.scalars[k].value
                            buffer[k - w] = UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v + 32 : v)
                        }
                        return e - w
                    }
                    if c.negative.contains(word) { negative += 2 } else if c.positive.contains(word) { positive += 1 }
                    w = e + 1
                }
                guard negative != positive else { continue }
                out.append(Trigger(pattern: negative > positive ? c.criticism : c.praise, first: k, last: k, nominal: false))
                continue
            }
            var word = String.UnicodeScalarView()
            for scalar in text.scalars[(start + 1)...j] {
                if scalar.properties.isAlphabetic || scalar == "-" {
                    word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                    continue
                }
                let w = String(word)
                if c.negative.contains(w) { negative += 2 } else if c.positive.contains(w) { positive += 1 }
                word = String.UnicodeScalarView()
            }
            guard negative != positive else { continue }
            out.append(Trigger(pattern: negative > positive ? c.criticism : c.praise, first: k, last: k, nominal: false))
        }
        return out.sorted { $0.first < $1.first }
    }

    /// Pattern matches in a sentence, left to right, not overlapping names.
    func triggers(_ tokens: TokenBuffer, in range: Range<Int>, mentions: ArraySlice<Mention>) -> [Trigger] {
        var found: [Trigger] = []
        // Words that are part of a name are never triggers (a scratch buffer, on the stack when small).
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: range.count) { named in
        named.initialize(repeating: false)
        for m in mentions where m.lastToken >= range.lowerBound && m.firstToken < range.upperBound {
            for t in max(m.firstToken, range.lowerBound)...min(m.lastToken, range.upperBound - 1) { named[t - range.lowerBound] = true }
        }
        // A word without the class `phraseFirstWord` opens no phrase once the first words are classed:
        // skipped here without asking for its (empty) list of phrases.
        let firstWordsClassed = patterns.wordIndex?.firstWordsClassed ?? false
        var k = range.lowerBound
        while k < range.upperBound {
            if named[k - range.lowerBound] || firstWordsClassed && !tokens[k].isIn(.phraseFirstWord) { k += 1; continue }
            var matched: Trigger?
            var matchedDistance = Int.max
            // The phrase length of `matched` (its span may hold an adverbial too).
            var matchedLength = 0
            // The phrases are read in place (`phrases[c]`): a copy of each would retain its arrays.
            let phrases = patterns.phrases(startingWith: tokens, at: k)
            for c in phrases.indices {
                // (`length` once indexed: no read of the words array.)
                let n = phrases[c].length > 0 ? phrases[c].length : phrases[c].words.count
                // Among phrases of the longest matching length, the one whose object is nearest wins.
                if matchedLength > n { break }
                guard k + n <= range.upperBound else { continue }
                // One past the phrase's last word (past an adverbial inside it too).
                var end = k + n
                // By word id once the patterns are indexed (`ids`), else by key.
                let byID = phrases[c].length > 0
                // A second word that differs fails the comparison below (unless an adverbial may sit there).
                if byID, n > 1, tokens[k + 1].word != phrases[c].second, !tokens[k + 1].isIn(.adverbialOpener) { continue }
                func differs(_ i: Int, at t: Int) -> Bool {
                    (byID ? tokens[t].word != phrases[c].ids[i] : tokens[t].key != phrases[c].words[i]) || (i < n - 1 && tokens[t].breakAfter)
                }
                if let i = (0..<n).first(where: { differs($0, at: k + $0) }) {
                    // "agreed on Saturday to resume", "sat down in Seoul on Wednesday for": a time or
                    // place adverbial before the phrase's "to" or "for" is skipped.
                    guard i > 0, tokens[k + i].isIn(.adverbialOpener), phrases[c].words[i] == "to" || phrases[c].words[i] == "for",
                          !tokens[k + i - 1].breakAfter,
                          let gap = Self.adverbialEnd(tokens, from: k + i, in: range), gap + n - i <= range.upperBound,
                          !(i..<n).contains(where: { differs($0, at: gap + $0 - i) }) else { continue }
                    end = gap + n - i
                }
                // "a heart attack", "a panic attack": an illness, no act (as noun or verb form).
                // (`illnessModifiers.contains(key)`, by word class.)
                if k > range.lowerBound, tokens[k - 1].isIn(.illnessModifier) { continue }
                // "attack helicopters", "an attack submarine": a kind of weapon, no act.
                // (`key == "attack" || ... "assault"` and `weaponNouns.contains(key)`, by word class.)
                if n == 1, tokens[k].isIn(.weaponKindAct),
                   k + 1 < range.upperBound, !tokens[k].breakAfter, tokens[k + 1].isIn(.weaponNoun) { continue }
                // "the Games to be singly hosted by South Korea", "host status": hosting an event is no
                // hosting of a visit.
                // (A key that starts with no "h" starts with no "host": most, decided without `hasPrefix`.)
                if n == 1, tokens[k].key.utf8.first == 0x68, tokens[k].key.hasPrefix("host") && !tokens[k].key.hasPrefix("hostil"),
                   (k + 1..<min(k + 4, range.upperBound)).contains(where: { tokens[$0].isIn(.hostedThing) })
                    || k > range.lowerBound && tokens[k - 1].isIn(.hostedThing) { continue }
                // "Kim received Chung in Pyongyang": receiving without an object word hosts a visitor only
                // when a name follows at once ("received a letter" hosts no one).
                // (A key whose first byte is no "r" has no such prefix: most, decided without `hasPrefix`.)
                if n == 1, tokens[k].key.utf8.first == 0x72, tokens[k].key.hasPrefix("receiv"), patterns.patterns[phrases[c].pattern].objects.isEmpty,
                   !(end < range.upperBound && named[end - range.lowerBound] && tokens[end].isCapitalized) { continue }
                // "declined to say whether ...", "refused to comment": keeping silent rejects no one.
                // (`withheldWords.contains(key)`, by word class.)
                if n > 1, end < range.upperBound, tokens[end].isIn(.withheldWord),
                   phrases[c].words[n - 1] == "to", patterns.patterns[phrases[c].pattern].code == "120" { continue }
                // "Seoul's offer": after a possessive a verb form is a noun (the mark may count as a break).
                if !phrases[c].nominal, k > range.lowerBound, tokens[k - 1].possessive { continue }
                if !phrases[c].nominal, k > range.lowerBound, !tokens[k - 1].breakAfter {
                    // "the sinking", "in case of attack": a noun, not the verb.
                    if tokens[k - 1].isIn(.determiner) { continue }
                    // "two jailed American journalists": a participle after a number describes a noun.
                    if Self.isParticiple(tokens[k]), Self.isNumber(tokens[k - 1]) { continue }
                    // (Not after a name: the "in" of "Moon Jae-in" is no preposition.)
                    if !named[k - 1 - range.lowerBound], !tokens[k - 1].isIn(.wordTo), tokens[k - 1].isIn(.preposition),
                       !tokens[k].isIn(.endsInING) { continue }
                    // "the March 26 sinking", "a cabinet meeting": an -ing form inside a noun phrase is a noun.
                    if tokens[k].isIn(.endsInING), Self.insideNounPhrase(tokens, before: k, in: range) { continue }
                }
                var distance = 100
                // "the talks collapsed": a verb that needs its subject noun just before it.
                if !phrases[c].nominal, !patterns.patterns[phrases[c].pattern].subjects.isEmpty {
                    guard Self.subjectNoun(tokens, before: k, in: range, nouns: patterns.patterns[phrases[c].pattern].subjects) != nil else { continue }
                    distance = 0
                }
                if !phrases[c].nominal, !patterns.patterns[phrases[c].pattern].objects.isEmpty, !(byID ? phrases[c].namesObject : phrases[c].words.contains(where: patterns.patterns[phrases[c].pattern].objects.contains)) {
                    var windowEnd = min(end + 8, range.upperBound)
                    // The object stays in the verb's clause: not past a subordinate clause, a second
                    // verb ("will stop hostilities and resume cooperation": nothing stops cooperation) or
                    // reported words ("sent a letter warning that it would deploy troops": no troops sent)
                    // or "from" ("received a letter from President Roh": no president received).
                    if let stop = (end..<windowEnd).first(where: { i in
                        // ("Pyongyang's warning", "the warning": a noun, no reported words.)
                        tokens[i].isIn(.clauseBreak) || tokens[i].isIn(.speechVerb) || tokens[i].isIn(.wordFrom)
                            || tokens[i].isIn(.objectStop) && (tokens[i].key == "that" || !(tokens[i - 1].possessive || tokens[i - 1].isIn(.determiner)))
                            || tokens[i].isIn(.coordinator) && i + 1 < windowEnd && !tokens[i + 1].isCapitalized
                                && !patterns.phrases(startingWith: tokens, at: i + 1).isEmpty
                    }) {
                        // (A "that" is itself the object of "admitted to Koizumi that ...".)
                        windowEnd = tokens[stop].key == "that" ? stop + 1 : stop
                    }
                    let window = end..<windowEnd
                    if let hit = window.first(where: { patterns.isObject(tokens, $0, of: phrases[c].pattern) }) {
                        distance = hit - end
                    } else if let aux = Self.skippingAdverbs(tokens, before: k, in: range), tokens[aux].isIn(.passiveMarker),
                              let hit = (max(range.lowerBound, k - 6)..<k).last(where: { patterns.isObject(tokens, $0, of: phrases[c].pattern) }) {
                        // Passive voice: the object is the subject ("the office was set up").
                        distance = k - hit
                    } else {
                        continue
                    }
                }
                if phrases[c].nominal {
                    // A nominal trigger is a noun: "the demolition", "an explosion", "Monday's attack".
                    // Up to two modifiers may sit between: "North Korea's third nuclear test".
                    guard let head = Self.nounPhraseHead(tokens, before: k, in: range),
                          tokens[head].isIn(.nounPhraseOpener) || tokens[head].possessive else {
                        continue
                    }
                }
                if distance < matchedDistance {
                    matched = Trigger(pattern: phrases[c].pattern, first: k, last: end - 1, nominal: phrases[c].nominal)
                    matchedDistance = distance
                    matchedLength = n
                }
            }
            if let matched {
                if found.isEmpty { found.reserveCapacity(4) }
                found.append(matched)
                k = matched.last + 1
            } else {
                k += 1
            }
        }
        return found
        }  // withUnsafeTemporaryAllocation (the body above is left at its indentation)
    }

    func event(for trigger: Trigger, tokens: TokenBuffer, sentence: Range<Int>, clauseEnd: Int, range: Range<Int>, number: Int,
               mentions: ArraySlice<Mention>, date planned: PartialDate?, statementDate: PartialDate?, text: ArticleText, earlier: [ExtractedArticle.Event],
               previous: (trigger: Trigger, source: String?)? = nil, named: IDSet,
               pair: (first: String, second: String)? = nil, speaker: String? = nil) -> ExtractedArticle.Event? {
        // The pattern's facts read in place (`patternInfo[p]`): a copy would retain each string.
        let p = trigger.pattern
        // (Copied once: each `patternInfo[p]` read copies the record through the array's getter.)
        let info = patternInfo[p]
        // (A closure below that read `self.stateOf` would copy the whole coder into its context.)
        let stateOf = self.stateOf
        // The four words before the trigger (their token indices): words are tested by class.
        let before = max(sentence.lowerBound, trigger.first - 4)..<trigger.first
        // The words before the trigger in its sentence, at most 40: long enough for any
        // clause, and it keeps a run-on sentence of thousands of words linear.
        let reach = max(sentence.lowerBound, trigger.first - 40)
        let clauseBefore = reach..<trigger.first

        // Cooperative acts (quad classes 1 and 2) are promised, not threatened:
        // "vowed to restore the channels" is an intent, "vowed to retaliate" a threat.
        let cooperative = info.cooperative
        let promised = before.contains { i in tokens[i].isIn(.promise) && (i + 1 == before.upperBound || tokens[i + 1].isIn(.wordTo)) }
            // "agreed on Saturday to resume talks", "agreed at Panmunjom on July 26 to hold": an
            // adverbial between the promise and its "to".
            || trigger.first > sentence.lowerBound && tokens[trigger.first - 1].isIn(.wordTo)
                && (max(sentence.lowerBound, trigger.first - 10)..<trigger.first - 1).contains { i in
                    tokens[i].isIn(.promise) && Self.adverbialEnd(tokens, from: i + 1, in: sentence) == trigger.first - 1 }
        var modality = "asserted"
        if info.isThreat {
            modality = "threatened"
        } else if before.contains(where: { tokens[$0].isIn(.threat) }) && !(cooperative && promised)
                    || !cooperative && (before.contains(where: { tokens[$0].isIn(.vow) })
                                        || clauseBefore.last(where: { tokens[$0].key.utf8.first == 0x77 && tokens[$0].key.hasPrefix("warn") }).map { w in
                                            (w + 1..<trigger.first).contains { tokens[$0].isIn(.willOrWould) } } == true
                                        // "would take military action if the leaflets continued": harm on a condition.
                                        || before.contains(where: { tokens[$0].isIn(.willOrWould) })
                                            && (trigger.last + 1..<min(sentence.upperBound, trigger.last + 12)).contains {
                                                tokens[$0].isIn(.wordIf) || tokens[$0].isIn(.wordUnless) }) {
            modality = "threatened"
        } else if before.contains(where: { tokens[$0].isIn(.wordIf) }) || clauseBefore.contains(where: { tokens[$0].isIn(.wordUnless) })
                    || clauseBefore.last.map({ tokens[$0].isIn(.wordIf) }) == true {
            modality = "conditional"
        } else if before.contains(where: { tokens[$0].isIn(.denial) }) {
            modality = "denied"
            // "denied firing the shells": the actor denies responsibility for the act (016).
            // (`denied`/`denies`, the verb; "not" and "never" are negations.)
            if before.contains(where: { tokens[$0].isIn(.denial) && tokens[$0].key.hasPrefix("den") }) { modality = "disowned" }
            // "would not sit down for talks", "will never accept the offer": a cooperative act
            // refused for the future is a rejection (12x), asserted.
            if cooperative, before.contains(where: { tokens[$0].isIn(.willOrWould) }) { modality = "refused" }
        } else if promised || before.contains(where: { tokens[$0].isIn(.planWord) }) {
            modality = "planned"
        }
        // A threatened act is coded as the threat (13x); a planned cooperative act
        // as the intent CAMEO has for it (03x: "agreed to hold talks" is 036).
        // (`info` holds `threatCode(for:)` and `intentCode(for:)` of the act, with their entries.)
        let codedIndex: Int?
        if modality == "threatened" {
            codedIndex = info.threatened
        } else if modality == "refused" {
            codedIndex = info.refused
            modality = "asserted"
        } else if modality == "disowned" {
            codedIndex = info.deniedAct
            modality = "asserted"
        } else if info.shownForce != nil, !trigger.nominal,
                  let into = (trigger.last + 1..<min(clauseEnd, sentence.upperBound, trigger.last + 12)).first(where: { tokens[$0].key == "into" }),
                  (into + 1..<min(sentence.upperBound, into + 4)).contains(where: { Self.seaWords.contains(tokens[$0].key) }) {
            // "fired more than 200 artillery rounds into waters near the islands": into the sea, a show of force.
            codedIndex = info.shownForce
        } else if modality == "planned", cooperative, info.hasIntent {
            codedIndex = info.intended
        } else {
            codedIndex = info.asserted
        }
        // The act a threat threatens: for a pattern that is itself a threat, only
        // a threat of military force names one (conventional force, 190).
        let threatened: String? = modality != "threatened" ? nil : info.threatenedAct
        guard let codedIndex else { return nil }
        // (The code's facts read in place: a copy of the record would retain each string.)
        // (The code read once: each read of an element of `codes` copies it.)
        let coded = codes[codedIndex]
        let code = coded.code
        // The entry's root and quad class (`coded.entry` copied whole retained its strings).
        let root = coded.entry.root
        let quadClass = coded.entry.quadClass
        // "will resume the broadcasts on Friday" is dated Friday (the act planned); a statement, an appeal,
        // an intent or a threat by when it was said: "agreed to hold reunions on Aug. 15", "said they will
        // meet on October 4" (036), "threatened to strike on Friday".
        let date = promised || modality == "threatened" || info.asks || coded.saidRoot
            ? statementDate : planned

        // Only the mentions near the trigger matter; a window keeps long sentences linear.
        let lowerToken = max(sentence.lowerBound, trigger.first - 40)
        let upperToken = min(clauseEnd, trigger.last + 40)
        let nearby = Self.window(mentions, lowerToken..<upperToken)
        // Their actors, filtered as read: no array of them (most events read only `after` and
        // `beforeMentions`, each selected from `nearby` itself).
        let actors = nearby.lazy.filter { $0.kind == .actor }
        let auxiliary = Self.skippingAdverbs(tokens, before: trigger.first, in: sentence)
        let participle = Self.isParticiple(tokens[trigger.first])
        // "was knocked to the ground and beaten": a participle coordinated with a passive one.
        let coordinatedPassive = participle && auxiliary.map { tokens[$0].isIn(.wordAnd) } == true
            && (max(sentence.lowerBound, trigger.first - 8)..<trigger.first).contains { i in
                tokens[i].isIn(.passiveMarker) && i + 1 < trigger.first && Self.isParticiple(tokens[i + 1]) }
        // ("killed by", "killed in 1976 by"; but in "blamed hostile acts by the South" an object
        // stands between: the verb is active and "by" belongs to the object.)
        let byNear = participle && !trigger.nominal
            && (trigger.last + 1..<min(trigger.last + 6, sentence.upperBound)).first { tokens[$0].isIn(.wordBy) || tokens[$0].breakAfter }
                .map { b in tokens[b].isIn(.wordBy)
                    // ("arrived in Beijing by train", "spoke by phone": "by" names a means, not an agent.)
                    && !(b + 1 < sentence.upperBound && Self.meansAfterBy.contains(tokens[b + 1].key))
                    && !(trigger.last + 1..<b).contains { k in tokens[k].isIn(.determinerBeforeName) || Self.objectNounLike(tokens[k]) } } == true
        // "US soldiers killed in the Korean War": a participle after a noun, with no object
        // but a preposition, is a passive relative clause (the soldiers were killed). (Not a phrase
        // that holds its object: "North Korean soldiers fired shots at the South", "opened fire on".)
        let reducedRelative = participle && !trigger.nominal && trigger.first == trigger.last && trigger.first > sentence.lowerBound
            && !tokens[trigger.first - 1].breakAfter && !tokens[trigger.first - 1].isCapitalized
            && !tokens[trigger.first - 1].isIn(Self.beforeReducedRelative)
            && (trigger.last + 1 < sentence.upperBound && ["in", "during", "on", "at", "near", "off", "since"].contains(tokens[trigger.last + 1].key))
        let passive = auxiliary.map { tokens[$0].isIn(.passiveMarker) } ?? false && participle || reducedRelative
            || trigger.last + 1 < sentence.upperBound && tokens[trigger.last + 1].isIn(.wordBy) && !trigger.nominal
            || coordinatedPassive || byNear
        var source: String?
        var target: String?
        var jointPartner: String?
        // The target stays in the trigger's clause: up to the next trigger or the next comma.
        var targetEnd = clauseEnd
        if let comma = (trigger.last..<clauseEnd).first(where: { tokens[$0].breakAfter && !tokens[$0].possessive }) { targetEnd = min(targetEnd, comma + 1) }
        // "... struck the island after the North began firing": not past a subordinate clause.
        // (`clauseBreaks.contains(key)`, by word class.)
        if let opener = (trigger.last + 1..<targetEnd).first(where: { tokens[$0].isIn(.clauseBreak) }) { targetEnd = opener }
        let after = nearby.selecting { $0.kind == .actor && $0.firstToken > trigger.last && $0.firstToken < targetEnd }
        let beforeMentions = nearby.selecting { $0.kind == .actor && $0.lastToken < trigger.first }
        let subjectNouns = patterns.patterns[p].subjects
        if !subjectNouns.isEmpty, let noun = Self.subjectNoun(tokens, before: trigger.first, in: sentence, nouns: subjectNouns) {
            // "talks between X and Y broke down", "Kim's summit with Trump collapsed", else the
            // talks reported before (within two sentences).
            let afterNoun = actors.filter { $0.firstToken > noun && $0.firstToken <= noun + 4 && $0.lastToken < trigger.first }
            if let (first, second) = Self.betweenPair(after: noun, before: trigger.first, tokens: tokens, actors: actors) {
                source = first
                target = second
            } else {
                if let head = Self.nounPhraseHead(tokens, before: noun, in: sentence), tokens[head].possessive,
                   let owner = beforeMentions.last(where: { $0.lastToken == head }) {
                    source = owner.id
                }
                if let with = (noun + 1..<min(noun + 6, trigger.first)).first(where: { tokens[$0].key == "with" }),
                   // The head of "with then US President Donald Trump": the last name of the phrase.
                   let partner = actors.last(where: { $0.firstToken > with && $0.firstToken <= with + 4 && $0.lastToken < trigger.first }) {
                    target = partner.id
                }
                if source == nil, target == nil,
                   let talks = earlier.last(where: { $0.root == "04" && ($0.sentenceIndex ?? -9) >= number - 2 }) {
                    source = talks.source
                    target = talks.target
                }
            }
        } else if let byIndex = (trigger.last + 1..<min(trigger.last + 8, sentence.upperBound)).first(where: { tokens[$0].isIn(.wordBy) }),
           let agent = after.first(where: { $0.firstToken == byIndex + 1 || $0.firstToken == byIndex + 2 }), passive || trigger.nominal {
            source = agent.id
            // (Not the one who reports it: in "Kim Yeon-chul said the demolition had been announced
            // by the North", the minister is the speaker, not the target.)
            let cue = (reach..<trigger.first).last { tokens[$0].isIn(.speechVerb) }
            target = beforeMentions.last(where: { m in cue.map { m.firstToken > $0 } ?? true })?.id
            // "the declaration signed in Pyongyang by Kim Dae-jung and North Korean leader Kim Jong-il":
            // a joint act's second agent is its partner.
            if Self.reciprocalRoots.contains(root), agent.lastToken + 1 < sentence.upperBound,
               tokens[agent.lastToken + 1].isIn(.wordAnd), !tokens[agent.lastToken].breakAfter,
               let partner = after.first(where: { m in
                   m.firstToken > agent.lastToken + 1 && m.firstToken <= agent.lastToken + 6
                       && (agent.lastToken + 2..<m.firstToken).allSatisfy { tokens[$0].isCapitalized && !tokens[$0].breakAfter } }) {
                target = partner.id
            }
        } else if trigger.nominal {
            if let owner = beforeMentions.last, owner.lastToken == Self.nounPhraseHead(tokens, before: trigger.first, in: sentence),
               tokens[owner.lastToken].possessive {
                source = owner.id
            } else if let (first, second) = Self.betweenPair(after: trigger.last, before: targetEnd, tokens: tokens, actors: after) {
                // "talks between North Korea and the United States": the first named acts towards the second.
                source = first
                target = second
            } else if modality == "asserted", let previous = earlier.first(where: { $0.code == code }) {
                // (Only a plain mention refers back: in "warned of action against the drills" the
                // drills are the threat's object, and the threat is coded by its verb.)
                // "the demolition" refers back to the demolition already reported: the first of its
                // code, the article's own act, not a background one told since ("Xi arrived in
                // Pyongyang ... Kim has been to China four times ... The visit comes ...": Xi's visit).
                let span = range.count <= 1000 ? range : tokens[trigger.first].start..<tokens[trigger.last].end
                return ExtractedArticle.Event(
                    code: previous.code, root: previous.root, quadClass: previous.quadClass, goldstein: previous.goldstein,
                    source: previous.source, target: previous.target, place: previous.place, date: previous.date, endDate: nil,
                    modality: previous.modality, threatened: previous.threatened, summary: previous.summary, sentence: text.slice(span),
                    sentenceIndex: number, start: span.lowerBound, end: span.upperBound, confidence: 0.6, origin: "extracted")
            } else {
                return nil
            }
            // "North Korea's attack on the South", "talks with Kim": a noun's target follows a preposition.
            // The preposition follows the noun itself ("its attack on the South"), at most a word between.
            target = target ?? after.first { m in
                m.firstToken - 1 <= trigger.last + 2 && Self.nounTargetPrepositions.contains(tokens[m.firstToken - 1].key)
                    || m.firstToken - 2 <= trigger.last + 2 && tokens[m.firstToken - 1].isIn(.determiner)
                        && Self.nounTargetPrepositions.contains(tokens[m.firstToken - 2].key) }?.id
        } else if passive {
            // "The office was set up ... between North Korea and South Korea": no agent but the pair.
            if let between = (trigger.last + 1..<clauseEnd).first(where: { tokens[$0].isIn(.wordBetween) }),
               let first = after.first(where: { $0.firstToken == between + 1 }),
               let second = after.first(where: { $0.firstToken == first.lastToken + 2 }), tokens[first.lastToken + 1].isIn(.wordAnd) {
                source = first.id
                target = second.id
            }
        } else {
            // The subject: the nearest actor before the trigger that no preposition governs
            // ("defectors in the South sent": the defectors) and that is not a possessive modifier.
            // Reported speech: in "KCNA said the two sides agreed", the speaker is
            // not the one who agreed; the subject is looked for after the cue.
            let cue = (reach..<trigger.first).last { tokens[$0].isIn(.speechVerb) }
            let candidates = cue.map { c in beforeMentions.filter { $0.firstToken > c } } ?? beforeMentions
            var subject = clauseSubject(candidates, before: trigger.first, tokens: tokens, sentence: sentence)
                ?? (cue == nil ? candidates.last : nil)
            if let pronounSubject = pronounAntecedent(before: trigger, candidates: candidates, nearest: subject, tokens: tokens, sentence: sentence) {
                subject = pronounSubject
            }
            // "the South Korean government joined Washington and Tokyo in condemning the launch": the
            // one who joined acts too (the others are its partners in the act).
            if trigger.first > sentence.lowerBound + 1, tokens[trigger.first - 1].key == "in",
               let joined = (max(sentence.lowerBound, trigger.first - 8)..<trigger.first - 1).last(where: { Self.joinForms.contains(tokens[$0].key) }),
               let joiner = clauseSubject(beforeMentions.filter { $0.lastToken < joined }, before: joined, tokens: tokens, sentence: sentence) {
                subject = joiner
            }
            // "KCNA confirmed the sinking and accused Seoul": a verb coordinated with the speech
            // verb, with nobody named between them, shares its subject.
            if subject == nil, let c = cue, candidates.isEmpty {
                var k = trigger.first - 1
                while k > c, tokens[k].isIn(Self.adverbOrAuxiliary) { k -= 1 }
                // (Or a participle after a comma: "..., a ministry spokesman told reporters, blaming the North".)
                if k > c + 1 && (tokens[k].isIn(.wordAnd) || tokens[k].key == "but")
                    || k > c && tokens[k].breakAfter && !tokens[k].possessive && tokens[trigger.first].isIn(.endsInING) {
                    subject = clauseSubject(beforeMentions.filter { $0.lastToken < c }, before: c, tokens: tokens, sentence: sentence)
                }
            }
            source = subject?.id
            // "We strongly urge North Korea to ...", "I will not accept": in a quote, the first
            // person is its speaker.
            if subject == nil, let speaker, let w = Self.subjectWord(before: trigger.first, tokens: tokens, sentence: sentence),
               tokens[w].key == "we" || tokens[w].key == "i" {
                source = speaker
            }
            // A verb coordinated with the one before ("ordered them out, froze the
            // assets and has cut ..."): the same subject acts, not the previous object.
            var j = trigger.first - 1
            while j > sentence.lowerBound, tokens[j].isIn(Self.adverbOrAuxiliary) { j -= 1 }
            // After a participle ("took offence to activists sending leaflets ..., and cut off"), the
            // finite verb belongs to the clause around it even when the participle's subject is nearest.
            let afterParticiple = previous.map { p in
                !p.trigger.nominal && tokens[p.trigger.first].isIn(.endsInING) && !tokens[trigger.first].isIn(.endsInING) } ?? false
            if let previous, !previous.trigger.nominal, j > previous.trigger.last,
               tokens[j].isIn(.coordinator) || tokens[j].breakAfter,
               subject.map({ $0.firstToken > previous.trigger.last }) ?? true || afterParticiple {
                source = previous.source ?? clauseSubject(beforeMentions, before: previous.trigger.first, tokens: tokens, sentence: sentence)?.id
                // "Trump and Kim met in Singapore and signed a joint statement": a joint act's
                // partner, named with the source before the first verb, is the second's too.
                if quadClass <= 2, let last = earlier.last, last.sentenceIndex == number, last.source == source,
                   let partner = last.target, beforeMentions.contains(where: { $0.id == partner && $0.lastToken < previous.trigger.first }) {
                    jointPartner = partner
                }
                // After a participle ("activists sending leaflets ..., and cut off"), the finite
                // verb belongs to the clause around it: its subject comes before the participle's.
                if tokens[previous.trigger.first].isIn(.endsInING), !tokens[trigger.first].isIn(.endsInING),
                   let participleSubject = beforeMentions.last(where: { $0.id == previous.source && $0.lastToken < previous.trigger.first }) {
                    let outer = beforeMentions.filter { o in
                        o.lastToken < participleSubject.firstToken && o.id != previous.source
                            && !(tokens[o.lastToken].possessive && beforeMentions.contains { $0.firstToken == o.lastToken + 1 })
                    }
                    if let main = outer.last {
                        source = main.id
                    }
                }
            }
            // "..., the army called its drill a countermeasure to an exercise held by U.S. and South
            // Korean forces, and warned that ...": a verb after ", and" with no subject of its own
            // shares the subject of the sentence's main clause.
            if previous == nil || previous!.trigger.nominal, j > sentence.lowerBound, tokens[j].isIn(.wordAnd), tokens[j - 1].breakAfter,
               !tokens[j - 1].possessive,
               let main = beforeMentions.first(where: { m in
                   clauseSubject([m], before: trigger.first, tokens: tokens, sentence: sentence) != nil
                       && !(tokens[m.lastToken].possessive && beforeMentions.contains { $0.firstToken == m.lastToken + 1 }) }),
               subject.map({ $0.firstToken > main.lastToken }) ?? true {
                source = main.id
            }
            // "Burma has declared North Korea responsible and has severed relations": a finite verb
            // after "and has" with no verb of its own before shares the sentence's subject.
            if previous == nil || previous!.trigger.nominal, j > sentence.lowerBound, j < trigger.first - 1,
               tokens[j].isIn(.wordAnd), tokens[j + 1].isIn(.auxiliary),
               let main = beforeMentions.first(where: { m in
                   clauseSubject([m], before: trigger.first, tokens: tokens, sentence: sentence) != nil
                       && !(tokens[m.lastToken].possessive && beforeMentions.contains { $0.firstToken == m.lastToken + 1 }) }) {
                source = main.id
            }
            if let s = subject, source == s.id, let si = beforeMentions.firstIndex(of: s), si > 0 {
                // "Moon Jae-in and North Korean leader Kim Jong Un met": titles may sit between, and a
                // state that is part of the second one's title ("Kang and U.S. Secretary of State Rex Tillerson").
                var fi = si - 1
                if fi > 0, gazetteer.actorKind(beforeMentions[fi].id) == "state", beforeMentions[fi].lastToken < s.firstToken,
                   (beforeMentions[fi].lastToken + 1..<s.firstToken).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].isIn(.personTitle) || tokens[$0].key == "of" }),
                   beforeMentions[fi].firstToken > 0, tokens[beforeMentions[fi].firstToken - 1].isIn(.wordAnd) {
                    fi -= 1
                }
                let first = beforeMentions[fi]
                let gap = (first.lastToken + 1)..<s.firstToken
                let pair = first.how == .pair && s.how == .pair && first.lastToken + 1 == s.firstToken
                // "Kim Jong Un and his wife, Ri Sol Ju, greeted Xi": the name set off after "and his wife" is
                // the second of the pair (the comma before it is no clause break).
                let kinApposition = gap.count == 3 && ["his", "her", "their"].contains(tokens[gap.lowerBound + 1].key)
                    && tokens[gap.upperBound - 1].breakAfter && !tokens[gap.upperBound - 1].possessive
                    && !tokens[gap.lowerBound].breakAfter && !tokens[gap.lowerBound + 1].breakAfter
                if pair || gap.count >= 1 && gap.count <= (fi < si - 1 ? 7 : 5) && tokens[first.lastToken + 1].isIn(.wordAnd)
                    && (kinApposition || !gap.contains(where: { tokens[$0].breakAfter && !(fi < si - 1 && $0 == beforeMentions[si - 1].lastToken) })) {
                    if Self.reciprocalRoots.contains(root), !codes[codedIndex].isVisit, code != "043" {
                        // "North Korea and South Korea signed ...": a joint act, the first acts towards the second.
                        // (Only acts done with each other: in "Both South Korea and North Korea applied for
                        // membership" or "welcomed the talks", each acts alone.)
                        source = first.id
                        target = s.id
                    } else {
                        // "activists and defectors sent leaflets": both act; the first stands for the pair.
                        source = first.id
                    }
                }
            }
            // "the two Koreas agreed", "the two leaders had agreed": a pair as the subject acts
            // jointly, the first of the pair towards the second.
            if let pair {
                source = pair.first
                target = pair.second
            }
            if target == nil {
                // "met Kim's sister, Kim Yo Jong": a possessive names whose, not whom.
                // A threat or force is not aimed at one's own state: "Kim Yo Jong warned that the North
                // would take action" names who acts, not the target.
                let hostile = coded.hostileRoot
                // The pattern's object words (by word id), read once.
                let objectWords = patterns.wordIndex?.objects[p] ?? []
                let untargeted = patterns.patterns[p].untargeted
                let ownState = source.flatMap { stateOf[$0] }
                // "in a speech at the UN General Assembly": a venue is no target ("at" names one only for force: "fired at").
                let others = after.selecting { m in
                    let governor = m.firstToken > 0 ? tokens[m.firstToken - 1].key : ""
                    let venue = Self.venuePrepositions.contains(governor) || governor == "at" && !hostile
                        || governor == "the" && m.firstToken > 1 && (Self.venuePrepositions.contains(tokens[m.firstToken - 2].key)
                                                                      || tokens[m.firstToken - 2].key == "at" && !hostile)
                    // Nor is any act aimed at the actor's own state ("Kim Jong Il proposed that the North
                    // and the South ...": the South is the one proposed to).
                    // An act aimed at no one in particular (a test, a launch) has a target only where the
                    // text aims it: "fired missiles at/toward/into Japan", not "a test ... 20 km from South Korea".
                    // "apologised for the killing of a fisheries official by North Korean soldiers": the
                    // agent of a noun in a cooperative act's object is not whom the act is aimed at
                    // (in "blamed hostile acts by the South" it is: the one blamed).
                    if governor == "by", quadClass <= 2 { return false }
                    // "stepped up readiness in coordination with US forces", "alongside Kim": a partner in
                    // the act, not whom it is aimed at.
                    if governor == "alongside" || governor == "with" && m.firstToken > 1
                        && Self.partnerWords.contains(tokens[m.firstToken - 2].key) { return false }
                    // "disconnected the Red Cross hotline with the South": a name before the act's
                    // object noun modifies it and is not whom the act is aimed at. (A state there is the
                    // object's nationality, and the target: "returned the remains of US soldiers".)
                    if m.lastToken + 1 < sentence.upperBound, !tokens[m.lastToken].breakAfter, !tokens[m.lastToken].possessive,
                       objectWords.contains(tokens[m.lastToken + 1].word), tokens[m.lastToken + 1].key != "that",
                       stateOf[m.id] != m.id { return false }
                    let aimed = !untargeted || Self.aimPrepositions.contains(governor)
                        || governor == "the" && m.firstToken > 1 && Self.aimPrepositions.contains(tokens[m.firstToken - 2].key)
                    return aimed && m.id != source && !venue && !(hostile && ownState != nil && stateOf[m.id] == ownState) && !(ownState != nil && m.id == ownState)
                }
                // (Only when the head follows at once: in "condemning the North's launch as a breach of
                // Security Council resolutions" the launch is the North's, and the North is the target.)
                if let first = others.first, tokens[first.lastToken].possessive, others.count > 1,
                   others[1].firstToken <= first.lastToken + 3 {
                    target = others[1].id
                } else if let first = others.first, others.count > 1, case let second = others[1],
                          second.firstToken > first.lastToken, second.firstToken - first.lastToken <= 4, !tokens[first.lastToken].breakAfter,
                          (first.lastToken + 1..<second.firstToken).allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].breakAfter }) {
                    // "received former U.S. President Jimmy Carter": a name that modifies the next is not the head.
                    target = second.id
                } else {
                    target = others.first?.id ?? jointPartner
                }
            }
        }
        // A test or a launch is aimed at whom it defies or where it comes down: "..., defying the
        // U.N. Security Council", "in defiance of", "flew over Japan" (a state the article names).
        if target == nil, patterns.patterns[p].untargeted {
            let end = min(sentence.upperBound, trigger.last + 25)
            if let k = (trigger.last + 1..<end).first(where: { tokens[$0].key == "defying" || tokens[$0].key == "defiance" }) {
                target = actors.first(where: { $0.firstToken > k && $0.firstToken <= k + 6 && $0.id != source })?.id
            }
            if target == nil, let k = (trigger.last + 1..<end).first(where: { tokens[$0].key == "over" }),
               let m = nearby.first(where: { $0.firstToken > k && $0.firstToken <= k + 2 }),
               let state = stateNamed(by: m), named.contains(state) {
                target = state
            }
            // "... that came down in waters inside Japan's exclusive economic zone", "landed off Japan".
            if target == nil, let k = (trigger.last + 1..<end).first(where: { Self.landingWords.contains(tokens[$0].key) }) {
                for m in nearby where m.firstToken > k && m.firstToken <= k + 8 {
                    if let state = stateNamed(by: m), named.contains(state), state != source.flatMap({ stateOf[$0] }) { target = state; break }
                }
            }
        }
        // A visit's target is the host: the state of the place it goes to ("flies to Pyongyang").
        if coded.isVisit {
            // The place it goes to, or the state after "into", "to" or "in" ("crossed the line into North Korea").
            let ahead = nearby.filter { $0.firstToken > trigger.last && $0.firstToken <= trigger.last + 8 }
            // (Loops, not closures: a closure reading `gazetteer` would copy the whole coder.)
            var intoState: String?
            for m in ahead where m.kind == .actor && tokens[m.firstToken - 1].isIn(.visitPreposition) && gazetteer.actorKind(m.id) == "state" {
                intoState = m.id
                break
            }
            // ("led a government delegation to Pyongyang": further on, after "to".)
            let place = ahead.first { $0.kind == .place && $0.firstToken <= trigger.last + 3 }
                ?? ahead.first { $0.kind == .place && tokens[$0.firstToken - 1].isIn(.visitPreposition) }
            var host = intoState
            if host == nil, let place { host = state(ofPlace: place.id) }
            // (The host is one of the article's actors: "flies to Pyongyang" in an article that never
            // names North Korea keeps the target the sentence gives; with no target given, the
            // place's state is it: "arrived in Beijing" visits China.)
            if let host, named.contains(host) || target == nil, party(host) != party(source) { target = host }
            // A visit is to a state: "met Trump at the White House" visits the United States.
            // (The state need not be named: the Extractor lists every party it refers to.)
            if host == nil, let t = target, gazetteer.actorKind(t) != "state", let state = stateOf[t], party(state) != party(source) {
                target = state
            }
        }
        if target == source || target != nil && party(target) == party(source) { target = nil }
        // A visit with no visitor named ("Hundreds of trucks crossed into the zone") says nothing.
        if coded.isVisit, source == nil { return nil }
        // "The delegation was led by Hwang Pyong-so": a visit told in the passive describes, it reports no act.
        if coded.isVisit, passive, !trigger.nominal { return nil }
        // "Moon convened the National Security Council": meeting a body of one's own state is
        // the state's business, no event between parties.
        if root == "04", let t = target, let s = source, gazetteer.actorKind(t) != "person", gazetteer.actorKind(t) != "state" {
            // (A body found in the text has no state on record: convening it is still one's own.)
            if let ts = stateOf[t], ts == stateOf[s] { return nil }
            if stateOf[t] == nil, tokens[trigger.first].key.hasPrefix("conven") { return nil }
        }
        // An act with neither who nor whom says nothing an analyst can use.
        if source == nil && target == nil { return nil }

        // The place: the most specific place named in the sentence, after the trigger first.
        // (One pass without closures, which would copy `self`: the first place of the lowest
        // rank after the trigger, else of all.)
        var place: String?
        var placeAfter: String?
        var rankAfter = Int.max
        var rankAny = Int.max
        for m in nearby where m.kind == .place {
            // (`placeRank[placeKind(m.id) ?? "country"] ?? 9`: a place the gazetteer lacks is ranked as a country.)
            let rank = placeRankOf[m.id] ?? 9
            if m.firstToken > trigger.last, rank < rankAfter { rankAfter = rank; placeAfter = m.id }
            if rank < rankAny { rankAny = rank; place = m.id }
        }
        place = placeAfter ?? place
        // "Trump and Kim first met in Singapore": a meeting in a state neither side belongs to
        // is CAMEO's meeting at a third location (044).
        var final = coded
        if code == "040", let third = meetingAtThirdLocation, let place, let source, let target,
           let host = state(ofPlace: place),
           let sourceState = stateOf[source], let targetState = stateOf[target],
           host != sourceState, host != targetState {
            final = third
        }

        var confidence = trigger.nominal ? 0.6 : 0.7
        if source != nil && target != nil { confidence += 0.1 }
        if date != nil { confidence += 0.1 }
        // The evidence is the sentence; in a run-on sentence, the words around the trigger.
        let span = range.count <= 1000 ? range
            : tokens[lowerToken].start..<tokens[max(lowerToken, min(upperToken, tokens.count) - 1)].end
        let sourceName = actorName(source) ?? source ?? "someone"
        let targetName = actorName(target) ?? target
        // "source: act (threatened act) -> target", written once into a string of its size.
        let threatenedAct = modality == "threatened" && info.code != code
        let summary = String.concatenating(sourceName, ": ", final.description,
                                           threatenedAct ? " (" : "", threatenedAct ? info.description : "", threatenedAct ? ")" : "",
                                           targetName == nil ? "" : " -> ", targetName ?? "")
        return ExtractedArticle.Event(
            code: final.code, root: final.entry.root, quadClass: final.entry.quadClass, goldstein: final.entry.goldstein,
            source: source, target: target, place: place, date: date?.description, endDate: nil, modality: modality,
            threatened: threatened, summary: summary, sentence: text.slice(span),
            sentenceIndex: number, start: span.lowerBound, end: span.upperBound, confidence: min(confidence, 0.95), origin: "extracted")
    }

    /// Nouns that name a pair acting together after "the two" or "both".
    static let pairNouns: Set<String> = ["koreas", "sides", "leaders", "governments", "countries", "nations", "delegations",
                                         "men", "presidents", "parties", "neighbours", "neighbors", "rivals", "militaries"]

    /// The pair a verb's subject names ("both sides also said", "the two leaders had
    /// agreed"): the two parties of the last joint act reported within two sentences (for
    /// "leaders" and "men", the last act between two people; for "sides" with no act
    /// before, North and South Korea when the article names both). Nil when the words before the
    /// verb are no such phrase or the pair is not among the article's actors.
    func pairSubject(before trigger: Trigger, tokens: TokenBuffer, sentence: Range<Int>, number: Int,
                     earlier: [ExtractedArticle.Event], named: IDSet) -> (first: String, second: String)? {
        var j = trigger.first - 1
        while j > sentence.lowerBound, tokens[j].isIn([.adverb, .auxiliary]) || tokens[j].key == "should" || tokens[j].key == "also" { j -= 1 }
        // "They also agreed to ...": "they" right after a joint act of two named sides
        // (within the sentence before) are those two.
        if j >= sentence.lowerBound, tokens[j].key == "they", j == sentence.lowerBound || tokens[j - 1].breakAfter || tokens[j - 1].isIn(.wordAnd) {
            guard let last = earlier.last, (last.sentenceIndex ?? -9) >= number - 1, last.quadClass <= 2,
                  let a = last.source, let b = last.target, named.contains(a), named.contains(b) else { return nil }
            return (a, b)
        }
        // (The quantifier first: two comparisons before the noun is hashed.)
        guard j > sentence.lowerBound, tokens[j - 1].key == "two" || tokens[j - 1].key == "both",
              Self.pairNouns.contains(tokens[j].key) else { return nil }
        var noun = tokens[j].key
        // "the leaders of the two countries agreed": the leaders are the pair.
        var d = j - 2
        if d >= sentence.lowerBound, tokens[d].key == "the" { d -= 1 }
        if d - 1 >= sentence.lowerBound, tokens[d].key == "of", Self.leaderNouns.contains(tokens[d - 1].key) { noun = "leaders" }
        // (The recogniser reads "the two Koreas" and "both Koreas" as North and South Korea
        // themselves, in that order, as "North and South Korea" says it.)
        if noun == "koreas" { return nil }
        let bothKoreas = named.contains("north-korea") && named.contains("south-korea") ? (first: "north-korea", second: "south-korea") : nil
        let people = noun == "leaders" || noun == "men" || noun == "presidents"
        let bodies = noun == "governments" || noun == "countries" || noun == "nations" || noun == "sides" || noun == "militaries"
        for event in earlier.suffix(20).reversed() {
            guard (event.sentenceIndex ?? -9) >= number - (people ? 5 : 2) else { break }
            guard let a = event.source, let b = event.target, named.contains(a), named.contains(b) else { continue }
            if people && (gazetteer.actorKind(a) != "person" || gazetteer.actorKind(b) != "person") { continue }
            // "the two sides" of a meeting of two leaders are their states.
            if bodies, let sa = stateOf[a], let sb = stateOf[b], sa != sb, named.contains(sa), named.contains(sb) { return (sa, sb) }
            return (a, b)
        }
        return people ? nil : bothKoreas
    }

    /// Verbs that report a claim: "the ministry said North Korean soldiers had crossed".
    static let claimVerbs: Set<String> = ["said", "says", "claimed", "claims", "alleged", "alleges", "insisted", "insists",
                                          "charged", "charges", "concluded", "found"]

    /// A judgement in the speaker's own words: a quote that names another party and whose
    /// words lean negative ("'The North's fourth nuclear test is a grave violation,' the
    /// office said") is the speaker's criticism of that party (111), when the quote's
    /// sentence codes nothing from the speaker towards that party already. The words are
    /// weighed as characterizations weigh them (negative words count double; no negative
    /// word, no event). Returns the events in text order and sets each quote's `event`.
    func quoteJudgements(_ quotes: inout [ExtractedArticle.Quote], events: [ExtractedArticle.Event], text: ArticleText,
                         tokens: [WordToken], mentions: [Mention], published: PartialDate?) -> [ExtractedArticle.Event] {
        tokens.withUnsafeBufferPointer {
            quoteJudgements(&quotes, events: events, text: text, tokens: $0, mentions: mentions, published: published)
        }
    }

    /// `quoteJudgements` with the tokens read in place (see `TokenBuffer`).
    func quoteJudgements(_ quotes: inout [ExtractedArticle.Quote], events: [ExtractedArticle.Event], text: ArticleText,
                         tokens: TokenBuffer, mentions: [Mention], published: PartialDate?) -> [ExtractedArticle.Event] {
        let c = patterns.characterizations
        guard let codedIndex = patternInfo[c.criticism].asserted, !quotes.isEmpty else { return events }
        let code = codes[codedIndex].code
        let entry = codes[codedIndex].entry
        var added: [(quote: Int, event: ExtractedArticle.Event)] = []
        // The pairs each sentence already codes, looked up once per quote (made when a quote first leans negative).
        var coded: Set<CodedPair>?
        for (qi, quote) in quotes.enumerated() {
            guard let speaker = quote.speaker, let start = quote.start, let end = quote.end, let number = quote.sentence,
                  number < text.sentences.count, gazetteer.actorKind(speaker) != "media" else { continue }
            let speakerState = stateOf[speaker] ?? party(speaker)
            // The first party named in the quote that is not the speaker's side.
            let lower = mentions.partitionPoint { $0.start >= start }
            var target: String?
            var m = lower
            while m < mentions.count, mentions[m].start < end {
                let id = mentions[m].id
                if mentions[m].kind == .actor, gazetteer.actorKind(id) != "media", party(id) != party(speaker),
                   (stateOf[id] ?? party(id)) != speakerState {
                    target = id
                    break
                }
                m += 1
            }
            guard let target else { continue }
            var negative = 0
            var positive = 0
            var asksOrWarns = false
            // (`c.negative`, `c.positive` and `demandOrWarningWords` as word classes: no key is hashed.)
            for k in tokens.indices(within: start..<end) {
                if tokens[k].isIn(.negativeWord) { negative += 2 } else if tokens[k].isIn(.positiveWord) { positive += 1 }
                if tokens[k].isIn(.demandOrWarning) { asksOrWarns = true }
            }
            // ("We urge North Korea to cease its provocations", "will pay a price": a demand or a
            // warning, which a judgement would misname.)
            guard negative > 0, negative > positive, !asksOrWarns else { continue }
            // Not twice: the sentence may already code the speaker's act towards the target.
            if coded == nil {
                var pairs = Set<CodedPair>()
                for event in events {
                    if let n = event.sentenceIndex { pairs.insert(CodedPair(sentence: n, source: party(event.source), target: party(event.target))) }
                }
                coded = pairs
            }
            guard coded!.insert(CodedPair(sentence: number, source: party(speaker), target: party(target))).inserted else { continue }
            let range = text.sentences[number]
            let span = range.count <= 1000 ? range : start..<end
            let speakerName = gazetteer.actorName(speaker) ?? speaker
            let targetName = gazetteer.actorName(target) ?? target
            added.append((qi, ExtractedArticle.Event(
                code: code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein, source: speaker, target: target,
                place: nil, date: published?.description, endDate: nil, modality: "asserted", threatened: nil,
                summary: "\(speakerName): \(entry.description.lowercased()) -> \(targetName) (in its own words)",
                sentence: text.slice(span), sentenceIndex: number, start: span.lowerBound, end: span.upperBound,
                confidence: 0.6, origin: "extracted")))
        }
        guard !added.isEmpty else { return events }
        // Merged in text order; each quote points at its event.
        var out: [ExtractedArticle.Event] = []
        out.reserveCapacity(events.count + added.count)
        var a = 0
        for event in events {
            while a < added.count, (added[a].event.start ?? 0) < (event.start ?? 0) {
                quotes[added[a].quote].event = out.count
                out.append(added[a].event)
                a += 1
            }
            out.append(event)
        }
        while a < added.count {
            quotes[added[a].quote].event = out.count
            out.append(added[a].event)
            a += 1
        }
        return out
    }

    /// A sentence and the parties of an act it codes (no party: ""), as `quoteJudgements` looks them up.
    struct CodedPair: Hashable {
        let sentence: Int
        let source: String
        let target: String

        init(sentence: Int, source: String?, target: String?) {
            self.sentence = sentence
            self.source = source ?? ""
            self.target = target ?? ""
        }
    }

    /// Words that make a quote a demand or a warning rather than a judgement.
    static let demandOrWarningWords: Set<String> = ["urge", "urges", "demand", "demands", "warn", "warns", "respond", "retaliate",
                                                    "price", "responsible", "punish", "punishment", "must", "stop", "cease"]

    /// "The Defence Ministry said North Korean soldiers had crossed the line and
    /// buried the mines": besides the act, the one who says so accuses the actor
    /// (CAMEO 112; 1123, of aggression, for an assault, a fight or mass violence).
    /// Only for coercion and force (roots 17 to 20) that was carried out, said by a
    /// party other than the actor's own side and not by a news agency, which reports.
    func accusation(reporting event: ExtractedArticle.Event, trigger: Trigger, tokens: TokenBuffer, sentence: Range<Int>,
                    mentions: ArraySlice<Mention>) -> ExtractedArticle.Event? {
        guard event.modality == "asserted", let actor = event.source, ["17", "18", "19", "20"].contains(event.root),
              !trigger.nominal else { return nil }
        let reach = max(sentence.lowerBound, trigger.first - 25)
        guard let cue = (reach..<trigger.first).last(where: { tokens[$0].isIn(.claimVerb) }),
              // The actor is named between the claim and the act: "said [North Korean soldiers] had crossed".
              mentions.contains(where: { $0.kind == .actor && $0.id == actor && $0.firstToken > cue && $0.lastToken < trigger.first }) else {
            return nil
        }
        let speakers = mentions.filter { $0.kind == .actor && $0.lastToken < cue && $0.firstToken >= sentence.lowerBound }
        guard let speaker = clauseSubject(speakers, before: cue, tokens: tokens, sentence: sentence),
              gazetteer.actor(speaker.id)?.kind != "media",
              party(speaker.id) != party(actor), stateOf[speaker.id] == nil || stateOf[speaker.id] != stateOf[actor] else { return nil }
        let code = ["18", "19", "20"].contains(event.root) ? "1123" : "112"
        guard let entry = codebook[code] else { return nil }
        let speakerName = gazetteer.actorName(speaker.id) ?? speaker.id
        let actorName = gazetteer.actorName(actor) ?? actor
        return ExtractedArticle.Event(
            code: code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein, source: speaker.id, target: actor,
            place: event.place, date: event.date, endDate: nil, modality: "asserted", threatened: nil,
            summary: "\(speakerName): \(entry.description.lowercased()) -> \(actorName)\(event.summary.map { " (says it: \($0))" } ?? "")",
            sentence: event.sentence, sentenceIndex: event.sentenceIndex, start: event.start, end: event.end,
            confidence: max(0.5, event.confidence - 0.1), origin: "extracted")
    }

    /// The actors listed after the target when it is the first actor named in the six words after
    /// the trigger at `index`: "North Korea and Iran", "the KPA, Sweden and South Korea" (joined by
    /// commas, "and" or "or", a "the" allowed). Names only, not a pronoun or "the country"; and not a
    /// clause joined by ", and" ("offered goods to the South, and Seoul accepted them").
    func conjuncts(of target: String, after index: Int, mentions: ArraySlice<Mention>, tokens: TokenBuffer) -> [String] {
        guard var k = mentions.firstIndex(where: { $0.kind == .actor && $0.firstToken > index }),
              mentions[k].id == target, mentions[k].firstToken - index <= 6,
              mentions[k].how != .coreference else { return [] }
        var found: [String] = []
        while found.count < 6, mentions[k].lastToken + 1 < tokens.count, !tokens[mentions[k].lastToken].possessive {
            let next = mentions.index(after: k)
            // (Not a possessive that modifies what follows: "China and Russia's positions".)
            guard next < mentions.endIndex, mentions[next].kind == .actor, !tokens[mentions[next].lastToken].possessive else { break }
            let gap = mentions[k].lastToken + 1..<mentions[next].firstToken
            let comma = tokens[mentions[k].lastToken].breakAfter && !tokens[mentions[k].lastToken].sentenceEnd
            let joined = gap.contains { tokens[$0].isIn(.wordAnd) || tokens[$0].key == "or" }
            guard gap.count <= 2, comma || joined, !(comma && joined && found.isEmpty), mentions[next].how != .coreference,
                  gap.allSatisfy({ (tokens[$0].isIn(.wordAnd) || tokens[$0].key == "or" || tokens[$0].key == "the") && !tokens[$0].breakAfter }) else { break }
            // ("..., killing two South Korean marines, South Korea's Defense Ministry said": who said it.)
            if mentions[next].lastToken + 1 < tokens.count, tokens[mentions[next].lastToken + 1].isIn(.speechVerb) { break }
            if !found.contains(mentions[next].id) { found.append(mentions[next].id) }
            k = next
        }
        return found
    }

    /// The two actors of "between A and B" right after the noun at `noun`, before `limit`: "talks
    /// between North Korea and the United States", "a summit between Kim and U.S. President Donald
    /// Trump" (a name that modifies the next is not the head: Trump).
    static func betweenPair(after noun: Int, before limit: Int, tokens: TokenBuffer, actors mentions: some Sequence<Mention>) -> (String, String)? {
        guard let between = (noun + 1..<min(noun + 3, limit)).first(where: { tokens[$0].isIn(.wordBetween) }) else { return nil }
        let actors = Array(mentions.lazy.filter { $0.firstToken > between && $0.lastToken < limit }.prefix(6))
        guard let first = actors.first(where: { ($0.firstToken == between + 1 || $0.firstToken == between + 2 && tokens[between + 1].key == "the")
                                                && $0.lastToken < limit }),
              first.lastToken + 2 < limit, tokens[first.lastToken + 1].isIn(.wordAnd),
              var second = actors.firstIndex(where: { $0.firstToken == first.lastToken + 2
                                                     || $0.firstToken == first.lastToken + 3 && tokens[first.lastToken + 2].key == "the" }),
              actors[second].lastToken < limit else { return nil }
        while second + 1 < actors.count, case let next = actors[second + 1], next.lastToken < limit, !tokens[actors[second].lastToken].breakAfter,
              next.firstToken > actors[second].lastToken, next.firstToken - actors[second].lastToken <= 3,
              (actors[second].lastToken + 1..<next.firstToken).allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].breakAfter }) {
            second += 1
        }
        return (first.id, actors[second].id)
    }

    /// The subject of a clause: the nearest actor before `index` that no
    /// preposition governs and that is not a possessive modifier.
    func clauseSubject(_ mentions: [Mention], before index: Int, tokens: TokenBuffer, sentence: Range<Int>) -> Mention? {
        // (Most callers pass only mentions before `index`: then no copy is made.)
        let candidates = mentions.allSatisfy { $0.lastToken < index } ? mentions : mentions.filter { $0.lastToken < index }
        return candidates.reversed().first { m in
            // "since North Korean defectors sent": since, after, before and until open a clause here.
            // "spoke with President Yoon": a title may stand between the preposition and the name.
            var g = m.firstToken - 1
            while g > sentence.lowerBound, m.firstToken - g <= 2, tokens[g].isCapitalized, tokens[g].isIn(.personTitle), !tokens[g - 1].breakAfter { g -= 1 }
            // "a meeting of his National Security Council", "of the ministry": a determiner may stand between.
            if g > sentence.lowerBound, m.firstToken - g <= 2, tokens[g].isIn(.determinerBeforeName), !tokens[g - 1].breakAfter { g -= 1 }
            let governed = g >= sentence.lowerBound && m.firstToken > sentence.lowerBound && tokens[g].isIn(.preposition)
                && !tokens[g].isIn(.conjunction) && !tokens[g].breakAfter
            let modifier = tokens[m.lastToken].possessive && candidates.contains { $0.firstToken == m.lastToken + 1 }
            return !governed && !modifier && !Self.insideSetOffClause(m, before: index, tokens: tokens, sentence: sentence, mentions: candidates)
        }
    }

    /// The word right before the verb at `index` once adverbs, auxiliaries and negations are
    /// passed (at most three: "We strongly urge", "I will never accept", "it had threatened"),
    /// where a pronoun subject stands; nil when a break comes first.
    static func subjectWord(before index: Int, tokens: TokenBuffer, sentence: Range<Int>) -> Int? {
        var w = index - 1
        while w > sentence.lowerBound, index - w <= 3, !tokens[w - 1].breakAfter,
              tokens[w].isIn([.adverb, .auxiliary]) || tokens[w].key.hasSuffix("ly") || tokens[w].isIn(.denial) { w -= 1 }
        return w >= sentence.lowerBound && !tokens[w].breakAfter ? w : nil
    }

    /// The subject an unresolved "it" or "they" right before the verb stands for: the
    /// sentence's own subject (its first actor that no preposition governs, not a person),
    /// not the nearest name ("defying the Security Council a month after it threatened to
    /// resume testing": North Korea threatened). Nil when the pronoun is not the verb's subject,
    /// when the recogniser already resolved it, or when the sentence names no such actor before it.
    func pronounAntecedent(before trigger: Trigger, candidates: [Mention], nearest: Mention?, tokens: TokenBuffer,
                           sentence: Range<Int>) -> Mention? {
        guard let p = Self.subjectWord(before: trigger.first, tokens: tokens, sentence: sentence), p > sentence.lowerBound,
              tokens[p].key == "it" || tokens[p].key == "they", nearest.map({ $0.lastToken < p }) ?? true else { return nil }
        return candidates.first { m in
            m.lastToken < p && gazetteer.actorKind(m.id) != "person"
                && clauseSubject([m], before: p, tokens: tokens, sentence: sentence) != nil
        }
    }

    /// True when `m` sits in a clause set off by commas that closes before `index`, so it is
    /// not the subject of the verb there: a relative clause ("Kim, who has met Moon twice,
    /// also held a summit") or an apposition after a name, opening in lower case ("Kim
    /// Yang-gon, a secretary of the North's ruling Workers' Party, urged"; "chairman of").
    static func insideSetOffClause(_ m: Mention, before index: Int, tokens: TokenBuffer, sentence: Range<Int>,
                                   mentions: [Mention]) -> Bool {
        // The opening comma, at most twelve words back.
        var c = m.firstToken - 1
        while c >= sentence.lowerBound, m.firstToken - c <= 12, !(tokens[c].breakAfter && !tokens[c].possessive) { c -= 1 }
        guard c >= sentence.lowerBound, m.firstToken - c <= 12, c + 1 < tokens.count else { return false }
        let first = tokens[c + 1]
        let relative = first.key == "who" || first.key == "which" || first.key == "whose"
        let apposition = !first.isCapitalized && !Self.clauseConjunctions.contains(first.key) && mentions.contains { $0.lastToken == c }
        guard relative || apposition else { return false }
        return (m.lastToken..<index).contains { tokens[$0].breakAfter && !tokens[$0].possessive }
    }

    /// Words that open a coordinated clause after a comma, not an apposition.
    static let clauseConjunctions: Set<String> = ["and", "but", "or", "then", "while", "as"]

    /// Words after "by" that name a means, not an agent: "arrived by train", "by phone".
    static let meansAfterBy: Set<String> = ["train", "car", "plane", "air", "sea", "road", "land", "bus", "ship", "boat",
                                            "phone", "telephone", "letter", "fax", "email", "video", "helicopter", "rail", "foot"]

    /// Words after a launch that say where it came down: "came down in Japan's zone", "landed off Japan".
    static let landingWords: Set<String> = ["landed", "fell", "splashed", "down", "crashed", "impacted"]

    /// "joined X in condemning": the forms of "join".
    static let joinForms: Set<String> = ["joined", "joins", "join", "joining"]

    /// "the leaders of the two countries": nouns that make a pair of people.
    static let leaderNouns: Set<String> = ["leaders", "presidents", "heads"]

    /// Roots of acts two parties do with each other: intents to cooperate, consultations and
    /// meetings, diplomatic and material cooperation.
    static let reciprocalRoots: Set<String> = ["03", "04", "05", "06"]

    /// Nouns after "attack", "strike" or "assault" that make it a modifier naming a weapon or a
    /// unit: "attack helicopters", "strike force", "assault rifles".
    static let weaponNouns: Set<String> = ["helicopter", "helicopters", "submarine", "submarines", "drone", "drones", "aircraft",
                                           "jet", "jets", "boat", "boats", "craft", "dog", "dogs", "vessel", "vessels", "plane",
                                           "planes", "capability", "capabilities", "force", "forces", "unit", "units", "rifle", "rifles",
                                           "group", "groups", "package", "packages"]

    /// A word between a participle and "by" that makes it an active verb with an object
    /// ("blamed hostile acts by"): a plural or abstract noun (not a year, a date word or an adverb).
    static func objectNounLike(_ t: WordToken) -> Bool {
        !t.isCapitalized && !t.isIn([.adverb, .preposition, .dateWord]) && t.key.utf8.count > 3
            && (t.key.hasSuffix("s") || t.key.hasSuffix("tion") || t.key.hasSuffix("ment"))
    }

    /// Words that make "attack" an illness: "a heart attack".
    static let illnessModifiers: Set<String> = ["heart", "panic", "asthma", "anxiety"]

    /// Prepositions that aim an act otherwise aimed at no one: "fired at", "toward Japan".
    static let aimPrepositions: Set<String> = ["at", "toward", "towards", "into", "against", "on", "onto"]

    static let determinersBeforeName: Set<String> = ["the", "his", "her", "its", "their", "a", "an"]

    /// The state of the country place `id` lies in, where the coder knows one.
    /// (Methods, not closures over `gazetteer`, for the lookups in `event(for:)`: such a
    /// closure would copy the whole coder into its context.)
    func state(ofPlace id: String) -> String? {
        guard let p = gazetteer.placeSlots[id], let country = gazetteer.places[p].country else { return nil }
        return stateOfCountry[country]
    }

    /// The state a mention names: a state actor, or a country named as a place ("flew over Japan").
    func stateNamed(by m: Mention) -> String? {
        m.kind == .actor ? (gazetteer.actorKind(m.id) == "state" ? m.id : nil)
            : (gazetteer.placeKind(m.id) == "country" ? state(ofPlace: m.id) : nil)
    }

    /// The gazetteer's name of actor `id`; nil for no id or an id it lacks.
    func actorName(_ id: String?) -> String? {
        guard let id else { return nil }
        return gazetteer.actorName(id)
    }

    /// An actor as a party to an event: a government stands for its state.
    func party(_ id: String?) -> String? {
        // (`partyOf`: a government's state, read in one lookup.)
        guard let id else { return nil }
        return partyOf[id] ?? id
    }

    /// Mentions whose first token lies in `tokens`, by binary search (mentions are in text order).
    static func window(_ mentions: ArraySlice<Mention>, _ tokens: Range<Int>) -> ArraySlice<Mention> {
        let lower = mentions.partitionPoint { $0.firstToken >= tokens.lowerBound }
        return mentions[lower..<max(lower, mentions.partitionPoint { $0.firstToken >= tokens.upperBound })]
    }

    /// The CAMEO "express intent" code (03x) for a promised cooperative act, or
    /// nil when the act is already an intent or has none.
    static func intentCode(for act: String) -> String? {
        switch act {
        case "061": return "0311"
        case "062": return "0312"
        case "063": return "0313"
        case "064": return "0314"
        case "071": return "0331"
        case "072": return "0332"
        case "073": return "0333"
        case "074": return "0334"
        case "081": return "0351"
        case "082": return "0352"
        case "084", "0841", "0842": return "0353"
        case "085": return "0354"
        case "086": return "0355"
        case "087", "0871", "0872", "0873", "0874": return "0356"
        default: break
        }
        switch act.prefix(2) {
        case "04": return "036"
        case "05": return act == "055" ? nil : (act == "057" ? "030" : "032")
        case "06": return "031"
        case "07": return "033"
        case "08": return "035"
        default: return nil
        }
    }

    /// The 13x code for a threat of the given act.
    static func threatCode(for act: String) -> String {
        if act.hasPrefix("13") { return act }
        switch Int(act.prefix(2)) ?? 0 {
        case 17...20: return "138"
        case 16: return act == "163" ? "1312" : "1313"
        case 15: return "138"
        case 12: return "134"
        default: return "130"
        }
    }

    /// A date the sentence gives, with its scalar offset in the article text.
    struct DatedSpan {
        let date: PartialDate
        let at: Int
    }

    static let relativeDateWords: Set<String> = ["later", "earlier", "ago", "next", "following", "month", "year", "before"]
    static let numberWords: [String: Int] = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                                             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12]

    /// Dates relative to the last dated event ("two days later", "a day earlier",
    /// "the next day", "the day before") or to the article's date ("three days
    /// ago", "earlier this month", "last month", "earlier this year").
    static func relativeDates(_ tokens: TokenBuffer, in range: Range<Int>, anchor: PartialDate?, published: PartialDate?) -> [DatedSpan] {
        var out: [DatedSpan] = []
        func key(_ i: Int) -> String { range.contains(i) ? tokens[i].key : "" }
        func count(_ i: Int) -> Int? {
            let k = key(i)
            if let n = numberWords[k] { return n }
            return k.utf8.count <= 3 ? Int(k) : nil
        }
        for i in range {
            let k = tokens[i].key
            var date: PartialDate?
            var at = i
            if k == "later" || k == "earlier" || k == "ago", i >= range.lowerBound + 2, let n = count(i - 2) {
                // "two days later", "a week earlier", "three days ago".
                let unit = key(i - 1)
                let days = unit.hasPrefix("day") ? n : (unit.hasPrefix("week") ? 7 * n : 0)
                guard days > 0 else { continue }
                let sign = k == "later" ? 1 : -1
                let base = k == "ago" ? published : anchor
                date = base.flatMap { $0.adding(days: sign * days) }
                at = i - 2
            } else if k == "day", key(i - 1) == "next" || key(i - 1) == "following", key(i - 2) == "the" {
                date = anchor.flatMap { $0.adding(days: 1) }
                at = i - 2
            } else if k == "before", key(i - 1) == "day", key(i - 2) == "the", !tokens[i].breakAfter || i + 1 == range.upperBound {
                date = anchor.flatMap { $0.adding(days: -1) }
                at = i - 2
            } else if k == "month", let published, let month = published.month,
                      key(i - 1) == "last" || key(i - 1) == "this" && key(i - 2) == "earlier" {
                // "earlier this month", "last month" ("this month" alone is as often the future).
                if key(i - 1) == "this" {
                    date = PartialDate(year: published.year, month: month)
                } else {
                    date = month == 1 ? PartialDate(year: published.year - 1, month: 12) : PartialDate(year: published.year, month: month - 1)
                }
                at = i - 1
            } else if k == "year", key(i - 1) == "this", key(i - 2) == "earlier", let published {
                date = PartialDate(year: published.year)
                at = i - 1
            }
            if let date { out.append(DatedSpan(date: date, at: tokens[at].start)) }
        }
        return out
    }

    /// Every date a sentence gives, in text order: full dates, months, a month
    /// and day of the article's year, weekdays and "yesterday" before the
    /// article's date, "last June", "last year", and years that date something
    /// ("in 2018", not "the 2018 agreement" or "the 2032 Olympics").
    func dates(in text: ArticleText, _ range: Range<Int>, published: PartialDate?) -> [DatedSpan] {
        let sentence = text.scalars[range]
        let tokens = DateScanner.tokenize(scalars: sentence)
        var out: [DatedSpan] = []
        // Flags made only when a match covers some token.
        var covered: [Bool] = []
        // Every match and every month and day holds a number (ASCII digits): without a digit there is none.
        // (A number token is a run of ASCII digits: there is one where there is a digit.)
        let hasDigit = tokens.items.contains { $0.kind == .number }
        for (match, first, last) in hasDigit ? DateScanner.matches(in: tokens, bareYears: true) : [] {
            if match.date.precision == .year {
                // A year inside a name or a noun phrase is an attribute, not a date.
                let previous = first > 0 ? tokens.text(first - 1).lowercased() : ""
                let next = last + 1 < tokens.count ? last + 1 : nil
                if Self.determiners.contains(previous) || previous.hasSuffix("'s") { continue }
                let dating = ["in", "since", "by", "until", "from", "of", "early", "late", "mid", "during", "around", "before", "after"].contains(previous)
                if !dating, let next, tokens[next].kind == .word, tokens.text(next).first?.isUppercase == true { continue }
                if let next, tokens.isScalar(next, "-") || tokens.isScalar(next, "–") { continue }
            }
            out.append(DatedSpan(date: match.date, at: range.lowerBound + match.start))
            if covered.isEmpty { covered = [Bool](repeating: false, count: tokens.count) }
            for i in first...last { covered[i] = true }
        }
        // "will meet on October 4", "is due to resume on Friday": a date in a clause about the
        // future is the next such day, not the last one (a future word within fourteen tokens before
        // it: "will resume anti-Pyongyang broadcasts along the border at noon on Friday").
        // So is a date after an intent ("agreed to hold reunions on Aug. 15", "proposed talks on
        // October 4"), unless the intent's own date follows it ("agreed on Tuesday", "agreed at Panmunjom on July 26").
        func future(before start: Int) -> Bool {
            let t = tokens.partitionPoint { $0.start >= start }
            return (max(0, t - 14)..<t).contains { i in
                guard tokens[i].kind == .word else { return false }
                let word = tokens.text(i).lowercased()
                if Self.futureWords.contains(word) { return true }
                guard Self.intentWords.contains(word), i + 1 < t else { return false }
                return !(tokens[i + 1].kind == .word && Self.ownDateOpeners.contains(tokens.text(i + 1).lowercased()))
            }
        }
        for (month, day, start, _) in hasDigit ? DateScanner.scanMonthDays(tokens: tokens) : [] {
            guard let published else { break }
            var year = published.year
            if let candidate = PartialDate(year: year, month: month, day: day), candidate > published, published.precision == .day,
               !future(before: start) { year -= 1 }
            if let date = PartialDate(year: year, month: month, day: day) { out.append(DatedSpan(date: date, at: range.lowerBound + start)) }
        }
        // Words longer than nine letters are never date words: left empty, not lower-cased.
        // (Lower-cased only for a word that may be a date word and the words around it.)
        func words(_ i: Int) -> String {
            guard tokens[i].kind == .word else { return "" }
            let text = tokens.text(i)
            return text.utf8.count <= 9 ? text.lowercased() : ""
        }
        for (i, token) in tokens.enumerated() where token.kind == .word && (covered.isEmpty || !covered[i]) {
            guard let published else { break }
            // Every date below is read from a word of `dateWords`: any other word gives none.
            guard Self.mayBeDateWord(tokens, i) else { continue }
            let word = words(i)
            let previous = i > 0 ? words(i - 1) : ""
            let next = i + 1 < tokens.count ? words(i + 1) : ""
            let at = range.lowerBound + token.start
            var date: PartialDate?
            if let month = DateScanner.months[word], word.count >= 3, tokens.text(i).first?.isUppercase == true,
               !(i + 1 < tokens.count && tokens[i + 1].kind == .number),
               ["in", "since", "last", "early", "late", "mid", "until", "from", "by", "of", "during", "this"].contains(previous),
               word != "may" || previous != "" {
                // "in April", "last June", "in June last year": the latest such month up to the article's date.
                var year = published.year
                if previous == "last" ? month >= (published.month ?? 12) : month > (published.month ?? 12) { year -= 1 }
                if next == "last", i + 2 < tokens.count, words(i + 2) == "year" { year = published.year - 1 }
                date = PartialDate(year: year, month: month)
            } else if published.precision == .day {
                if word == "yesterday" {
                    date = published.adding(days: -1)
                } else if word == "today" || word == "tonight" {
                    date = published
                } else if let weekday = Self.weekdayNumbers[word], let current = published.weekday,
                          ["on", "last", "since", "early", "late", "from", "until", "by"].contains(previous) || i == 0 {
                    var back = (current - weekday + 7) % 7
                    if previous == "last", back == 0 { back = 7 }
                    if previous != "last", back != 0, future(before: token.start) {
                        date = published.adding(days: 7 - back)
                    } else {
                        date = published.adding(days: -back)
                    }
                } else if word == "week", previous == "last", let earlier = published.adding(days: -7) {
                    date = PartialDate(year: earlier.year, month: earlier.month)
                }
            }
            if date == nil, word == "year", previous == "last", !(i >= 2 && DateScanner.months[words(i - 2)] != nil) {
                date = PartialDate(year: published.year - 1)
            }
            if let date { out.append(DatedSpan(date: date, at: at)) }
        }
        // (A stable sort leaves text order as it is: already sorted, no copy.)
        return zip(out, out.dropFirst()).allSatisfy({ $0.at <= $1.at }) ? out : out.sorted { $0.at < $1.at }
    }

    /// Words that put a date after them in the future: "will", "is due to", "plans to".
    static let futureWords: Set<String> = ["will", "would", "due", "scheduled", "plans", "planned", "planning", "shall", "next",
                                           "expected", "set"]
    /// A count: digits ("82") or a number word ("two").
    /// A token whose key starts with a digit or is a number word above one (`numberWords[key] > 1`,
    /// by word class: the dictionary lookup was 1% of extraction).
    @inline(__always)
    static func isNumber(_ token: WordToken) -> Bool {
        token.isIn(.numberAboveOne) || token.key.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    /// What a statement is called when it opens a sentence: "The statement blamed ...".
    static let documentNouns: Set<String> = ["statement", "letter", "report", "commentary", "editorial", "message", "notice",
                                             "communique", "announcement"]
    /// Words before "with" that make the one named after it a partner: "in coordination with".
    static let partnerWords: Set<String> = ["coordination", "cooperation", "conjunction", "together", "jointly", "along", "concert"]
    /// What one declines or refuses to do when keeping silent ("declined to comment").
    static let withheldWords: Set<String> = ["say", "comment", "elaborate", "confirm", "disclose", "discuss", "specify", "reveal",
                                             "answer", "identify", "give", "provide", "name", "speculate", "be"]
    /// What is hosted without a visit: "hosted by South Korea" after the Games, "share host status".
    static let hostedThings: Set<String> = ["olympics", "games", "olympic", "cup", "summit", "conference", "forum", "event",
                                            "events", "status", "tournament", "championship", "expo", "by"]

    /// Where force spent is a show of it: "into the sea", "into waters near ...".
    static let seaWords: Set<String> = ["sea", "waters", "water", "ocean"]
    /// Intents whose content lies ahead: a date after one is the next such date (the promises that
    /// make an act planned, and proposals and invitations).
    static let intentWords: Set<String> = promiseWords.union(["proposed", "proposes", "invited", "invites"])
    /// Words that open an intent's own date or place right after it ("agreed on Tuesday").
    static let ownDateOpeners: Set<String> = ["on", "at", "in", "during", "last", "this", "early", "late", "earlier", "later"]

    /// The date of the act a trigger names: the date nearest to it inside its
    /// clause (between the triggers before and after it), else a date that
    /// opens the sentence ("On Friday, ..."), else the article's date.
    /// `statement`: the date of a statement, agreement or proposal, whose content may lie ahead: a date
    /// after the article's own is what is planned or threatened, not when it was said ("agreed to hold
    /// reunions on Aug. 15" was agreed by the date line), and is passed over.
    func date(for trigger: Trigger, tokens: TokenBuffer, window: Range<Int>, firstTrigger: Int,
              dates: [DatedSpan], published: PartialDate?, statement: Bool = false) -> PartialDate? {
        let at = tokens[trigger.first].start
        // (A loop over `dates` with this test, not a lazy filter: the filter's closure context was
        // allocated and released per call, 1% of extraction.)
        func reported(_ d: DatedSpan) -> Bool { !statement || published.map { p in d.date <= p || d.date.isCompatible(with: p) } ?? true }
        // Nor is a date in a background clause that opens after the trigger ("blew up the liaison office,
        // which had been set up in 2018": a relative clause in the past perfect; one in the past tense
        // often tells the same act, "a missile, which came down in the sea on Friday").
        var upper = window.upperBound
        var k = trigger.last + 1
        while k < tokens.count, tokens[k].start < upper {
            if tokens[k].isIn(.relativePronoun), (k + 1..<min(k + 4, tokens.count)).contains(where: { tokens[$0].key == "had" }) {
                upper = tokens[k].start
                break
            }
            k += 1
        }
        let clause = window.lowerBound..<max(window.lowerBound, upper)
        // "its first encounter ... since a reported stroke last year", "four times since March 2018": a date
        // after "since" starts a period, it does not date the act.
        func afterSince(_ d: DatedSpan) -> Bool {
            let k = tokens.partitionPoint { $0.start >= d.at }
            var j = k - 1
            while j >= 0, k - j <= 6, !tokens[j].breakAfter {
                if tokens[j].key == "since" { return true }
                j -= 1
            }
            return false
        }
        // The nearest reported date in the clause (the first of equally near ones).
        var nearest: DatedSpan?
        for d in dates where clause.contains(d.at) && reported(d) && !afterSince(d) {
            if let n = nearest, abs(n.at - at) <= abs(d.at - at) { continue }
            nearest = d
        }
        if let nearest { return nearest.date }
        if let opening = dates.last(where: { $0.at < firstTrigger && reported($0) }) { return opening.date }
        return published
    }

    /// Every word a date is read from without a digit (months, weekdays, relative days).
    static let dateWords: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                         "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday", "yesterday", "today", "tonight", "week", "year"]
    /// `dateWords` packed (`DateScanner.packedLowercase`), sorted.
    static let dateWordKeys: [UInt64] = dateWords.compactMap(DateScanner.packedLowercase).sorted()

    /// False only for a word that lower-cases to none of `dateWords` (a word of more
    /// than nine bytes counts as none, as in `dates(in:)`); decided on its bytes.
    static func mayBeDateWord(_ text: String) -> Bool {
        guard text.utf8.count <= 9 else { return false }
        guard let key = DateScanner.packedLowercase(text) else { return true }
        let i = dateWordKeys.partitionPoint { $0 >= key }
        return i < dateWordKeys.count && dateWordKeys[i] == key
    }

    /// The ASCII letters (lower case, as bits from "a") that start a word of `dateWords`.
    static let dateWordInitials: UInt32 = dateWords.reduce(0) { mask, word in
        guard let b = word.utf8.first, b >= 0x61, b <= 0x7A else { return mask }
        return mask | 1 << UInt32(b - 0x61)
    }

    /// `mayBeDateWord` of the text of word token `i` of a date scanner's tokens, read from the scalars.
    static func mayBeDateWord(_ tokens: DateScanner.Tokens, _ i: Int) -> Bool {
        let token = tokens[i]
        let base = tokens.scalars.startIndex
        guard token.ascii else {
            return mayBeDateWord(tokens.scalars[(base + token.start)..<(base + token.end)], ascii: false)
        }
        // An ASCII word (its scalars letters, a byte each): more than nine letters, or an initial
        // that starts no date word, is none; else its packed key is looked up.
        guard token.end - token.start <= 9,
              dateWordInitials & 1 << ((tokens.scalar(at: token.start).value | 0x20) - 0x61) != 0 else { return false }
        var key: UInt64 = 0
        for k in token.start..<token.end {
            let v = tokens.scalar(at: k).value
            key = key << 7 | UInt64(v >= 0x41 && v <= 0x5A ? v + 32 : v)
        }
        let keys = dateWordKeys
        let found = keys.partitionPoint { $0 >= key }
        return found < keys.count && keys[found] == key
    }

    /// `mayBeDateWord` of the scalars of a word, told whether all are ASCII.
    @inline(__always)
    static func mayBeDateWord(_ scalars: ArraySlice<Unicode.Scalar>, ascii allASCII: Bool) -> Bool {
        // An ASCII word whose initial starts no date word is none ("the", "Korea", "talks").
        if let first = scalars.first?.value, first < 0x80, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A,
           dateWordInitials & 1 << ((first | 0x20) - 0x61) == 0, allASCII {
            return false
        }
        var key: UInt64 = 0
        var bytes = 0
        var ascii = true
        for scalar in scalars {
            let v = scalar.value
            bytes += UTF8.width(scalar)
            if bytes > 9 { return false }
            if v >= 0x80 { ascii = false; continue }
            key = key << 7 | UInt64(v >= 0x41 && v <= 0x5A ? v + 32 : v)
        }
        // Not all ASCII (and at most nine bytes): maybe, as `packedLowercase` gives no key.
        guard ascii else { return true }
        let i = dateWordKeys.partitionPoint { $0 >= key }
        return i < dateWordKeys.count && dateWordKeys[i] == key
    }
    static let weekdayNumbers: [String: Int] = ["monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                                                "saturday": 5, "sunday": 6]
}

extension ExtractedArticle.Event {
    /// The event aimed at the state a demonym names ("a South Korean tourist").
    func directed(at target: String, name: String) -> Self {
        var event = self
        event.target = target
        event.summary = (summary ?? "") + " -> \(name)"
        return event
    }

    /// The event said by `source`, whom its sentence does not name ("The statement blamed ..."):
    /// the summary's opening "someone" named.
    func spoken(by source: String, name: String) -> Self {
        var event = self
        event.source = source
        if let summary, summary.hasPrefix("someone: ") {
            event.summary = name + summary.dropFirst("someone".count)
        }
        return event
    }

    /// The event aimed at another of a list of targets: the summary's last "-> name" replaced.
    func retargeted(from oldName: String, to target: String, name: String) -> Self {
        var event = self
        event.target = target
        let old = " -> " + oldName
        if let summary, summary.hasSuffix(old) {
            event.summary = String(summary.dropLast(old.count)) + " -> " + name
        }
        return event
    }

    /// The event with a target the sentence did not name but the article
    /// implies (the other Korea); the summary says so and confidence drops.
    func aimed(at target: String, name: String) -> Self {
        var event = self
        event.aim(at: target, name: name)
        return event
    }

    /// `self = aimed(at:name:)`, in place (no copy of the event).
    mutating func aim(at target: String, name: String) {
        self.target = target
        // Written once into a string of the final size.
        summary = String.concatenating(summary ?? "", " -> ", name, " (target implied: the other Korea)")
        confidence = max(0.5, confidence - 0.1)
    }
}
