/// Finds calendar dates written in the ways news text writes them, without
/// regular expressions: `June 9, 2020`, `9 June 2020`, `2016-02-11`,
/// `Oct 15 2024`, `June 2020`, and (when asked) a bare year `in 2018`.
public enum DateScanner {
    /// One date found in a text, with its place as scalar offsets into that text.
    public struct Match: Sendable, Equatable {
        public let date: PartialDate
        public let start: Int
        public let end: Int
    }

    struct Token: Equatable {
        enum Kind { case word, number, punct }
        let kind: Kind
        let text: String
        let start: Int
        let end: Int
    }

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    /// ASCII bytes (lower case) that start a month's name, and that come second in one.
    static let monthFirstBytes: [Bool] = (0..<256).map { b in months.keys.contains { $0.utf8.first == UInt8(b) } }
    static let monthSecondBytes: [Bool] = (0..<256).map { b in months.keys.contains { Array($0.utf8)[1] == UInt8(b) } }

    /// `months` by packed key (`packedLowercase`).
    static let monthKeys: [(key: UInt64, month: Int)] = months.map { (packedLowercase($0.key)!, $0.value) }.sorted { $0.key < $1.key }

    /// A text of at most nine ASCII bytes lower-cased, seven bits a byte (no two
    /// such texts of letters alike: none has a zero byte), or nil for any other text.
    static func packedLowercase(_ text: String) -> UInt64? {
        var key: UInt64 = 0
        var n = 0
        for b in text.utf8 {
            guard b < 0x80, n < 9 else { return nil }
            key = key << 7 | UInt64(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            n += 1
        }
        return key
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Splits text into word, number and single-character punctuation tokens.
    static func tokenize(_ text: some StringProtocol) -> [Token] {
        tokenize(scalars: String(text).scalarArray[...])
    }

    /// `tokenize` over scalars; offsets count from the slice's start. Token
    /// texts are built straight from the scalars, never scalar by scalar (a run
    /// of ASCII as bytes, one ASCII character from a table).
    static func tokenize(scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        scalars.withUnsafeBufferPointer { s in
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 4 + 1)
        var currentKind: Token.Kind = .word
        // The run being read: s[runStart..<index], empty when runStart is nil; `runASCII` while all of it is.
        var runStart: Int?
        var runASCII = true
        func flush(_ end: Int) {
            if let start = runStart {
                let text: String
                if runASCII {
                    text = String(unsafeUninitializedCapacity: end - start) { bytes in
                        for k in start..<end { bytes[k - start] = UInt8(truncatingIfNeeded: s[k].value) }
                        return end - start
                    }
                } else {
                    text = String(anyScalars: UnsafeBufferPointer(rebasing: s[start..<end]))
                }
                tokens.append(Token(kind: currentKind, text: text, start: start, end: end))
                runStart = nil
            }
        }
        var index = 0
        while index < s.count {
            let scalar = s[index]
            let kind: Token.Kind?
            let v = scalar.value
            if v < 128 {
                // ASCII, the common case, without Unicode property lookups.
                if v >= 0x30 && v <= 0x39 { kind = .number }
                else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { kind = .word }
                else if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D { kind = nil }
                else { kind = .punct }
            } else if scalar.isGeneralPunctuation {
                // Curly quotes, dashes, the ellipsis (never alphabetic): punctuation or a space.
                kind = scalar.isGeneralPunctuationSpace ? nil : .punct
            } else if scalar.properties.isAlphabetic {
                kind = .word
            } else if scalar.properties.isWhitespace {
                kind = nil
            } else {
                kind = .punct
            }
            if let kind, kind != .punct, runStart != nil, kind == currentKind {
                // The run goes on.
                if v >= 128 { runASCII = false }
            } else {
                flush(index)
                if let kind {
                    if kind == .punct {
                        tokens.append(Token(kind: .punct, text: v < 128 ? asciiTexts[Int(v)] : String(scalar), start: index, end: index + 1))
                    } else {
                        runStart = index
                        runASCII = v < 128
                        currentKind = kind
                    }
                }
            }
            index += 1
        }
        flush(index)
        return tokens
        }  // withUnsafeBufferPointer (the body above is left at its indentation)
    }

    /// `String(scalar)` of each ASCII scalar.
    static let asciiTexts: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// A scalar of a word token: an ASCII letter or a non-ASCII alphabetic scalar.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 128 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return scalar.properties.isAlphabetic
    }

    /// Every date in `text`. With `bareYears`, a four-digit year between 1900
    /// and 2099 standing alone counts too (year precision).
    public static func scan(_ text: some StringProtocol, bareYears: Bool = false) -> [Match] {
        matches(in: tokenize(text), bareYears: bareYears).map(\.match)
    }

