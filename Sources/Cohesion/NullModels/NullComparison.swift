/// Networks compared against null models: for each network, each whole-network statistic of
/// a comparison with its CUG test, so a reader sees which differences between cities survive
/// what size and density alone produce.
///
/// Each network's graph is the comparison's (``NetworkComparisonProfile``: its selection,
/// unweighted); partition statistics use the groups of ``ComparisonOptions/sectorAttribute``.
/// The statistics are density, reciprocity, transitivity, degree and betweenness
/// centralization, the E-I index and the total brokerage between sectors, the number of
/// coalitions and the modularity Leiden reaches.
///
/// ```swift
/// let tests = try NullComparison([lille, nantes], names: ["Lille", "Nantes"], condition: .edges, draws: 1000, seed: 1)
/// for (name, row) in zip(tests.names, tests.tests) { print(name, row.map(\.percentile)) }
/// ```
///
/// - Complexity: the sum of the CUG tests'.
public struct NullComparison: Sendable {
    /// What the random graphs share with each network.
    public let condition: CUGCondition
    /// Random graphs per statistic and network.
    public let draws: Int
    /// The seed of the draws.
    public let seed: UInt64
    /// The networks' names, in order.
    public let names: [String]
    /// The statistics tested, in order.
    public let statistics: [String]
    /// For each network, one test per statistic.
    public let tests: [[CUGTest]]

    /// Tests every statistic of every network.
    ///
    /// - Throws: ``GraphError`` when a selection cannot build a graph; ``CoalitionError`` for
    ///   fewer than one draw; `CancellationError` when cancelled.
    public init(_ networks: [Network], names: [String]? = nil, options: ComparisonOptions = ComparisonOptions(),
                condition: CUGCondition, draws: Int = 1000, seed: UInt64 = 1) throws {
        var all: [[CUGTest]] = []
        var statisticNames: [String] = []
        for network in networks {
            var plain = options.selection
            plain.weights = .none
            let graph = try AnalysisGraph(network, selection: plain)
            let sectors = CommunityAssignment(network, attribute: options.sectorAttribute, graph: graph).groups
            let statistics: [NetworkStatistic] = [
                .density, .reciprocity, .transitivity, .degreeCentralization, .betweennessCentralization,
                .eiIndex(groups: sectors), .brokerageTotal(groups: sectors), .coalitionCount, .leidenModularity,
            ]
            statisticNames = statistics.map(\.name)
            all.append(try statistics.map {
                try CUGTest(graph, statistic: $0, condition: condition, draws: draws, seed: seed, options: options.computation)
            })
        }
        self.condition = condition
        self.draws = draws
        self.seed = seed
        self.names = names ?? networks.map { $0.place ?? $0.title ?? "network" }
        self.statistics = statisticNames
        tests = all
    }
}
