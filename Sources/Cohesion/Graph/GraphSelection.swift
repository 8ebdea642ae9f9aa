/// How direction is read when a network becomes an analysis graph.
public enum DirectionHandling: String, Hashable, Sendable, CaseIterable {
    /// Directed kinds give arcs from source to target; undirected kinds give arcs both ways.
    /// The graph is undirected only when every selected kind is.
    case asStored = "as-stored"
    /// Every tie joins both ends alike; the graph is undirected.
    case undirected
    /// Only pairs tied both ways are kept, as undirected edges (an undirected kind counts as
    /// both ways). A mutual edge weighs what both directions share: the smaller strength, the
    /// longer distance.
    case mutual
}

/// Which field of a tie gives its weight.
public enum WeightField: String, Hashable, Sendable, CaseIterable {
    /// ``Tie/weight``; a tie without one weighs 1.
    case weight
    /// ``Tie/amount``'s value; a tie without an amount is an error, never a silent default.
    case amount
}

/// How a raw weight is converted before analysis.
public enum WeightConversion: String, Hashable, Sendable, CaseIterable {
    /// Keep the value as it is.
    case identity
    /// Use 1 / value: turns a strength (an amount of funding) into a distance, or back.
    case reciprocal
}

/// What weights mean in an analysis graph. The choice is always explicit.
///
/// Path measures (betweenness, closeness) read weights as **distances**: a shorter tie is a
/// closer one. Flow measures (strength, PageRank, eigenvector) read them as **strengths**.
/// Funding amounts are strengths, so a path measure over them needs `.distance(.amount,
/// .reciprocal)`.
public enum WeightMeaning: Hashable, Sendable {
    /// Every tie counts 1.
    case none
    /// Weights are lengths: parallel ties keep the shortest.
    case distance(WeightField, WeightConversion)
    /// Weights are intensities: parallel ties add up.
    case strength(WeightField, WeightConversion)

    /// Distances taken from ``Tie/weight`` as they are.
    public static let distance: WeightMeaning = .distance(.weight, .identity)
    /// Strengths taken from ``Tie/weight`` as they are.
    public static let strength: WeightMeaning = .strength(.weight, .identity)
}

/// What the weights stored in an ``AnalysisGraph`` are.
public enum WeightKind: String, Hashable, Sendable {
    /// No weights: every edge counts 1.
    case none
    /// Lengths, for path measures.
    case distance
    /// Intensities, for flow and degree measures.
    case strength
}

/// Which ties of a network enter an analysis graph, and how they are read.
///
/// ```swift
/// let selection = GraphSelection(layers: [.funding, .contracting], year: 2022,
///                                direction: .asStored, weights: .none)
/// let graph = try AnalysisGraph(network, selection: selection)
/// ```
public struct GraphSelection: Hashable, Sendable {
    /// The tie kinds to keep; nil keeps every kind.
    public var layers: Set<TieKind>?
    /// Keep only ties valid in this year; nil keeps every tie.
    public var year: Int?
    /// How direction is read.
    public var direction: DirectionHandling
    /// What weights mean.
    public var weights: WeightMeaning
    /// Whether negative (conflict) ties are kept; signed analyses keep them, most measures
    /// read a conflict as a tie like any other unless told otherwise.
    public var includesNegativeTies: Bool

    /// Creates a selection; by default every tie, as stored, unweighted.
    public init(layers: Set<TieKind>? = nil, year: Int? = nil, direction: DirectionHandling = .asStored,
                weights: WeightMeaning = .none, includesNegativeTies: Bool = true) {
        self.layers = layers
        self.year = year
        self.direction = direction
        self.weights = weights
        self.includesNegativeTies = includesNegativeTies
    }

    /// Whether a tie enters the graph.
    public func includes(_ tie: Tie) -> Bool {
        if let layers, !layers.contains(tie.kind) { return false }
        if let year, !tie.isValid(in: year) { return false }
        if !includesNegativeTies && tie.kind.sign == .negative { return false }
        return true
    }
}
