import Foundation

/// Betweenness estimated from a sample of source nodes, with the sample and its error bound.
///
/// Returned by ``AnalysisGraph/approximateBetweenness(samples:seed:normalized:endpoints:options:)``.
///
/// ```swift
/// let estimate = try graph.approximateBetweenness(samples: 2_000, seed: 7)
/// print(estimate.values[0], "±", estimate.errorBound(confidence: 0.95))
/// ```
///
/// - Complexity: O(1) to read.
public struct ApproximateBetweenness: Hashable, Sendable {
    /// The estimated betweenness of each node, scaled as the exact measure would be.
    public let values: [Double]
    /// The source nodes sampled, in the order drawn.
    public let sources: [Int]
    /// The number of nodes of the graph.
    public let nodeCount: Int
    /// Whether ``values`` are normalized.
    public let isNormalized: Bool
    /// The factor that turns a normalized value into this scale (1 when normalized).
    public let scale: Double
    /// Whether path ends were counted.
    public let isEndpoints: Bool

    /// A bound ε such that, with probability at least `confidence`, every node's estimate is
    /// within ε of its exact value, simultaneously for all nodes.
    ///
    /// Each sampled source contributes its dependency δ_s(v) / (*n* − 2), a number in [0, 1]
    /// whose mean over sources is the node's normalized betweenness; by Hoeffding's inequality
    /// (which holds for sampling without replacement) and a union bound over the *n* nodes,
    /// ε = √(ln(2*n* / (1 − confidence)) / (2(*k* − 1))) on the normalized scale for *k* sources
    /// (*k* with endpoints, where every source averages over all *k*),
    /// multiplied by ``scale`` for raw values. Brandes & Pich (2007) and Riondato & Kornaropoulos
    /// (2016) discuss this estimator.
    ///
    /// - Complexity: O(1).
    public func errorBound(confidence: Double = 0.95) -> Double {
        // A sampled node has only k − 1 other sources to average over, hence the k − 1.
        let k = Double(isEndpoints ? sources.count : sources.count - 1)
        guard k > 0, nodeCount > 0, confidence > 0, confidence < 1 else { return .infinity }
        return scale * (log(2 * Double(nodeCount) / (1 - confidence)) / (2 * k)).squareRoot()
    }

    /// The number of sources that gives ``errorBound(confidence:)`` at most `error` on the
    /// normalized scale: ⌈ln(2*n* / (1 − confidence)) / (2ε²)⌉ + 1, at most *n*.
    ///
    /// ```swift
    /// let k = ApproximateBetweenness.samplesNeeded(nodeCount: 100_000, error: 0.01) // 76,011
    /// ```
    ///
    /// - Complexity: O(1).
    public static func samplesNeeded(nodeCount: Int, error: Double, confidence: Double = 0.95) -> Int {
        guard nodeCount > 0, error > 0, confidence > 0, confidence < 1 else { return nodeCount }
        let k = (log(2 * Double(nodeCount) / (1 - confidence)) / (2 * error * error)).rounded(.up) + 1
        return min(nodeCount, Int(k))
    }
}

