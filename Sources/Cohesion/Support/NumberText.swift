/// The one way numbers are shown for reading (terminal tables, the report, diagrams' legends):
/// rounded to a few significant digits, never with an exponent. Full precision stays in CSV
/// and JSON.
///
/// ```swift
/// NumberText.significant(0.0804598)              // "0.08046"
/// NumberText.significant(3.839226882766819e-39)  // "<0.0001"
/// NumberText.significant(2.0)                    // "2"
/// ```
///
/// - Complexity: O(digits).
public enum NumberText {
    /// The smallest magnitude shown with digits; smaller non-zero values show as `<0.0001`.
    public static let smallest = 0.0001

    /// A number with at most `digits` significant digits and no exponent: whole numbers below a
    /// billion as they are, NaN as `NaN`, infinities as `inf`/`-inf`, magnitudes below
    /// ``smallest`` as `<0.0001` (or `>-0.0001`), large values rounded to `digits` leading digits.
    public static func significant(_ d: Double, digits: Int = 4) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d > 0 ? "inf" : "-inf") }
        if d == 0 { return "0" }
        let magnitude = abs(d)
        if d == d.rounded(), magnitude < 1e9 { return String(Int(d)) }
        if magnitude < smallest { return d > 0 ? "<0.0001" : ">-0.0001" }
        var exponent = 0, x = magnitude
        while x >= 10 { x /= 10; exponent += 1 }
        while x < 1 { x *= 10; exponent -= 1 }
        let decimals = max(0, digits - 1 - exponent)
        if decimals == 0 {
            // Round to the leading digits and write the rest as zeros: 123456.7 → "123500".
            var unit = 1.0
            for _ in 0..<max(0, exponent + 1 - digits) { unit *= 10 }
            let rounded = (magnitude / unit).rounded() * unit
            return (d < 0 ? "-" : "") + (rounded < 9.2e18 ? String(Int64(rounded)) : String(rounded))
        }
        return fixed(d, decimals: decimals)
    }

    /// A number with a fixed number of decimals, trailing zeros dropped.
    static func fixed(_ d: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(d) * scale).rounded()
        guard scaled < 9.2e18 else { return String(d) }
        var text = String(Int64(scaled))
        while text.count <= decimals { text = "0" + text }
        text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return (d < 0 && scaled > 0 ? "-" : "") + text
    }
}
