extension AnalysisGraph {
    /// Harmonic closeness: the sum of the reciprocal distances from the other nodes.
    ///
    /// For node *u*, Σ 1/*d*(*v*, *u*) over the nodes *v* ≠ *u* that reach it (Marchiori & Latora
    /// 2000; Boldi & Vigna 2014). Unlike ``closeness(wassermanFaust:options:)`` it needs no
    /// correction for fragmented networks: an unreachable node adds 0.
    ///
    /// - Direction: incoming distances in a directed graph, as NetworkX computes them.
    /// - Weights: distance weights are path lengths; a zero distance is skipped, as in NetworkX;
    ///   strength weights throw ``GraphError/weightMeaningMismatch(measure:needs:has:)``.
    /// - Normalization: none (divide by *n* − 1 for a value in [0, 1] when unweighted).
    /// - Isolates: 0.
    ///
    /// Matches NetworkX `harmonic_centrality(G, distance=)`.
    ///
    /// ```swift
    /// let star = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3)], isDirected: false)
    /// try star.harmonicCloseness()   // [3, 2, 2, 2]
    /// ```
    ///
    /// - Returns: one value per node, indexed by node.
    /// - Throws: ``GraphError/weightMeaningMismatch(measure:needs:has:)`` for strength weights;
    ///   `CancellationError` when cancelled.
    /// - Complexity: O(*n* *m*) unweighted, O(*n* *m* log *n*) weighted; searches run in parallel.
    public func harmonicCloseness(options: ComputationOptions = .default) throws -> [Double] {
        try requireDistances(for: "harmonic closeness")
        return try incomingDistanceSums(options: options).harmonic
    }
}
