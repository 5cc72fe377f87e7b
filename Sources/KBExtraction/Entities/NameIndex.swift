/// What a name in the gazetteer stands for.
struct NameTarget: Hashable {
    enum Kind: Hashable { case actor, place, demonym, metonym }
    let kind: Kind
    let id: String
}

/// Names of the gazetteer as token sequences, for longest-match lookup by
/// first word.
struct NameIndex {
    struct Entry {
        let words: [String]
        let targets: [NameTarget]
        /// A name that must be written capitalised to count ("China", not "china").
        let needsCapital: Bool
        /// The words' ids in the lexicon the index was built with.
        var ids: [Lexicon.ID] = []
    }

    /// First word -> entries starting with it, longest first.
    private(set) var byFirstWord: [String: [Entry]] = [:]
    /// The same by word id: `entries[firstWord[id]]`, once `index(_:)` has built them.
    private var entries: [Entry] = []
    private var firstWord: [Range<Int32>] = []
    /// Every first word has the class `nameFirstWord`: a token without it opens no name.
    private var firstWordsClassed = false
    /// Per entry, side by side: `ids.count` in the high 32 bits, `ids[1]` in the low (an
    /// entry of one word: unknown). A candidate whose second word differs is passed over
    /// from this list alone, without reading the entry (a few candidates a cache line).
    private var shapes: [UInt64] = []
    /// For a first word with more than `scanLimit` entries ("the", "north", "kim"): the
    /// candidates by the second word, so a token does not pass over dozens of entries.
    /// `pairKeys` (sorted) holds first id << 32 | second id; `pairCandidates` the same
    /// index: the entries of two words or more with those first two words, and those of
    /// one word with that first word, in the order of `entries`. `singles[id]`: the
    /// entries of one word of a long first word, in order (when no pair has the second word).
    private var pairKeys: [UInt64] = []
    private var pairCandidates: [[Int32]] = []
    private var singles: [[Int32]] = []
    static let scanLimit = 8

    /// `splitInitials`: "U.N." gives "u n", as the tokenizer reads it; without,
    /// "un", as in "UN".
    static func words(of name: String, splitInitials: Bool = true) -> [String] {
        if let words = asciiWords(of: name, splitInitials: splitInitials) { return words }
        // "South Korea's Defense Ministry": the possessive s is not a word.
        var plain = name
        // Without an apostrophe there is nothing to replace (and Foundation's search is slow).
        if name.unicodeScalars.contains(where: { $0 == "'" || $0 == "’" }) {
            for mark in ["'s ", "’s "] { plain = plain.replacingOccurrences(of: mark, with: " ") }
        }
        // Initials are words of their own, as the tokenizer reads them: "U.N." is "u n".
        if splitInitials, name.unicodeScalars.contains(".") { plain = plain.replacingOccurrences(of: ".", with: " ") }
        var key = NameKey.normalize(plain)
        if key.hasPrefix("the ") { key.removeFirst(4) }
        // NameKey keeps other punctuation; split on anything that is not a word scalar.
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            if WordTokenizer.isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words.map { WordTokenizer.spellings[$0] ?? $0 }
    }

