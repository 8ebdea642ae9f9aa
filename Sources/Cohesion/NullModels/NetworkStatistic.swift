/// A whole-network statistic a null-model test can compare with its distribution on random
/// graphs: density, reciprocity, transitivity, each Freeman centralization, the E-I index or
/// the modularity of a given partition, the total of Gould–Fernandez roles, the mean of Burt's
/// constraint, the number of coalitions and the modularity Leiden reaches.
///
/// Each is computed on the unweighted graph, as the tool's `profile` computes it, with these
/// conventions (R sna's where sna has the statistic):
///
/// - ``density``: ties / possible ties (sna `gden`).
/// - ``reciprocity``: the share of arcs whose reverse is present, 2M / (2M + A) (sna
///   `grecip(measure = "edgewise")`); 1 for an undirected graph.
/// - ``transitivity``: the share of two-paths *i* → *j* → *k* (*i* ≠ *k*) closed by *i* → *k*
///   (sna `gtrans(measure = "weak")`); on an undirected graph it is the global clustering
///   coefficient, `profile`'s transitivity.
/// - Centralizations: Freeman's, with igraph's and sna's theoretical maxima (see
///   ``AnalysisGraph/degreeCentralization(_:)``, ``AnalysisGraph/betweennessCentralization(options:)``,
///   ``AnalysisGraph/closenessCentralization(options:)``).
/// - ``eiIndex(groups:)``, ``modularity(groups:)``, ``brokerageTotal(groups:)``: of the given
///   group of each node (the partition stays with the nodes in every null graph).
/// - ``meanConstraint``: Burt's constraint averaged over nodes that have one.
/// - ``coalitionCount`` and ``leidenModularity``: Leiden at resolution 1 with seed 1.
///
/// ```swift
/// let q = try NetworkStatistic.named("betweennessCentralization").value(of: graph)
/// ```
///
/// - Complexity: from O(1) (density) to O(*n* *m*) (betweenness and closeness).
public enum NetworkStatistic: Hashable, Sendable {
    /// Ties over possible ties.
    case density
    /// sna's edgewise reciprocity.
    case reciprocity
    /// sna's weak transitivity (`gtrans`).
    case transitivity
    /// Freeman degree centralization (total degree in a directed graph).
    case degreeCentralization
    /// Freeman in-degree centralization.
    case inDegreeCentralization
    /// Freeman out-degree centralization.
    case outDegreeCentralization
    /// Freeman betweenness centralization.
    case betweennessCentralization
    /// Freeman closeness centralization (NaN when some node reaches no other, as in igraph).
    case closenessCentralization
    /// The E-I index of a partition (group of each node).
    case eiIndex(groups: [Int])
    /// The modularity of a partition (group of each node), resolution 1.
    case modularity(groups: [Int])
    /// The total of Gould–Fernandez brokerage roles between the groups of a partition.
    case brokerageTotal(groups: [Int])
    /// The mean of Burt's constraint over nodes with at least one tie.
    case meanConstraint
    /// The number of coalitions Leiden finds (resolution 1, seed 1).
    case coalitionCount
    /// The modularity Leiden reaches (resolution 1, seed 1).
    case leidenModularity

    /// Statistics that need no partition, by name.
    public static let unpartitioned: [NetworkStatistic] = [
        .density, .reciprocity, .transitivity, .degreeCentralization, .inDegreeCentralization,
        .outDegreeCentralization, .betweennessCentralization, .closenessCentralization, .meanConstraint,
        .coalitionCount, .leidenModularity,
    ]

    /// Every name ``named(_:groups:)`` knows.
    public static let names: [String] = unpartitioned.map(\.name) + ["eiIndex", "modularity", "brokerageTotal"]

    /// The statistic's name, as in `profile` (lowerCamelCase).
    public var name: String {
        switch self {
        case .density: "density"
        case .reciprocity: "reciprocity"
        case .transitivity: "transitivity"
        case .degreeCentralization: "degreeCentralization"
        case .inDegreeCentralization: "inDegreeCentralization"
        case .outDegreeCentralization: "outDegreeCentralization"
        case .betweennessCentralization: "betweennessCentralization"
        case .closenessCentralization: "closenessCentralization"
        case .eiIndex: "eiIndex"
        case .modularity: "modularity"
        case .brokerageTotal: "brokerageTotal"
        case .meanConstraint: "meanConstraint"
        case .coalitionCount: "coalitionCount"
        case .leidenModularity: "leidenModularity"
        }
    }

    /// Whether the statistic needs the group of each node.
    public var needsPartition: Bool {
        switch self {
        case .eiIndex, .modularity, .brokerageTotal: true
        default: false
        }
    }

    /// The statistic of a name; partition statistics take `groups`. Nil for an unknown name or
    /// a partition statistic without groups.
    public static func named(_ name: String, groups: [Int]? = nil) -> NetworkStatistic? {
        if let s = unpartitioned.first(where: { $0.name == name }) { return s }
        guard let groups else { return nil }
        switch name {
        case "eiIndex": return .eiIndex(groups: groups)
        case "modularity": return .modularity(groups: groups)
        case "brokerageTotal": return .brokerageTotal(groups: groups)
        default: return nil
        }
    }

    /// The statistic of a graph (its weights ignored).
    ///
    /// - Throws: ``CoalitionError`` or ``PartitionError`` when the partition does not fit the
    ///   graph.
    public func value(of graph: AnalysisGraph) throws -> Double {
        var kernel = StatisticKernel(nodeCount: graph.nodeCount, isDirected: graph.isDirected)
        return try kernel.value(self, of: graph.unweighted)
    }
}
