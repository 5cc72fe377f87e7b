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
