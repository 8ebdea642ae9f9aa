extension AnalysisGraph {
    /// The same graph without weights: every tie counts 1.
    ///
    /// ```swift
    /// let hops = graph.unweighted
    /// ```
    ///
    /// - Complexity: O(1) when already unweighted, otherwise O(1) extra memory beyond sharing
    ///   the adjacency arrays.
    public var unweighted: AnalysisGraph {
        guard isWeighted else { return self }
        return AnalysisGraph(
            nodeCount: nodeCount, isDirected: isDirected, weightKind: .none,
            outOffsets: outOffsets, outNeighbors: outNeighbors, outWeights: [],
            inOffsets: inOffsets, inNeighbors: inNeighbors, inWeights: [],
            labels: nodeLabels, stakeholderIndices: stakeholderIndices)
    }

    /// The subgraph induced by some nodes, renumbered `0..<nodes.count` in the given order,
    /// with their labels and weights.
    ///
    /// ```swift
    /// let core = graph.inducedSubgraph(graph.weakComponents().members(of: 0))
    /// ```
    ///
    /// - Complexity: O(*n* + *m*).
    public func inducedSubgraph(_ nodes: [Int]) -> AnalysisGraph {
        var position = [Int](repeating: -1, count: nodeCount)
        for (i, v) in nodes.enumerated() where v >= 0 && v < nodeCount { position[v] = i }
        var arcs = ArcList(capacity: 0)
        for (i, v) in nodes.enumerated() where v >= 0 && v < nodeCount {
            for k in outOffsets[v]..<outOffsets[v + 1] {
                let j = position[Int(outNeighbors[k])]
                if j >= 0 { arcs.append(i, j, isWeighted ? outWeights[k] : 1) }
            }
        }
        let labels = nodes.map { label(of: $0) }
        let indices = stakeholderIndices.map { s in nodes.map { s[$0] } }
        return AnalysisGraph(nodeCount: nodes.count, isDirected: isDirected, weightKind: weightKind, arcs: arcs,
                             labels: labels, stakeholderIndices: indices)
    }
}
