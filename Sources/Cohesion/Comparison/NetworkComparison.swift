/// How a comparison of networks is made: which ties, which attributes group stakeholders, and
/// how coalitions are found.
///
/// ```swift
/// var options = ComparisonOptions()
/// options.alignment = "kind"        // cities share kinds, not stakeholders
/// options.sectorAttribute = "sector"
/// ```
public struct ComparisonOptions: Sendable {
    /// Which ties enter each network's graph. Path measures (betweenness, centralization)
    /// ignore weights; coalitions use them when they are strengths.
    public var selection: GraphSelection
    /// The attribute that aligns networks: brokerage roles and the mixing matrix are given by
    /// its values, which the networks share (default `kind`).
    public var alignment: String
    /// The attribute of the E-I index and of the groups brokers stand between (default `sector`).
    public var sectorAttribute: String
    /// The coalition method, resolution and seed.
    public var method: CoalitionMethod
    /// The resolution γ of coalition detection.
    public var resolution: Double
    /// The seed of coalition detection.
    public var seed: UInt64
    /// How many top stakeholders by betweenness to list.
    public var topCount: Int
    /// Progress and parallelism of the path measures.
    public var computation: ComputationOptions

    /// Creates options; by default all ties unweighted, aligned by kind, E-I by sector, Leiden
    /// at resolution 1 with seed 1, five top stakeholders.
    public init(selection: GraphSelection = GraphSelection(), alignment: String = "kind", sectorAttribute: String = "sector",
                method: CoalitionMethod = .leiden, resolution: Double = 1, seed: UInt64 = 1, topCount: Int = 5,
                computation: ComputationOptions = .default) {
        self.selection = selection
        self.alignment = alignment
        self.sectorAttribute = sectorAttribute
        self.method = method
        self.resolution = resolution
        self.seed = seed
        self.topCount = topCount
        self.computation = computation
    }
}

/// One network's profile for side-by-side comparison: size per layer, density, reciprocity,
/// centralization, coalitions and their modularity, E-I by sector, brokerage roles and mixing
/// by stakeholder kind, and the top stakeholders by betweenness.
///
/// Everything that is per group is keyed by the group's label (a kind, a sector), so profiles
/// of different cities line up although they share no stakeholder.
///
/// ```swift
/// let lille = try NetworkComparisonProfile(lilleNetwork, name: "Lille")
/// print(lille.coalitions.count, lille.eiIndex.value, lille.brokerageByGroup["family-allowance-office"]?.betweenGroups ?? 0)
/// ```
///
/// - Complexity: dominated by betweenness, O(*n* *m*).
public struct NetworkComparisonProfile: Sendable {
    /// A top stakeholder by betweenness.
    public struct RankedStakeholder: Hashable, Sendable {
        /// Its id.
        public let id: String
        /// Its name.
        public let name: String
        /// Its alignment value (its kind, by default).
        public let group: String
        /// Its normalized betweenness.
        public let betweenness: Double
    }

    /// The network's name in the comparison (its title, place or file).
    public let name: String
    /// Stakeholders (nodes, isolates included).
    public let stakeholderCount: Int
    /// The selection the profile was computed on (weights dropped for path measures;
    /// coalitions on ``GraphSelection/forCoalitions``).
    public let selection: GraphSelection
    /// Ties selected, as in the network (before merging parallel ties).
    public let tieCount: Int
    /// Selected ties per layer (tie kind id), layers in the network's order.
    public let tiesByLayer: [(layer: String, count: Int)]
    /// Whole-network measures: density, reciprocity, components, centralization.
    public let profile: NetworkProfile
    /// The coalitions found, with their modularity.
    public let coalitions: Coalitions
    /// The E-I index by ``ComparisonOptions/sectorAttribute``, for the network and each sector.
    public let eiIndex: EIIndex
    /// Gould–Fernandez role counts with the groups of ``ComparisonOptions/sectorAttribute``
    /// (sectors) as the partition, summed over the stakeholders of each alignment group (kind),
    /// keyed by group label. All five roles: ``BrokerageRoleScores/betweenGroups`` is the part
    /// between sectors (every role but coordinator), ``BrokerageRoleScores/withinGroup`` the
    /// coordinator part inside one sector.
    public let brokerageByGroup: [String: BrokerageRoleScores]
    /// The mixing matrix by alignment group (kind).
    public let mixing: MixingMatrix
    /// The top stakeholders by normalized betweenness, highest first (ties by id).
    public let topBetweenness: [RankedStakeholder]
    /// The stakeholder id of each node, in node order (that of ``coalitions``).
    public let nodeIds: [String]

