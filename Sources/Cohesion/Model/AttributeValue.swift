/// The value of a free attribute on a stakeholder or a tie: a number, an integer (a year,
/// a count of places), a string or a boolean.
///
/// ```swift
/// var attributes: [String: AttributeValue] = ["places": 3295, "coverage": 0.78, "registration": "single desk"]
/// ```
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
    /// A whole number: a year, a count.
    case integer(Int)
    /// A real number: a rate, a share, an amount.
    case number(Double)
    /// Text.
    case string(String)
    /// True or false.
    case bool(Bool)

    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// The value as a real number, when it is numeric.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        case .string, .bool: nil
        }
    }

    /// The value as text, the way a partition or a table shows it.
    public var description: String {
        switch self {
        case .integer(let i): String(i)
        case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .string(let s): s
        case .bool(let b): b ? "true" : "false"
        }
    }
}
