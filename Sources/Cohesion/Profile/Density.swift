extension AnalysisGraph {
    /// Density: the share of possible ties that exist, *m* / (*n*(*n* − 1)) for a directed graph
    /// and 2*m* / (*n*(*n* − 1)) for an undirected one; 0 for fewer than two nodes, as in NetworkX.
    /// Weights are ignored.
    ///
    /// Matches NetworkX `density`.
    ///
    /// ```swift
    /// let d = graph.density
    /// ```
    ///
    /// - Complexity: O(1).
    public var density: Double {
        guard nodeCount > 1 else { return 0 }
        let possible = Double(nodeCount) * Double(nodeCount - 1)
        return Double(isDirected ? edgeCount : 2 * edgeCount) / possible
    }
}
