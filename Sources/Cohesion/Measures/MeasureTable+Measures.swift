extension MeasureValues {
    /// The values as table cells: whole numbers or real numbers.
    ///
    /// - Complexity: O(*n*).
    public var cells: [MeasureCell] {
        switch self {
        case .integers(let values): values.map { .integer($0) }
        case .numbers(let values): values.map { .number($0) }
        }
    }
}

extension MeasureTable {
    /// The table of per-stakeholder measures `cohesion centrality` writes: one column per
    /// measure, one row per node of `graph` keyed by its label; a measure without values (nil,
    /// or fewer values than nodes) leaves its cells missing.
    ///
    /// ```swift
    /// let graph = try AnalysisGraph(network)
    /// let table = MeasureTable(graph, measures: try [NodeMeasure.degree, .betweenness].map {
    ///     ($0.name, try $0.compute(on: graph).values)
    /// })
    /// print(table.render(.markdown))
    /// ```
    ///
    /// - Complexity: O(*n* × measures).
    public init(_ graph: AnalysisGraph, measures: [(name: String, values: MeasureValues?)]) {
        self.init(columns: measures.map(\.name))
        let columns = measures.map { $0.values?.cells ?? [] }
        for node in 0..<graph.nodeCount {
            append(id: graph.label(of: node), columns.map { $0.indices.contains(node) ? $0[node] : .missing })
        }
    }
}
