/// Decides what a line of an article file is: page junk, a source line, a
/// date line, a byline, a caption, or text. Pure functions of one line.
enum LineClassifier {
    /// Lines that are page furniture, matched case-insensitively as the whole
    /// line or its start. Kept short and generic: they describe web pages, not
    /// any one article.
    static let junkPrefixes: [String] = [
        "advertisement", "advertisment", "sponsored", "also read", "also see", "read more", "read also",
        "related:", "related stories", "related articles", "related news", "recommended", "more from",
        "subscribe", "sign up", "sign in", "log in", "login", "register", "newsletter", "skip to",
        "follow us", "share this", "share on", "share:", "click here", "tap here", "download the app",
        "download our app", "cookie", "accept cookies", "we use cookies", "all rights reserved", "copyright",
        "©", "(c) ", "trending", "top stories", "most read", "most popular", "watch:", "watch video",
        "listen to this", "print", "email", "whatsapp", "facebook", "twitter", "linkedin", "telegram",
        "menu", "home", "search", "next story", "previous story", "back to top", "go to top", "comments",
        "leave a comment", "loading", "continue reading", "story continues", "first published",
        "get the latest", "join our", "explained:", "topics:", "tags:", "filed under", "skip navigation",
        "jump to", "toggle navigation", "open menu", "close menu", "main menu", "related topics", "more on this story",
        "last modified", "web posted", "main banner",
    ]

    /// Whole lines that are page furniture (a date may follow "Published" on the
    /// next line, so the word alone is junk but "Published 18 March 2024" is a date line).
    static let junkLines: Set<String> = ["published", "updated", "share", "close panel", "share page", "copy link", "about sharing",
                                         "listen", "save", "bookmark", "print this article", "font size", "view comments"]
    /// Lines after which the rest of a page is not the article.
    static let tailMarkers: [String] = ["related topics", "more on this story", "related internet links", "related stories",
                                        "related articles", "you may also like", "more from", "top stories", "most read",
                                        "recommended", "read more", "latest news", "around the web"]

    /// A short line lower-cased, without the spaces and punctuation around it.
    static func label(_ line: String) -> String {
        // ASCII and common punctuation, without a carriage return: on the bytes.
        if let label = asciiLabel(line) { return label }
        var s = Substring(line.lowercased())
        let trim: Set<Character> = [" ", ":", ",", ".", "\u{A0}"]
        while let c = s.first, trim.contains(c) { s = s.dropFirst() }
        while let c = s.last, trim.contains(c) { s = s.dropLast() }
        return String(s)
    }

    /// `label(_:)` of a line of ASCII (but a carriage return) and caseless punctuation
    /// (`isCaselessPunctuation`), else nil. There each scalar is a character of its
    /// own, lower-casing changes only ASCII capitals, and the trimmed characters are ASCII.
    static func asciiLabel(_ line: String) -> String? {
        line.withUTF8Bytes { bytes -> String? in
            guard isSimple(bytes) else { return nil }
            func trimmed(_ b: UInt8) -> Bool { b == 0x20 || b == 0x3A || b == 0x2C || b == 0x2E }
            var a = 0
            var b = bytes.count
            while a < b, trimmed(bytes[a]) { a += 1 }
            while b > a, trimmed(bytes[b - 1]) { b -= 1 }
            return String(unsafeUninitializedCapacity: b - a) { out in
                for k in a..<b {
                    let c = bytes[k]
                    out[k - a] = c >= 0x41 && c <= 0x5A ? c + 32 : c
                }
                return b - a
            }
        }
    }

