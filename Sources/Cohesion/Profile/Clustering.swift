extension AnalysisGraph {
    /// Counts, for each node of the undirected view, its neighbours and the ties among them.
    func triangleCounts() -> (triangles: [Int], degrees: [Int]) {
        let g = undirected
        let n = g.nodeCount
        var mark = [Int](repeating: -1, count: n)
        var triangles = [Int](repeating: 0, count: n)
        var degrees = [Int](repeating: 0, count: n)
        for v in 0..<n {
            let row = g.successors(of: v)
            degrees[v] = row.count
            for u in row { mark[Int(u)] = v }
            var twice = 0
            for u in row {
                for w in g.successors(of: Int(u)) where mark[Int(w)] == v { twice += 1 }
            }
            triangles[v] = twice / 2
        }
        return (triangles, degrees)
    }

    /// Local clustering coefficient: the share of pairs of a node's neighbours that are tied.
    ///
    /// For node *v* with *d* neighbours and *t* ties among them, 2*t* / (*d*(*d* − 1)); 0 when
    /// *d* < 2 (isolates and leaves), as in NetworkX. Computed on the undirected view (a tie either
    /// way is a tie), ignoring weights.
    ///
    /// Matches NetworkX `clustering(G.to_undirected())` and igraph's
    /// `transitivity_local_undirected(mode="zero")`.
    ///
    /// ```swift
    /// let triangle = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], isDirected: false)
    /// triangle.localClustering()   // [1, 1, 1]
    /// ```
    ///
    /// - Complexity: O(Σ *d*²) over node degrees *d*.
    public func localClustering() -> [Double] {
        let (triangles, degrees) = triangleCounts()
        return zip(triangles, degrees).map { t, d in d < 2 ? 0 : 2 * Double(t) / (Double(d) * Double(d - 1)) }
    }

    /// Average clustering: the mean of ``localClustering()`` over all nodes, isolates and leaves
    /// counting 0; NaN for an empty graph.
    ///
    /// Matches NetworkX `average_clustering(G.to_undirected())` (its default `count_zeros=True`).
    ///
    /// ```swift
    /// let c = graph.averageClustering()
    /// ```
    ///
    /// - Complexity: O(Σ *d*²).
    public func averageClustering() -> Double {
        guard nodeCount > 0 else { return .nan }
        return localClustering().reduce(0, +) / Double(nodeCount)
    }

    /// Transitivity (global clustering): three times the triangles over the connected triples,
    /// on the undirected view, ignoring weights; 0 when there is no triple, as in NetworkX.
    ///
    /// Matches NetworkX `transitivity(G.to_undirected())` and igraph's `transitivity_undirected`.
    ///
    /// ```swift
    /// let t = graph.transitivity()
    /// ```
    ///
    /// - Complexity: O(Σ *d*²).
    public func transitivity() -> Double {
        let (triangles, degrees) = triangleCounts()
        var closed = 0.0, triples = 0.0
        for v in triangles.indices {
            closed += Double(triangles[v])
            triples += Double(degrees[v]) * Double(degrees[v] - 1) / 2
        }
        return triples == 0 ? 0 : closed / triples
    }
}
