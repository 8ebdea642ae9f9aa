extension AnalysisGraph {
    /// Freeman's centralization: how far the scores are from equal, relative to the most
    /// unequal graph of the same size, Σ (max − *cᵢ*) / *T* (Freeman 1979).
    ///
    /// NaN when a score is NaN or *T* is 0 (too few nodes), as igraph's `centralize` gives.
    ///
    /// ```swift
    /// AnalysisGraph.freemanCentralization([4, 1, 1, 1, 1], theoreticalMaximum: 12)   // 1
    /// ```
    ///
    /// - Complexity: O(*n*).
    public static func freemanCentralization(_ scores: [Double], theoreticalMaximum: Double) -> Double {
        guard !scores.isEmpty else { return .nan }
        if scores.contains(where: \.isNaN) { return .nan }
        let top = scores.max() ?? 0
        let spread = scores.reduce(0) { $0 + (top - $1) }
        guard theoreticalMaximum > 0 else { return .nan }
        return spread / theoreticalMaximum
    }

    /// Freeman degree centralization with igraph's theoretical maximum for graphs without
    /// self-ties (the star): (*n* − 1)(*n* − 2) undirected; for a directed graph (*n* − 1)² for
    /// in- or out-degree and 2(*n* − 1)(*n* − 2) for both.
    ///
    /// Raw degrees (``degrees(_:)``); weights are ignored. Matches igraph
    /// `centralization_degree(mode=, loops=FALSE, normalized=TRUE)` (R `centr_degree`).
    ///
    /// ```swift
    /// let star = try AnalysisGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)], isDirected: false)
    /// star.degreeCentralization()   // 1
    /// ```
    ///
    /// - Complexity: O(*n*).
    public func degreeCentralization(_ direction: DegreeDirection = .all) -> Double {
        let n = Double(nodeCount)
        let maximum: Double = !isDirected ? (n - 1) * (n - 2)
            : (direction == .all ? 2 * (n - 1) * (n - 2) : (n - 1) * (n - 1))
        return Self.freemanCentralization(degrees(direction).map(Double.init), theoreticalMaximum: maximum)
    }

    /// Freeman betweenness centralization with igraph's theoretical maximum (the star):
    /// (*n* − 1)²(*n* − 2) directed, half that undirected, over raw betweenness.
    ///
    /// Weights are ignored (ties count as hops), as in igraph's centralization functions, so the
    /// value is the same whatever the weight meaning. Matches igraph
    /// `centralization_betweenness(directed=TRUE, normalized=TRUE)` (R `centr_betw`).
    ///
    /// ```swift
    /// let c = try graph.betweennessCentralization()
    /// ```
    ///
    /// - Throws: `CancellationError`.
    /// - Complexity: that of ``betweenness(normalized:endpoints:options:)``.
    public func betweennessCentralization(options: ComputationOptions = .default) throws -> Double {
        let n = Double(nodeCount)
        let maximum = (n - 1) * (n - 1) * (n - 2) / (isDirected ? 1 : 2)
        let scores = try unweighted.betweenness(normalized: false, options: options)
        return Self.freemanCentralization(scores, theoreticalMaximum: maximum)
    }

    /// Freeman closeness centralization with igraph's theoretical maximum: (*n* − 1)(*n* − 2) /
    /// (2*n* − 3) undirected, (*n* − 1)(1 − 1/*n*) directed.
    ///
    /// Scores are igraph's normalized closeness over reachable nodes, *r* / *D* (incoming
    /// distances in a directed graph, igraph's mode "in"), which is NaN for a node no one
    /// reaches; so, as in igraph, any isolate (or, directed, any node without in-ties) makes
    /// the centralization NaN. Weights are ignored, as in igraph. Matches igraph
    /// `centralization_closeness(mode=, normalized=TRUE)` (R `centr_clo`).
    ///
    /// ```swift
    /// let c = try graph.closenessCentralization()
    /// ```
    ///
    /// - Throws: `CancellationError`.
    /// - Complexity: that of ``closeness(wassermanFaust:options:)``.
    public func closenessCentralization(options: ComputationOptions = .default) throws -> Double {
        let n = Double(nodeCount)
        let maximum = isDirected ? (n - 1) * (1 - 1 / n) : (n - 1) * (n - 2) / (2 * n - 3)
        let hops = unweighted
        let scores = hops.igraphCloseness(from: try hops.incomingDistanceSums(options: options))
        return Self.freemanCentralization(scores, theoreticalMaximum: maximum)
    }
}
