/// Diameter and average shortest-path length over every pair of nodes joined by a path, the
/// convention of igraph's `diameter(unconnected = TRUE)` and `mean_distance(unconnected = TRUE)`.
///
/// A governance network is rarely strongly connected: in the bundled Lille network the largest
/// strong component holds 9 of 30 stakeholders, so the component-only figures of
/// ``PathStatistics`` describe a small core. These figures use every ordered pair (*i*, *j*),
/// *i* ≠ *j*, with a path from *i* to *j* (following directions when the graph is directed) and
/// leave out the unreachable pairs rather than counting them as infinite.
///
/// ```swift
/// let stats = try graph.reachablePathStatistics()
/// print(stats.diameter, stats.averagePathLength, stats.reachablePairs)
/// ```
///
/// - Complexity: O(1) to read.
public struct ReachablePathStatistics: Hashable, Sendable {
    /// The longest finite shortest path (0 when no pair is joined).
    public var diameter: Double
    /// The mean shortest-path length over the ordered pairs joined by a path (NaN when none is,
    /// as igraph returns).
    public var averagePathLength: Double
    /// The number of ordered pairs of distinct nodes joined by a path.
    public var reachablePairs: Int
}

extension AnalysisGraph {
    /// Diameter and average path length over all reachable ordered pairs, as igraph's
    /// `diameter(g, directed = TRUE, unconnected = TRUE)` and
    /// `mean_distance(g, directed = TRUE, unconnected = TRUE)` compute them (R igraph;
    /// python-igraph `Graph.diameter(directed=True, unconn=True)` and
    /// `Graph.average_path_length(directed=True, unconn=True)`).
    ///
    /// - Weights: with `weighted` and distance weights, lengths are sums of distances (igraph
    ///   with `weights =`); otherwise every tie counts 1. Asking for weighted lengths on
    ///   strength weights throws ``GraphError/weightMeaningMismatch(measure:needs:has:)``.
    ///
    /// ```swift
    /// let stats = try graph.reachablePathStatistics()
    /// ```
    ///
    /// - Throws: a weight-meaning mismatch, or `CancellationError`.
    /// - Complexity: O(*n* (*n* + *m*)) (times log *n* weighted); searches run in parallel.
    public func reachablePathStatistics(weighted: Bool = false, options: ComputationOptions = .default) throws -> ReachablePathStatistics {
        if weighted { try requireDistances(for: "path lengths") }
        let base = weighted ? self : unweighted
        let n = base.nodeCount
        guard n > 1 else { return ReachablePathStatistics(diameter: 0, averagePathLength: .nan, reachablePairs: 0) }
        let sums = try base.shortestPathSums(options: options)
        let (total, pairs, diameter) = (sums.total, sums.pairs, sums.longest)
        return ReachablePathStatistics(diameter: diameter,
                                       averagePathLength: pairs > 0 ? total / Double(pairs) : .nan,
                                       reachablePairs: pairs)
    }
}

extension AnalysisGraph {
    /// Over every ordered pair (*s*, *t*) with *t* reachable from *s* ≠ *t*: the summed
    /// shortest-path lengths, the number of pairs and the longest length, by a search from
    /// every node (Dijkstra on the stored distances when weighted, else breadth-first).
    /// Both ``PathStatistics`` (on the largest component) and ``ReachablePathStatistics`` read it.
    ///
    /// - Complexity: O(*n* (*n* + *m*)) (times log *n* weighted); searches run in parallel.
    func shortestPathSums(options: ComputationOptions) throws -> (total: Double, pairs: Int, longest: Double) {
        let n = nodeCount, useWeights = isWeighted
        let workers = try withOutRows { rows in
            try SourceSweep.run(
                total: n, options: options, costPerItem: searchCost,
                makeWorker: { ShortestPathWorker(nodeCount: n, weighted: useWeights, accumulates: false) },
                body: { worker, s in
                    if useWeights {
                        worker.dijkstra(from: s, rows: rows, counting: false)
                        guard let d = worker.distance.baseAddress, let order = worker.order.baseAddress else { return }
                        // order[0] is the source itself, at distance 0. The sums run in locals
                        // (a class's stored var is checked for exclusive access at run time on
                        // every write), in the same order, so the bits are the same.
                        var total = worker.total, maximum = worker.maximum
                        for i in 0..<worker.reached {
                            let x = d[Int(order[i])]
                            total += x
                            maximum = max(maximum, x)
                        }
                        worker.total = total; worker.maximum = maximum
                        worker.count += max(0, worker.reached - 1)
                        worker.resetDistances()
                    } else {
                        worker.breadthFirst(from: s, rows: rows, counting: false)
                        guard let level = worker.level.baseAddress, let order = worker.order.baseAddress else { return }
                        var total = worker.total
                        for i in 0..<worker.reached { total += Double(level[Int(order[i])]) }
                        worker.total = total
                        if worker.reached > 0 {
                            worker.maximum = max(worker.maximum, Double(level[Int(order[worker.reached - 1])]))
                        }
                        worker.count += max(0, worker.reached - 1)
                        worker.resetLevels()
                    }
                })
        }
        return (workers.reduce(0) { $0 + $1.total }, workers.reduce(0) { $0 + $1.count },
                workers.reduce(0) { max($0, $1.maximum) })
    }
}
