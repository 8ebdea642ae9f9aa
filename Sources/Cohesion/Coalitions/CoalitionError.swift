/// Why a coalition, group or QAP measure could not be computed.
///
/// ```swift
/// do { _ = try graph.louvain(resolution: -1) } catch let error as CoalitionError { print(error) }
/// ```
public enum CoalitionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Groups or values do not fit the graph or are malformed.
    case invalidAssignment(String)
    /// A parameter is out of its range.
    case invalidParameter(String)
    /// Two graphs that must share nodes do not.
    case mismatchedGraphs(String)

    /// The problem in one sentence.
    public var description: String {
        switch self {
        case .invalidAssignment(let why): "invalid group assignment: \(why)"
        case .invalidParameter(let why): "invalid parameter: \(why)"
        case .mismatchedGraphs(let why): "graphs do not match: \(why)"
        }
    }
}
