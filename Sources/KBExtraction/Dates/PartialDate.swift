/// A calendar date known to a precision: a year, a month of a year, or a day.
/// Its text form is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, which also sorts right.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public enum Precision: String, Sendable, Codable, CaseIterable { case day, month, year }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A validated date; nil when the parts do not form a real calendar date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month { guard (1...12).contains(month) else { return nil } }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the stored form).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if parts.count > 1, month == nil { return nil }
        if parts.count > 2, day == nil { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    public var description: String {
        // The usual case (a four-digit year, two-digit month and day) written as bytes.
        if (1...9999).contains(year), (0..<100).contains(month ?? 1), (0..<100).contains(day ?? 1) {
            let length = 4 + (month == nil ? 0 : 3) + (day == nil ? 0 : 3)
            return String(unsafeUninitializedCapacity: length) { bytes in
                var y = year
                for k in stride(from: 3, through: 0, by: -1) {
                    bytes[k] = UInt8(truncatingIfNeeded: 0x30 + y % 10)
                    y /= 10
                }
                var i = 4
                func write(_ part: Int) {
                    bytes[i] = UInt8(ascii: "-")
                    bytes[i + 1] = UInt8(truncatingIfNeeded: 0x30 + part / 10)
                    bytes[i + 2] = UInt8(truncatingIfNeeded: 0x30 + part % 10)
                    i += 3
                }
                if let month { write(month) }
                if let day { write(day) }
                return i
            }
        }
        var s = String(year)
        while s.count < 4 { s = "0" + s }
        if let month { s += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { s += day < 10 ? "-0\(day)" : "-\(day)" }
        return s
    }

    /// The order of `description` (`YYYY` before `YYYY-MM` before `YYYY-MM-DD`), by the parts:
    /// the year always has four digits (1...9999), month and day two, and a part left out sorts first.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.month != rhs.month { return (lhs.month ?? 0) < (rhs.month ?? 0) }
        return (lhs.day ?? 0) < (rhs.day ?? 0)
    }

    /// Two dates are compatible when they agree as far as both say: one year
    /// and a day in it are compatible, two different days are not.
    public func isCompatible(with other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        guard let m1 = month, let m2 = other.month else { return true }
        guard m1 == m2 else { return false }
        guard let d1 = day, let d2 = other.day else { return true }
        return d1 == d2
    }

    /// The day `days` after this one (day precision only).
    public func adding(days: Int) -> PartialDate? {
        guard let month, let day else { return nil }
        var ordinal = PartialDate.ordinal(year: year, month: month, day: day) + days
        var y = year
        while ordinal < 1 { y -= 1; ordinal += PartialDate.daysIn(year: y) }
        while ordinal > PartialDate.daysIn(year: y) { ordinal -= PartialDate.daysIn(year: y); y += 1 }
        var m = 1
        while ordinal > PartialDate.daysIn(month: m, year: y) { ordinal -= PartialDate.daysIn(month: m, year: y); m += 1 }
        return PartialDate(year: y, month: m, day: ordinal)
    }

    /// Day of the week, 0 = Monday ... 6 = Sunday (day precision only).
    public var weekday: Int? {
        guard let month, let day else { return nil }
        // Days since 0001-01-01 (a Monday in the proleptic Gregorian calendar).
        let y = year - 1
        let days = y * 365 + y / 4 - y / 100 + y / 400 + PartialDate.ordinal(year: year, month: month, day: day) - 1
        return days % 7
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }
    static func daysIn(year: Int) -> Int { isLeap(year) ? 366 : 365 }
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        var total = day
        for m in 1..<month { total += daysIn(month: m, year: year) }
        return total
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
