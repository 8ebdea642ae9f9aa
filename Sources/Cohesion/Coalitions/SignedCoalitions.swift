extension SignedGraph {
    /// Signed modularity (Gómez, Jensen & Arenas 2009) of a given assignment: it rewards
    /// cooperative ties inside groups and conflicts between them.
    ///
    /// Q = (2w⁺ Q⁺ − 2w⁻ Q⁻) / (2w⁺ + 2w⁻), where Q⁺ and Q⁻ are the ordinary modularities (at
    /// resolution γ) of the positive and of the negative graph and w⁺, w⁻ their total weights;
    /// a sign with no ties contributes nothing. Equivalently
    /// Q = Σ_ij [ (A⁺_ij − A⁻_ij) − γ (k⁺_i k⁺_j / 2w⁺ − k⁻_i k⁻_j / 2w⁻) ] δ(i,j) / (2w⁺ + 2w⁻).
    /// Checked against that formula evaluated with NetworkX's `modularity` on each sign. NaN
    /// without any tie.
    ///
    /// ```swift
    /// let q = try signed.modularity(of: StakeholderGroups(network, attribute: "sector"))
    /// ```
    ///
    /// - Throws: ``GroupsError/sizeMismatch(groups:nodes:)`` for groups of another size.
    /// - Complexity: O(*n* + *m*).
    public func modularity(of assignment: StakeholderGroups, resolution: Double = 1) throws -> Double {
        try assignment.check(nodeCount: nodeCount)
        try checkResolution(resolution)
        let quality = try QualityGraph(signedPositive: positive, negative: negative, resolution: resolution)
        return quality.quality(of: assignment.groups.map { Int32($0) }, groupCount: assignment.groupCount)
    }

    /// Finds coalitions that maximise signed modularity: allies together, opponents apart.
    ///
    /// The same Louvain or Leiden engine as ``AnalysisGraph/coalitions(method:resolution:seed:)``
    /// runs on signed modularity (see ``modularity(of:resolution:)``): a conflict inside a
    /// coalition lowers quality, so opponents end up in different coalitions even when they
    /// share many partners. Reproducible for a seed.
    ///
    /// ```swift
    /// let found = try signed.coalitions(method: .leiden, seed: 3)
    /// let frustration = try signed.frustration(of: found.assignment)
    /// ```
    ///
    /// - Throws: ``CoalitionError/invalidParameter(_:)`` for a bad resolution.
    /// - Complexity: about O(*m*) per level, as Louvain and Leiden.
    public func coalitions(method: CoalitionMethod = .leiden, resolution: Double = 1, seed: UInt64 = 1) throws -> Coalitions {
        try checkResolution(resolution)
        let quality = try QualityGraph(signedPositive: positive, negative: negative, resolution: resolution)
        var random = SeededGenerator(seed: seed)
        let membership = switch method {
        case .louvain: quality.louvainMembership(random: &random, refinesLevels: true)
        case .leiden: quality.leidenMembership(random: &random, randomness: 0.01, iterations: nil)
        }
        return Coalitions(membership: membership, quality: quality, method: method, resolution: resolution,
                          seed: seed, isSigned: true)
    }
}
