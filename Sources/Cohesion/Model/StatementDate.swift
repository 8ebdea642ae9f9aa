/// When a statement was made: a year (`"2015"`), a day (`"2015-03-04"`) or, as DNA records
/// document dates, a moment (`"2015-03-04T10:30:00"`), in UTC.
///
/// A date is kept as seconds since 1970-01-01 UTC (a year-only date stands for its first
/// second, 1 January 00:00:00) together with the precision it was written with, so it is
/// written back as it was read. Calendar arithmetic follows `java.time.LocalDateTime`, which
/// DNA's exporter uses: adding months or years clamps the day to the end of a shorter month.
///
/// ```swift
/// let d = StatementDate("2015-03-04")   // precision .day
/// d?.year                                // 2015
/// StatementDate("2015-13-01")            // nil
/// ```
public struct StatementDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How precisely a date was written.
    public enum Precision: Hashable, Sendable {
        /// A year: `2015`.
        case year
        /// A day: `2015-03-04`.
        case day
        /// A moment to the second: `2015-03-04T10:30:00`.
        case second
    }

    /// Seconds since 1970-01-01T00:00:00 UTC.
    public var seconds: Int64
    /// The precision the date was written with.
    public var precision: Precision

    /// Creates a date from seconds since 1970 UTC.
    public init(seconds: Int64, precision: Precision = .second) {
        self.seconds = seconds
        self.precision = precision
    }

    /// Creates a date from a calendar day (and a time of day); nil when the day does not exist.
    public init?(year: Int, month: Int = 1, day: Int = 1, hour: Int = 0, minute: Int = 0, second: Int = 0,
                 precision: Precision = .day) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(year: year, month: month),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              (-9999...9999).contains(year) else { return nil }
        let days = Self.daysFromCivil(year, month, day)
        self.seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.precision = precision
    }

    /// Parses `YYYY`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (a space may replace the `T`).
    public init?(_ text: String) {
        let chars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count, !range.isEmpty else { return nil }
            var value = 0
            for i in range {
                let c = chars[i]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        switch chars.count {
        case 4:
            guard let y = number(0..<4) else { return nil }
            self.init(year: y, precision: .year)
        case 10:
            guard chars[4] == 45, chars[7] == 45, let y = number(0..<4), let m = number(5..<7), let d = number(8..<10)
            else { return nil }
            self.init(year: y, month: m, day: d, precision: .day)
        case 19:
            guard chars[4] == 45, chars[7] == 45, chars[10] == 84 || chars[10] == 32, chars[13] == 58, chars[16] == 58,
                  let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
                  let h = number(11..<13), let mi = number(14..<16), let s = number(17..<19)
            else { return nil }
            self.init(year: y, month: m, day: d, hour: h, minute: mi, second: s, precision: .second)
        default:
            return nil
        }
    }

    /// The calendar fields in UTC: year, month (1–12), day (1–31) and seconds into the day.
    public var civil: (year: Int, month: Int, day: Int, secondOfDay: Int) {
        let (days, rest) = seconds.floorDivided(by: 86_400)
        let (y, m, d) = Self.civilFromDays(days)
        return (y, m, d, Int(rest))
    }

    /// The calendar year.
    public var year: Int { civil.year }
    /// The month, 1–12.
    public var month: Int { civil.month }

    /// The ISO 8601 week number (weeks start on Monday; week 1 holds the year's first
    /// Thursday), the week DNA's comment names ("UK definition of calendar weeks",
    /// Exporter.java `filterStatements`). Like DNA, the number does not say which year.
    public var isoWeek: Int {
        let (days, _) = seconds.floorDivided(by: 86_400)
        // 1970-01-01 was a Thursday: weekday 1 = Monday … 7 = Sunday.
        let weekday = Int((days + 3).floorDivided(by: 7).remainder) + 1
        let thursday = days - Int64(weekday) + 4
        let (ty, _, _) = Self.civilFromDays(thursday)
        let yearStart = Self.daysFromCivil(ty, 1, 1)
        return Int((thursday - yearStart) / 7) + 1
    }

    /// The date as written: `2015`, `2015-03-04` or `2015-03-04T10:30:00`.
    public var description: String {
        let c = civil
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(abs(v))
            return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
        }
        let day = "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
        if c.secondOfDay == 0 && precision != .second {
            return precision == .year && c.month == 1 && c.day == 1 ? pad(c.year, 4) : day
        }
        let s = c.secondOfDay
        return "\(day)T\(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2)):\(pad(s % 60, 2))"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.seconds < rhs.seconds }
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.seconds == rhs.seconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(seconds) }

    // MARK: Calendar arithmetic (java.time semantics)

    /// The date moved by whole days (negative counts move back).
    public func adding(days: Int) -> StatementDate {
        StatementDate(seconds: seconds &+ Int64(days) &* 86_400, precision: precision)
    }

    /// The date moved by calendar months, the day clamped to the target month's length, as
    /// `LocalDateTime.plusMonths` does.
    public func adding(months: Int) -> StatementDate {
        let c = civil
        let total = c.year * 12 + (c.month - 1) + months
        let (y, m0) = total.floorDivided(by: 12)
        let d = min(c.day, Self.daysIn(year: y, month: m0 + 1))
        let days = Self.daysFromCivil(y, m0 + 1, d)
        return StatementDate(seconds: days * 86_400 + Int64(c.secondOfDay), precision: precision)
    }

    /// The date moved by calendar years (29 February becomes 28 February in a common year).
    public func adding(years: Int) -> StatementDate { adding(months: years * 12) }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Hinnant's `civil_from_days`).
    static func civilFromDays(_ z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }
}

extension BinaryInteger {
    /// Quotient rounded toward negative infinity, and the non-negative remainder.
    fileprivate func floorDivided(by divisor: Self) -> (quotient: Self, remainder: Self) {
        var q = self / divisor
        var r = self % divisor
        if r < 0 { r += divisor; q -= 1 }
        return (q, r)
    }
}
