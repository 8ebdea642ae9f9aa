/// A per-stakeholder measure the library knows by name: what it is called (the column and
/// JSON key every output uses), which weights it reads, whether it reads a directed graph as
/// directed, when it is written by default, and how it is computed.
///
/// Every tool and report that lists measures reads ``NodeMeasure/all``: the `centrality`
/// command's `--measures`, `render --size-by`, the report's centrality table and this
/// documentation. To add a measure, write its algorithm as an extension of ``AnalysisGraph``
/// and its `static let … = NodeMeasure(order: …` as an extension of `NodeMeasure` in one file:
/// ``NodeMeasure/all`` is generated from those declarations when the library is built (the
/// `NodeMeasureCatalog` build-tool plugin), in ascending ``order``.
///
/// ```swift
/// let graph = try AnalysisGraph(network)
/// let betweenness = try NodeMeasure.betweenness.compute(on: graph).values.numbers
/// let chosen = NodeMeasure.named("pagerank")   // case-insensitive: NodeMeasure.pageRank
/// ```
///
/// - Complexity: that of the measure's algorithm; looking a measure up by name is O(*k*) for
///   *k* known measures.
public struct NodeMeasure: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// Computes a measure's values on a graph.
    public typealias Compute = @Sendable (_ graph: AnalysisGraph, _ parameters: MeasureParameters,
                                          _ options: ComputationOptions) throws -> MeasureResult

    /// The measure's place in ``NodeMeasure/all`` and so in every table: measures are listed by
    /// ascending order (the built-in ones use multiples of 10).
    public let order: Int
    /// The lowerCamelCase name: the column heading, the JSON key and the name users type.
    public let name: String
    /// One line saying what the measure is, for help texts and documentation.
    public let summary: String
    /// The meaning weights must have for this measure (``WeightKind/distance`` for path
    /// measures, ``WeightKind/strength`` for flow measures), or ``WeightKind/none`` when it
    /// ignores weights.
    public let weights: WeightKind
    /// Whether the measure reads a directed graph as directed; `false` when it reads every
    /// graph undirected (clustering) or counts ties either way.
    public let appliesToDirected: Bool
    /// Whether the values are whole numbers (counts, component numbers), written without a
    /// decimal point.
    public let isInteger: Bool
    private let isDefaultFor: @Sendable (_ isDirected: Bool, _ weights: WeightKind) -> Bool
    private let body: Compute

    /// The name, as `Identifiable` asks.
    public var id: String { name }
    /// The name.
    public var description: String { name }

    /// Declares a measure.
    ///
    /// The declaration's form matters: ``NodeMeasure/all`` lists every
    /// `static let x = NodeMeasure(order: 190, …)` of an `extension NodeMeasure`, so `order`
    /// comes first and is a whole-number literal, unique among ``all``.
    ///
    /// - Parameters:
    ///   - order: the place in ``all`` and in tables (ascending).
    ///   - name: the lowerCamelCase name, unique among ``all``.
    ///   - summary: one line for help texts.
    ///   - weights: the weight meaning the measure reads (``WeightKind/none`` when it ignores weights).
    ///   - appliesToDirected: whether a directed graph is read as directed.
    ///   - isInteger: whether the values are whole numbers.
    ///   - isDefault: whether `centrality` writes it when no measure is named, given whether
    ///     the graph is directed and what its weights mean.
    ///   - compute: the computation.
    public init(order: Int, name: String, summary: String, weights: WeightKind, appliesToDirected: Bool = true,
                isInteger: Bool = false,
                isDefault: @escaping @Sendable (_ isDirected: Bool, _ weights: WeightKind) -> Bool = { _, _ in false },
                compute: @escaping Compute) {
        self.order = order
        self.name = name
        self.summary = summary
        self.weights = weights
        self.appliesToDirected = appliesToDirected
        self.isInteger = isInteger
        self.isDefaultFor = isDefault
        self.body = compute
    }

    /// Whether `centrality` writes this measure when no measure is named.
    public func isDefault(for graph: AnalysisGraph) -> Bool { isDefaultFor(graph.isDirected, graph.weightKind) }

    /// The measure's values on a graph, one per node, indexed by node.
    ///
    /// - Throws: ``GraphError/weightMeaningMismatch(measure:needs:has:)`` when the graph's
    ///   weights have another meaning than ``weights``; ``CentralityError`` when an iterative
    ///   measure does not converge or a parameter is out of range; `CancellationError` when the
    ///   options' flag is cancelled.
    public func compute(on graph: AnalysisGraph, parameters: MeasureParameters = MeasureParameters(),
                        options: ComputationOptions = .default) throws -> MeasureResult {
        try body(graph, parameters, options)
    }

    /// Measures are equal when their names are.
    public static func == (a: NodeMeasure, b: NodeMeasure) -> Bool { a.name == b.name }

    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
