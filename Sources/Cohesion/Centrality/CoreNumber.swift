extension AnalysisGraph {
    /// The core number of each node: the largest *k* such that the node belongs to a *k*-core,
    /// the largest subgraph in which every node has degree at least *k* (Seidman 1983).
    ///
    /// Computed by Batagelj and Zaversnik's bucket algorithm: repeatedly remove a node of
    /// least remaining degree, its core number being that degree. In a directed graph the
    /// degree is in-degree plus out-degree, so a mutual pair counts twice, as NetworkX does.
    /// Weights are ignored; the graph holds no self-arcs or parallel arcs (they are merged
    /// when it is built). An isolate has core number 0.
    ///
    /// Matches NetworkX `core_number`.
    ///
    /// ```swift
    /// let triangleAndTail = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], isDirected: false)
    /// triangleAndTail.coreNumbers()   // [2, 2, 2, 1]
    /// ```
    ///
    /// References: S. B. Seidman, "Network structure and minimum degree", Social Networks 5
    /// (1983) 269–287, doi:10.1016/0378-8733(83)90028-X; V. Batagelj and M. Zaversnik, "An O(m)
    /// algorithm for cores decomposition of networks", arXiv:cs/0310049 (2003).
    ///
    /// - Returns: one core number per node, indexed by node.
    /// - Complexity: O(*n* + *m*).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        // Degree as NetworkX counts it: every neighbour occurrence, both directions when directed.
        var degree = (0..<n).map { isDirected ? outDegree(of: $0) + inDegree(of: $0) : outDegree(of: $0) }
        let maxDegree = degree.max() ?? 0
        // Nodes sorted by degree (counting sort), with where each degree's bucket starts.
        var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { bucketStart[d + 1] += 1 }
        for d in 0...maxDegree { bucketStart[d + 1] += bucketStart[d] }
        var next = bucketStart
        var order = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        for v in 0..<n {
            position[v] = next[degree[v]]
            order[position[v]] = v
            next[degree[v]] += 1
        }
        func lower(_ u: Int, below v: Int) {
            // u's degree drops by one: swap it with the first node of its bucket, then shrink the bucket.
            guard degree[u] > degree[v] else { return }
            let d = degree[u]
            let first = bucketStart[d], w = order[first]
            if w != u {
                order[position[u]] = w
                position[w] = position[u]
                order[first] = u
                position[u] = first
            }
            bucketStart[d] += 1
            degree[u] -= 1
        }
        for i in 0..<n {
            let v = order[i]
            for u in successors(of: v) { lower(Int(u), below: v) }
            if isDirected { for u in predecessors(of: v) { lower(Int(u), below: v) } }
        }
        return degree
    }
}

extension NodeMeasure {
    /// The core number of each stakeholder (NetworkX `core_number`): how deep in a densely tied
    /// core it sits. See ``AnalysisGraph/coreNumbers()``.
    public static let coreNumber = NodeMeasure(
        order: 180, name: "coreNumber", summary: "the largest k such that the stakeholder lies in a k-core", weights: .none,
        isInteger: true) { graph, _, _ in MeasureResult(.integers(graph.coreNumbers())) }
}
