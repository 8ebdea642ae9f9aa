extension AnalyzedNetwork {
    /// Degree by stakeholder (ties either way); see ``AnalysisGraph/degrees(_:)``.
    public func degree(_ direction: DegreeDirection = .all) -> StakeholderValues<Int> {
        keyed(graph.degrees(direction))
    }

    /// Betweenness by stakeholder, normalized as NetworkX by default; see
    /// ``AnalysisGraph/betweenness(normalized:endpoints:options:)``.
    ///
    /// ```swift
    /// try lille.betweenness()["caf-nord"]
    /// ```
    public func betweenness(normalized: Bool = true, options: ComputationOptions = .default) throws -> StakeholderValues<Double> {
        keyed(try graph.betweenness(normalized: normalized, options: options))
    }

    /// Closeness by stakeholder (Wasserman–Faust scaling); see ``AnalysisGraph/closeness(wassermanFaust:options:)``.
    public func closeness(options: ComputationOptions = .default) throws -> StakeholderValues<Double> {
        keyed(try graph.closeness(options: options))
    }

    /// Harmonic closeness by stakeholder; see ``AnalysisGraph/harmonicCloseness(options:)``.
    public func harmonicCloseness(options: ComputationOptions = .default) throws -> StakeholderValues<Double> {
        keyed(try graph.harmonicCloseness(options: options))
    }

    /// PageRank by stakeholder; see ``AnalysisGraph/pageRank(damping:personalization:dangling:tolerance:maxIterations:options:)``.
    public func pageRank(damping: Double = 0.85, options: ComputationOptions = .default) throws -> StakeholderValues<Double> {
        keyed(try graph.pageRank(damping: damping, options: options))
    }

    /// Eigenvector centrality by stakeholder; see ``AnalysisGraph/eigenvector(tolerance:maxIterations:options:)``.
    public func eigenvector(options: ComputationOptions = .default) throws -> StakeholderValues<Double> {
        keyed(try graph.eigenvector(options: options))
    }
}
