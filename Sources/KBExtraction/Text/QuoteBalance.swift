/// Checks that quotation marks pair up, for the "unbalanced quote marks" warning.
enum QuoteBalance {
    /// A warning when double quotes do not pair up, else nil. Apostrophes make
    /// single quotes unreliable, so only double marks are counted.
    static func problem(in text: String) -> String? {
        var open = 0
        var close = 0
        var straight = 0
        // On the UTF-8 bytes: “ is E2 80 9C, „ is E2 80 9E, ” is E2 80 9D.
        text.withUTF8Bytes { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                // Eight bytes at a time past a run with neither a straight mark nor a lead byte E2
                // (no zero byte in the word xored with either, repeated).
                if i + 8 <= n, let base = bytes.baseAddress {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let q = w ^ 0x2222_2222_2222_2222
                    let e = w ^ 0xE2E2_E2E2_E2E2_E2E2
                    let zero = ((q &- 0x0101_0101_0101_0101) & ~q | (e &- 0x0101_0101_0101_0101) & ~e) & 0x8080_8080_8080_8080
                    if zero == 0 { i += 8; continue }
                }
                let byte = bytes[i]
                if byte == 0x22 {
                    straight += 1
                } else if byte == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                    let last = bytes[i + 2]
                    if last == 0x9C || last == 0x9E { open += 1 } else if last == 0x9D { close += 1 }
                }
                i += 1
            }
        }
        if open != close { return "unbalanced quote marks (\(open) opening, \(close) closing)" }
        if straight % 2 != 0 { return "unbalanced quote marks (odd number of straight double quotes)" }
        return nil
    }
}
