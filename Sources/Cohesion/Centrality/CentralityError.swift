/// Why a centrality computation could not give a result.
///
/// ```swift
/// do { _ = try graph.katz(alpha: 2) } catch let error as CentralityError { print(error) }
/// ```
///
/// - Complexity: O(1).
public enum CentralityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An iterative measure did not reach its tolerance within the allowed iterations
    /// (NetworkX raises `PowerIterationFailedConvergence`).
    case didNotConverge(measure: String, iterations: Int)
    /// A parameter is out of its range.
    case invalidParameter(measure: String, parameter: String, reason: String)

    /// The error in one sentence, with what to change.
    public var description: String {
        switch self {
        case .didNotConverge(let measure, let iterations):
            "\(measure) did not converge in \(iterations) iterations (raise the iteration limit or the tolerance; for Katz, lower alpha below 1/λmax)"
        case .invalidParameter(let measure, let parameter, let reason):
            "\(measure): \(parameter) \(reason)"
        }
    }
}
