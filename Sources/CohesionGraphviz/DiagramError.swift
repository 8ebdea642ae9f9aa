/// A diagram could not be drawn.
public enum DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
    /// More stakeholders than ``DiagramStyle/maximumNodeCount``.
    case tooManyNodes(count: Int, limit: Int)

    public var description: String {
        switch self {
        case .tooManyNodes(let count, let limit):
            "\(count) stakeholders is more than the \(limit) a diagram draws; draw a selection of them"
        }
    }
}
