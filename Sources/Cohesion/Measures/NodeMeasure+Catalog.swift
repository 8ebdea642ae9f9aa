// NodeMeasure.all is generated when the library is built (Plugins/NodeMeasureCatalog) from each
// measure's own `static let … = NodeMeasure(order: …` declaration.

extension NodeMeasure {
    /// The measure of a name, exactly or ignoring case; nil when none has it.
    ///
    /// ```swift
    /// NodeMeasure.named("pagerank")?.name   // "pageRank"
    /// ```
    public static func named(_ name: String) -> NodeMeasure? {
        all.first { $0.name == name } ?? all.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The measures written when none is named: those whose ``isDefault(for:)`` holds, in
    /// ``all``'s order.
    public static func defaults(for graph: AnalysisGraph) -> [NodeMeasure] {
        all.filter { $0.isDefault(for: graph) }
    }
}

extension NodeMeasure {
    /// The measure's values keyed by node label (stakeholder id), as reals.
    ///
    /// ```swift
    /// let sizes = try NodeMeasure.betweenness.valuesByID(on: graph)   // ["caf-nord": 0.21, …]
    /// ```
    public func valuesByID(on graph: AnalysisGraph, parameters: MeasureParameters = MeasureParameters(),
                           options: ComputationOptions = .default) throws -> [String: Double] {
        let values = try compute(on: graph, parameters: parameters, options: options).values.numbers
        var byID: [String: Double] = [:]
        for (node, value) in values.enumerated() { byID[graph.label(of: node)] = value }
        return byID
    }
}
