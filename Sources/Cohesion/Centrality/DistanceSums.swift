/// What one shortest-path search per node gathers for the closeness family: for each node,
/// how many nodes reach it, the sum of their distances to it, and the sum of the reciprocals.
struct DistanceSums {
    /// Nodes that reach the node, itself excluded.
    var reached: [Int]
    /// Sum of distances from those nodes.
    var total: [Double]
    /// Sum of 1/distance over those nodes (zero distances skipped).
    var harmonic: [Double]
}

extension AnalysisGraph {
    /// Searches from every node over the in-rows (so distances are *to* the node in a directed
    /// graph), by breadth-first search or, with distance weights, Dijkstra.
    ///
    /// Unweighted graphs use the multi-source search (64 sources a pass) unless `batched` is
    /// false; the sums are the same numbers either way.
    func incomingDistanceSums(options: ComputationOptions, batched: Bool = true) throws -> DistanceSums {
        let n = nodeCount
        var reached = [Int](repeating: 0, count: n)
        var total = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        guard n > 0 else { return DistanceSums(reached: [], total: [], harmonic: []) }
        let weighted = isWeighted
        if !weighted, batched, MultiSourceTraversal.fits(nodeCount: n, counting: false, options: options) {
            try reached.withUnsafeMutableBufferPointer { reachedOut in
                try total.withUnsafeMutableBufferPointer { totalOut in
                    try harmonic.withUnsafeMutableBufferPointer { harmonicOut in
                        try withInRows { rows in
                            // Each batch writes only its own sources' slots.
                            _ = try MultiSourceTraversal.run(
                                sources: Array(0..<n), nodeCount: n, counting: false, accumulates: false,
                                options: options, searchCost: searchCost,
                                body: { worker, batch in
                                    worker.search(sources: batch, rows: rows)
                                    for (i, s) in batch.enumerated() {
                                        reachedOut[s] = worker.reached[i]
                                        totalOut[s] = worker.distanceSum[i]
                                        harmonicOut[s] = worker.inverseSum[i]
                                    }
                                    worker.resetSeen()
                                })
                        }
                    }
                }
            }
            return DistanceSums(reached: reached, total: total, harmonic: harmonic)
        }
        try reached.withUnsafeMutableBufferPointer { reachedOut in
            try total.withUnsafeMutableBufferPointer { totalOut in
                try harmonic.withUnsafeMutableBufferPointer { harmonicOut in
                    try withInRows { rows in
                        // Each search writes only its own node's slots, so workers share the outputs.
                        _ = try SourceSweep.run(
                            total: n, options: options, costPerItem: searchCost,
                            makeWorker: { ShortestPathWorker(nodeCount: n, weighted: weighted, accumulates: false) },
                            body: { worker, s in
                                var sum = 0.0, inverse = 0.0
                                if weighted {
                                    worker.dijkstra(from: s, rows: rows, counting: false)
                                    let d = worker.distance.baseAddress!, order = worker.order.baseAddress!
                                    for i in 1..<max(1, worker.reached) {
                                        let x = d[Int(order[i])]
                                        sum += x
                                        if x != 0 { inverse += 1 / x }
                                    }
                                    worker.resetDistances()
                                } else {
                                    worker.breadthFirst(from: s, rows: rows, counting: false)
                                    let level = worker.level.baseAddress!, order = worker.order.baseAddress!
                                    // Nodes come out level by level: count each level once.
                                    var i = 1
                                    let end = worker.reached
                                    while i < end {
                                        let l = level[Int(order[i])]
                                        var j = i &+ 1
                                        while j < end && level[Int(order[j])] == l { j &+= 1 }
                                        let c = Double(j &- i)
                                        sum += c * Double(l)
                                        inverse += c / Double(l)
                                        i = j
                                    }
                                    worker.resetLevels()
                                }
                                reachedOut[s] = worker.reached - 1
                                totalOut[s] = sum
                                harmonicOut[s] = inverse
                            })
                    }
                }
            }
        }
        return DistanceSums(reached: reached, total: total, harmonic: harmonic)
    }
}
