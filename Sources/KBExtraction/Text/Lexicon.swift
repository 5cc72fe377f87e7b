/// Word ids: every word the extractor looks words up by (names, pattern
/// phrases, the word lists of the recogniser) gets a small integer, built once
/// per extractor, so the hot loops index arrays instead of hashing strings.
///
/// A token's key is the word lower-cased with British spellings folded (see
/// `WordTokenizer`). ASCII keys sit in an open-addressing table over their
/// bytes, which the tokenizer probes while it reads a word, before any
/// `String` exists; keys with other scalars sit in a `Dictionary`, whose
/// `String` keys compare by canonical equivalence exactly as the keys did
/// before ids. A word that is not in the lexicon has id `Lexicon.unknown`.
struct Lexicon: Sendable {
    typealias ID = Int32
    static let unknown: ID = -1

    /// Id -> key.
    private(set) var keys: [String] = []
    /// Id -> word classes (bits of `WordClass`).
    private(set) var classes: [UInt64] = []

    /// ASCII spellings by FNV-1a hash of the bytes, two words a slot (one cache line holds
    /// both): the high 32 bits of the hash, then id + 1 in the low 32 (0 empty); and a
    /// spelling of up to seven bytes itself (length in the top byte, bytes from the lowest),
    /// or 0xFF in the top byte and the entry of a longer one. A probe compares the hash's
    /// high bits, then a short word in place: only a longer word reads its bytes elsewhere.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 2 * 1024)
    /// Entry -> its bytes in `spellingBytes`, and the id it stands for (one record: one read).
    private var spellings: [Spelling] = []
    private var spellingBytes: [UInt8] = []

    struct Spelling {
        let start: Int32
        let end: Int32
        let id: ID
    }
    private var nonASCII: [String: ID] = [:]

    var count: Int { keys.count }

    /// A lexicon of the spellings `WordTokenizer` folds, which every lexicon has
    /// (a word the lexicon lacks is then never one to fold).
    init() {
        for (spelling, key) in WordTokenizer.spellings.sorted(by: { $0.key < $1.key }) { add(spelling: spelling, for: key) }
    }

    /// The id of `key`, added with `classes` if new (classes accumulate). A
    /// spelling that folds to another key gets that key's id but no classes:
    /// no token has it as its key.
    @discardableResult
    mutating func add(_ key: String, _ wordClasses: WordClass = []) -> ID {
        if let id = id(of: key) {
            if keys[Int(id)] == key { classes[Int(id)] |= wordClasses.rawValue }
            return id
        }
        let id = ID(keys.count)
        keys.append(key)
        classes.append(wordClasses.rawValue | WordClass.suffixes(of: key))
        addSpelling(key, for: id)
        return id
    }

    /// Makes `spelling` (a key as written before folding) stand for `key`.
    mutating func add(spelling: String, for key: String) {
        let id = add(key)
        if self.id(of: spelling) == nil { addSpelling(spelling, for: id) }
    }

    private mutating func addSpelling(_ spelling: String, for id: ID) {
        guard spelling.utf8.allSatisfy({ $0 < 0x80 }) else {
            nonASCII[spelling] = id
            return
        }
        if (spellings.count + 1) * 2 > slots.count / 2 { grow() }
        let start = Int32(spellingBytes.count)
        spellingBytes.append(contentsOf: spelling.utf8)
        spellings.append(Spelling(start: start, end: Int32(spellingBytes.count), id: id))
        insert(entry: spellings.count - 1)
    }

    private mutating func insert(entry: Int) {
        var hash = Self.basis
        let spelling = spellings[entry]
        for k in spelling.start..<spelling.end { hash = Self.mix(hash, spellingBytes[Int(k)]) }
        let count = Int(spelling.end - spelling.start)
        let mask = slots.count / 2 - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[2 * slot] != 0 { slot = (slot + 1) & mask }
        slots[2 * slot] = (hash >> 32) << 32 | UInt64(UInt32(bitPattern: spelling.id + 1))
        slots[2 * slot + 1] = count <= 7 ? Self.packed(count) { spellingBytes[Int(spelling.start) + $0] } : 0xFF << 56 | UInt64(entry)
    }

