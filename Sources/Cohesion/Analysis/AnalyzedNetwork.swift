/// A network ready for analysis: the network, its analysis graph under one selection, and the
/// stakeholders' ids and names by node, so results read by stakeholder id.
///
/// Embedding the library takes two lines:
///
/// ```swift
/// let lille = try AnalyzedNetwork(contentsOf: "Networks/lille.yaml")
/// let caf = try lille.betweenness()["caf-nord"]      // Double?
/// for row in try lille.values(of: .pageRank).sorted().prefix(3) { print(row.name, row.value) }
/// ```
///
/// The `[Double]` forms on ``AnalysisGraph`` (indexed by node) stay the fast path; this type
/// keys them by stakeholder.
///
/// - Complexity: building is that of ``AnalysisGraph/init(_:selection:)``, O(*n* + *m*).
public struct AnalyzedNetwork: Sendable {
    /// The network as read.
    public let network: Network
    /// The selection the graph was built with.
    public let selection: GraphSelection
    /// The analysis graph of the selection.
    public let graph: AnalysisGraph
    /// The stakeholder id of each node.
    public let ids: [String]
    /// The stakeholder name of each node.
    public let names: [String]
    private let nodeByID: [String: Int]

    /// Builds the analysis graph of a network under a selection.
    ///
    /// - Throws: ``GraphError`` when the selection cannot build a graph (weights from amounts
    ///   that a tie lacks, invalid weights).
    public init(_ network: Network, selection: GraphSelection = GraphSelection()) throws {
        let graph = try AnalysisGraph(network, selection: selection)
        self.network = network
        self.selection = selection
        self.graph = graph
        let ids = graph.labels
        self.ids = ids
        self.names = (0..<graph.nodeCount).map { node in
            guard let s = graph.stakeholderIndices?[node], network.stakeholders.indices.contains(s) else { return ids[node] }
            return network.stakeholders[s].name
        }
        var index: [String: Int] = [:]
        for (node, id) in ids.enumerated() where index[id] == nil { index[id] = node }
        self.nodeByID = index
    }

    /// Reads, validates and analyses a network file (any format ``NetworkFile`` reads).
    ///
    /// - Throws: ``InvalidNetwork`` with every problem of the file, each with its line and
    ///   column; ``GraphError`` when the selection cannot build a graph.
    public init(contentsOf path: String, selection: GraphSelection = GraphSelection(),
                options: NetworkReadOptions = NetworkReadOptions()) throws {
        try self.init(NetworkFile.read(path, options: options), selection: selection)
    }

    /// The node of a stakeholder id, if the graph has it.
    public func node(of id: String) -> Int? { nodeByID[id] }

    /// The stakeholder of a node, when the graph was built from the network.
    public func stakeholder(atNode node: Int) -> Stakeholder? {
        guard let s = graph.stakeholderIndices?[node], network.stakeholders.indices.contains(s) else { return nil }
        return network.stakeholders[s]
    }

    /// Values by node, keyed by stakeholder.
    public func keyed<Value>(_ values: [Value]) -> StakeholderValues<Value> {
        StakeholderValues(ids: ids, names: names, values: values, index: nodeByID)
    }

    /// A registered measure's values by stakeholder.
    ///
    /// - Throws: what ``NodeMeasure/compute(on:parameters:options:)`` throws.
    public func values(of measure: NodeMeasure, parameters: MeasureParameters = MeasureParameters(),
                       options: ComputationOptions = .default) throws -> StakeholderValues<Double> {
        keyed(try measure.compute(on: graph, parameters: parameters, options: options).values.numbers)
    }
}
