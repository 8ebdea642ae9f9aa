extension AnalysisGraph {
    /// The number of ties of each node.
    ///
    /// In an undirected graph, the number of neighbours (whatever `direction`). In a directed
    /// graph, the arcs entering (`.incoming`), leaving (`.outgoing`) or both (`.all`, in-degree
    /// plus out-degree, so a mutual pair counts twice). Weights are ignored; an isolate has 0.
    ///
    /// Matches NetworkX `G.degree`, `G.in_degree`, `G.out_degree`.
    ///
    /// ```swift
    /// let star = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3)], isDirected: true)
    /// star.degrees(.outgoing)   // [3, 0, 0, 0]
    /// ```
    ///
    /// - Returns: one count per node, indexed by node.
    /// - Complexity: O(*n*).
    public func degrees(_ direction: DegreeDirection = .all) -> [Int] {
        (0..<nodeCount).map { v in
            guard isDirected else { return outDegree(of: v) }
            switch direction {
            case .all: return outDegree(of: v) + inDegree(of: v)
            case .incoming: return inDegree(of: v)
            case .outgoing: return outDegree(of: v)
            }
        }
    }

    /// Degree centrality: the degree divided by the *n* − 1 others a node could be tied to.
    ///
    /// Counting follows ``degrees(_:)``; in a directed graph `.all` can reach 2. A one-node graph
    /// gives 1 for its node (NetworkX's convention); an isolate gives 0.
    ///
    /// Matches NetworkX `degree_centrality`, `in_degree_centrality`, `out_degree_centrality`.
    ///
    /// ```swift
    /// let path = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2)], isDirected: false)
    /// path.degreeCentrality()   // [0.5, 1, 0.5]
    /// ```
    ///
    /// - Complexity: O(*n*).
    public func degreeCentrality(_ direction: DegreeDirection = .all) -> [Double] {
        guard nodeCount > 1 else { return Array(repeating: 1, count: nodeCount) }
        let scale = 1 / Double(nodeCount - 1)
        return degrees(direction).map { Double($0) * scale }
    }

    /// Strength: the sum of the weights of a node's ties (its weighted degree).
    ///
    /// Direction is counted as in ``degrees(_:)``. Weights must be strengths (intensities such
    /// as funding amounts); an unweighted graph gives the degree. An isolate has 0.
    ///
    /// Matches NetworkX `G.degree(weight="weight")` (and `in_degree`, `out_degree`).
    ///
    /// ```swift
    /// let funded = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (0, 2)], weights: [2, 5],
    ///                                isDirected: true, weightKind: .strength)
    /// try funded.strengths(.outgoing)   // [7, 0, 0]
    /// ```
    ///
    /// - Throws: ``GraphError/weightMeaningMismatch(measure:needs:has:)`` when the weights are
    ///   distances: a sum of lengths is not an intensity.
    /// - Complexity: O(*n* + *m*).
    public func strengths(_ direction: DegreeDirection = .all) throws -> [Double] {
        try requireStrengths(for: "strength")
        guard isWeighted else { return degrees(direction).map(Double.init) }
        func rowSums(_ offsets: [Int], _ weights: [Double]) -> [Double] {
            (0..<nodeCount).map { v in
                var s = 0.0
                for k in offsets[v]..<offsets[v + 1] { s += weights[k] }
                return s
            }
        }
        let out = rowSums(outOffsets, outWeights)
        guard isDirected else { return out }
        switch direction {
        case .outgoing: return out
        case .incoming: return rowSums(inOffsets, inWeights)
        case .all: return zip(out, rowSums(inOffsets, inWeights)).map { $0 + $1 }
        }
    }
}
