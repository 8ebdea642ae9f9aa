/// Hub and authority scores of every node (Kleinberg's HITS).
///
/// ```swift
/// let scores = try graph.hits()
/// let topAuthority = scores.authorities.indices.max { scores.authorities[$0] < scores.authorities[$1] }
/// ```
///
/// - Complexity: O(1) to read.
public struct HubsAndAuthorities: Hashable, Sendable {
    /// Hub score of each node: it points to good authorities.
    public var hubs: [Double]
    /// Authority score of each node: good hubs point to it.
    public var authorities: [Double]
}

extension AnalysisGraph {
    /// HITS hubs and authorities (Kleinberg 1999).
    ///
    /// Authorities are the principal right singular vector of the adjacency matrix A
    /// (the principal eigenvector of AᵀA), hubs are A times the authorities; with `normalized`
    /// each vector is scaled to sum 1. Computed by power iteration *a* ← AᵀA *a* from the
    /// in-strengths, rescaled each step, until the change in the sum-normalized authorities is
    /// below *n* · `tolerance` in L1. The default tolerance is tighter than for the other
    /// iterative measures because convergence goes as (σ₂/σ₁)², often slowly.
    ///
    /// - Direction: hubs send arcs, authorities receive them; in an undirected graph both
    ///   equal the principal eigenvector (scaled to sum 1). For a bipartite undirected graph
    ///   (a star, a path) the principal singular value is repeated and the scores are not
    ///   unique, in NetworkX as here.
    /// - Weights: strengths (NetworkX reads the `weight` attribute); distance weights throw
    ///   ``GraphError/weightMeaningMismatch(measure:needs:has:)``.
    /// - Isolates: 0 for both.
    ///
    /// Matches NetworkX `hits(G, tol=, max_iter=)` (which solves with ARPACK's `svds`).
    ///
    /// ```swift
    /// let scores = try graph.hits()
    /// ```
    ///
    /// - Returns: hubs and authorities, each indexed by node.
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)``, a weight-meaning
    ///   mismatch, or `CancellationError`.
    /// - Complexity: O(*n* + *m*) per iteration.
    public func hits(normalized: Bool = true, tolerance: Double = 1e-15, maxIterations: Int = 100_000,
                     options: ComputationOptions = .default) throws -> HubsAndAuthorities {
        let measure = "HITS"
        try requireStrengths(for: measure)
        let n = nodeCount
        guard n > 0 else { return HubsAndAuthorities(hubs: [], authorities: []) }
        var a = [Double](repeating: 0, count: n)
        var h = [Double](repeating: 1, count: n)
        propagate(h, into: &a, incoming: true, options: options)
        func normalize(_ v: inout [Double]) {
            let s = v.reduce(0, +)
            if s > 0 { for i in v.indices { v[i] /= s } }
        }
        normalize(&a)
        guard a.contains(where: { $0 > 0 }) else {
            return HubsAndAuthorities(hubs: [Double](repeating: 0, count: n), authorities: a)
        }
        var next = [Double](repeating: 0, count: n)
        var converged = false
        for _ in 0..<max(1, maxIterations) {
            try options.checkCancellation()
            propagate(a, into: &h, incoming: false, options: options)
            propagate(h, into: &next, incoming: true, options: options)
            normalize(&next)
            var err = 0.0
            for v in 0..<n { err += abs(next[v] - a[v]) }
            swap(&a, &next)
            if err < Double(n) * tolerance { converged = true; break }
        }
        guard converged else { throw CentralityError.didNotConverge(measure: measure, iterations: maxIterations) }
        propagate(a, into: &h, incoming: false, options: options)
        if normalized {
            normalize(&h)
        } else {
            // Unit Euclidean norm, the scale of a singular vector.
            let na = euclideanNorm(a), nh = euclideanNorm(h)
            if na > 0 { for v in 0..<n { a[v] /= na } }
            if nh > 0 { for v in 0..<n { h[v] /= nh } }
        }
        return HubsAndAuthorities(hubs: h, authorities: a)
    }
}
