extension AnalysisGraph {
    /// Katz centrality: the weighted count of walks reaching a stakeholder, longer walks
    /// discounted by `alpha` per step, plus a baseline `beta`.
    ///
    /// *x* = α Aᵀ *x* + β (Katz 1953), found by the iteration *x* ← α Aᵀ *x* + β from 0, stopping
    /// when Σ|*x* − *x*′| < *n* · `tolerance`; with `normalized` the result is scaled to
    /// Euclidean norm 1. It converges only for α < 1/λ_max (the adjacency's largest eigenvalue).
    ///
    /// - Direction: walks follow arcs, so a node is credited for walks *ending* at it (in-ties).
    /// - Weights: strengths multiply walks; distance weights throw
    ///   ``GraphError/weightMeaningMismatch(measure:needs:has:)``.
    /// - Isolates: β (before normalization).
    ///
    /// Matches NetworkX `katz_centrality(G, alpha=, beta=, normalized=, weight=, tol=, max_iter=)`.
    ///
    /// ```swift
    /// let scores = try graph.katz(alpha: 0.05)
    /// ```
    ///
    /// - Parameters:
    ///   - alpha: the attenuation per step.
    ///   - beta: the baseline, one value for all nodes.
    ///   - personalBeta: a baseline per node, overriding `beta`.
    ///   - normalized: scale the result to unit Euclidean length, as NetworkX does by default.
    ///   - tolerance: per-node tolerance: iteration stops when Σ|x − x′| < n · tolerance.
    ///   - maxIterations: the iteration limit.
    ///   - options: parallelism, progress and cancellation.
    /// - Returns: one value per node, indexed by node.
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)`` (alpha too large),
    ///   ``CentralityError/invalidParameter(measure:parameter:reason:)``, a weight-meaning
    ///   mismatch, or `CancellationError`.
    /// - Complexity: O(*n* + *m*) per iteration.
    public func katz(alpha: Double = 0.1, beta: Double = 1, personalBeta: [Double]? = nil, normalized: Bool = true,
                     tolerance: Double = 1e-12, maxIterations: Int = 10_000,
                     options: ComputationOptions = .default) throws -> [Double] {
        let measure = "Katz centrality"
        try requireStrengths(for: measure)
        let n = nodeCount
        guard n > 0 else { return [] }
        if let personalBeta, personalBeta.count != n {
            throw CentralityError.invalidParameter(measure: measure, parameter: "beta", reason: "needs one value per node (\(n)), got \(personalBeta.count)")
        }
        let b = personalBeta ?? [Double](repeating: beta, count: n)
        var x = [Double](repeating: 0, count: n)
        var y = [Double](repeating: 0, count: n)
        for _ in 0..<max(1, maxIterations) {
            try options.checkCancellation()
            propagate(x, into: &y, incoming: true, options: options)
            var err = 0.0
            for v in 0..<n {
                y[v] = alpha * y[v] + b[v]
                err += abs(y[v] - x[v])
            }
            swap(&x, &y)
            guard err.isFinite else { break }
            if err < Double(n) * tolerance {
                if normalized {
                    let norm = euclideanNorm(x)
                    if norm > 0 { for v in 0..<n { x[v] /= norm } }
                }
                return x
            }
        }
        throw CentralityError.didNotConverge(measure: measure, iterations: maxIterations)
    }
}
