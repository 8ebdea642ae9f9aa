/// The algorithm that finds coalitions.
public enum CoalitionMethod: String, Hashable, Sendable, CaseIterable {
    /// Louvain modularity optimisation (Blondel et al. 2008).
    case louvain
    /// Leiden modularity optimisation with refinement (Traag et al. 2019).
    case leiden
}

/// Coalitions found in a network: the groups, the modularity they reach and how they were found.
///
/// Groups are numbered by decreasing size, so coalition `"1"` is the largest; an isolated
/// stakeholder is a coalition of its own.
///
/// ```swift
/// let found = try graph.coalitions(method: .leiden, resolution: 1, seed: 42)
/// for (label, members) in zip(found.assignment.labels, found.assignment.members) {
///     print(label, members.map(graph.label(of:)))
/// }
/// ```
public struct Coalitions: Hashable, Sendable {
    /// The coalition of each node.
    public let assignment: StakeholderGroups
    /// The modularity the coalitions reach (signed modularity for signed detection); NaN for a
    /// graph without ties.
    public let modularity: Double
    /// The algorithm used.
    public let method: CoalitionMethod
    /// The resolution γ used.
    public let resolution: Double
    /// The seed used.
    public let seed: UInt64
    /// Whether conflict ties counted against coalitions (signed modularity).
    public let isSigned: Bool

    /// The number of coalitions.
    public var count: Int { assignment.groupCount }

    /// Creates a result; for results computed elsewhere.
    public init(assignment: StakeholderGroups, modularity: Double, method: CoalitionMethod,
                resolution: Double, seed: UInt64, isSigned: Bool) {
        self.assignment = assignment
        self.modularity = modularity
        self.method = method
        self.resolution = resolution
        self.seed = seed
        self.isSigned = isSigned
    }

    init(membership: [Int32], quality: QualityGraph, method: CoalitionMethod, resolution: Double,
         seed: UInt64, isSigned: Bool) {
        let raw = StakeholderGroups(unchecked: membership.map(Int.init),
                                      labels: (0..<((membership.max().map(Int.init) ?? -1) + 1)).map { String($0 + 1) })
        let ordered = raw.orderedBySize()
        self.assignment = ordered
        self.modularity = quality.quality(of: ordered.groups.map { Int32($0) }, groupCount: ordered.groupCount)
        self.method = method
        self.resolution = resolution
        self.seed = seed
        self.isSigned = isSigned
    }
}

extension AnalysisGraph {
    /// Finds coalitions by modularity optimisation with the chosen method; see
    /// ``louvain(resolution:seed:refinesLevels:)`` and
    /// ``leiden(resolution:seed:randomness:iterations:)``.
    ///
    /// ```swift
    /// let found = try graph.coalitions(method: .louvain, seed: 1)
    /// ```
    ///
    /// - Throws: as the chosen method does.
    /// - Complexity: as the chosen method.
    public func coalitions(method: CoalitionMethod = .leiden, resolution: Double = 1, seed: UInt64 = 1) throws -> Coalitions {
        switch method {
        case .louvain: try louvain(resolution: resolution, seed: seed)
        case .leiden: try leiden(resolution: resolution, seed: seed)
        }
    }
}
