/// What a statement says about its concept: agreement or disagreement, or a level on an
/// ordinal scale the network declares (``QualifierScale``).
///
/// DNA's default statement type codes agreement as a boolean variable; an integer variable
/// gives an ordinal qualifier. A network uses one or the other for all its statements.
///
/// ```swift
/// let yes = StatementQualifier.agreement(true)
/// let strongly = StatementQualifier.level(2)   // on a scale from -2 to 2
/// ```
public enum StatementQualifier: Hashable, Sendable, CustomStringConvertible {
    /// Agreement (`true`) or disagreement (`false`) with the concept.
    case agreement(Bool)
    /// A level on the network's declared ordinal scale.
    case level(Int)

    /// The value DNA's exporter computes with: 1 for agreement, 0 for disagreement, the level
    /// itself on an ordinal scale (Exporter.java `createArray`, the `qInteger` of a boolean or
    /// integer qualifier).
    public var numericValue: Int {
        switch self {
        case .agreement(let agree): agree ? 1 : 0
        case .level(let value): value
        }
    }

    /// `agree`, `disagree`, or the level.
    public var description: String {
        switch self {
        case .agreement(let agree): agree ? "agree" : "disagree"
        case .level(let value): String(value)
        }
    }
}