    /// Every scalar is ASCII (but a carriage return) or caseless punctuation: each is a
    /// character of its own, and lower-casing changes only ASCII capitals.
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        // Eight ASCII bytes at a time while none is a carriage return (a word with no high bit
        // and no zero byte once xored with 0x0D in every byte).
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while i + 8 <= bytes.count {
                let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let x = w ^ 0x0D0D_0D0D_0D0D_0D0D
                let hasCR = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                if (w & 0x8080_8080_8080_8080) | hasCR != 0 { break }
                i += 8
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i += 1
            } else {
                let width = isCaselessPunctuation(bytes, at: i)
                if width == 0 { return false }
                i += width
            }
        }
        return true
    }

    /// The UTF-8 width of the scalar at `i` when it is punctuation news text uses that
    /// has no case and never joins a neighbour in a character (curly quotes, dashes,
    /// the ellipsis, bullets, guillemets), else 0.
    @inline(__always)
    static func isCaselessPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA2, 0xA6: return 3  // – — ‘ ’ “ ” • …
            default: return 0
            }
        }
        if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 || bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return 2 }  // · « »
        return 0
    }

    /// `line.split(separator: " ").count`: on the bytes for a line of ASCII (but a
    /// carriage return) and caseless punctuation, where each scalar is a character.
    static func wordCount(_ line: String) -> Int {
        let simple = line.withUTF8Bytes { bytes -> Int? in
            var words = 0
            var inWord = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 {
                    inWord = false
                    i += 1
                    continue
                }
                if !inWord { inWord = true; words += 1 }
                if b < 0x80 {
                    if b == 0x0D { return nil }
                    i += 1
                } else {
                    let width = isCaselessPunctuation(bytes, at: i)
                    if width == 0 { return nil }
                    i += width
                }
            }
            return words
        }
        return simple ?? line.split(separator: " ").count
    }

    /// "Related Topics" and its kind, alone on a line.
    static func isTailMarker(_ line: String) -> Bool {
        guard line.hasAtMostScalars(40) else { return false }
        let lower = label(line)
        return tailMarkers.contains(lower)
    }

    /// A caption label alone on its line ("Image caption,"): the next line is the caption.
    static func isCaptionLabel(_ line: String) -> Bool {
        guard line.hasAtMostScalars(20) else { return false }
        let lower = label(line)
        return ["image caption", "media caption", "photo caption", "caption"].contains(lower)
    }

    /// The role line under a byline: "Seoul correspondent", "Asia editor".
    static func isBylineRole(_ line: String) -> Bool {
        // More than four words in an ASCII line without a carriage return (where the
        // characters are its bytes) rule it out before any split.
        if line.withUTF8Bytes({ bytes in
            guard bytes.isASCII(prefix: bytes.count), !bytes.contains(0x0D) else { return false }
            var words = 0
            var inWord = false
            for b in bytes {
                if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            }
            return words > 4
        }) {
            return false
        }
        let words = line.split(separator: " ")
        guard words.count <= 4, !line.hasSuffix("."), let last = words.last else { return false }
        return bylineNouns.contains(last.lowercased())
    }
    static let junkPrefixBytes: [[UInt8]] = junkPrefixes.map { Array($0.utf8) }
    /// The longest junk line, in bytes.
    static let junkLineLength = junkLines.map(\.utf8.count).max() ?? 0

    /// `line.unicodeScalars.count { "|", "•", "·", "»", ">" }`, on the UTF-8 bytes
    /// (each multi-byte separator starts with a lead byte, so it is found only where a scalar starts).
    static func separatorCount(_ line: String) -> Int {
        line.withUTF8Bytes { bytes in
            var count = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0x7C || b == 0x3E {
                    count += 1
                } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xB7 || bytes[i + 1] == 0xBB {
                    count += 1
                } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 {
                    count += 1
                }
                i += 1
            }
            return count
        }
    }
    /// False for a label that equals no junk line (all ASCII): one of ASCII longer than
    /// every junk line, or one with caseless punctuation (`isCaselessPunctuation`, which no
    /// ASCII text is canonically equivalent to) and nothing else beyond ASCII.
    static func mayBeJunkLine(_ label: String) -> Bool {
        label.withUTF8Bytes { bytes in
            var ascii = true
            var i = 0
            while i < bytes.count {
                if bytes[i] < 0x80 { i += 1; continue }
                let width = isCaselessPunctuation(bytes, at: i)
                if width == 0 { return true }
                ascii = false
                i += width
            }
            return ascii && bytes.count <= junkLineLength
        }
    }

    /// First byte -> indices of the prefixes starting with it, in list order.
    static let junkPrefixesByFirstByte: [[Int]] = (0..<256).map { b in junkPrefixBytes.indices.filter { junkPrefixBytes[$0].first == UInt8(b) } }

    /// A short line that is junk. Long lines never are: a paragraph that
    /// happens to start with "Home" is text.
    /// Junk prefixes that are also common words opening a sentence of news text.
    static let wordsThatOpenSentences: Set<String> = ["search", "home", "print", "email", "menu", "comments", "register",
                                                      "loading", "trending", "recommended", "sponsored", "login"]

    /// The line ends a sentence: a full stop (not "..."), "!" or "?", perhaps before a closing quote.
    static func endsSentence(_ lower: String) -> Bool {
        let trimmed = lower.unicodeScalars.reversed().drop { $0 == " " || $0 == "\"" || $0 == "”" || $0 == "’" }
        guard let last = trimmed.first else { return false }
        if last == "!" || last == "?" { return true }
        return last == "." && trimmed.dropFirst().first != "."
    }

    static func isJunk(_ line: String) -> Bool {
        guard line.hasAtMostScalars(100) else { return false }
        let lineLabel = label(line)
        if mayBeJunkLine(lineLabel), junkLines.contains(lineLabel) { return true }
        // A credit or an end mark alone in brackets: "(Reuters)", "(AP)", "(END)" (a photo credit,
        // "(AP Photo/Ahn Young-joon)", is a caption's).
        if line.hasAtMostScalars(30), line.utf8.first == 0x28, line.utf8.last == 0x29, wordCount(line) <= 2, !line.utf8.contains(0x2F) { return true }
        if lineLabel.hasSuffix(" ago") || lineLabel == "just now", isRelativeTimestamp(lineLabel) { return true }
        // A prefix (ASCII, or "©") that `hasPrefix` finds starts the lower-cased
        // line's bytes too: the byte test rules most out first. Its first scalars
        // lower-cased (at least one byte each) hold the bytes of any prefix; the
        // whole line is lower-cased only when one starts there.
        // (The first byte lower-cased: an ASCII one in place.)
        guard let first = line.utf8.first else { return false }
        let firstByte = first < 0x80 ? (first >= 0x41 && first <= 0x5A ? first + 32 : first) : line.lowercasedUTF8(maxScalars: 1)[0]
        var lowerBytes: [UInt8] = []
        for index in junkPrefixesByFirstByte[Int(firstByte)] where line.lowercasedUTF8Starts(with: junkPrefixBytes[index]) {
            if lowerBytes.isEmpty { lowerBytes = line.lowercasedUTF8 }
            let prefix = junkPrefixes[index]
            let lower = String(decoding: lowerBytes, as: UTF8.self)
            guard lower.hasPrefix(prefix) else { continue }
            // "Home Ministry says ..." is text: a prefix word must end there.
            if lower.count == prefix.count { return true }
            let next = lower[lower.index(lower.startIndex, offsetBy: prefix.count)]
            // "Search teams found nothing.", "Home Ministry officials said so.": a bare word that
            // opens a sentence of three words or more is text, not a page's button or menu.
            if wordsThatOpenSentences.contains(prefix), next == " ", endsSentence(lower), wordCount(line) >= 3 { continue }
            if !next.isLetter || prefix.last == ":" || prefix.last == " " { return true }
        }
        // Navigation rows: several short items joined by separators.
        // Each separator character holds a separator scalar: fewer than two of those, fewer than two separators.
        let count = separatorCount(line)
        // A breadcrumb of two sections: "World > Asia", "News » North Korea".
        if count == 1, isTwoPartBreadcrumb(line) { return true }
        // "The Korea Herald / Asia News Network | Share this article": a credit beside a share button.
        if count == 1, line.contains("|"), line.split(separator: "|").contains(where: { part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.contains("|") && isJunk(trimmed)
        }) { return true }
        guard count >= 2 else { return false }
        let separators = line.filter { $0 == "|" || $0 == "•" || $0 == "·" || $0 == "»" || $0 == ">" }.count
        if separators >= 2, !line.contains(".") { return true }
        return false
    }

    /// "World > Asia": two short capitalised sections (one to three words each) around one
    /// " > " or " » ", nothing else.
    static func isTwoPartBreadcrumb(_ line: String) -> Bool {
        for separator in [" > ", " » "] {
            let parts = line.components(separatedBy: separator)
            guard parts.count == 2 else { continue }
            return parts.allSatisfy { part in
                let words = part.split(separator: " ")
                return (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" } }
            }
        }
        return false
    }

    static let timeUnits: Set<String> = ["second", "seconds", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs",
                                         "day", "days", "week", "weeks", "month", "months"]
    static let countWords: Set<String> = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    /// "2 hours ago", "an hour ago", "updated 5 mins ago", "just now": a page's
    /// relative timestamp, furniture (it dates nothing once the page is saved).
    static func isRelativeTimestamp(_ label: String) -> Bool {
        let words = label.split(separator: " ").map(String.init)
        if words == ["just", "now"] { return true }
        var rest = words[...]
        if let first = rest.first, ["updated", "published", "posted"].contains(first) { rest = rest.dropFirst() }
        guard rest.count == 3, rest.last == "ago", let count = rest.first else { return false }
        let unit = rest[rest.startIndex + 1]
        return (countWords.contains(count) || count.allSatisfy(\.isNumber)) && timeUnits.contains(unit)
    }

    static let sourceKeys = ["source", "sources", "original source", "source url", "source link", "url"]
    static let sourceKeyLength = sourceKeys.map(\.utf8.count).max() ?? 0
    static let sourceKeyBytes: [[UInt8]] = sourceKeys.map { Array($0.utf8) }
    /// Byte -> some source key starts with it.
    static let sourceKeyFirstBytes: [Bool] = (0..<256).map { b in sourceKeys.contains { $0.utf8.first == UInt8(b) } }

    /// The value of a source line (`Source:URL`, `Source : URL`, `SOURCE - URL`), or nil.
    static func sourceValue(_ line: String) -> String? {
        // The keys are ASCII: `hasPrefix` finds one only where the line's first scalars,
        // lower-cased, start with its bytes (and a line starting with another ASCII letter has none).
        if let first = line.utf8.first, first < 0x80 {
            let lower = first >= 0x41 && first <= 0x5A ? first + 32 : first
            guard sourceKeyFirstBytes[Int(lower)] else { return nil }
        }
        guard line.lowercasedUTF8StartsWithAny(sourceKeyBytes) else { return nil }
        let lower = line.lowercased()
        for key in sourceKeys where lower.hasPrefix(key) {
            var rest = line.dropFirst(key.count)
            while let c = rest.first, c == " " { rest = rest.dropFirst() }
            guard let sep = rest.first, sep == ":" || sep == "-" || sep == "–" || sep == "—" else { continue }
            rest = rest.dropFirst()
            let value = rest.trimmingSpaces()
            return value
        }
        return nil
    }

    /// True when `value` is an http(s) URL with a host.
    static func isURL(_ value: String) -> Bool { host(of: value) != nil }

    /// The host of an http(s) URL, lower-cased, without `www.`.
    static func host(of value: String) -> String? {
        if let host = asciiHost(of: value) { return host }
        let lower = value.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = lower.dropFirst(8) } else if lower.hasPrefix("http://") { rest = lower.dropFirst(7) } else { return nil }
        // Foundation's search only where a space byte is.
        guard !(value.utf8.contains(0x20) && value.contains(" ")) else { return nil }
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        // An ASCII host holds "." exactly where its bytes do (no scalar combines with a dot there).
        let hasDot = host.utf8.allSatisfy({ $0 < 0x80 }) ? host.utf8.contains(0x2E) : host.contains(".")
        guard hasDot, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }),
              !host.hasPrefix("."), !host.hasSuffix(".") else { return nil }
        return String(host)
    }

    /// `host(of:)` on the bytes of an ASCII value without a carriage return
    /// (where every character is one scalar); nil for any other value, which
    /// `host(of:)` reads by characters. An empty string is "no host".
    static func asciiHost(of value: String) -> String?? {
        value.withUTF8Bytes { bytes -> String?? in
            guard bytes.isASCII(prefix: bytes.count), !bytes.contains(0x0D) else { return nil }
            func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
            func starts(_ prefix: String) -> Bool {
                prefix.utf8.count <= bytes.count && zip(prefix.utf8, bytes).allSatisfy { $0 == lower($1) }
            }
            var i: Int
            if starts("https://") { i = 8 } else if starts("http://") { i = 7 } else { return .some(nil) }
            guard !bytes.contains(0x20) else { return .some(nil) }
            var end = i
            while end < bytes.count, ![UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: ":")].contains(bytes[end]) { end += 1 }
            if end - i >= 4, lower(bytes[i]) == 0x77, lower(bytes[i + 1]) == 0x77, lower(bytes[i + 2]) == 0x77, bytes[i + 3] == 0x2E { i += 4 }
            let host = bytes[i..<end].map(lower)
            guard host.contains(0x2E), host.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }),
                  host.first != 0x2E, host.last != 0x2E else { return .some(nil) }
            return .some(String(decoding: host, as: UTF8.self))
        }
    }

    static let dateLineWords: Set<String> = [
        "published", "updated", "posted", "last", "modified", "date", "on", "at", "am", "pm", "a", "p", "m",
        "ist", "kst", "gmt", "utc", "est", "edt", "pst", "pdt", "bst", "cet", "jst", "et", "hrs", "and", "by",
        "first", "created",
    ]

    /// The date a line gives when the line is a date line or a dateline
    /// ("June 9, 2020", "Published: 2020-06-13", "SEOUL, Oct 15 2024 -",
    /// "April 27, 2018 — PANMUNJOM", "Seoul 23 November 2010"), else nil.
    static func dateLine(_ line: String) -> PartialDate? {
        guard line.hasAtMostScalars(120) else { return nil }
        let tokens = DateScanner.tokenize(line)
        let found = DateScanner.matches(in: tokens, bareYears: false)
        guard let first = found.first, first.match.date.precision == .day || first.match.date.precision == .month else {
            return nil
        }
        var placeWords = 0
        for (index, token) in tokens.enumerated() {
            if found.contains(where: { index >= $0.first && index <= $0.last }) { continue }
            switch token.kind {
            case .punct:
                continue
            case .number:
                // Times (10:32) are fine; any other number means prose.
                let prev = index > 0 ? tokens.text(index - 1) : ""
                let next = index + 1 < tokens.count ? tokens.text(index + 1) : ""
                let text = tokens.text(index)
                // ("21.30 EDT": a time with a dot, as British pages write it.)
                let dotTime = text.count <= 2 && (next == "." && index + 2 < tokens.count && tokens[index + 2].kind == .number
                                                  && tokens.text(index + 2).count == 2 || prev == "." && index >= 2
                                                  && tokens[index - 2].kind == .number && tokens.text(index - 2).count <= 2)
                if prev == ":" || next == ":" || dotTime || text.count <= 2 && (next.lowercased() == "am" || next.lowercased() == "pm") {
                    continue
                }
                return nil
            case .word:
                let text = tokens.text(index)
                let lower = text.lowercased()
                if dateLineWords.contains(lower) || DateScanner.weekdays.contains(lower) { continue }
                // A place in a dateline: capitalised words, at most three.
                guard text.first?.isUppercase == true else { return nil }
                placeWords += 1
                if placeWords > 3 { return nil }
            }
        }
        return first.match.date
    }

    static let bylineStarts = ["by ", "written by ", "reporting by ", "reported by ", "author:", "words by "]
    static let bylineStartLength = bylineStarts.map(\.utf8.count).max() ?? 0
    static let bylineStartBytes: [[UInt8]] = bylineStarts.map { Array($0.utf8) }

    /// A byline: "By Jane Doe", "By JANE DOE and JOHN ROE | Reuters", "Written by ...".
    static func isByline(_ line: String) -> Bool {
        guard line.hasAtMostScalars(100) else { return false }
        // The starts are ASCII: as in `isJunk`, the bytes rule most lines out first.
        guard line.lowercasedUTF8StartsWithAny(bylineStartBytes) else { return false }
        let lower = line.lowercased()
        guard bylineStarts.contains(where: { lower.hasPrefix($0) }) else { return false }
        // Bylines do not end like sentences of prose ("By then, it was over.")
        guard !line.hasSuffix(".") else { return false }
        let words = line.split(separator: " ")
        let afterBy = words.dropFirst().first.map(String.init) ?? ""
        if afterBy.first?.isUppercase == true { return true }
        // "By our Seoul correspondent", "By a staff reporter in Incheon".
        return words.count <= 8 && words.contains { Self.bylineNouns.contains($0.lowercased()) }
    }

    static let bylineNouns: Set<String> = ["correspondent", "correspondents", "reporter", "reporters", "writer", "writers", "staff",
                                           "editor", "editors", "desk", "bureau", "newsroom", "wire", "wires", "services", "agencies"]
    static let captionStarts = ["image caption", "photo caption", "media caption", "caption", "photo :", "photos :", "image :",
                                "photo -", "photo/", "photo:", "photo by", "photo courtesy", "photos:", "image:", "image by", "picture:",
                                "pictured:", "pictured is ", "pictured are ", "caption:", "credit:", "credits:", "photograph:", "file photo",
                                "(photo", "[photo", "illustration:", "video:", "graphic:"]
    static let captionMarks = ["getty images", "ap photo", "/ ap", "/ap ", "/afp", "/ afp", "afp via",
                               "reuters/", "/reuters", "/ reuters", "yonhap/", "/yonhap", "/ yonhap", "/ kcna", "/ newsis", "epa-efe",
                               "/epa", "file photo", "photo courtesy", "handout via", "kcna via", "via reuters",
                               "shutterstock", "photo credit", "image credit", "image source"]

    static let captionMarkNeedles = ByteNeedles(captionMarks)
    static let captionStartBytes: [[UInt8]] = captionStarts.map { Array($0.utf8) }

    /// A photo caption or credit line.
    static func isCaption(_ line: String) -> Bool {
        guard line.hasAtMostScalars(400) else { return false }
        // A line of ASCII and caseless punctuation (`isSimple`) lower-cases byte by byte,
        // and there `hasPrefix` is a byte prefix: tested in place, without the lower-cased copy.
        if let simple = line.withUTF8Bytes({ bytes -> Bool? in
            guard isSimple(bytes) else { return nil }
            for start in captionStartBytes where bytes.count >= start.count {
                var k = 0
                while k < start.count, ByteNeedles.lower(bytes[k]) == start[k] { k += 1 }
                if k == start.count { return true }
            }
            return line.hasAtMostScalars(300) && captionMarkNeedles.found(lowercasing: bytes)
        }) {
            return simple
        }
        // As in `isJunk`, a prefix must start the bytes before `hasPrefix` is asked.
        let lowerBytes = line.lowercasedUTF8
        // By index: zipping the lists would copy (and retain) a string and an array at each step.
        for k in captionStartBytes.indices where lowerBytes.first == captionStartBytes[k].first && lowerBytes.starts(with: captionStartBytes[k]) {
            if String(decoding: lowerBytes, as: UTF8.self).hasPrefix(captionStarts[k]) { return true }
        }
        return line.hasAtMostScalars(300) && captionMarkNeedles.found(in: lowerBytes)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
