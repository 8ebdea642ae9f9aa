extension StakeholderGroups {
    /// The attributes every stakeholder can be grouped by: the model's fields.
    public static let builtInAttributes = ["kind", "sector", "level", "place", "id", "name"]

    /// The attributes a network's stakeholders can be grouped by: the built-in fields, then
    /// the free attributes some stakeholder has, sorted.
    public static func attributes(of network: Network) -> [String] {
        builtInAttributes + Set(network.stakeholders.flatMap(\.attributes.keys)).subtracting(builtInAttributes).sorted()
    }

    /// Groups a network's stakeholders by an attribute, in the network's stakeholder order
    /// (the node order of an ``AnalysisGraph`` built from all of it).
    ///
    /// Each stakeholder takes the text of its ``Stakeholder/value(of:)``; those without a value
    /// share ``missingLabel``. Groups are ordered by label.
    ///
    /// - Throws: ``GroupsError/unknownAttribute(_:known:)`` when the attribute is neither a
    ///   built-in field nor carried by any stakeholder (most likely a misspelling).
    /// - Complexity: O(*n* log *n*).
    public init(_ network: Network, attribute: String) throws {
        guard Self.builtInAttributes.contains(attribute) || network.stakeholders.contains(where: { $0.attributes[attribute] != nil }) else {
            throw GroupsError.unknownAttribute(attribute, known: Self.attributes(of: network))
        }
        let values = network.stakeholders.map { $0.value(of: attribute)?.description ?? Self.missingLabel }
        let labels = Array(Set(values)).sorted()
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        self.init(unchecked: values.map { index[$0] ?? 0 }, labels: labels, attribute: attribute)
    }

    /// Groups the nodes of a graph built from a network by an attribute: node `i` takes the
    /// group of stakeholder ``AnalysisGraph/stakeholderIndices``[i] (a graph built from edges
    /// is matched by position). Groups are ordered by label, as ``init(_:attribute:)``.
    ///
    /// - Throws: ``GroupsError/unknownAttribute(_:known:)`` for an attribute no stakeholder
    ///   has; ``GroupsError/nodeCountMismatch(graph:network:)`` when the graph does not come
    ///   from the network.
    public init(_ network: Network, attribute: String, graph: AnalysisGraph) throws {
        let whole = try StakeholderGroups(network, attribute: attribute)
        let indices = graph.stakeholderIndices ?? Array(0..<graph.nodeCount)
        guard indices.count == graph.nodeCount, indices.allSatisfy({ $0 >= 0 && $0 < network.stakeholders.count }) else {
            throw GroupsError.nodeCountMismatch(graph: graph.nodeCount, network: network.stakeholders.count)
        }
        self.init(unchecked: indices.map { whole.groups[$0] }, labels: whole.labels, attribute: attribute)
    }

    /// The same as ``init(_:attribute:graph:)``, arguments in the order brokerage code used.
    public init(_ network: Network, graph: AnalysisGraph, attribute: String) throws {
        try self.init(network, attribute: attribute, graph: graph)
    }
}
