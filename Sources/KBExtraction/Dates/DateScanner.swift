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

    /// A word, number or punctuation token: its kind and its place (scalar
    /// offsets), no text of its own (`Tokens.text(_:)` builds it when asked).
    struct Token: Equatable {
        enum Kind { case word, number, punct }
        let kind: Kind
        let start: Int
        let end: Int
        /// All its scalars are ASCII.
        let ascii: Bool
    }

    /// The tokens of a text, read in place from its scalars.
    struct Tokens: RandomAccessCollection {
        /// The text's scalars; token offsets count from their start.
        let scalars: ArraySlice<Unicode.Scalar>
        let items: [Token]

        var startIndex: Int { 0 }
        var endIndex: Int { items.count }
        subscript(i: Int) -> Token { items[i] }

        /// The scalar at offset `offset` of the text.
        @inline(__always)
        func scalar(at offset: Int) -> Unicode.Scalar { scalars[scalars.startIndex + offset] }

        /// The text of token `i`.
        func text(_ i: Int) -> String {
            let t = items[i]
            let base = scalars.startIndex
            if t.ascii {
                return String(unsafeUninitializedCapacity: t.end - t.start) { bytes in
                    for k in t.start..<t.end { bytes[k - t.start] = UInt8(truncatingIfNeeded: scalars[base + k].value) }
                    return t.end - t.start
                }
            }
            return String(anyScalars: scalars[(base + t.start)..<(base + t.end)])
        }

        /// Token `i` is the one scalar `scalar` (as its text equals that one-character string:
        /// a token of one scalar, as punctuation always is).
        @inline(__always)
        func isScalar(_ i: Int, _ scalar: Unicode.Scalar) -> Bool {
            items[i].end - items[i].start == 1 && self.scalar(at: items[i].start) == scalar
        }

        /// Tokens `i` and `j` are the same one scalar.
        func sameScalar(_ i: Int, _ j: Int) -> Bool {
            items[j].end - items[j].start == 1 && isScalar(i, scalar(at: items[j].start))
        }

        /// Token `i` lower-cases to `lower` (ASCII lower case), as `text(i).lowercased() == lower`.
        func lowercased(_ i: Int, equals lower: StaticString) -> Bool {
            let t = items[i]
            guard t.ascii else { return text(i).lowercased() == lower.description }
            guard t.end - t.start == lower.utf8CodeUnitCount else { return false }
            let bytes = lower.utf8Start
            for k in 0..<(t.end - t.start) {
                let v = scalar(at: t.start + k).value
                if UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v) != bytes[k] { return false }
            }
            return true
        }
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
    static func tokenize(_ text: some StringProtocol) -> Tokens {
        tokenize(scalars: String(text).scalarArray[...])
    }

    /// `tokenize` over scalars; offsets count from the slice's start. The
    /// tokens carry no text: they are read from the scalars.
    static func tokenize(scalars: ArraySlice<Unicode.Scalar>) -> Tokens {
        Tokens(scalars: scalars, items: tokenItems(scalars))
    }

    static func tokenItems(_ scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        scalars.withUnsafeBufferPointer { s in
            var tokens: [Token] = []
            tokens.reserveCapacity(s.count / 4 + 1)
            let n = s.count
            var index = 0
            while index < n {
                guard let kind = kind(of: s[index]) else { index += 1; continue }
                let start = index
                var ascii = s[index].value < 128
                index += 1
                if kind != .punct {
                    // A run of word or of number scalars: ASCII letters and digits decided by value.
                    while index < n {
                        let v = s[index].value
                        if kind == .word ? (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A : v >= 0x30 && v <= 0x39 {
                            index += 1
                            continue
                        }
                        guard v >= 128, Self.kind(of: s[index]) == kind else { break }
                        ascii = false
                        index += 1
                    }
                }
                tokens.append(Token(kind: kind, start: start, end: index, ascii: ascii))
            }
            return tokens
        }
    }

    /// The kind of token a scalar belongs to; nil for a space. (Punctuation is a token of one scalar.)
    @inline(__always)
    static func kind(of scalar: Unicode.Scalar) -> Token.Kind? {
        let v = scalar.value
        if v < 128 {
            // ASCII, the common case, without Unicode property lookups.
            if v >= 0x30 && v <= 0x39 { return .number }
            if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { return .word }
            if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D { return nil }
            return .punct
        }
        if scalar.isGeneralPunctuation {
            // Curly quotes, dashes, the ellipsis (never alphabetic): punctuation or a space.
            return scalar.isGeneralPunctuationSpace ? nil : .punct
        }
        if scalar.properties.isAlphabetic { return .word }
        if scalar.properties.isWhitespace { return nil }
        return .punct
    }

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

    /// The month token `i` names, if any.
    static func month(_ tokens: Tokens, _ i: Int) -> Int? {
        let token = tokens[i]
        guard token.kind == .word else { return nil }
        // Beyond ASCII: from its text, as any text.
        guard token.ascii else { return month(tokens.text(i)) }
        // Month names are ASCII words of 3 to 9 letters that start with one of "jfmasond" and go on
        // with one of "aeupco": by packed key (as `packedLowercase`), read from the scalars.
        let n = token.end - token.start
        guard (3...9).contains(n), monthFirstBytes[Int(tokens.scalar(at: token.start).value | 0x20)],
              monthSecondBytes[Int(tokens.scalar(at: token.start + 1).value | 0x20)] else { return nil }
        var key: UInt64 = 0
        for k in token.start..<token.end {
            let b = tokens.scalar(at: k).value
            key = key << 7 | UInt64(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        return month(key: key)
    }

    /// The month a word's text names, if any.
    static func month(_ text: String) -> Int? {
        // Month names are ASCII words of 3 to 9 letters (no other scalar lower-cases into
        // one) that start with one of "jfmasond" and go on with one of "aeupco".
        guard (3...9).contains(text.utf8.count) else { return nil }
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), monthFirstBytes[Int(first | 0x20)],
              monthSecondBytes[Int(second | 0x20)] else { return nil }
        // ASCII (`lowercased()` is ASCII lower case there): by packed key, without a `String`.
        if let key = packedLowercase(text) { return month(key: key) }
        return months[text.lowercased()]
    }

    /// The month of a packed key (`packedLowercase`), if any.
    static func month(key: UInt64) -> Int? {
        let i = monthKeys.partitionPoint { $0.key >= key }
        return i < monthKeys.count && monthKeys[i].key == key ? monthKeys[i].month : nil
    }

    /// The value of number token `i` when it has a count of digits in `digits`.
    static func number(_ tokens: Tokens, _ i: Int, digits: ClosedRange<Int>) -> Int? {
        // Number tokens are ASCII digits: scalars count characters.
        let token = tokens[i]
        guard token.kind == .number, digits.contains(token.end - token.start) else { return nil }
        var value = 0
        for k in token.start..<token.end { value = value * 10 + Int(tokens.scalar(at: k).value - 0x30) }
        return value
    }

    static func dayNumber(_ tokens: Tokens, _ i: Int) -> (day: Int, next: Int)? {
        guard i < tokens.count, let day = number(tokens, i, digits: 1...2), (1...31).contains(day) else { return nil }
        var next = i + 1
        if next < tokens.count, tokens[next].kind == .word,
           tokens.lowercased(next, equals: "st") || tokens.lowercased(next, equals: "nd")
            || tokens.lowercased(next, equals: "rd") || tokens.lowercased(next, equals: "th"),
           tokens[next].start == tokens[i].end {
            next += 1
        }
        return (day, next)
    }

    static func year(_ tokens: Tokens, _ i: Int) -> Int? {
        guard i < tokens.count, let year = number(tokens, i, digits: 4...4), (1000...2999).contains(year) else { return nil }
        // A year followed directly by more digits or a colon is something else.
        if i + 1 < tokens.count, tokens[i + 1].start == tokens[i].end, tokens.isScalar(i + 1, ":") { return nil }
        return year
    }

    /// Matches with the token index range they cover.
    static func matches(in tokens: Tokens, bareYears: Bool) -> [(match: Match, first: Int, last: Int)] {
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

    static func matchAt(_ tokens: Tokens, _ i: Int, bareYears: Bool) -> (match: Match, first: Int, last: Int)? {
        let t = tokens[i]
        /// Past the punctuation tokens that are one of `allowed`.
        func skipPunct(_ j: Int, _ allowed: Unicode.Scalar, _ other: Unicode.Scalar? = nil) -> Int {
            var j = j
            while j < tokens.count, tokens[j].kind == .punct,
                  tokens.isScalar(j, allowed) || other.map({ tokens.isScalar(j, $0) }) == true { j += 1 }
            return j
        }
        func make(_ date: PartialDate?, _ last: Int) -> (match: Match, first: Int, last: Int)? {
            guard let date else { return nil }
            return (Match(date: date, start: tokens[i].start, end: tokens[last].end), i, last)
        }
        // ISO and numeric: 2016-02-11, 2016/02/11, 2016.02.11, 2020-06
        if let y = year(tokens, i) {
            let sep1 = i + 1
            if sep1 + 1 < tokens.count, tokens.isScalar(sep1, "-") || tokens.isScalar(sep1, "/") || tokens.isScalar(sep1, "."),
               tokens[sep1].start == t.end, let m = number(tokens, sep1 + 1, digits: 1...2),
               tokens[sep1 + 1].start == tokens[sep1].end {
                let sep2 = sep1 + 2
                if sep2 + 1 < tokens.count, tokens.sameScalar(sep2, sep1), tokens[sep2].start == tokens[sep1 + 1].end,
                   let d = number(tokens, sep2 + 1, digits: 1...2), tokens[sep2 + 1].start == tokens[sep2].end {
                    return make(PartialDate(year: y, month: m, day: d), sep2 + 1)
                }
                if tokens.isScalar(sep1, "-") { return make(PartialDate(year: y, month: m), sep1 + 1) }
            }
            if bareYears, (1900...2099).contains(y) {
                // Not part of a longer number or range like 2018-19 handled above.
                return make(PartialDate(year: y), i)
            }
            return nil
        }
        // Month-first: June 9, 2020 / Jun. 9 2020 / June 2020
        if let m = month(tokens, i) {
            // "may" is also a verb: only accept it with a day or year right after.
            var j = i + 1
            j = skipPunct(j, ".")
            if let (d, next) = dayNumber(tokens, j) {
                let k = skipPunct(next, ",")
                if let y = year(tokens, k) { return make(PartialDate(year: y, month: m, day: d), k) }
                return nil  // "June 9" without a year: the caller resolves it against the article date
            }
            let k = skipPunct(j, ",")
            if let y = year(tokens, k) { return make(PartialDate(year: y, month: m), k) }
            return nil
        }
        // Day-first: 9 June 2020 / 23rd November, 2010
        if let (d, next) = dayNumber(tokens, i), next < tokens.count, let m = month(tokens, next) {
            let k = skipPunct(next + 1, ",", ".")
            if let y = year(tokens, k) { return make(PartialDate(year: y, month: m, day: d), k) }
        }
        return nil
    }

    /// Month and day without a year ("June 9", "9 June"), for resolving
    /// against an article's date. Returns month, day and scalar offsets.
    public static func scanMonthDays(_ text: some StringProtocol) -> [(month: Int, day: Int, start: Int, end: Int)] {
        scanMonthDays(tokens: tokenize(text))
    }

    static func scanMonthDays(tokens: Tokens) -> [(month: Int, day: Int, start: Int, end: Int)] {
        var out: [(month: Int, day: Int, start: Int, end: Int)] = []
        var i = 0
        while i < tokens.count {
            if let m = month(tokens, i), tokens.text(i).first?.isUppercase == true {
                var j = i + 1
                while j < tokens.count, tokens.isScalar(j, ".") { j += 1 }
                if let (d, next) = dayNumber(tokens, j) {
                    let k = next < tokens.count && tokens.isScalar(next, ",") ? next + 1 : next
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
