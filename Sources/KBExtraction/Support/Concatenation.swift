extension String {
    /// `a + b + c + ...` written once into a string of the final size: each
    /// `+=` goes through the string's append machinery, this copies bytes.
    /// (A fixed list of parts: variadic arguments would allocate an array.)
    static func concatenating(_ a: String, _ b: String, _ c: String, _ d: String = "", _ e: String = "",
                              _ f: String = "", _ g: String = "", _ h: String = "") -> String {
        let total = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count + f.utf8.count + g.utf8.count + h.utf8.count
        return String(unsafeUninitializedCapacity: total) { buffer in
            var n = 0
            func put(_ part: String) {
                let copied = part.utf8.withContiguousStorageIfAvailable { bytes -> Int in
                    if let source = bytes.baseAddress, bytes.count > 0 {
                        (buffer.baseAddress! + n).update(from: source, count: bytes.count)
                    }
                    return bytes.count
                }
                if let copied {
                    n += copied
                } else {
                    for byte in part.utf8 {
                        buffer[n] = byte
                        n += 1
                    }
                }
            }
            put(a)
            put(b)
            put(c)
            put(d)
            put(e)
            put(f)
            put(g)
            put(h)
            return n
        }
    }
}
