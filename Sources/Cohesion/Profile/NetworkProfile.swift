/// Whole-network measures of an analysis graph: size, cohesion, paths and centralization.
///
/// Each field follows the measure it is named after: see ``AnalysisGraph/density``,
/// ``AnalysisGraph/reciprocity``, ``AnalysisGraph/transitivity()``,
/// ``AnalysisGraph/averageClustering()``,
/// ``AnalysisGraph/reachablePathStatistics(weighted:options:)`` (diameter and average path
/// length over all reachable pairs, igraph's convention),
/// ``AnalysisGraph/pathStatistics(weighted:options:)`` (the same on the largest component,
/// NetworkX's convention) and the centralization functions (igraph's theoretical maxima). NaN
/// marks a value the reference leaves undefined; ``closenessCentralizationUndefinedReason``
/// says why closeness centralization is, and ``weakComponentClosenessCentralization`` gives the
/// convention that is defined.
///
/// ```swift
/// let profile = try NetworkProfile(graph)
/// print(profile.density, profile.betweennessCentralization)
/// ```
///
/// - Complexity: dominated by betweenness, O(*n* *m*).
public struct NetworkProfile: Hashable, Sendable {
    /// Number of nodes.
    public var nodeCount: Int
    /// Number of ties (arcs when directed).
    public var edgeCount: Int
    /// Whether ties have a direction.
    public var isDirected: Bool
    /// Number of isolates (nodes without ties).
    public var isolateCount: Int
    /// Share of possible ties present.
    public var density: Double
    /// Share of arcs returned (1 when undirected, NaN without ties).
    public var reciprocity: Double
    /// Global clustering, on the undirected view.
    public var transitivity: Double
    /// Mean local clustering, zeros counted, on the undirected view.
    public var averageClustering: Double
    /// Number of weakly connected components (connected components when undirected).
    public var weakComponentCount: Int
    /// Number of strongly connected components (connected components when undirected).
    public var strongComponentCount: Int
    /// Size of the largest component (largest connected; strongly connected when directed),
    /// the one ``componentDiameter`` and ``componentAveragePathLength`` measure.
    public var largestComponentSize: Int
    /// The longest finite shortest path over all reachable ordered pairs, in ties (hops):
    /// igraph's `diameter(directed = TRUE, unconnected = TRUE)`.
    public var diameter: Double
    /// Mean shortest-path length over all reachable ordered pairs, in ties (hops): igraph's
    /// `mean_distance(directed = TRUE, unconnected = TRUE)`; NaN when no pair is joined.
    public var averagePathLength: Double
    /// Ordered pairs of distinct nodes joined by a path: the pairs ``averagePathLength``
    /// averages over.
    public var reachablePairs: Int
    /// Diameter of the largest component, in ties: NetworkX's `diameter` on that component.
    public var componentDiameter: Double
    /// Mean shortest-path length in the largest component, in ties: NetworkX's
    /// `average_shortest_path_length` on that component.
    public var componentAveragePathLength: Double
    /// Diameter in summed distances over all reachable pairs (igraph's convention), when the
    /// graph has distance weights; nil otherwise.
    public var weightedDiameter: Double?
    /// Mean shortest-path length in summed distances over all reachable pairs (igraph's
    /// convention), when the graph has distance weights; nil otherwise.
    public var weightedAveragePathLength: Double?
    /// Diameter in summed distances of the largest component (NetworkX's convention), when
    /// the graph has distance weights; nil otherwise.
    public var componentWeightedDiameter: Double?
    /// Mean shortest-path length in summed distances in the largest component (NetworkX's
    /// convention), when the graph has distance weights; nil otherwise.
    public var componentWeightedAveragePathLength: Double?
    /// Freeman degree centralization (in + out degree when directed).
    public var degreeCentralization: Double
    /// Freeman in-degree centralization, directed graphs only.
    public var inDegreeCentralization: Double?
    /// Freeman out-degree centralization, directed graphs only.
    public var outDegreeCentralization: Double?
    /// Freeman betweenness centralization.
    public var betweennessCentralization: Double
    /// Freeman closeness centralization (NaN when a node is reached by no one, as in igraph).
    public var closenessCentralization: Double
    /// Why ``closenessCentralization`` is NaN, or nil when it is defined.
    public var closenessCentralizationUndefinedReason: String?
    /// Freeman closeness centralization of the largest weak component read as undirected,
    /// which is defined for every non-empty graph: the alternative offered when
    /// ``closenessCentralization`` is NaN.
    public var weakComponentClosenessCentralization: Double

    /// Computes the profile of a graph. Any weight meaning is accepted: measures that read
    /// weights use them only when they are distances (weighted path lengths); the rest count ties.
    ///
    /// ```swift
    /// let profile = try NetworkProfile(graph, options: .serial)
    /// ```
    ///
    /// - Throws: `CancellationError`.
    /// - Complexity: O(*n* *m*) for the betweenness and closeness centralizations and path
    ///   lengths (times log *n* for weighted path lengths).
    public init(_ graph: AnalysisGraph, options: ComputationOptions = .default) throws {
        nodeCount = graph.nodeCount
        edgeCount = graph.edgeCount
        isDirected = graph.isDirected
        isolateCount = (0..<graph.nodeCount).filter { graph.outDegree(of: $0) == 0 && graph.inDegree(of: $0) == 0 }.count
        density = graph.density
        reciprocity = graph.reciprocity
        transitivity = graph.transitivity()
        averageClustering = graph.averageClustering()
        weakComponentCount = graph.weakComponents().count
        strongComponentCount = graph.strongComponents().count
        let hops = try graph.pathStatistics(weighted: false, options: options)
        largestComponentSize = hops.component.count
        componentDiameter = hops.diameter
        componentAveragePathLength = hops.averagePathLength
        let reachable = try graph.reachablePathStatistics(weighted: false, options: options)
        diameter = reachable.diameter
        averagePathLength = reachable.averagePathLength
        reachablePairs = reachable.reachablePairs
        if graph.weightKind == .distance {
            let lengths = try graph.reachablePathStatistics(weighted: true, options: options)
            weightedDiameter = lengths.diameter
            weightedAveragePathLength = lengths.averagePathLength
            let component = try graph.pathStatistics(weighted: true, options: options)
            componentWeightedDiameter = component.diameter
            componentWeightedAveragePathLength = component.averagePathLength
        }
        degreeCentralization = graph.degreeCentralization(.all)
        if graph.isDirected {
            inDegreeCentralization = graph.degreeCentralization(.incoming)
            outDegreeCentralization = graph.degreeCentralization(.outgoing)
        }
        betweennessCentralization = try graph.betweennessCentralization(options: options)
        closenessCentralization = try graph.closenessCentralization(options: options)
        closenessCentralizationUndefinedReason = closenessCentralization.isNaN ? graph.closenessCentralizationUndefinedReason : nil
        weakComponentClosenessCentralization = try graph.weakComponentClosenessCentralization(options: options)
    }
}
