/// A network's cooperative and adversarial ties side by side, on the same nodes: what signed
/// coalition detection and structural balance read.
///
/// Both graphs are undirected (a conflict has no direction, and balance is about pairs) and
/// share node indices. Built from a network, ties of a positive kind (funding, coalition…) go
/// to ``positive`` and ties of a negative kind (conflict) to ``negative``; the selection's
/// layers, year and weight meaning apply to both. Weights must be strengths, or none.
///
/// ```swift
/// let signed = try SignedGraph(network, selection: GraphSelection(year: 2020))
/// let found = try signed.coalitions(method: .leiden, seed: 1)
/// let balance = signed.structuralBalance()
/// ```
///
/// - Complexity: O(*n* + *m*) to build.
public struct SignedGraph: Sendable {
    /// The cooperative ties, undirected.
    public let positive: AnalysisGraph
    /// The adversarial ties, undirected, weights positive.
    public let negative: AnalysisGraph

    /// The number of nodes.
    public var nodeCount: Int { positive.nodeCount }
    /// The node labels.
    public var labels: [String] { positive.labels }

    /// Pairs two graphs on the same nodes; directed graphs are made undirected.
    ///
    /// - Throws: ``CoalitionError/mismatchedGraphs(_:)`` when the node counts differ;
    ///   ``GraphError/weightMeaningMismatch(measure:needs:has:)`` for distance weights.
    public init(positive: AnalysisGraph, negative: AnalysisGraph) throws {
        guard positive.nodeCount == negative.nodeCount else {
            throw CoalitionError.mismatchedGraphs("the positive graph has \(positive.nodeCount) nodes, the negative \(negative.nodeCount)")
        }
        for g in [positive, negative] where g.weightKind == .distance {
            throw GraphError.weightMeaningMismatch(measure: "signed analysis", needs: .strength, has: .distance)
        }
        self.positive = positive.undirected
        self.negative = negative.undirected
    }

    /// Splits a network's selected ties by the sign of their kind.
    ///
    /// - Throws: ``GraphError`` as ``AnalysisGraph/init(_:selection:)`` does, and for distance weights.
    public init(_ network: Network, selection: GraphSelection = GraphSelection()) throws {
        var s = selection
        s.direction = .undirected
        s.includesNegativeTies = true
        let pos = try AnalysisGraph(network.filteringTies { $0.kind.sign == .positive }, selection: s)
        let neg = try AnalysisGraph(network.filteringTies { $0.kind.sign == .negative }, selection: s)
        try self.init(positive: pos, negative: neg)
    }

    /// The net signed weight of each pair, as rows: positive minus negative weight, pairs that
    /// net to zero left out. Rows ascending.
    func netRows() -> (offsets: [Int], neighbors: [Int32], weights: [Double]) {
        let p = positive, q = negative
        return SortedRowMerge.merge(nodeCount: nodeCount, p.outOffsets, p.outNeighbors, q.outOffsets, q.outNeighbors) { x, y in
            let wx = x.map { p.isWeighted ? p.outWeights[$0] : 1 } ?? 0
            let wy = y.map { q.isWeighted ? q.outWeights[$0] : 1 } ?? 0
            let w = x != nil && y != nil ? wx - wy : (x != nil ? wx : -wy)
            return w != 0 ? w : nil
        }
    }
}