    /// `words(of:)` for a name of ASCII without apostrophes (nil for any
    /// other), on bytes: the same folding as `NameKey.normalize`, the same
    /// "the " dropped, the same split on what is not a letter or digit.
    static func asciiWords(of name: String, splitInitials: Bool = true) -> [String]? {
        name.withUTF8Bytes { bytes -> [String]? in
            guard bytes.isASCII(prefix: bytes.count), !bytes.contains(UInt8(ascii: "'")) else { return nil }
            // NameKey.normalize: separators fold to one space between words, marks go, letters lower-case.
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            var space = false
            for b in bytes {
                switch b {
                case UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "_"):
                    space = !key.isEmpty
                case UInt8(ascii: ".") where splitInitials:
                    space = !key.isEmpty
                case UInt8(ascii: "."), UInt8(ascii: "`"):
                    continue
                default:
                    if space { key.append(0x20); space = false }
                    key.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                }
            }
            var start = 0
            if key.starts(with: "the ".utf8) { start = 4 }
            var words: [String] = []
            var i = start
            while i < key.count {
                guard isWordByte(key[i]) else { i += 1; continue }
                let wordStart = i
                while i < key.count, isWordByte(key[i]) { i += 1 }
                let word = String(decoding: key[wordStart..<i], as: UTF8.self)
                words.append(WordTokenizer.spellings[word] ?? word)
            }
            return words
        }
    }

    /// An ASCII letter or digit (`WordTokenizer.isWordScalar` for ASCII).
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    init(gazetteer: Gazetteer) {
        var table: [[String]: [NameTarget]] = [:]
        var order: [[String]] = []
        // A name written with a capital must be matched with one; a name the
        // gazetteer writes in lower case ("liaison office") is a common noun
        // phrase of the field and matches in any case.
        var capitalised: Set<[String]> = []
        func add(_ name: String, _ target: NameTarget) {
            // "U.S." names the text's "U.S." and its "US" alike.
            if name.contains("."), name.unicodeScalars.contains(where: { $0.properties.isUppercase }) {
                let joined = Self.words(of: name, splitInitials: false)
                if !joined.isEmpty, joined != Self.words(of: name) { addWords(joined, name, target) }
            }
            addWords(Self.words(of: name), name, target)
        }
        func addWords(_ words: [String], _ name: String, _ target: NameTarget) {
            guard !words.isEmpty else { return }
            if name.unicodeScalars.contains(where: { $0.properties.isUppercase }) { capitalised.insert(words) }
            if table[words] == nil { order.append(words) }
            if !(table[words]?.contains(target) ?? false) { table[words, default: []].append(target) }
        }
        for actor in gazetteer.actors {
            add(actor.name, NameTarget(kind: .actor, id: actor.id))
            for alias in actor.aliases { add(alias, NameTarget(kind: .actor, id: actor.id)) }
            for demonym in actor.demonyms { add(demonym, NameTarget(kind: .demonym, id: actor.id)) }
            for metonym in actor.metonyms { add(metonym, NameTarget(kind: .metonym, id: actor.id)) }
        }
        for place in gazetteer.places {
            add(place.name, NameTarget(kind: .place, id: place.id))
            for alias in place.aliases { add(alias, NameTarget(kind: .place, id: place.id)) }
        }
        for words in order {
            let targets = table[words]!
            let needsCapital = capitalised.contains(words)
            byFirstWord[words[0], default: []].append(Entry(words: words, targets: targets, needsCapital: needsCapital))
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// Adds every word of every name to `lexicon` and indexes the names by
    /// word id: `longestMatch` then compares ids, never strings. The tokens it
    /// is given must carry ids of this lexicon.
    mutating func index(_ lexicon: inout Lexicon) {
        var byID: [Lexicon.ID: [Entry]] = [:]
        for (_, list) in byFirstWord {
            for var entry in list {
                entry.ids = entry.words.map { lexicon.add($0) }
                lexicon.add(entry.words[0], .nameFirstWord)
                byID[entry.ids[0], default: []].append(entry)
            }
        }
        firstWordsClassed = byID.keys.allSatisfy { lexicon.word($0, isIn: .nameFirstWord) }
        entries = []
        firstWord = []
        for id in 0..<Int32(lexicon.count) {
            let start = Int32(entries.count)
            // The order of `byFirstWord` (longest first, stable).
            if let list = byID[id] { entries.append(contentsOf: list) }
            firstWord.append(start..<Int32(entries.count))
        }
        shapes = entries.map { UInt64($0.ids.count) << 32 | UInt64(UInt32(bitPattern: $0.ids.count > 1 ? $0.ids[1] : Lexicon.unknown)) }
        var byPair: [UInt64: [Int32]] = [:]
        singles = [[Int32]](repeating: [], count: firstWord.count)
        for (id, range) in firstWord.enumerated() where range.count > Self.scanLimit {
            let ones = range.filter { entries[Int($0)].ids.count == 1 }
            singles[id] = ones
            var seconds: [Lexicon.ID] = []
            for e in range where entries[Int(e)].ids.count > 1 && !seconds.contains(entries[Int(e)].ids[1]) { seconds.append(entries[Int(e)].ids[1]) }
            for second in seconds {
                // In the order of `entries`: a longer name before a shorter one, as the scan meets them.
                byPair[Self.pairKey(Lexicon.ID(id), second)] = range.filter { e in
                    entries[Int(e)].ids.count == 1 || entries[Int(e)].ids[1] == second
                }
            }
        }
        pairKeys = byPair.keys.sorted()
        pairCandidates = pairKeys.map { byPair[$0]! }
    }

    @inline(__always)
    static func pairKey(_ first: Lexicon.ID, _ second: Lexicon.ID) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// The longest entry matching at token `i`, and the index after it.
    func longestMatch(_ tokens: TokenBuffer, at i: Int) -> (entry: Entry, next: Int)? {
        guard !firstWord.isEmpty else { return longestMatchByKey(tokens, at: i) }
        let word = tokens[i].word
        // (By the token's class first: no read of `firstWord` for most words.)
        if firstWordsClassed, !tokens[i].isIn(.nameFirstWord) { return nil }
        guard word >= 0, Int(word) < firstWord.count else { return nil }
        let range = firstWord[Int(word)]
        guard !range.isEmpty else { return nil }
        if range.count > Self.scanLimit {
            // The candidates of the first two words (or of the first alone), by binary search.
            let second = i + 1 < tokens.count ? tokens[i + 1].word : Lexicon.unknown
            let key = Self.pairKey(word, second)
            let at = pairKeys.partitionPoint { $0 >= key }
            let byPair = at < pairKeys.count && pairKeys[at] == key
            return entries.withUnsafeBufferPointer { entries in
                let count = byPair ? pairCandidates[at].count : singles[Int(word)].count
                for c in 0..<count {
                    let e = Int(byPair ? pairCandidates[at][c] : singles[Int(word)][c])
                    let n = Int(shapes[e] >> 32)
                    guard i + n <= tokens.count else { continue }
                    if Self.acceptsByID(entries[e], n, tokens, at: i) { return (entries[e], i + n) }
                }
                return nil
            }
        }
        // The entries are read in place: a copy of each candidate would retain its arrays.
        return entries.withUnsafeBufferPointer { entries in
            for e in Int(range.lowerBound)..<Int(range.upperBound) {
                let n = Int(shapes[e] >> 32)
                guard i + n <= tokens.count else { continue }
                // A second word that differs fails `accepts` (as its words are compared there).
                if n > 1, tokens[i + 1].word != Lexicon.ID(truncatingIfNeeded: shapes[e]) { continue }
                if Self.acceptsByID(entries[e], n, tokens, at: i) { return (entries[e], i + n) }
            }
            return nil
        }
    }

    /// `longestMatch` by keys, for an index that `index(_:)` has not built.
    func longestMatchByKey(_ tokens: TokenBuffer, at i: Int) -> (entry: Entry, next: Int)? {
        guard let candidates = byFirstWord[tokens[i].key] else { return nil }
        for entry in candidates {
            let n = entry.words.count
            guard i + n <= tokens.count else { continue }
            if Self.accepts(entry, n, tokens, at: i, same: { t, k in t.key == entry.words[k] }) { return (entry, i + n) }
        }
        return nil
    }

    /// `accepts(entry, n, tokens, at: i) { t, k in t.word == entry.ids[k] }`, the tokens' fields
    /// read in place (a token copied out of the array retains its key).
    @inline(__always)
    static func acceptsByID(_ entry: Entry, _ n: Int, _ tokens: TokenBuffer, at i: Int) -> Bool {
        for k in 0..<n {
            guard tokens[i + k].word == entry.ids[k] else { return false }
            if k < n - 1, tokens[i + k].breakAfter, !tokens[i + k].possessive { return false }
        }
        if entry.needsCapital {
            if n == 1, !tokens[i].isCapitalized { return false }
            if n > 1 {
                var capitalized = false
                for k in i..<i + n where tokens[k].isCapitalized { capitalized = true; break }
                if !capitalized { return false }
            }
        }
        return !tokens[i + n - 1].hyphenAfter
    }

    /// Whether `entry` (of `n` words) matches at token `i`, words compared by `same`.
    static func accepts(_ entry: Entry, _ n: Int, _ tokens: TokenBuffer, at i: Int, same: (WordToken, Int) -> Bool) -> Bool {
        for k in 0..<n {
            let t = tokens[i + k]
            guard same(t, k) else { return false }
            // Inside a multi-word name, only the last word may carry a break
            // (a possessive may: "South Korea's Defense Ministry").
            if k < n - 1, t.breakAfter, !t.possessive { return false }
        }
        if entry.needsCapital {
            // "China", not "china"; "North Korea" also as "north Korea", never "north korea".
            if n == 1, !tokens[i].isCapitalized { return false }
            if n > 1, !(tokens[i..<i + n].contains { $0.isCapitalized }) { return false }
        }
        // Do not match part of a longer hyphenated word ("Kim Yo" inside "Kim Yo-jong" is fine
        // only if the gazetteer has no longer name; the sort above already prefers it).
        return !tokens[i + n - 1].hyphenAfter
    }
}