extension AnalysisGraph {
    /// Betweenness estimated from `samples` source nodes drawn without replacement, for graphs
    /// where the exact measure is too slow (100,000 nodes and more).
    ///
    /// Runs Brandes' single-source pass from each sampled source only and rescales as NetworkX
    /// does for `betweenness_centrality(G, k=samples, …)`: with `endpoints` false, sampled
    /// nodes (which cannot lie inside paths from themselves) are scaled by 1/(*k* − 1) and the
    /// others by 1/*k* of the source count, so the estimate is unbiased and equals the exact
    /// value when every node is sampled. Conventions (direction, weights, normalization,
    /// isolates) are those of ``betweenness(normalized:endpoints:options:)``. See
    /// ``ApproximateBetweenness/errorBound(confidence:)`` for the error, and
    /// ``ApproximateBetweenness/samplesNeeded(nodeCount:error:confidence:)`` to choose `samples`.
    ///
    /// The draw is reproducible for a given seed (SplitMix64, partial Fisher–Yates), but it is
    /// not Python's draw: to reproduce a NetworkX run exactly, pass its sources to
    /// ``betweenness(sources:normalized:endpoints:options:)``.
    ///
    /// ```swift
    /// let k = ApproximateBetweenness.samplesNeeded(nodeCount: graph.nodeCount, error: 0.01)
    /// let estimate = try graph.approximateBetweenness(samples: k, seed: 1)
    /// ```
    ///
    /// - Complexity: O(*k* *m*) unweighted, O(*k* *m* log *n*) weighted, for *k* samples.
    public func approximateBetweenness(samples: Int, seed: UInt64 = 0, normalized: Bool = true,
                                       endpoints: Bool = false,
                                       options: ComputationOptions = .default) throws -> ApproximateBetweenness {
        let k = max(0, min(samples, nodeCount))
        var pool = Array(0..<nodeCount)
        var state = seed
        for i in 0..<k {
            let j = i + Int(splitMix64(&state) % UInt64(nodeCount - i))
            pool.swapAt(i, j)
        }
        let sources = Array(pool.prefix(k))
        let values = try betweenness(sources: sources, normalized: normalized, endpoints: endpoints, options: options)
        let n = Double(nodeCount)
        let scale: Double = normalized ? 1 : (endpoints ? n * (n - 1) : (n - 1) * (n - 2)) / (isDirected ? 1 : 2)
        return ApproximateBetweenness(values: values, sources: sources, nodeCount: nodeCount,
                                      isNormalized: normalized, scale: scale, isEndpoints: endpoints)
    }

    /// Betweenness from the given source nodes only, rescaled to estimate the exact measure as
    /// NetworkX `betweenness_centrality(G, k=len(sources), …)` does for its sampled nodes.
    ///
    /// With all nodes as sources this is the exact measure. With `endpoints` false and one
    /// source, a sampled node's value is NaN (no data: 0/0), as in NetworkX.
    ///
    /// ```swift
    /// let estimate = try graph.betweenness(sources: [0, 5, 9], normalized: true)
    /// ```
    ///
    /// - Throws: ``GraphError/nodeOutOfRange(edge:node:nodeCount:)`` for a source outside the
    ///   graph; otherwise as ``betweenness(normalized:endpoints:options:)``.
    /// - Complexity: O(*k* *m*) unweighted, O(*k* *m* log *n*) weighted.
    public func betweenness(sources: [Int], normalized: Bool = true, endpoints: Bool = false,
                            options: ComputationOptions = .default) throws -> [Double] {
        try requireDistances(for: "betweenness")
        for s in sources where s < 0 || s >= nodeCount {
            throw GraphError.nodeOutOfRange(edge: 0, node: s, nodeCount: nodeCount)
        }
        let distinct = Array(Set(sources)).sorted()
        var values = try brandesSums(sources: distinct, endpoints: endpoints, options: options)
        let pairs = endpoints ? nodeCount : nodeCount - 1
        guard pairs >= 2 else { return values }
        let k = Double(distinct.count)
        let N = Double(pairs)
        let correction: Double = isDirected ? 1 : 2
        if endpoints {
            let scale = normalized ? 1 / (k * (N - 1)) : N / (k * correction)
            for v in 0..<nodeCount { values[v] *= scale }
            return values
        }
        let sourceScale = k > 1 ? (normalized ? 1 / ((k - 1) * (N - 1)) : N / ((k - 1) * correction)) : .nan
        let otherScale = normalized ? 1 / (k * (N - 1)) : N / (k * correction)
        var isSource = [Bool](repeating: false, count: nodeCount)
        for s in distinct { isSource[s] = true }
        for v in 0..<nodeCount { values[v] *= isSource[v] ? sourceScale : otherScale }
        return values
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, well-mixed generator for reproducible draws.
@inline(__always) func splitMix64(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
