extension AnalysisGraph {
    /// The modularity of a given assignment of nodes to groups: coalitions found by detection,
    /// or groups such as sectors.
    ///
    /// Undirected: Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], with L_c the weight of ties inside group
    /// c, d_c the total strength of its nodes and m the total weight. Directed (Leicht & Newman
    /// 2008): Q = Σ_c [ L_c / m − γ d⁺_c d⁻_c / m² ] with out- and in-strengths. Weights are
    /// strengths; an unweighted tie counts 1. Matches NetworkX's
    /// `community.modularity(G, communities, weight, resolution)` to 1e-9. A graph without
    /// ties has no modularity: NaN (NetworkX divides by zero).
    ///
    /// ```swift
    /// let bySector = StakeholderGroups(network, attribute: "sector", graph: graph)
    /// let q = try graph.modularity(of: bySector)
    /// ```
    ///
    /// - Parameters:
    ///   - assignment: one group per node of this graph.
    ///   - resolution: γ (default 1).
    /// - Throws: ``GraphError/weightMeaningMismatch(measure:needs:has:)`` when the weights are
    ///   distances; ``CoalitionError/invalidAssignment(_:)`` when the assignment has another
    ///   number of nodes.
    /// - Complexity: O(*n* + *m*).
    public func modularity(of assignment: StakeholderGroups, resolution: Double = 1) throws -> Double {
        try assignment.check(nodeCount: nodeCount)
        try checkResolution(resolution)
        let rows = try QualityGraph.strengthRows(self, measure: "modularity")
        let k = assignment.groupCount
        let groups = assignment.groups
        var inside = [Double](repeating: 0, count: k)
        var outTotal = [Double](repeating: 0, count: k), inTotal = [Double](repeating: 0, count: k)
        var m = 0.0
        for u in 0..<nodeCount {
            let cu = groups[u]
            for e in rows.outOffsets[u]..<rows.outOffsets[u + 1] {
                let v = Int(rows.outNeighbors[e]), w = rows.outWeights[e]
                m += w
                outTotal[cu] += w
                inTotal[groups[v]] += w
                if groups[v] == cu { inside[cu] += w }
            }
        }
        // Rows list each undirected edge twice: m and L_c come out doubled, d_c right.
        if !isDirected {
            m /= 2
            for c in 0..<k { inside[c] /= 2 }
        }
        guard m > 0 else { return .nan }
        var q = 0.0
        for c in 0..<k {
            if isDirected {
                q += inside[c] / m - resolution * outTotal[c] * inTotal[c] / (m * m)
            } else {
                let d = outTotal[c] / (2 * m)
                q += inside[c] / m - resolution * d * d
            }
        }
        return q
    }
}
