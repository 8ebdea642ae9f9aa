/// A division of a graph's nodes into groups: by kind of stakeholder, sector, level of
/// government, coalition, or any other attribute.
///
/// A partition holds one group index per node (`0..<groupCount`) and one label per group.
/// Built from labels, groups are numbered in order of first appearance among the nodes, as R's
/// `unique()` numbers the classes `sna::brokerage` receives; this order is also the order of
/// per-group results such as ``GouldFernandezBrokerage/groupExpected``.
///
/// Built from a network and an attribute name, the label of a node is the text of
/// ``Stakeholder/value(of:)`` for that attribute (`kind`, `sector`, `level`, `place` or a free
/// attribute, e.g. a `coalition` column of a CSV node file). Stakeholders lacking the attribute
/// are not dropped: together they form one group labelled ``missingLabel`` (`"(none)"`), so
/// every node is counted in every role.
///
/// ```swift
/// let graph = try AnalysisGraph(network)
/// let bySector = try Partition(network, graph: graph, attribute: "sector")
/// print(bySector.labels)            // ["public", "associative", "(none)"]
/// print(bySector.label(ofNode: 0))  // "public"
/// ```
///
/// - Complexity: building is O(*n*) expected time for *n* nodes.
public struct Partition: Hashable, Sendable {
    /// The label of the group of stakeholders that lack the attribute.
    public static let missingLabel = "(none)"

    /// The group index of each node, in `0..<groupCount`.
    public let groups: [Int]
    /// The label of each group; group `g` is `labels[g]`.
    public let labels: [String]

    /// The number of nodes partitioned.
    public var nodeCount: Int { groups.count }
    /// The number of groups.
    public var groupCount: Int { labels.count }

    /// The number of nodes in each group.
    public var groupSizes: [Int] {
        var sizes = [Int](repeating: 0, count: labels.count)
        for g in groups { sizes[g] += 1 }
        return sizes
    }

    /// The label of a node's group.
    public func label(ofNode node: Int) -> String { labels[groups[node]] }

    /// Creates a partition from a group index per node and a label per group.
    ///
    /// - Throws: ``PartitionError/groupOutOfRange(node:group:groupCount:)`` when an index leaves
    ///   `0..<labels.count`.
    /// - Complexity: O(*n*).
    public init(groups: [Int], labels: [String]) throws {
        for (node, g) in groups.enumerated() where g < 0 || g >= labels.count {
            throw PartitionError.groupOutOfRange(node: node, group: g, groupCount: labels.count)
        }
        self.groups = groups
        self.labels = labels
    }

    /// Creates a partition from one label per node; groups are numbered in order of first
    /// appearance.
    ///
    /// ```swift
    /// let p = Partition(nodeLabels: ["caf", "city", "caf"])   // groups [0, 1, 0]
    /// ```
    ///
    /// - Complexity: O(*n*) expected time.
    public init(nodeLabels: [String]) {
        var index: [String: Int] = [:]
        var labels: [String] = []
        var groups: [Int] = []
        groups.reserveCapacity(nodeLabels.count)
        for label in nodeLabels {
            if let g = index[label] {
                groups.append(g)
            } else {
                index[label] = labels.count
                groups.append(labels.count)
                labels.append(label)
            }
        }
        self.groups = groups
        self.labels = labels
    }

    /// Creates the partition of a graph's nodes by a stakeholder attribute.
    ///
    /// Each node takes the text of its stakeholder's ``Stakeholder/value(of:)``; stakeholders
    /// without the attribute share the group ``missingLabel``.
    ///
    /// - Parameters:
    ///   - network: the network the graph was built from.
    ///   - graph: a graph built from `network`; its ``AnalysisGraph/stakeholderIndices`` tie
    ///     nodes to stakeholders. A graph built from edges is matched by position.
    ///   - attribute: `kind`, `sector`, `level`, `place`, `id`, `name` or a free attribute.
    /// - Throws: ``PartitionError/unknownAttribute(_:)`` when no stakeholder has the attribute
    ///   (most likely a misspelling), ``PartitionError/nodeCountMismatch(graph:network:)`` when
    ///   the graph does not come from the network.
    /// - Complexity: O(*n*) expected time.
    public init(_ network: Network, graph: AnalysisGraph, attribute: String) throws {
        let indices = graph.stakeholderIndices ?? Array(0..<graph.nodeCount)
        guard indices.count == graph.nodeCount, indices.allSatisfy({ $0 >= 0 && $0 < network.stakeholders.count }) else {
            throw PartitionError.nodeCountMismatch(graph: graph.nodeCount, network: network.stakeholders.count)
        }
        var any = false
        let nodeLabels = indices.map { s -> String in
            guard let value = network.stakeholders[s].value(of: attribute) else { return Partition.missingLabel }
            any = true
            return value.description
        }
        guard any || indices.isEmpty else { throw PartitionError.unknownAttribute(attribute) }
        self.init(nodeLabels: nodeLabels)
    }
}

/// Why a partition could not be built or used.
public enum PartitionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A group index lies outside the labels.
    case groupOutOfRange(node: Int, group: Int, groupCount: Int)
    /// No stakeholder carries the attribute.
    case unknownAttribute(String)
    /// The graph's nodes do not match the network's stakeholders.
    case nodeCountMismatch(graph: Int, network: Int)
    /// The partition covers another number of nodes than the graph has.
    case sizeMismatch(partition: Int, graph: Int)

    public var description: String {
        switch self {
        case .groupOutOfRange(let node, let group, let count):
            "node \(node) is in group \(group), outside 0..<\(count)"
        case .unknownAttribute(let name):
            "no stakeholder has the attribute '\(name)' (built in: kind, sector, level, place, id, name)"
        case .nodeCountMismatch(let graph, let network):
            "the graph's \(graph) nodes do not come from this network's \(network) stakeholders"
        case .sizeMismatch(let partition, let graph):
            "the partition covers \(partition) nodes but the graph has \(graph)"
        }
    }
}
