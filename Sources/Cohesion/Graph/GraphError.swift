/// Why an analysis graph could not be built from a network or from edges.
public enum GraphError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A tie (by position in the network) names a stakeholder the network lacks.
    case unknownStakeholder(tie: Int, id: String)
    /// A tie has no amount, but weights were asked from amounts.
    case missingAmount(tie: Int)
    /// A weight is not a finite number of the sign the meaning needs.
    case invalidWeight(tie: Int, value: Double, reason: String)
    /// An edge names a node outside `0..<nodeCount`.
    case nodeOutOfRange(edge: Int, node: Int, nodeCount: Int)
    /// The number of weights differs from the number of edges.
    case weightCountMismatch(edges: Int, weights: Int)
    /// A measure needs weights of another meaning than the graph has.
    case weightMeaningMismatch(measure: String, needs: WeightKind, has: WeightKind)

    public var description: String {
        switch self {
        case .unknownStakeholder(let tie, let id):
            "tie \(tie + 1) names unknown stakeholder '\(id)'"
        case .missingAmount(let tie):
            "tie \(tie + 1) has no amount, but weights were asked from amounts (select a layer whose ties all have amounts)"
        case .invalidWeight(let tie, let value, let reason):
            "tie \(tie + 1) has weight \(value): \(reason)"
        case .nodeOutOfRange(let edge, let node, let nodeCount):
            "edge \(edge + 1) names node \(node), outside 0..<\(nodeCount)"
        case .weightCountMismatch(let edges, let weights):
            "\(edges) edges but \(weights) weights"
        case .weightMeaningMismatch(let measure, let needs, let has):
            "\(measure) reads weights as \(needs.rawValue)s, but the graph's weights are \(has.rawValue)s; build the graph with the weight meaning .\(needs.rawValue) (GraphSelection.weights, with a conversion such as .reciprocal of the amount)"
        }
    }
}
