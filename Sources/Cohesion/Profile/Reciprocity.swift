extension AnalysisGraph {
    /// Reciprocity: the share of arcs whose reverse arc also exists.
    ///
    /// For a directed graph, (arcs *u*→*v* with *v*→*u*) / arcs, NetworkX's `overall_reciprocity`;
    /// for an undirected graph 1 (every tie is mutual; igraph's convention); NaN when there are
    /// no ties (NetworkX raises "not defined for empty graphs"). Weights are ignored.
    ///
    /// ```swift
    /// let r = graph.reciprocity
    /// ```
    ///
    /// - Complexity: O(*m* log *d*).
    public var reciprocity: Double {
        guard edgeCount > 0 else { return .nan }
        guard isDirected else { return 1 }
        var mutual = 0
        for u in 0..<nodeCount {
            for v in successors(of: u) where hasArc(from: Int(v), to: u) { mutual += 1 }
        }
        return Double(mutual) / Double(edgeCount)
    }
}
