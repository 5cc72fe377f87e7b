/// Splits text into sentences on scalar offsets. Knows the abbreviations of
/// news prose ("U.S.", "N. Korea", "Gen.", "Sept.") and closing quote marks,
/// including a missing space after them ("Peninsula”.The South").
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "cpt", "adm", "maj", "cmdr", "rep", "sen",
        "gov", "prof", "rev", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "govt", "pres",
        "vol", "fig", "al", "mt", "ft", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "d.c",
    ]

    static func isClosingQuote(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "'" || s == "”" || s == "’" || s == ")" || s == "]" || s == "»"
    }

    static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "'" || s == "“" || s == "‘" || s == "(" || s == "[" || s == "«"
    }

    /// Sentence ranges (scalar offsets, end exclusive, trimmed of spaces).
    public static func sentences(in text: String) -> [Range<Int>] {
        sentences(in: Array(text.unicodeScalars))
    }

    public static func sentences(in s: [Unicode.Scalar]) -> [Range<Int>] {
        // The scalars read through the array's buffer: no bounds check at each read (the helpers
        // for the rare abbreviations and times take the array).
        s.withUnsafeBufferPointer { scalars in
        var out: [Range<Int>] = []
        out.reserveCapacity(s.count / 64 + 1)
        var start = 0
        var i = 0
        let n = scalars.count
        func emit(_ end: Int) {
            var a = start
            var b = end
            while a < b, scalars[a].isWhitespaceFast { a += 1 }
            while b > a, scalars[b - 1].isWhitespaceFast { b -= 1 }
            if a < b { out.append(a..<b) }
            start = end
        }
        // Bits of the scalars below "@" that the loop stops at: "\n", "!", ".", "?".
        let endsBelow40: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F
        while i < n {
            let c = scalars[i]
            // Letters, digits and most else (at or above "@", but "…"; below it, all but
            // "\n", "!", "." and "?") neither end a line nor a sentence.
            if c.value >= 0x40 ? c.value != 0x2026 : (endsBelow40 >> UInt64(c.value)) & 1 == 0 {
                i += 1
                continue
            }
            if c == "\n" {
                emit(i)
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" || c == "…" {
                var j = i + 1
                while j < n, scalars[j] == "." || scalars[j] == "!" || scalars[j] == "?" { j += 1 }
                while j < n, isClosingQuote(scalars[j]) { j += 1 }
                // The period may also sit after a closing quote: ”.
                if j < n, scalars[j] == "." { j += 1 }
                var k = j
                var sawSpace = false
                while k < n, scalars[k] == " " { k += 1; sawSpace = true }
                let nextStarts: Bool
                if k >= n || scalars[k] == "\n" {
                    nextStarts = true
                } else {
                    let next = scalars[k]
                    let upperNext = next.isUppercaseFast || isOpeningQuote(next) || next.isNumericFast
                    nextStarts = upperNext && (sawSpace || j > i + 1 && isClosingQuote(scalars[j - 1]) || scalars[j - 1] == ".")
                }
                if nextStarts && !(c == "." && isAbbreviation(s, at: i) && !(k < n && endsTimeBeforeSentence(s, i, k))) {
                    emit(j)
                    i = k
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        emit(n)
        return out
        }  // withUnsafeBufferPointer (the body above is left at its indentation)
    }

    /// True when the period at `i` ends an abbreviation or an initial.
    static func isAbbreviation(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var a = i
        var ascii = true
        while a > 0, s[a - 1].isAlphabeticFast || s[a - 1] == "." {
            if s[a - 1].value >= 0x80 { ascii = false }
            a -= 1
        }
        if ascii { return isASCIIAbbreviation(s, a, i) }
        let word = String(scalars: s[a..<i]).lowercased()
        if word.isEmpty { return false }
        if abbreviations.contains(word) { return true }
        // A single capital letter: an initial ("N. Korea", "Kim J. Un").
        if word.unicodeScalars.count == 1, s[i - 1].properties.isUppercase { return true }
        // Dotted initialisms: "U.S." ends a sentence only before a new sentence
        // start that is not a name; treat as abbreviation unless a paragraph ends.
        if word.contains(".") { return i + 1 < s.count && s[i + 1] != "\n" && !(i + 2 < s.count && s[i + 2] == "\"") }
        return false
    }

    /// True when the period at `i` closes "a.m." or "p.m." and the capitalised word
    /// at `k` starts a new sentence ("at 9:30 a.m. After they shook hands"): a
    /// weekday, a month, a time zone or "Seoul time" still belongs to the time
    /// ("at 10 a.m. Tuesday", "3 p.m. KST", "5 p.m. Seoul time").
    static func endsTimeBeforeSentence(_ s: [Unicode.Scalar], _ i: Int, _ k: Int) -> Bool {
        guard i >= 3, s[i - 2] == ".", s[i - 1] == "m" || s[i - 1] == "M",
              s[i - 3] == "a" || s[i - 3] == "p" || s[i - 3] == "A" || s[i - 3] == "P",
              i < 4 || !s[i - 4].isAlphabeticFast, s[k].isUppercaseFast else { return false }
        var e = k
        while e < s.count, s[e].isAlphabeticFast { e += 1 }
        let word = String(scalars: s[k..<e]).lowercased()
        if timeFollowers.contains(word) { return false }
        // "5 p.m. Seoul time", "9 a.m. local time": a place before "time".
        var f = e
        while f < s.count, s[f] == " " { f += 1 }
        var g = f
        while g < s.count, s[g].isAlphabeticFast { g += 1 }
        if String(scalars: s[f..<g]).lowercased() == "time" { return false }
        return true
    }

    /// Words that continue a time after "a.m."/"p.m." rather than start a sentence.
    static let timeFollowers: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "kst", "gmt", "utc", "est", "edt", "pst", "pdt", "jst", "et", "cet", "bst",
    ]

    /// `isAbbreviation` for a word `s[a..<i]` of ASCII letters and dots, without building a `String`.
    static func isASCIIAbbreviation(_ s: [Unicode.Scalar], _ a: Int, _ i: Int) -> Bool {
        if a == i { return false }
        // The longest abbreviation has six letters.
        if i - a <= 6 {
            var folded: UInt64 = 0
            for k in a..<i { folded = folded << 8 | UInt64(s[k].value | (s[k] == "." ? 0 : 0x20)) }
            if asciiAbbreviations.contains(folded) { return true }
        }
        if i - a == 1, s[i - 1].isUppercaseFast { return true }
        if s[a..<i].contains(".") { return i + 1 < s.count && s[i + 1] != "\n" && !(i + 2 < s.count && s[i + 2] == "\"") }
        return false
    }

    /// `abbreviations` packed one byte a letter, for `isASCIIAbbreviation`.
    static let asciiAbbreviations: Set<UInt64> = Set(abbreviations.map { word in word.utf8.reduce(0) { $0 << 8 | UInt64($1) } })
}
