/// Checks that quotation marks pair up, for the "unbalanced quote marks" warning.
enum QuoteBalance {
    /// A warning when double quotes do not pair up, else nil. Apostrophes make
    /// single quotes unreliable, so only double marks are counted.
    static func problem(in text: String) -> String? {
        var open = 0
        var close = 0
        var straight = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“", "„": open += 1
            case "”": close += 1
            case "\"": straight += 1
            default: break
            }
        }
        if open != close { return "unbalanced quote marks (\(open) opening, \(close) closing)" }
        if straight % 2 != 0 { return "unbalanced quote marks (odd number of straight double quotes)" }
        return nil
    }
}
