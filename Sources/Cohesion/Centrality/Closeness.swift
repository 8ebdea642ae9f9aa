extension AnalysisGraph {
    /// Closeness centrality: how near a stakeholder is to those who can reach it.
    ///
    /// For node *u* reached by *r* other nodes at total distance *D*, closeness is *r* / *D*;
    /// with Wasserman–Faust scaling (`wassermanFaust`, the default, NetworkX's
    /// `wf_improved=True`) it is further multiplied by *r* / (*n* − 1), so that a node reached by
    /// few nodes in a fragmented network is not rated as central as one reached by all.
    ///
    /// - Direction: in a directed graph distances are *incoming*, from the other nodes to *u*
    ///   (NetworkX's convention); use ``reversed`` for outgoing distances.
    /// - Weights: distance weights are path lengths (Dijkstra); strength weights throw
    ///   ``GraphError/weightMeaningMismatch(measure:needs:has:)``.
    /// - Isolates and unreachable pairs: unreachable nodes are left out of *r* and *D*; a node
    ///   no one reaches (an isolate) gets 0, as in NetworkX (not NaN). A one-node graph gives 0.
    ///
    /// Matches NetworkX `closeness_centrality(G, distance=, wf_improved=)`.
    ///
    /// ```swift
    /// let path = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)], isDirected: false)
    /// try path.closeness()   // [0.5, 0.75, 0.75, 0.5]
    /// ```
    ///
    /// - Returns: one value per node, indexed by node.
    /// - Throws: ``GraphError/weightMeaningMismatch(measure:needs:has:)`` for strength weights;
    ///   `CancellationError` when cancelled.
    /// - Complexity: O(*n* *m*) unweighted, O(*n* *m* log *n*) weighted; searches run in parallel.
    public func closeness(wassermanFaust: Bool = true, options: ComputationOptions = .default) throws -> [Double] {
        try requireDistances(for: "closeness")
        return closeness(from: try incomingDistanceSums(options: options), wassermanFaust: wassermanFaust)
    }

    func closeness(from sums: DistanceSums, wassermanFaust: Bool) -> [Double] {
        let n = nodeCount
        return (0..<n).map { u in
            let r = Double(sums.reached[u]), total = sums.total[u]
            guard total > 0, n > 1 else { return 0 }
            var c = r / total
            if wassermanFaust { c *= r / Double(n - 1) }
            return c
        }
    }

    /// igraph's normalized closeness over reachable nodes (mode "in"): *r* / *D*, NaN when no
    /// node reaches *u*. Used for Freeman closeness centralization, which matches igraph.
    func igraphCloseness(from sums: DistanceSums) -> [Double] {
        (0..<nodeCount).map { u in
            sums.reached[u] == 0 ? .nan : Double(sums.reached[u]) / sums.total[u]
        }
    }
}
