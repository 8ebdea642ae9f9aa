extension Network {
    /// The years a network, a tie or an amount may name: -9999 to 9999.
    ///
    /// A year outside this range is a validation error at its place in the file, whatever the
    /// format. The bound keeps every computation on years (spans, year-by-year evolution,
    /// the report's timeline) far from integer overflow, and no governance record is dated
    /// beyond it; a year such as `9223372036854775807` is a typo or a hostile file.
    ///
    /// ```swift
    /// let ok = Network.supportedYears.contains(2024)   // true
    /// ```
    ///
    /// - Complexity: O(1).
    public static let supportedYears: ClosedRange<Int> = -9999...9999
}
