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
    /// For each node, the sample variance of its per-source contribution on the normalized
    /// scale (each in [0, 1]), over the sources that count for it; NaN with fewer than two.
    public let sampleVariances: [Double]

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

    /// A per-node error bound: for each node a half-width *h* such that its exact value lies
    /// within *h* of the estimate with probability at least `confidence` — for every node at
    /// once when `simultaneous` (a union bound over the *n* nodes), else for each node on its own.
    ///
    /// The empirical Bernstein bound (Maurer & Pontil 2009, Theorem 4; it holds for sampling
    /// without replacement too, Bardenet & Maillard 2015, doi:10.3150/14-BEJ605): for the *c*
    /// sources that count for a node, whose contributions on the normalized scale lie in
    /// [0, 1] with sample variance *V*,
    /// *h* = √(2 *V* ln(4/δ) / *c*) + 7 ln(4/δ) / (3(*c* − 1)), δ = 1 − `confidence`
    /// (divided by *n* when simultaneous), times ``scale`` for raw values. Like KADABRA's
    /// per-node bounds (Borassi & Natale 2019, doi:10.1145/3284359) it adapts to each node: a
    /// node whose contribution varies little from source to source — most central nodes, and
    /// every node no path crosses — gets a bound far below the uniform Hoeffding bound of
    /// ``errorBound(confidence:)``, which must hold for the worst node. Take the smaller of the
    /// two per node when both are wanted (``combinedErrorBounds(confidence:)``).
    ///
    /// ```swift
    /// let h = estimate.errorBounds(confidence: 0.95)
    /// print(estimate.values[0] - h[0], "…", estimate.values[0] + h[0])
    /// ```
    ///
    /// - Complexity: O(*n*).
    public func errorBounds(confidence: Double = 0.95, simultaneous: Bool = true) -> [Double] {
        guard confidence > 0, confidence < 1, nodeCount > 0 else { return [Double](repeating: .infinity, count: nodeCount) }
        var delta = 1 - confidence
        if simultaneous { delta /= Double(nodeCount) }
        let logTerm = log(4 / delta)
        let sampled = Set(sources)
        return (0..<nodeCount).map { v in
            let c = Double(isEndpoints || !sampled.contains(v) ? sources.count : sources.count - 1)
            let variance = v < sampleVariances.count ? sampleVariances[v] : .nan
            guard c >= 2, variance.isFinite else { return .infinity }
            return scale * ((2 * variance * logTerm / c).squareRoot() + 7 * logTerm / (3 * (c - 1)))
        }
    }

    /// Per node, the smaller of ``errorBounds(confidence:simultaneous:)`` (simultaneous) and
    /// the uniform ``errorBound(confidence:)``, each at half the risk so that both hold together
    /// with probability at least `confidence`.
    ///
    /// - Complexity: O(*n*).
    public func combinedErrorBounds(confidence: Double = 0.95) -> [Double] {
        let half = 1 - (1 - confidence) / 2
        let uniform = errorBound(confidence: half)
        return errorBounds(confidence: half).map { min($0, uniform) }
    }

    /// The number of sources at which node `v`'s per-node bound
    /// (``errorBounds(confidence:simultaneous:)``, simultaneous) would fall to `relativeError`
    /// times its estimate, if its sample variance stayed what this sample shows; at most *n*.
    ///
    /// - Complexity: O(log *n*).
    public func samplesNeeded(relativeError: Double, of v: Int, confidence: Double = 0.95) -> Int {
        guard v >= 0, v < nodeCount, v < sampleVariances.count, relativeError > 0,
              confidence > 0, confidence < 1, values[v] > 0, sampleVariances[v].isFinite else { return nodeCount }
        let target = relativeError * values[v] / scale
        let logTerm = log(4 * Double(nodeCount) / (1 - confidence))
        func bound(_ c: Double) -> Double { (2 * sampleVariances[v] * logTerm / c).squareRoot() + 7 * logTerm / (3 * (c - 1)) }
        var lo = 2, hi = max(2, nodeCount)
        guard bound(Double(hi)) <= target else { return nodeCount }
        while lo < hi {
            let mid = (lo + hi) / 2
            if bound(Double(mid)) <= target { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// What the estimate can claim, for people: the per-node bounds (95 %, every node at once)
    /// of the five highest estimates, relative to their values, and the number of sources that
    /// would bring the top node's bound to 10 % when it is wider.
    ///
    /// ```swift
    /// print(estimate.boundSummary(labels: graph.labels))
    /// ```
    ///
    /// - Complexity: O(*n* log *n*).
    public func boundSummary(labels: [String]) -> String {
        let bounds = combinedErrorBounds(confidence: 0.95)
        let order = (0..<values.count).sorted { values[$0] > values[$1] }
        func g(_ x: Double) -> String { String(format: "%.3g", x) }
        var lines = ["betweenness estimated from \(sources.count) sampled sources; with 95% confidence every "
                     + "node's exact value lies within its bound at once (empirical Bernstein per node, or "
                     + "Hoeffding's \(g(errorBound(confidence: 0.975))) for all when smaller)"]
        for v in order.prefix(5) where values[v] > 0 {
            let label = v < labels.count ? labels[v] : String(v)
            lines.append("  \(label): \(g(values[v])) ± \(g(bounds[v])) (\(String(format: "%.0f", bounds[v] / values[v] * 100))%)")
        }
        if let k = samplesForTenPercent(bounds: bounds) {
            lines.append("  about \(k) sampled sources would bound the top node within 10%")
        }
        return lines.joined(separator: "\n")
    }

    /// The number of sources that would bound the highest estimate within 10 % of its value
    /// (95 %, every node at once), or nil when its bound is already that narrow (or it is 0).
    /// ``boundSummary(labels:)`` ends with this number when there is one.
    ///
    /// ```swift
    /// if let k = estimate.samplesForTenPercent { print("draw \(k) sources") }
    /// ```
    ///
    /// - Complexity: O(*n*).
    public var samplesForTenPercent: Int? { samplesForTenPercent(bounds: combinedErrorBounds(confidence: 0.95)) }

    private func samplesForTenPercent(bounds: [Double]) -> Int? {
        guard let top = values.indices.max(by: { values[$0] < values[$1] }), values[top] > 0, top < bounds.count,
              bounds[top] > 0.1 * values[top] else { return nil }
        return samplesNeeded(relativeError: 0.1, of: top)
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
        try requireDistances(for: "betweenness")
        let distinct = sources.sorted()
        let moments = try brandesMoments(sources: distinct, endpoints: endpoints, squares: true, options: options)
        let values = rescaledSample(moments.sums, sources: distinct, normalized: normalized, endpoints: endpoints)
        let n = Double(nodeCount)
        let scale: Double = normalized ? 1 : (endpoints ? n * (n - 1) : (n - 1) * (n - 2)) / (isDirected ? 1 : 2)
        // Contributions on the normalized scale: δ_s(v) / (N − 1), N = n − 1 (n with endpoints).
        let range = Double(endpoints ? nodeCount - 1 : nodeCount - 2)
        var isSource = [Bool](repeating: false, count: nodeCount)
        for s in distinct { isSource[s] = true }
        let variances: [Double] = (0..<nodeCount).map { v in
            let c = Double(endpoints || !isSource[v] ? distinct.count : distinct.count - 1)
            guard c >= 2, range > 0, v < moments.squares.count else { return .nan }
            let mean = moments.sums[v] / range / c
            let meanSquare = moments.squares[v] / (range * range) / c
            return max(0, (meanSquare - mean * mean) * c / (c - 1))
        }
        return ApproximateBetweenness(values: values, sources: sources, nodeCount: nodeCount,
                                      isNormalized: normalized, scale: scale, isEndpoints: endpoints,
                                      sampleVariances: variances)
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
        let sums = try brandesSums(sources: distinct, endpoints: endpoints, options: options)
        return rescaledSample(sums, sources: distinct, normalized: normalized, endpoints: endpoints)
    }

    /// Rescales dependency sums over `sources` (distinct) as NetworkX does for a sample.
    func rescaledSample(_ sums: [Double], sources distinct: [Int], normalized: Bool, endpoints: Bool) -> [Double] {
        var values = sums
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
