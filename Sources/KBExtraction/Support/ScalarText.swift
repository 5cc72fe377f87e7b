/// Fast paths for the hot loops of extraction, which work on arrays of
/// `Unicode.Scalar`: building a `String` from scalars straight as UTF-8 (a
/// `String.UnicodeScalarView` built one scalar at a time costs hundreds of
/// instructions a scalar), and the Unicode properties the loops ask about,
/// answered for ASCII without the property tables. Each answer is the one
/// `Unicode.Scalar.Properties` gives.
extension String {
    /// The string of `scalars`, as `String(String.UnicodeScalarView(scalars))`.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        let string = scalars.withUnsafeBufferPointer { s -> String? in
            // All ASCII (the common case): one byte a scalar, one pass to check, one to copy.
            // (Every scalar or-ed, with no exit inside the loop: the compiler turns it into vector instructions.)
            var bits: UInt32 = 0
            for scalar in s { bits |= scalar.value }
            guard bits < 0x80, !s.isEmpty else { return nil }
            return String(unsafeUninitializedCapacity: s.count) { buffer in
                for i in 0..<s.count { buffer[i] = UInt8(truncatingIfNeeded: s[i].value) }
                return s.count
            }
        }
        self = string ?? String(anyScalars: scalars)
    }

    /// `init(scalars:)` for any collection of scalars.
    init(anyScalars scalars: some Collection<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        guard length > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for scalar in scalars { i = buffer.encode(scalar, at: i) }
            return i
        }
    }
}

