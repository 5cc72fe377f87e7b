/// Splits an article's scalars into word tokens for name matching: runs of
/// letters and digits (hyphens inside a name split it: "Yo-jong" is two
/// words), with the possessive "'s" and the punctuation that ends a match
/// kept as flags. Works on scalars, never on `Character`.
struct WordToken {
    var start: Int
    var end: Int
    /// Lower-cased text: the matching key.
    var key: String
    /// The key's id in the extractor's `Lexicon`, or `Lexicon.unknown`.
    var word: Lexicon.ID = Lexicon.unknown
    var isCapitalized: Bool
    /// The word is followed by a possessive 's / ’s.
    var possessive: Bool
    /// Punctuation between this word and the next that stops a name match
    /// (a comma, a full stop that ends a sentence, a bracket, a quote mark).
    var breakAfter: Bool
    /// The word is joined to the next by a hyphen ("Yo-jong").
    var hyphenAfter: Bool
    /// A sentence or paragraph ends after this word.
    var sentenceEnd: Bool = false
    /// The word classes of `word` in the lexicon (bits of `WordClass`), 0 for an unknown word.
    var classes: UInt64 = 0

    /// True when the word is in one of `wordClasses`: `set.contains(key)` for the set the class stands for.
    @inline(__always)
    func isIn(_ wordClasses: WordClass) -> Bool { classes & wordClasses.rawValue != 0 }
}

enum WordTokenizer {
    /// British and American spellings fold to one key, so "Defence Ministry"
    /// matches a gazetteer that writes "Defense Ministry".
    static let spellings: [String: String] = [
        "defence": "defense", "organisation": "organization", "programme": "program", "centre": "center",
        "apologise": "apologize", "apologised": "apologized", "criticise": "criticize", "criticised": "criticized",
        "mobilise": "mobilize", "mobilised": "mobilized", "labour": "labor", "honour": "honor",
    ]

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 {
            return (s.value | 0x20 >= 0x61 && s.value | 0x20 <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39)
        }
        return isWordScalarBeyondASCII(s)
    }

    /// `isWordScalar` past ASCII, out of line: the property tables.
    @inline(never)
    static func isWordScalarBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        // Curly quotes, dashes and the like (General Punctuation) are neither.
        if s.isGeneralPunctuation { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// `lexicon` gives each token its word id; the keys do not depend on it.
    static func tokenize(_ scalars: [Unicode.Scalar], lexicon: Lexicon = Lexicon()) -> [WordToken] {
        scalars.withUnsafeBufferPointer { tokenize($0, lexicon: lexicon) }
    }

    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, lexicon: Lexicon) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        let n = s.count
        while i < n {
            guard isWordScalar(s[i]) else {
                // Compared by value: a `switch` over scalar literals dispatches `==` generically.
                let c = s[i].value
                // A space changes no flag: skip it without touching the last token.
                if c == 0x20 { i += 1; continue }
                // The flags are set on the last token in place (no copy of its key).
                let last = tokens.count - 1
                if last >= 0, tokens[last].end <= i {
                    switch c {
                    case 0x2D, 0x2010, 0x2011:  // "-", "‐", "‑"
                        if tokens[last].end == i, i + 1 < n, isWordScalar(s[i + 1]) {
                            tokens[last].hyphenAfter = true
                        } else {
                            tokens[last].breakAfter = true
                        }
                    case 0x2E:  // "."
                        // The full stop of an initial ("N. Korea", "U.S.") does not break a name.
                        let single = tokens[last].end - tokens[last].start == 1 && s[tokens[last].start].isUppercaseFast
                        if !single { tokens[last].breakAfter = true }
                    case 0x27, 0x2019:  // "'", "’"
                        if tokens[last].end == i, i + 1 < n, s[i + 1].value == 0x73 || s[i + 1].value == 0x53, i + 2 >= n || !isWordScalar(s[i + 2]) {
                            tokens[last].possessive = true
                            tokens[last].breakAfter = true
                            i += 2
                            continue
                        }
                        // The plural possessive "Workers' Party": a possessive too.
                        if tokens[last].end == i, s[i - 1] == "s" || s[i - 1] == "S", i + 1 >= n || !isWordScalar(s[i + 1]) {
                            tokens[last].possessive = true
                        }
                        tokens[last].breakAfter = true
                    default:
                        tokens[last].breakAfter = true
                    }
                }
                i += 1
                continue
            }
            let start = i
            var ascii = true
            // FNV-1a of the lower-cased bytes, for the lexicon (meaningful when all are ASCII).
            var hash = Lexicon.basis
            while i < n, isWordScalar(s[i]) {
                let v = s[i].value
                if v >= 128 { ascii = false }
                hash = Lexicon.mix(hash, UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v + 32 : v))
                i += 1
            }
            var key: String
            var word = Lexicon.unknown
            // The suffix classes of a word the lexicon lacks (a word of the lexicon has them among its classes).
            var suffixes: UInt64 = 0
            if ascii {
                word = lexicon.lookup(hash: hash, count: i - start) { k in
                    let v = s[start + k].value
                    return UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v + 32 : v)
                }
            }
            if word != Lexicon.unknown {
                // A word of the lexicon (spellings already folded): its key is there.
                key = lexicon.keys[Int(word)]
            } else if ascii {
                // Not in the lexicon, so not a spelling to fold either (every lexicon has those).
                // Lower-cased straight into the string's UTF-8: no scalar view.
                key = String(unsafeUninitializedCapacity: i - start) { buffer in
                    for k in start..<i {
                        let v = s[k].value
                        buffer[k - start] = UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v + 32 : v)
                    }
                    // (`WordClass.suffixes(of: key)` on the bytes just written, ASCII: one character each.)
                    suffixes = WordClass.suffixes(ofASCII: UnsafeBufferPointer(rebasing: buffer[0..<(i - start)]))
                    return i - start
                }
            } else {
                var view = String.UnicodeScalarView()
                for scalar in s[start..<i] {
                    if scalar.value >= 0x41 && scalar.value <= 0x5A {
                        view.append(Unicode.Scalar(scalar.value + 32)!)
                    } else if scalar.value < 128 {
                        view.append(scalar)
                    } else {
                        view.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                    }
                }
                key = String(view)
                // Lower-casing may leave ASCII ("\u{212A}im" is "kim"): `id(of:)` looks in either table.
                if let folded = WordTokenizer.spellings[key] { key = folded }
                word = lexicon.id(of: key) ?? Lexicon.unknown
                suffixes = WordClass.suffixes(of: key)
            }
            let first = s[start]
            let capitalized = first.isUppercaseFast || (first.value >= 128 && !first.properties.isLowercase)
            tokens.append(WordToken(start: start, end: i, key: key, word: word, isCapitalized: capitalized, possessive: false,
                                    breakAfter: false, hyphenAfter: false, classes: word >= 0 ? lexicon.classes[Int(word)] : suffixes))
        }
        return tokens
    }
}

/// An article's tokens as the hot loops read them: in place, through the buffer of the
/// array that holds them, lent for the call (`withUnsafeBufferPointer`). An array's
/// getter, where the optimizer leaves it a call, copies a token out whole (its key
/// retained, then released) for each field read.
typealias TokenBuffer = UnsafeBufferPointer<WordToken>

extension RandomAccessCollection where Element == WordToken, Index == Int {
    /// Indices of the tokens that start inside `range` (scalar offsets), by binary search.
    func indices(within range: Range<Int>) -> Range<Int> {
        let lower = partitionPoint { $0.start >= range.lowerBound }
        return lower..<Swift.max(lower, partitionPoint { $0.start >= range.upperBound })
    }
}