    /// Profiles a network.
    ///
    /// - Throws: ``GraphError`` when the selection cannot build a graph; ``CoalitionError``
    ///   for bad coalition parameters.
    public init(_ network: Network, name: String? = nil, options: ComparisonOptions = ComparisonOptions()) throws {
        self.name = name ?? network.title ?? network.place ?? "network"
        var plain = options.selection
        plain.weights = .none
        let graph = try AnalysisGraph(network, selection: plain)
        stakeholderCount = network.stakeholders.count
        selection = options.selection
        nodeIds = graph.labels
        let selected = network.ties.filter { plain.includes($0) }
        tieCount = selected.count
        var counts: [String: Int] = [:]
        var order: [String] = []
        for tie in selected {
            if counts[tie.kind.id] == nil { order.append(tie.kind.id) }
            counts[tie.kind.id, default: 0] += 1
        }
        tiesByLayer = order.map { ($0, counts[$0] ?? 0) }
        profile = try NetworkProfile(graph, options: options.computation)
        let coalitionGraph = try AnalysisGraph(network, selection: options.selection.forCoalitions)
        coalitions = try coalitionGraph.coalitions(method: options.method, resolution: options.resolution, seed: options.seed)
        let sectors = try StakeholderGroups(network, attribute: options.sectorAttribute, graph: graph)
        eiIndex = try graph.eiIndex(of: sectors)
        let kinds = try StakeholderGroups(network, attribute: options.alignment, graph: graph)
        mixing = try graph.mixingMatrix(of: kinds)
        let brokerage = try GouldFernandezBrokerage(graph, partition: sectors, options: options.computation)
        var byGroup: [String: BrokerageRoleScores] = [:]
        for node in 0..<graph.nodeCount {
            let label = kinds.labels[kinds.groups[node]]
            byGroup[label] = (byGroup[label] ?? .zero) + brokerage.counts[node]
        }
        brokerageByGroup = byGroup
        let betweenness = try graph.betweenness(options: options.computation)
        let ranked = (0..<graph.nodeCount).sorted {
            betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1] : graph.label(of: $0) < graph.label(of: $1)
        }
        topBetweenness = ranked.prefix(max(0, options.topCount)).map { node in
            let s = network.stakeholders[graph.stakeholderIndices?[node] ?? node]
            return RankedStakeholder(id: s.id, name: s.name, group: kinds.labels[kinds.groups[node]],
                                     betweenness: betweenness[node])
        }
    }
}

/// Several networks profiled side by side, aligned by stakeholder kind (or another shared
/// attribute): how the coalitions of Lille differ from those of Nantes.
///
/// ```swift
/// let comparison = try NetworkComparison([lille, nantes])
/// for p in comparison.profiles { print(p.name, p.coalitions.count, p.coalitions.modularity) }
/// print(comparison.groupLabels)   // every kind present in any of them
/// ```
///
/// - Complexity: the sum of the profiles'.
public struct NetworkComparison: Sendable {
    /// One profile per network, in the order given.
    public let profiles: [NetworkComparisonProfile]
    /// Every alignment value (kind) present in any network, sorted: rows of aligned tables.
    public let groupLabels: [String]
    /// Every sector present in any network, sorted.
    public let sectorLabels: [String]
    /// Every layer present in any network, in order of first appearance.
    public let layers: [String]

    /// Profiles networks with the same options; names default to titles, then places.
    ///
    /// - Throws: as ``NetworkComparisonProfile/init(_:name:options:)``.
    public init(_ networks: [Network], names: [String]? = nil, options: ComparisonOptions = ComparisonOptions()) throws {
        var profiles: [NetworkComparisonProfile] = []
        for (i, network) in networks.enumerated() {
            profiles.append(try NetworkComparisonProfile(network, name: names?[i], options: options))
        }
        self.init(profiles: profiles)
    }

    /// Aligns profiles made elsewhere (for instance one per year).
    public init(profiles: [NetworkComparisonProfile]) {
        self.profiles = profiles
        groupLabels = Array(Set(profiles.flatMap(\.mixing.labels))).sorted()
        sectorLabels = Array(Set(profiles.flatMap { $0.eiIndex.groups.map(\.label) })).sorted()
        var seen = Set<String>()
        layers = profiles.flatMap { $0.tiesByLayer.map(\.layer) }.filter { seen.insert($0).inserted }
    }

    /// The block density between two kinds in a profile; NaN when either kind is absent or no
    /// pair is possible.
    public func density(_ profile: NetworkComparisonProfile, from a: String, to b: String) -> Double {
        guard let i = profile.mixing.labels.firstIndex(of: a), let j = profile.mixing.labels.firstIndex(of: b) else { return .nan }
        return profile.mixing.density[i][j]
    }
}
