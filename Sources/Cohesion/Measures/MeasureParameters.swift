/// The settings of the measures that take any: betweenness normalization and sampling,
/// PageRank damping, Katz attenuation.
///
/// ```swift
/// var parameters = MeasureParameters()
/// parameters.damping = 0.9
/// let ranks = try NodeMeasure.pageRank.compute(on: graph, parameters: parameters)
/// ```
///
/// - Complexity: O(1).
public struct MeasureParameters: Sendable, Hashable {
    /// Betweenness divided by the number of pairs of other nodes (NetworkX's `normalized=True`).
    public var normalizedBetweenness: Bool
    /// When set, betweenness is estimated from this many sampled sources.
    public var betweennessSamples: Int?
    /// The seed of sampled sources.
    public var seed: UInt64
    /// PageRank's damping factor.
    public var damping: Double
    /// Katz's attenuation per step (below 1/λmax).
    public var katzAlpha: Double

    /// Creates parameters; the defaults are NetworkX's.
    public init(normalizedBetweenness: Bool = true, betweennessSamples: Int? = nil, seed: UInt64 = 0,
                damping: Double = 0.85, katzAlpha: Double = 0.1) {
        self.normalizedBetweenness = normalizedBetweenness
        self.betweennessSamples = betweennessSamples
        self.seed = seed
        self.damping = damping
        self.katzAlpha = katzAlpha
    }
}

/// A measure's values, one per node: whole numbers or reals.
///
/// ```swift
/// let degrees = try NodeMeasure.degree.compute(on: graph).values
/// degrees.numbers   // as Double, whatever the kind
/// ```
public enum MeasureValues: Sendable, Hashable {
    /// Counts or component numbers.
    case integers([Int])
    /// Real values; NaN where the measure is undefined.
    case numbers([Double])

    /// The values as reals.
    public var numbers: [Double] {
        switch self {
        case .integers(let values): values.map(Double.init)
        case .numbers(let values): values
        }
    }

    /// The number of values.
    public var count: Int {
        switch self {
        case .integers(let values): values.count
        case .numbers(let values): values.count
        }
    }
}

/// What computing a measure gives: its values and, when the values are estimates, a note
/// saying how good they are.
public struct MeasureResult: Sendable, Hashable {
    /// One value per node.
    public var values: MeasureValues
    /// A sentence about the values (for a sampled betweenness, its error bound), if any.
    public var note: String?
    /// For values estimated from sampled sources whose highest value's bound is wider than 10 %:
    /// the number of sources that would narrow it to 10 % (``ApproximateBetweenness/samplesForTenPercent``);
    /// the ``note`` then ends with that number.
    public var samplesForTenPercent: Int?

    /// Creates a result.
    public init(_ values: MeasureValues, note: String? = nil, samplesForTenPercent: Int? = nil) {
        self.values = values
        self.note = note
        self.samplesForTenPercent = samplesForTenPercent
    }

    /// The result of a sampled betweenness: its values, with its error bounds as the note.
    ///
    /// ```swift
    /// let result = MeasureResult(estimate: try graph.approximateBetweenness(samples: 1_000), labels: graph.labels)
    /// ```
    ///
    /// - Complexity: O(*n*).
    public init(estimate: ApproximateBetweenness, labels: [String]) {
        self.init(.numbers(estimate.values), note: estimate.boundSummary(labels: labels),
                  samplesForTenPercent: estimate.samplesForTenPercent)
    }
}