    static func month(_ token: Token) -> Int? {
        // Month names are ASCII words of 3 to 9 letters (no other scalar lower-cases into
        // one) that start with one of "jfmasond" and go on with one of "aeupco".
        guard token.kind == .word, (3...9).contains(token.text.utf8.count) else { return nil }
        var bytes = token.text.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), monthFirstBytes[Int(first | 0x20)],
              monthSecondBytes[Int(second | 0x20)] else { return nil }
        // ASCII (`lowercased()` is ASCII lower case there): by packed key, without a `String`.
        if let key = packedLowercase(token.text) {
            let i = monthKeys.partitionPoint { $0.key >= key }
            return i < monthKeys.count && monthKeys[i].key == key ? monthKeys[i].month : nil
        }
        return months[token.text.lowercased()]
    }

    static func number(_ token: Token, digits: ClosedRange<Int>) -> Int? {
        // Number tokens are ASCII digits: bytes count characters.
        guard token.kind == .number, digits.contains(token.text.utf8.count) else { return nil }
        return Int(token.text)
    }

    static func dayNumber(_ tokens: [Token], _ i: Int) -> (day: Int, next: Int)? {
        guard i < tokens.count, let day = number(tokens[i], digits: 1...2), (1...31).contains(day) else { return nil }
        var next = i + 1
        if next < tokens.count, tokens[next].kind == .word, ["st", "nd", "rd", "th"].contains(tokens[next].text.lowercased()),
           tokens[next].start == tokens[i].end {
            next += 1
        }
        return (day, next)
    }

    static func year(_ tokens: [Token], _ i: Int) -> Int? {
        guard i < tokens.count, let year = number(tokens[i], digits: 4...4), (1000...2999).contains(year) else { return nil }
        // A year followed directly by more digits or a colon is something else.
        if i + 1 < tokens.count, tokens[i + 1].start == tokens[i].end, tokens[i + 1].text == ":" { return nil }
        return year
    }

    /// Matches with the token index range they cover.
    static func matches(in tokens: [Token], bareYears: Bool) -> [(match: Match, first: Int, last: Int)] {
        var found: [(match: Match, first: Int, last: Int)] = []
        var i = 0
        while i < tokens.count {
            if let result = matchAt(tokens, i, bareYears: bareYears) {
                found.append(result)
                i = result.last + 1
            } else {
                i += 1
            }
        }
        return found
    }

    static func matchAt(_ tokens: [Token], _ i: Int, bareYears: Bool) -> (match: Match, first: Int, last: Int)? {
        let t = tokens[i]
        func skipPunct(_ j: Int, _ allowed: Set<String>) -> Int {
            var j = j
            while j < tokens.count, tokens[j].kind == .punct, allowed.contains(tokens[j].text) { j += 1 }
            return j
        }
        func make(_ date: PartialDate?, _ last: Int) -> (match: Match, first: Int, last: Int)? {
            guard let date else { return nil }
            return (Match(date: date, start: tokens[i].start, end: tokens[last].end), i, last)
        }
        // ISO and numeric: 2016-02-11, 2016/02/11, 2016.02.11, 2020-06
        if let y = year(tokens, i) {
            let sep1 = i + 1
            if sep1 + 1 < tokens.count, ["-", "/", "."].contains(tokens[sep1].text),
               tokens[sep1].start == t.end, let m = number(tokens[sep1 + 1], digits: 1...2),
               tokens[sep1 + 1].start == tokens[sep1].end {
                let sep2 = sep1 + 2
                if sep2 + 1 < tokens.count, tokens[sep2].text == tokens[sep1].text, tokens[sep2].start == tokens[sep1 + 1].end,
                   let d = number(tokens[sep2 + 1], digits: 1...2), tokens[sep2 + 1].start == tokens[sep2].end {
                    return make(PartialDate(year: y, month: m, day: d), sep2 + 1)
                }
                if tokens[sep1].text == "-" { return make(PartialDate(year: y, month: m), sep1 + 1) }
            }
            if bareYears, (1900...2099).contains(y) {
                // Not part of a longer number or range like 2018-19 handled above.
                return make(PartialDate(year: y), i)
            }
            return nil
        }
        // Month-first: June 9, 2020 / Jun. 9 2020 / June 2020
        if let m = month(t) {
            // "may" is also a verb: only accept it with a day or year right after.
            var j = i + 1
            j = skipPunct(j, ["."])
            if let (d, next) = dayNumber(tokens, j) {
                let k = skipPunct(next, [","])
                if let y = year(tokens, k) { return make(PartialDate(year: y, month: m, day: d), k) }
                return nil  // "June 9" without a year: the caller resolves it against the article date
            }
            let k = skipPunct(j, [","])
            if let y = year(tokens, k) { return make(PartialDate(year: y, month: m), k) }
            return nil
        }
        // Day-first: 9 June 2020 / 23rd November, 2010
        if let (d, next) = dayNumber(tokens, i), next < tokens.count, let m = month(tokens[next]) {
            let k = skipPunct(next + 1, [",", "."])
            if let y = year(tokens, k) { return make(PartialDate(year: y, month: m, day: d), k) }
        }
        return nil
    }

    /// Month and day without a year ("June 9", "9 June"), for resolving
    /// against an article's date. Returns month, day and scalar offsets.
    public static func scanMonthDays(_ text: some StringProtocol) -> [(month: Int, day: Int, start: Int, end: Int)] {
        scanMonthDays(tokens: tokenize(text))
    }

    static func scanMonthDays(tokens: [Token]) -> [(month: Int, day: Int, start: Int, end: Int)] {
        var out: [(month: Int, day: Int, start: Int, end: Int)] = []
        var i = 0
        while i < tokens.count {
            if let m = month(tokens[i]), tokens[i].text.first?.isUppercase == true {
                var j = i + 1
                while j < tokens.count, tokens[j].text == "." { j += 1 }
                if let (d, next) = dayNumber(tokens, j) {
                    let k = next < tokens.count && tokens[next].text == "," ? next + 1 : next
                    if year(tokens, k) == nil {
                        out.append((m, d, tokens[i].start, tokens[next - 1].end))
                        i = next
                        continue
                    }
                }
            }
            i += 1
        }
        return out
    }
}
