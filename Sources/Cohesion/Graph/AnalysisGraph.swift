/// An immutable, compact graph that every measure runs on.
///
/// Nodes are integer indices `0..<nodeCount`; adjacency is stored as compressed sparse rows
/// (one offsets array and one neighbours array for out-arcs, and for a directed graph the same
/// for in-arcs), with weights in a parallel array. Neighbours of a node are sorted ascending.
/// The graph is simple: parallel ties are merged (strengths add, distances keep the shortest)
/// and self-ties are dropped. An undirected graph stores each edge in both rows.
///
/// Build one from a ``Network`` and a ``GraphSelection``, or from integer edges for
/// benchmarks and tests.
///
/// ```swift
/// let graph = try AnalysisGraph(network, selection: GraphSelection(layers: [.funding]))
/// for v in graph.successors(of: 0) { print(graph.label(of: Int(v))) }
/// ```
///
/// - Complexity: building takes O(*n* + *m* log *d*) for *n* nodes, *m* ties and largest
///   degree *d*; it uses O(*n* + *m*) memory.
public struct AnalysisGraph: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    /// Whether arcs have a direction.
    public let isDirected: Bool
    /// What the stored weights mean.
    public let weightKind: WeightKind

    // Compressed sparse rows. For an undirected graph the in-arrays share the out-arrays' storage.
    @usableFromInline let outOffsets: [Int]
    @usableFromInline let outNeighbors: [Int32]
    @usableFromInline let outWeights: [Double]
    @usableFromInline let inOffsets: [Int]
    @usableFromInline let inNeighbors: [Int32]
    @usableFromInline let inWeights: [Double]

    @usableFromInline let nodeLabels: [String]?

    /// The label of each node: a stakeholder id, or the decimal index for graphs built from edges.
    public var labels: [String] { nodeLabels ?? (0..<nodeCount).map(String.init) }
    /// For a graph built from a network, the index in ``Network/stakeholders`` of each node.
    public let stakeholderIndices: [Int]?

    /// The number of arcs of a directed graph, or of edges of an undirected one.
    public var edgeCount: Int { isDirected ? outNeighbors.count : outNeighbors.count / 2 }

    /// Whether edges carry weights.
    public var isWeighted: Bool { weightKind != .none }

    /// The label of a node.
    public func label(of node: Int) -> String { nodeLabels?[node] ?? String(node) }

    /// The nodes a node points to (its neighbours, when undirected), ascending.
    public func successors(of node: Int) -> ArraySlice<Int32> { outNeighbors[outOffsets[node]..<outOffsets[node + 1]] }
    /// The nodes pointing to a node (its neighbours, when undirected), ascending.
    public func predecessors(of node: Int) -> ArraySlice<Int32> { inNeighbors[inOffsets[node]..<inOffsets[node + 1]] }
    /// The weights of the arcs to ``successors(of:)``, in the same order; all 1 when unweighted.
    public func successorWeights(of node: Int) -> ArraySlice<Double> {
        isWeighted ? outWeights[outOffsets[node]..<outOffsets[node + 1]] : ArraySlice(repeating: 1, count: outDegree(of: node))
    }
    /// The weights of the arcs from ``predecessors(of:)``, in the same order; all 1 when unweighted.
    public func predecessorWeights(of node: Int) -> ArraySlice<Double> {
        isWeighted ? inWeights[inOffsets[node]..<inOffsets[node + 1]] : ArraySlice(repeating: 1, count: inDegree(of: node))
    }
    /// The number of arcs leaving a node (its degree, when undirected).
    public func outDegree(of node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }
    /// The number of arcs entering a node (its degree, when undirected).
    public func inDegree(of node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

    /// Whether there is an arc (an edge, when undirected) from one node to another.
    ///
    /// - Complexity: O(log *d*) for out-degree *d*.
    public func hasArc(from u: Int, to v: Int) -> Bool { arcIndex(from: u, to: v) != nil }

    /// The weight of the arc from one node to another, nil when there is none; 1 when unweighted.
    public func weight(from u: Int, to v: Int) -> Double? {
        guard let k = arcIndex(from: u, to: v) else { return nil }
        return isWeighted ? outWeights[k] : 1
    }

    func arcIndex(from u: Int, to v: Int) -> Int? {
        outNeighbors.index(ofSorted: Int32(truncatingIfNeeded: v), in: outOffsets[u]..<outOffsets[u + 1])
    }

    /// The graph with every arc reversed (the same graph, when undirected).
    public var reversed: AnalysisGraph {
        guard isDirected else { return self }
        return AnalysisGraph(
            nodeCount: nodeCount, isDirected: true, weightKind: weightKind,
            outOffsets: inOffsets, outNeighbors: inNeighbors, outWeights: inWeights,
            inOffsets: outOffsets, inNeighbors: outNeighbors, inWeights: outWeights,
            labels: nodeLabels, stakeholderIndices: stakeholderIndices)
    }

    /// The undirected graph with an edge wherever this one has an arc either way. Weights of
    /// the two arcs combine as parallel ties do: strengths add, distances keep the shortest.
    public var undirected: AnalysisGraph {
        guard isDirected else { return self }
        var arcs = ArcList(capacity: outNeighbors.count * 2)
        for u in 0..<nodeCount {
            for k in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outNeighbors[k])
                let w = isWeighted ? outWeights[k] : 1
                arcs.append(u, v, w)
                arcs.append(v, u, w)
            }
        }
        return AnalysisGraph(nodeCount: nodeCount, isDirected: false, weightKind: weightKind, arcs: arcs,
                             labels: nodeLabels, stakeholderIndices: stakeholderIndices)
    }

    @usableFromInline init(
        nodeCount: Int, isDirected: Bool, weightKind: WeightKind,
        outOffsets: [Int], outNeighbors: [Int32], outWeights: [Double],
        inOffsets: [Int], inNeighbors: [Int32], inWeights: [Double],
        labels: [String]?, stakeholderIndices: [Int]?
    ) {
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        self.weightKind = weightKind
        self.outOffsets = outOffsets
        self.outNeighbors = outNeighbors
        self.outWeights = outWeights
        self.inOffsets = inOffsets
        self.inNeighbors = inNeighbors
        self.inWeights = inWeights
        self.nodeLabels = labels
        self.stakeholderIndices = stakeholderIndices
    }
}
