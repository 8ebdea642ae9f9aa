/// Diameter and average shortest-path length of a graph's largest component.
///
/// ```swift
/// let stats = try graph.pathStatistics()
/// print(stats.diameter, stats.averagePathLength)
/// ```
///
/// - Complexity: O(1) to read.
public struct PathStatistics: Hashable, Sendable {
    /// The nodes of the component measured, ascending.
    public var component: [Int]
    /// The longest shortest path in the component (0 for a single node).
    public var diameter: Double
    /// The mean shortest-path length over ordered pairs of distinct nodes of the component
    /// (0 for a single node).
    public var averagePathLength: Double
}

extension AnalysisGraph {
    /// Diameter and average path length of the largest component: the largest connected
    /// component of an undirected graph, the largest *strongly* connected component of a
    /// directed one (where every pair is joined and both are defined).
    ///
    /// - Weights: with `weighted` and distance weights, lengths are sums of distances;
    ///   otherwise ties count 1 (hops). Asking for weighted lengths on strength weights throws
    ///   ``GraphError/weightMeaningMismatch(measure:needs:has:)``.
    /// - Ties between components: the first largest by smallest node.
    ///
    /// Matches NetworkX `diameter` and `average_shortest_path_length(…, weight=)` on that
    /// component.
    ///
    /// ```swift
    /// let stats = try graph.pathStatistics()
    /// ```
    ///
    /// - Throws: a weight-meaning mismatch, or `CancellationError`.
    /// - Complexity: O(*c* (*n* + *m*)) for a component of *c* nodes (times log *n* weighted);
    ///   searches run in parallel.
    public func pathStatistics(weighted: Bool = false, options: ComputationOptions = .default) throws -> PathStatistics {
        if weighted { try requireDistances(for: "path lengths") }
        let parts = isDirected ? strongComponents() : weakComponents()
        let members = nodeCount == 0 ? [] : parts.members(of: parts.largest)
        let base = weighted ? self : unweighted
        let sub = base.inducedSubgraph(members)
        let c = sub.nodeCount
        guard c > 1 else { return PathStatistics(component: members, diameter: 0, averagePathLength: 0) }
        let useWeights = sub.isWeighted
        if !useWeights, MultiSourceTraversal.fits(nodeCount: c, counting: false, options: options) {
            // 64 sources a pass (MultiSourceWorker); the sums are integers, so the same either way.
            let workers = try sub.withOutRows { rows in
                try MultiSourceTraversal.run(
                    sources: Array(0..<c), nodeCount: c, counting: false, accumulates: false, options: options,
                    searchCost: sub.searchCost,
                    body: { worker, batch in
                        worker.search(sources: batch, rows: rows)
                        for i in 0..<batch.count {
                            worker.total += worker.distanceSum[i]
                            worker.maximum = max(worker.maximum, Double(worker.eccentricity[i]))
                        }
                        worker.resetSeen()
                    })
            }
            let total = workers.reduce(0) { $0 + $1.total }
            let diameter = workers.reduce(0) { max($0, $1.maximum) }
            return PathStatistics(component: members, diameter: diameter,
                                  averagePathLength: total / (Double(c) * Double(c - 1)))
        }
        let sums = try sub.shortestPathSums(options: options)
        let (total, diameter) = (sums.total, sums.longest)
        return PathStatistics(component: members, diameter: diameter,
                              averagePathLength: total / (Double(c) * Double(c - 1)))
    }
}
