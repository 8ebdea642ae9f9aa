extension AnalysisGraph {
    /// The average degree of each node's neighbours: whether a stakeholder is tied to the
    /// well tied (a hub's partners) or to the peripheral.
    ///
    /// Unweighted, k_nn,i = (1 / |N(i)|) Σ_{j ∈ N(i)} k_j. With weights, read as strengths,
    /// the weighted form of Barrat et al. [1]: k^w_nn,i = (1 / s_i) Σ_{j ∈ N(i)} w_ij k_j, where
    /// s_i is the node's strength; the neighbours' degrees k_j stay unweighted counts. A node
    /// without neighbours (or whose ties weigh 0 in all) has 0.
    ///
    /// In a directed graph the neighbourhood N(i) and its degree are those `source` names, and
    /// the neighbours' degree the one `target` names: `.outgoing` (the default, NetworkX's
    /// `"out"`) reads successors and out-degrees, `.incoming` (`"in"`) predecessors and
    /// in-degrees, `.all` (`"in+out"`) both, so a mutual neighbour counts twice. The default
    /// asks, of each stakeholder, how many ties those it sends ties to send on. In an undirected
    /// graph both directions are the neighbours and their degrees. The graph holds no self-ties
    /// (they are dropped when it is built) and parallel ties are merged, their strengths added.
    ///
    /// Matches NetworkX `average_neighbor_degree(G, source=…, target=…, weight=…)`.
    ///
    /// ```swift
    /// let triangleAndTail = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], isDirected: false)
    /// try triangleAndTail.averageNeighborDegree()   // [2.5, 2.5, 5/3, 3]
    /// ```
    ///
    /// References: [1] A. Barrat, M. Barthélemy, R. Pastor-Satorras and A. Vespignani, "The
    /// architecture of complex weighted networks", PNAS 101 (11) (2004) 3747–3752,
    /// doi:10.1073/pnas.0400087101. [2] R. Pastor-Satorras, A. Vázquez and A. Vespignani,
    /// "Dynamical and correlation properties of the Internet", Physical Review Letters 87
    /// (2001) 258701, doi:10.1103/PhysRevLett.87.258701 (the unweighted k_nn).
    ///
    /// - Parameters:
    ///   - source: in a directed graph, which ties make a node's neighbourhood and its degree.
    ///   - target: in a directed graph, which degree of each neighbour is averaged.
    /// - Returns: one value per node, indexed by node.
    /// - Throws: ``GraphError/weightMeaningMismatch(measure:needs:has:)`` when the weights are
    ///   distances: a tie's length is not an intensity to weigh a neighbour by.
    /// - Complexity: O(*n* + *m*).
    public func averageNeighborDegree(source: DegreeDirection = .outgoing,
                                      target: DegreeDirection = .outgoing) throws -> [Double] {
        try requireStrengths(for: "average neighbour degree")
        let neighbourDegree = degrees(target)
        let readsSuccessors = !isDirected || source != .incoming
        let readsPredecessors = isDirected && source != .outgoing
        return (0..<nodeCount).map { v in
            var strength = 0.0, sum = 0.0
            if readsSuccessors {
                for (u, w) in zip(successors(of: v), successorWeights(of: v)) {
                    strength += w
                    sum += w * Double(neighbourDegree[Int(u)])
                }
            }
            if readsPredecessors {
                for (u, w) in zip(predecessors(of: v), predecessorWeights(of: v)) {
                    strength += w
                    sum += w * Double(neighbourDegree[Int(u)])
                }
            }
            return strength == 0 ? 0 : sum / strength
        }
    }
}

extension NodeMeasure {
    /// The average degree of each stakeholder's neighbours (NetworkX `average_neighbor_degree`,
    /// successors' out-degrees when directed; weighted by strengths as Barrat et al.). Not
    /// written by default. See ``AnalysisGraph/averageNeighborDegree(source:target:)``.
    public static let averageNeighborDegree = NodeMeasure(
        order: 190, name: "averageNeighborDegree", summary: "mean degree of the stakeholder's neighbours (those it sends ties to, when directed)",
        weights: .strength) { graph, _, _ in MeasureResult(.numbers(try graph.averageNeighborDegree())) }
}
