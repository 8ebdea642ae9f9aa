extension DiscourseNetwork {
    /// The one-mode network as a signed graph: pairs with positive weight (shared stances) as
    /// positive ties, negative weight (a `subtract` network's net conflict) as negative ties,
    /// each with its absolute weight.
    ///
    /// - Throws: ``DiscourseError/incompatible(_:)`` for a two-mode network.
    /// - Complexity: O(*n*²).
    public func signedGraph() throws -> SignedGraph {
        guard networkType == .oneMode else { throw DiscourseError.incompatible("coalitions need a one-mode network (DiscourseNetworkType.oneMode)") }
        let n = rows.count
        var pos: [(Int, Int)] = [], posW: [Double] = [], neg: [(Int, Int)] = [], negW: [Double] = []
        for i in 0..<n {
            for j in (i + 1)..<n {
                let x = values[i * n + j]
                guard x.isFinite, x != 0 else { continue }
                if x > 0 { pos.append((i, j)); posW.append(x) } else { neg.append((i, j)); negW.append(-x) }
            }
        }
        return try SignedGraph(
            positive: AnalysisGraph(nodeCount: n, edges: pos, weights: posW, isDirected: false, weightKind: .strength, labels: rows),
            negative: AnalysisGraph(nodeCount: n, edges: neg, weights: negW, isDirected: false, weightKind: .strength, labels: rows))
    }

    /// Discourse coalitions: the signed Leiden (or Louvain) partition of the one-mode network
    /// (Traag & Bruggeman 2009, doi:10.1103/PhysRevE.80.036115): actors who share stances
    /// together, actors in conflict apart. Use a `congruence` or `subtract` network.
    ///
    /// ```swift
    /// let net = try DiscourseNetwork(network, options: DiscourseOptions(networkType: .oneMode, aggregation: .subtract))
    /// let found = try net.coalitions(seed: 1)
    /// ```
    ///
    /// - Throws: as ``signedGraph()`` and ``SignedGraph/coalitions(method:resolution:seed:)``.
    /// - Complexity: about O(*n*²) to build the graph, then O(*m*) per Leiden level.
    public func coalitions(method: CoalitionMethod = .leiden, resolution: Double = 1, seed: UInt64 = 1) throws -> Coalitions {
        try signedGraph().coalitions(method: method, resolution: resolution, seed: seed)
    }
}

/// Discourse coalitions in each time window and how stable they are from one window to the
/// next, as `evolution` compares yearly coalitions: normalized mutual information and the
/// adjusted Rand index of consecutive partitions over the same actors (every stakeholder is a
/// row in each window, so partitions align).
///
/// ```swift
/// var options = DiscourseOptions(networkType: .oneMode, aggregation: .subtract)
/// options.window = DiscourseWindow(unit: .years, size: 3)
/// let stability = try DiscourseCoalitionStability(network, options: options)
/// ```
public struct DiscourseCoalitionStability: Hashable, Sendable {
    /// The window networks' mid-points.
    public var middles: [StatementDate?]
    /// The coalitions found in each window.
    public var coalitions: [Coalitions]
    /// The comparison of each window's partition with the previous one's (one fewer than windows).
    public var stability: [PartitionComparison]

    /// Finds coalitions per window and compares consecutive ones.
    ///
    /// - Throws: ``DiscourseError`` for options without a one-mode window, and as ``DiscourseNetwork/coalitions(method:resolution:seed:)``.
    /// - Complexity: one coalition search and one comparison per window.
    public init(_ network: Network, options: DiscourseOptions, method: CoalitionMethod = .leiden, seed: UInt64 = 1) throws {
        var o = options
        o.isolates = true
        var middles: [StatementDate?] = [], found: [Coalitions] = []
        try DiscourseNetwork.forEachWindow(of: network, options: o) { w in
            middles.append(w.middle)
            found.append(try w.coalitions(method: method, seed: seed))
        }
        var comparisons: [PartitionComparison] = []
        for k in found.indices.dropFirst() {
            comparisons.append(try PartitionComparison(found[k - 1].assignment, found[k].assignment))
        }
        self.middles = middles
        self.coalitions = found
        self.stability = comparisons
    }
}
