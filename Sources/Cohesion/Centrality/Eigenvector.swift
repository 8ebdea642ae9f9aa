extension AnalysisGraph {
    /// Eigenvector centrality: a stakeholder is central when those tied to it are central.
    ///
    /// The principal eigenvector *x* of Aᵀ (*x*[*v*] ∝ Σ_{*u*→*v*} *w*(*u*,*v*) *x*[*u*]), scaled to
    /// Euclidean norm 1 (Bonacich 1972). Computed, as NetworkX does, by power iteration on
    /// Aᵀ + I from the uniform vector, which converges even for bipartite graphs, stopping when
    /// Σ|*x* − *x*′| < *n* · `tolerance`.
    ///
    /// - Direction: in a directed graph the *left* eigenvector: centrality flows along arcs, so
    ///   being pointed to by central nodes counts (in-ties), as in NetworkX.
    /// - Weights: strengths multiply the flow; distance weights throw
    ///   ``GraphError/weightMeaningMismatch(measure:needs:has:)``.
    /// - Isolates and small components: values tend to 0 as iteration proceeds (they are not
    ///   exactly 0 at the tolerance); in a disconnected graph the component with the largest
    ///   eigenvalue takes the mass.
    ///
    /// Matches NetworkX `eigenvector_centrality(G, weight=, tol=, max_iter=)`.
    ///
    /// ```swift
    /// let triangle = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], isDirected: false)
    /// try triangle.eigenvector()   // [0.577…, 0.577…, 0.577…]
    /// ```
    ///
    /// - Returns: one value per node, indexed by node.
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)``, a weight-meaning
    ///   mismatch, or `CancellationError` (checked between iterations).
    /// - Complexity: O(*n* + *m*) per iteration.
    public func eigenvector(tolerance: Double = 1e-12, maxIterations: Int = 10_000,
                            options: ComputationOptions = .default) throws -> [Double] {
        try requireStrengths(for: "eigenvector centrality")
        let n = nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var y = [Double](repeating: 0, count: n)
        var watch = StallWatch(target: Double(n) * tolerance, maxIterations: maxIterations)
        var tracker = ConvergenceProgress(target: Double(n) * tolerance)
        for iteration in 0..<max(1, maxIterations) {
            try options.checkCancellation()
            propagate(x, into: &y, incoming: true, options: options)
            for v in 0..<n { y[v] += x[v] }
            var norm = euclideanNorm(y)
            if norm == 0 { norm = 1 }
            var err = 0.0
            for v in 0..<n { y[v] /= norm; err += abs(y[v] - x[v]) }
            swap(&x, &y)
            if err < Double(n) * tolerance { options.progress?(1); return x }
            if let progress = options.progress { progress(tracker.fraction(change: err)) }
            if watch.cannotConverge(change: err, iteration: iteration) { break }
        }
        throw CentralityError.didNotConverge(measure: "eigenvector centrality", iterations: maxIterations)
    }
}
