extension String {
    /// `a + b + c + ...` written once into a string of the final size: each
    /// `+=` goes through the string's append machinery, this copies bytes.
    /// (A fixed list of parts: variadic arguments would allocate an array.)
    static func concatenating(_ a: String, _ b: String, _ c: String, _ d: String = "", _ e: String = "",
                              _ f: String = "", _ g: String = "", _ h: String = "") -> String {
        let total = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count + f.utf8.count + g.utf8.count + h.utf8.count
        guard total > 0 else { return "" }
        // (The write position passed along, not captured: a captured `var` is checked for
        // exclusive access at each use.)
        return String(unsafeUninitializedCapacity: total) { buffer in
            let base = buffer.baseAddress!
            var out = base
            out = put(a, at: out)
            out = put(b, at: out)
            out = put(c, at: out)
            out = put(d, at: out)
            out = put(e, at: out)
            out = put(f, at: out)
            out = put(g, at: out)
            out = put(h, at: out)
            return out - base
        }
    }

    /// Copies the bytes of `part` to `out` and returns the position after them
    /// (`withUTF8Bytes`: a small string's bytes at once, not one by one through the UTF-8 view).
    /// (The bytes read in place where the string has them contiguous, as native and small strings
    /// do: `withUTF8Bytes` copies the string first, a retain and a release of its storage.)
    @inline(__always)
    private static func put(_ part: String, at out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        func copy(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
            if let source = bytes.baseAddress, bytes.count > 0 { out.update(from: source, count: bytes.count) }
            return out + bytes.count
        }
        if let next = part.utf8.withContiguousStorageIfAvailable(copy) { return next }
        return part.withUTF8Bytes(copy)
    }
}
