/// Turns a file's bytes into clean text lines, rejecting what is not an
/// article's text (SPEC section 4): empty, binary, not UTF-8, HTML.
enum TextDecoding {
    /// Decodes bytes to a String: UTF-8 (with or without BOM) or UTF-16 with a BOM.
    static func decode(_ bytes: [UInt8]) throws(ExtractionError) -> String {
        switch try checked(bytes) {
        case .text(let text): return text
        case .utf8(let body): return String(decoding: body, as: UTF8.self)
        }
    }

    /// `cleanLines(decode(bytes))`: valid UTF-8 is cleaned straight from its bytes (the
    /// string `decode` makes of them holds the same bytes), without the copy.
    static func decodedLines(_ bytes: [UInt8]) throws(ExtractionError) -> [String] {
        switch try checked(bytes) {
        case .text(let text): return cleanLines(text)
        case .utf8(let body): return body.withUnsafeBufferPointer { cleanLines(bytes: $0) }
        }
    }

    /// A file's text as `decode` reads it: decoded (UTF-16), or UTF-8 bytes found valid.
    enum Checked {
        case text(String)
        case utf8(ArraySlice<UInt8>)
    }

    /// `decode`'s checks, in its order, with the same errors.
    static func checked(_ bytes: [UInt8]) throws(ExtractionError) -> Checked {
        if bytes.isEmpty { throw ExtractionError(.empty, reason: "empty file") }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .text(try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF))
        }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = bytes[3...] }
        if let nul = firstNUL(body) {
            throw ExtractionError(.binary, reason: "binary file (NUL byte at offset \(nul)): not article text")
        }
        if let bad = firstInvalidUTF8(body) {
            let (line, column) = position(of: bad, in: bytes)
            throw ExtractionError(.encoding, line: line, column: column,
                                  reason: "not UTF-8 text (invalid byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad))")
        }
        return .utf8(body)
    }

    static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(ExtractionError) -> String {
        guard bytes.count % 2 == 0 else {
            throw ExtractionError(.encoding, reason: "UTF-16 file with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let unit = littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            units.append(unit)
            i += 2
        }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.append(scalar)
            case .emptyInput: break loop
            case .error: throw ExtractionError(.encoding, reason: "invalid UTF-16 (unpaired surrogate)")
            }
        }
        if text.contains("\u{0}") { throw ExtractionError(.binary, reason: "binary file (NUL character): not article text") }
        return String(text)
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all is valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var i = 0
            let end = buffer.count
            while i < end {
                // ASCII, the bulk of any article, eight bytes at a time.
                if i + 8 <= end, UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var minimum: UInt32
                var value: UInt32
                switch b {
                case 0xC2...0xDF: length = 2; value = UInt32(b & 0x1F); minimum = 0x80
                case 0xE0...0xEF: length = 3; value = UInt32(b & 0x0F); minimum = 0x800
                case 0xF0...0xF4: length = 4; value = UInt32(b & 0x07); minimum = 0x10000
                default: return bytes.startIndex + i
                }
                guard i + length <= end else { return bytes.startIndex + i }
                for k in 1..<length {
                    let c = buffer[i + k]
                    guard c & 0xC0 == 0x80 else { return bytes.startIndex + i }
                    value = value << 6 | UInt32(c & 0x3F)
                }
                if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return bytes.startIndex + i }
                i += length
            }
            return nil
        }
    }

    /// `bytes.firstIndex(of: 0)`, over the buffer.
    static func firstNUL(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            // Eight bytes at a time: a word holds a zero byte when (w - 0x01..) & ~w & 0x80.. is not zero.
            var i = 0
            if let base = buffer.baseAddress {
                while i + 8 <= buffer.count {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
            }
            while i < buffer.count {
                if buffer[i] == 0 { return bytes.startIndex + i }
                i += 1
            }
            return nil
        }
    }

    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for b in bytes[..<offset] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// Splits into lines and cleans each: line breaks of every kind, no-break
    /// and other odd spaces become plain spaces, control characters go, runs of
    /// spaces collapse, ends are trimmed.
    static func cleanLines(_ text: String) -> [String] {
        text.withUTF8Bytes { cleanLines(bytes: $0) }
    }

    /// `cleanLines` of valid UTF-8 bytes.
    static func cleanLines(bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        // Over the UTF-8 bytes (the text is valid UTF-8): each line is built as
        // bytes in one buffer (a line never outgrows the text) and made a String once.
        do {
            var lines: [String] = []
            lines.reserveCapacity(bytes.count / 64 + 4)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { line in
                var count = 0
                var pendingSpace = false
                var previousWasCR = false
                func endLine() {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: line[0..<count]), as: UTF8.self))
                    count = 0
                    pendingSpace = false
                }
                var i = 0
                let n = bytes.count
                while i < n {
                    let b = bytes[i]
                    // A plain space only marks that one is due.
                    if b == 0x20 {
                        previousWasCR = false
                        pendingSpace = count > 0
                        i += 1
                        continue
                    }
                    // A run of printable ASCII (the bulk of any line) is copied at once, with
                    // the single spaces between its words (a space is kept only before more text).
                    if b > 0x20 && b < 0x7F {
                        var j = i + 1
                        while j < n {
                            let c = bytes[j]
                            if c > 0x20 && c < 0x7F { j += 1; continue }
                            if c == 0x20, j + 1 < n, bytes[j + 1] > 0x20, bytes[j + 1] < 0x7F { j += 2; continue }
                            break
                        }
                        if pendingSpace { line[count] = 0x20; count += 1; pendingSpace = false }
                        UnsafeMutableRawPointer(line.baseAddress! + count).copyMemory(from: bytes.baseAddress! + i, byteCount: j - i)
                        count += j - i
                        previousWasCR = false
                        i = j
                        continue
                    }
                    let (scalar, width) = String.decode(bytes, at: i)
                    let v = scalar.value
                    let start = i
                    i += width
                    if v == 0x0A {
                        if previousWasCR { previousWasCR = false; continue }
                        endLine()
                        continue
                    }
                    previousWasCR = false
                    if v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x0B || v == 0x0C {
                        previousWasCR = v == 0x0D
                        endLine()
                        continue
                    }
                    let isSpace = v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x1680 || (0x2000...0x200A).contains(v)
                        || v == 0x202F || v == 0x205F || v == 0x3000
                    if isSpace {
                        pendingSpace = count > 0
                        continue
                    }
                    // Control characters, the BOM and other invisible format marks that
                    // would corrupt offsets or display: dropped.
                    if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFEFF || v == 0x200B || v == 0x00AD {
                        continue
                    }
                    if pendingSpace { line[count] = 0x20; count += 1; pendingSpace = false }
                    for k in start..<i {
                        line[count] = bytes[k]
                        count += 1
                    }
                }
                if count > 0 { lines.append(String(decoding: UnsafeBufferPointer(rebasing: line[0..<count]), as: UTF8.self)) }
            }
            return lines
        }
    }

    /// True when the text is an HTML page rather than an article's text.
    static func looksLikeHTML(_ lines: [String]) -> Bool {
        // No angle bracket, no markup: the common case costs one byte scan (lower
        // case has an angle bracket where the text has one).
        guard lines.lazy.filter({ !$0.isEmpty }).prefix(40).contains(where: { $0.containsByte(UInt8(ascii: "<")) }) else { return false }
        let head = lines.lazy.filter { !$0.isEmpty }.prefix(40).joined(separator: "\n").lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") && head.contains("<html") {
            return true
        }
        let markers = ["<html", "<head>", "<body", "<div", "<meta ", "<script", "<p>", "</p>", "<br", "<span", "<a href"]
        let hits = markers.reduce(0) { $0 + (head.containsBytes($1) ? 1 : 0) }
        return hits >= 3
    }
}