    /// A spelling of up to seven bytes as one word: the length in the top byte, the bytes from the lowest.
    @inline(__always)
    static func packed(_ count: Int, _ byte: (Int) -> UInt8) -> UInt64 {
        var word = UInt64(count) << 56
        for k in 0..<count { word |= UInt64(byte(k)) << UInt64(8 * k) }
        return word
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for entry in spellings.indices { insert(entry: entry) }
    }

    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    /// The id of a key (or of a spelling that folds to one), or nil.
    func id(of key: String) -> ID? {
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return nonASCII[key] }
        var key = key
        return key.withUTF8 { bytes -> ID? in
            var hash = Self.basis
            for b in bytes { hash = Self.mix(hash, b) }
            let id = lookup(hash: hash, count: bytes.count) { bytes[$0] }
            return id == Self.unknown ? nil : id
        }
    }

    /// The id of the ASCII bytes `byte(0..<count)` hashed to `hash`, or `unknown`.
    @inline(__always)
    func lookup(hash: UInt64, count: Int, _ byte: (Int) -> UInt8) -> ID {
        let mask = slots.count / 2 - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash >> 32
        let short = count <= 7 ? Self.packed(count, byte) : 0
        while true {
            let value = slots[2 * slot]
            if value == 0 { return Self.unknown }
            if value >> 32 == tag {
                let word = slots[2 * slot + 1]
                if count <= 7 {
                    if word == short { return ID(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1 }
                } else if word >> 56 == 0xFF {
                    let spelling = spellings[Int(truncatingIfNeeded: word & 0x00FF_FFFF_FFFF_FFFF)]
                    if Int(spelling.end - spelling.start) == count {
                        var k = 0
                        let start = Int(spelling.start)
                        while k < count, spellingBytes[start + k] == byte(k) { k += 1 }
                        if k == count { return spelling.id }
                    }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// True when the word `id` is in one of `wordClasses`.
    @inline(__always)
    func word(_ id: ID, isIn wordClasses: WordClass) -> Bool {
        id >= 0 && classes[Int(id)] & wordClasses.rawValue != 0
    }
}

/// The word lists a word can be on, as bits. A token carries the bits of
/// its word (`WordToken.classes`), so a hot loop tests a bit where it would
/// hash the key into a `Set<String>`; each list is registered from the set
/// it stands for, which stays the one place its words are written.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }

    /// `[.adverb, .auxiliary]` as one word of bits, folded where it is written: the
    /// `SetAlgebra` default built an array on the heap at each test of a token.
    @inline(__always)
    init(arrayLiteral elements: WordClass...) {
        var raw: UInt64 = 0
        for element in elements { raw |= element.rawValue }
        self.rawValue = raw
    }
    static let personTitle = WordClass(rawValue: 1 << 0)
    static let genericFirstWord = WordClass(rawValue: 1 << 1)
    static let stopName = WordClass(rawValue: 1 << 2)
    static let orgHead = WordClass(rawValue: 1 << 3)
    static let connector = WordClass(rawValue: 1 << 4)

    // The event coder's lists (`EventCoder.wordClasses`).
    static let threat = WordClass(rawValue: 1 << 5)
    static let vow = WordClass(rawValue: 1 << 6)
    static let promise = WordClass(rawValue: 1 << 7)
    static let passiveMarker = WordClass(rawValue: 1 << 8)
    static let conjunction = WordClass(rawValue: 1 << 9)
    static let speechVerb = WordClass(rawValue: 1 << 10)
    static let adverb = WordClass(rawValue: 1 << 11)
    static let auxiliary = WordClass(rawValue: 1 << 12)
    static let determiner = WordClass(rawValue: 1 << 13)
    static let preposition = WordClass(rawValue: 1 << 14)
    static let irregularParticiple = WordClass(rawValue: 1 << 15)
    static let dateWord = WordClass(rawValue: 1 << 16)
    static let characterizationVerb = WordClass(rawValue: 1 << 17)
    /// "who", "which", "that", "whom".
    static let relativePronoun = WordClass(rawValue: 1 << 18)
    /// The words that open a noun phrase with a nominal trigger: "the", "a", "its", ...
    static let nounPhraseOpener = WordClass(rawValue: 1 << 19)
    /// "would", "will".
    static let willOrWould = WordClass(rawValue: 1 << 20)
    /// "would", "will", "plans", "intends", "going", ...: a planned act.
    static let planWord = WordClass(rawValue: 1 << 21)
    /// "denied", "denies", "never", "not".
    static let denial = WordClass(rawValue: 1 << 22)
    /// "into", "to", "in": before the state a visit goes to.
    static let visitPreposition = WordClass(rawValue: 1 << 23)
    /// "and", "then": a coordinated verb follows.
    static let coordinator = WordClass(rawValue: 1 << 24)
    // Single words, as classes of one.
    static let wordAnd = WordClass(rawValue: 1 << 25)
    static let wordTo = WordClass(rawValue: 1 << 26)
    static let wordBy = WordClass(rawValue: 1 << 27)
    static let wordBetween = WordClass(rawValue: 1 << 28)
    static let wordIf = WordClass(rawValue: 1 << 29)
    static let wordUnless = WordClass(rawValue: 1 << 30)

    // The recogniser's lists.
    static let locative = WordClass(rawValue: 1 << 31)
    static let governing = WordClass(rawValue: 1 << 32)
    static let direction = WordClass(rawValue: 1 << 33)
    /// Words of `QuoteExtractor.cues`: "said", "told", ...
    static let quoteCue = WordClass(rawValue: 1 << 34)
    /// "also", "later", "then" between "it" and a cue.
    static let cueAdverb = WordClass(rawValue: 1 << 35)
    /// "two", "both" before "Koreas".
    static let twoOrBoth = WordClass(rawValue: 1 << 36)
    /// The nouns after "the" that `EntityRecognizer.coreference` resolves.
    static let coreferenceNoun = WordClass(rawValue: 1 << 37)
    /// The first word of a role title ("president" of "president", "vice" of "vice minister").
    static let titleFirstWord = WordClass(rawValue: 1 << 38)
    static let officeWord = WordClass(rawValue: 1 << 39)
    /// The first word of a gazetteer name (`NameIndex`), of an event phrase (`PhraseIndex`).
    static let nameFirstWord = WordClass(rawValue: 1 << 40)
    static let phraseFirstWord = WordClass(rawValue: 1 << 41)
    /// `EventCoder.relativeDateWords`: "later", "earlier", "ago", ...
    static let relativeDateWord = WordClass(rawValue: 1 << 42)
    /// `EventCoder.clauseBreaks`: "when", "while", "which", ...
    static let clauseBreak = WordClass(rawValue: 1 << 43)
    /// `EventCoder.illnessModifiers`: "heart", "panic", ... (before "attack").
    static let illnessModifier = WordClass(rawValue: 1 << 44)
    /// `EntityRecognizer.openingAdverbs`: "later", ... (no person's name opens with one).
    static let openingAdverb = WordClass(rawValue: 1 << 45)
    /// The characterizations' negative and positive words (`EventPatterns.Characterizations`).
    static let negativeWord = WordClass(rawValue: 1 << 46)
    static let positiveWord = WordClass(rawValue: 1 << 47)
    /// `EventCoder.demandOrWarningWords`: "urge", "demand", "warn", ...
    static let demandOrWarning = WordClass(rawValue: 1 << 48)
    /// "warning" and "that": a verb's object is not looked for past them (the event coder's triggers).
    static let objectStop = WordClass(rawValue: 1 << 49)
    /// `EventCoder.claimVerbs`: "said", "claimed", ... (an accusation's cue).
    static let claimVerb = WordClass(rawValue: 1 << 50)
    /// "attack", "strike", "assault": a trigger that may name a kind of weapon ("attack helicopters").
    static let weaponKindAct = WordClass(rawValue: 1 << 51)
    /// `EventCoder.weaponNouns`: "helicopters", "submarine", ...
    static let weaponNoun = WordClass(rawValue: 1 << 52)
    /// `EventCoder.determinersBeforeName`: "the", "his", "a", ...
    static let determinerBeforeName = WordClass(rawValue: 1 << 53)
    /// `EntityRecognizer.theCorefHeads`: the words after "the" that may refer back ("the ministry").
    static let theCorefHead = WordClass(rawValue: 1 << 54)
    /// `EntityRecognizer.nameModifiers`: "state", "media", ... (lower-case words between a preposition and a name).
    static let nameModifier = WordClass(rawValue: 1 << 55)
    /// `EventCoder.adverbialOpeners`: "on", "at", "early", "Tuesday", ... (a time or place
    /// adverbial between a verb and its "to"/"for" may open with one).
    static let adverbialOpener = WordClass(rawValue: 1 << 56)
    /// `EventCoder.numberWords` above one: "two", "three", ... ("two jailed journalists").
    static let numberAboveOne = WordClass(rawValue: 1 << 57)
    /// `EventCoder.hostedThings`: "games", "summit", "status", ... (hosted without a visit).
    static let hostedThing = WordClass(rawValue: 1 << 58)
    /// `EventCoder.withheldWords`: "say", "comment", ... ("declined to comment": keeping silent).
    static let withheldWord = WordClass(rawValue: 1 << 61)
    /// "from" (`key == "from"`: a string comparison per word where the coder looks for an object).
    static let wordFrom = WordClass(rawValue: 1 << 62)
    // Classes of a key's form, which every key has or lacks (a word the lexicon lacks too): a bit
    // test where `key.hasSuffix` copied the token and read its key's bytes.
    /// The key ends in "ing" (`key.hasSuffix("ing")`).
    static let endsInING = WordClass(rawValue: 1 << 59)
    /// The key ends in "ed" (`key.hasSuffix("ed")`).
    static let endsInED = WordClass(rawValue: 1 << 60)

    /// The suffix classes (`endsInING`, `endsInED`) of a key, as bits.
    static func suffixes(of key: String) -> UInt64 {
        (key.hasSuffix("ing") ? endsInING.rawValue : 0) | (key.hasSuffix("ed") ? endsInED.rawValue : 0)
    }

    /// `suffixes(of:)` of an ASCII key's bytes (a byte a character: the suffix is the last bytes).
    @inline(__always)
    static func suffixes(ofASCII key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = key.count
        var bits: UInt64 = 0
        if n >= 3, key[n - 3] == 0x69, key[n - 2] == 0x6E, key[n - 1] == 0x67 { bits |= endsInING.rawValue }
        if n >= 2, key[n - 2] == 0x65, key[n - 1] == 0x64 { bits |= endsInED.rawValue }
        return bits
    }
}
