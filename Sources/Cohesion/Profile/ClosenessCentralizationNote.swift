extension AnalysisGraph {
    /// Why Freeman closeness centralization is undefined for this graph, or nil when it is
    /// defined.
    ///
    /// igraph's closeness of a node is *r* / *D* over the nodes that reach it (incoming
    /// distances when directed); a node no one reaches has no closeness, and one undefined
    /// score leaves the centralization undefined. The reason names how many nodes are in that
    /// case and points to ``weakComponentClosenessCentralization(options:)``, which is defined.
    ///
    /// ```swift
    /// if let why = graph.closenessCentralizationUndefinedReason { print(why) }
    /// ```
    ///
    /// - Complexity: O(*n*).
    public var closenessCentralizationUndefinedReason: String? {
        guard nodeCount > 0 else { return "closeness centralization is undefined for an empty graph" }
        let unreached = (0..<nodeCount).filter { inDegree(of: $0) == 0 }.count
        guard unreached > 0 else { return nil }
        let what = isDirected ? "are reached by no one (no incoming tie)" : "have no tie"
        return "closeness centralization is undefined (NaN, as in igraph): \(unreached) of \(nodeCount) stakeholders "
            + "\(what), so their closeness is undefined; the closeness centralization of the largest weak component, "
            + "undirected, is defined and given beside it"
    }

    /// Freeman closeness centralization of the largest weakly connected component, read as
    /// undirected: the convention that is defined when ``closenessCentralization(options:)``
    /// is not.
    ///
    /// Every node of a connected undirected graph reaches every other, so igraph's closeness is
    /// defined for each and the centralization is too. It equals igraph's
    /// `centr_clo(induced_subgraph(as.undirected(g), largest weak component), mode = "all")`
    /// (python-igraph: `as_undirected()`, `connected_components(mode="weak").giant()`, then the
    /// closeness centralization with igraph's theoretical maximum). Weights are ignored. Ties
    /// between components go to the first largest by smallest node.
    ///
    /// ```swift
    /// let c = try graph.weakComponentClosenessCentralization()
    /// ```
    ///
    /// - Throws: `CancellationError`.
    /// - Complexity: that of ``closenessCentralization(options:)`` on the component.
    public func weakComponentClosenessCentralization(options: ComputationOptions = .default) throws -> Double {
        let parts = weakComponents()
        guard nodeCount > 0 else { return .nan }
        let members = parts.members(of: parts.largest)
        return try unweighted.undirected.inducedSubgraph(members).closenessCentralization(options: options)
    }
}