extension String {
    /// The UTF-8 bytes as one buffer (a native string's own storage, else a copy).
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var copy = self
        return try copy.withUTF8(body)
    }

    /// `Array(lowercased().utf8)`: ASCII lower-cased byte by byte, other scalars by
    /// their lower-case mapping (which is all `lowercased()` does).
    var lowercasedUTF8: [UInt8] { lowercasedUTF8(maxScalars: Int.max) }

    /// `lowercasedUTF8.starts(with: prefix)`, without a copy while the bytes compared
    /// are ASCII (each lower-cases to one byte); else by `lowercasedUTF8(maxScalars:)`.
    func lowercasedUTF8Starts(with prefix: [UInt8]) -> Bool {
        withUTF8Bytes { bytes in
            var i = 0
            while i < prefix.count {
                guard i < bytes.count else { return false }
                let b = bytes[i]
                if b >= 0x80 { return lowercasedUTF8(maxScalars: prefix.count).starts(with: prefix) }
                if (b >= 0x41 && b <= 0x5A ? b + 32 : b) != prefix[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// `prefixes.contains { lowercasedUTF8Starts(with: $0) }`, the bytes read once in place
    /// while those compared are ASCII; else the prefixes one by one as that does.
    func lowercasedUTF8StartsWithAny(_ prefixes: [[UInt8]]) -> Bool {
        let byBytes = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for prefix in prefixes {
                var i = 0
                var matched = true
                while i < prefix.count {
                    guard i < bytes.count else { matched = false; break }
                    let b = bytes[i]
                    if b >= 0x80 { return nil }
                    if (b >= 0x41 && b <= 0x5A ? b + 32 : b) != prefix[i] { matched = false; break }
                    i += 1
                }
                if matched { return true }
            }
            return false
        }
        if let byBytes, let answer = byBytes { return answer }
        return prefixes.contains { lowercasedUTF8Starts(with: $0) }
    }

    /// `lowercasedUTF8` of the first `maxScalars` scalars.
    func lowercasedUTF8(maxScalars: Int) -> [UInt8] {
        withUTF8Bytes { bytes in
            let n = Swift.min(bytes.count, maxScalars)
            if bytes.isASCII(prefix: n) {
                // ASCII: one byte a scalar, lower-cased in place.
                return [UInt8](unsafeUninitializedCapacity: n) { out, initialized in
                    for i in 0..<n {
                        let b = bytes[i]
                        out[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    }
                    initialized = n
                }
            }
            // Else ASCII byte by byte and the rest by mapping, into a buffer that fits any
            // lower-casing (a mapping is at most three times its scalar's bytes).
            return [UInt8](unsafeUninitializedCapacity: 3 * bytes.count) { out, initialized in
                var i = 0
                var k = 0
                var scalars = 0
                while i < bytes.count, scalars < maxScalars {
                    let b = bytes[i]
                    scalars += 1
                    if b < 0x80 {
                        out[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                        k += 1
                        i += 1
                        continue
                    }
                    let (scalar, width) = Self.decode(bytes, at: i)
                    for byte in scalar.properties.lowercaseMapping.utf8 {
                        out[k] = byte
                        k += 1
                    }
                    i += width
                }
                initialized = k
            }
        }
    }

    /// The scalar at `i` of valid UTF-8 bytes, and its width.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b = bytes[i]
        let v: UInt32
        let width: Int
        if b < 0x80 {
            v = UInt32(b)
            width = 1
        } else if b < 0xE0 {
            v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            width = 2
        } else if b < 0xF0 {
            v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            width = 3
        } else {
            v = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
            width = 4
        }
        // A String's UTF-8 is valid: every value decoded is a scalar.
        return (Unicode.Scalar(v).unsafelyUnwrapped, width)
    }

    /// `unicodeScalars.count`, from the UTF-8 bytes: every byte but a continuation byte starts a scalar.
    var scalarCount: Int {
        withUTF8Bytes { bytes in
            // Eight bytes at a time: a continuation byte is 10xxxxxx.
            var continuations = 0
            var i = 0
            if let base = bytes.baseAddress {
                while i + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                    i += 8
                }
            }
            while i < bytes.count {
                if bytes[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return bytes.count - continuations
        }
    }

    /// `scalarCount <= n`, counting only when the byte count leaves it open (a scalar is one to four bytes).
    func hasAtMostScalars(_ n: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= n { return true }
        if bytes > 4 * n { return false }
        return scalarCount <= n
    }

    /// True when the UTF-8 bytes hold `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { bytes in
            // Eight bytes at a time: XOR with the byte repeated leaves a zero byte where it is.
            var i = 0
            if let base = bytes.baseAddress {
                let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
                while i + 8 <= bytes.count {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ pattern
                    if (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0 { return true }
                    i += 8
                }
            }
            while i < bytes.count {
                if bytes[i] == byte { return true }
                i += 1
            }
            return false
        }
    }

    /// `Array(unicodeScalars)`, decoded straight from the UTF-8 bytes.
    var scalarArray: [Unicode.Scalar] {
        let count = scalarCount
        return withUTF8Bytes { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var i = 0
                var k = 0
                let n = bytes.count
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        buffer[k] = Unicode.Scalar(b)
                        i += 1
                    } else {
                        let (scalar, width) = Self.decode(bytes, at: i)
                        buffer[k] = scalar
                        i += width
                    }
                    k += 1
                }
                initialized = k
            }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// True when the first `count` bytes are ASCII, read eight at a time.
    func isASCII(prefix count: Int) -> Bool {
        var i = 0
        if let base = baseAddress {
            while i + 8 <= count {
                if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
        }
        while i < count {
            if self[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}

extension UnsafeMutableBufferPointer where Element == UInt8 {
    /// Writes the UTF-8 encoding of `scalar` at `i`; returns the index after it.
    @inline(__always)
    func encode(_ scalar: Unicode.Scalar, at i: Int) -> Int {
        let v = scalar.value
        if v < 0x80 {
            self[i] = UInt8(truncatingIfNeeded: v)
            return i + 1
        }
        if v < 0x800 {
            self[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            self[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return i + 2
        }
        if v < 0x10000 {
            self[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            self[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            self[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return i + 3
        }
        self[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
        self[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
        self[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
        self[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
        return i + 4
    }
}

extension Unicode.Scalar {
    /// A scalar of General Punctuation (U+2000 to U+206F: spaces, dashes, curly quotes,
    /// the ellipsis, format marks), which news text is full of: none is alphabetic,
    /// numeric, upper or lower case, and these are its whitespace.
    @inline(__always)
    var isGeneralPunctuation: Bool { value >= 0x2000 && value <= 0x206F }
    @inline(__always)
    var isGeneralPunctuationSpace: Bool { value <= 0x200A || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F }

    /// `properties.isWhitespace`.
    @inline(__always)
    var isWhitespaceFast: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        if isGeneralPunctuation { return isGeneralPunctuationSpace }
        return properties.isWhitespace
    }

    /// `properties.isUppercase`.
    @inline(__always)
    var isUppercaseFast: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if isGeneralPunctuation { return false }
        return properties.isUppercase
    }

    /// `properties.isLowercase`.
    @inline(__always)
    var isLowercaseFast: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if isGeneralPunctuation { return false }
        return properties.isLowercase
    }

    /// `properties.isAlphabetic`.
    @inline(__always)
    var isAlphabeticFast: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if isGeneralPunctuation { return false }
        return properties.isAlphabetic
    }

    /// `properties.numericType != nil`.
    @inline(__always)
    var isNumericFast: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        if isGeneralPunctuation { return false }
        return properties.numericType != nil
    }
}
