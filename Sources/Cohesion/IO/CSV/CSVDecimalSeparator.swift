/// How the numbers of a CSV file write their decimal separator.
///
/// French Excel saves `source;target;weight` with `2,5` for two and a half; a comma-separated
/// file can hold decimal commas only in quoted fields.
///
/// ```swift
/// let options = CSVReadOptions(delimiter: UInt8(ascii: ";"), decimal: .comma)
/// ```
public enum CSVDecimalSeparator: String, Hashable, Sendable, CaseIterable {
    /// A comma in semicolon-separated files, a point otherwise.
    case automatic = "auto"
    /// Always a point: `2.5`.
    case point = "."
    /// A comma (`2,5`); a number written with a point still reads.
    case comma = ","
}
