/// Fast paths for the hot loops of extraction, which work on arrays of
/// `Unicode.Scalar`: building a `String` from scalars straight as UTF-8 (a
/// `String.UnicodeScalarView` built one scalar at a time costs hundreds of
/// instructions a scalar), and the Unicode properties the loops ask about,
/// answered for ASCII without the property tables. Each answer is the one
/// `Unicode.Scalar.Properties` gives.
extension String {
    /// The string of `scalars`, as `String(String.UnicodeScalarView(scalars))`.
    init(scalars: some Collection<Unicode.Scalar>) {
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
    /// `properties.isWhitespace`.
    @inline(__always)
    var isWhitespaceFast: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// `properties.isUppercase`.
    @inline(__always)
    var isUppercaseFast: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    /// `properties.isLowercase`.
    @inline(__always)
    var isLowercaseFast: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    /// `properties.isAlphabetic`.
    @inline(__always)
    var isAlphabeticFast: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    /// `properties.numericType != nil`.
    @inline(__always)
    var isNumericFast: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties.numericType != nil
    }
}
