extension AnalysisGraph {
    /// Betweenness centrality: how often a stakeholder lies on the shortest paths between others.
    ///
    /// For node *v*, the sum over ordered pairs (*s*, *t*), *s* ≠ *v* ≠ *t*, of σ(*s*,*t* | *v*) /
    /// σ(*s*,*t*), where σ(*s*,*t*) counts shortest paths from *s* to *t* and σ(*s*,*t* | *v*)
    /// those through *v* (Brandes 2001).
    ///
    /// - Direction: paths follow arcs in a directed graph. In an undirected graph each unordered
    ///   pair counts once (the raw sum is halved), as in NetworkX.
    /// - Weights: an unweighted graph uses breadth-first search; distance weights use Dijkstra,
    ///   two paths being equally short when their floating-point lengths are equal. Strength
    ///   weights throw ``GraphError/weightMeaningMismatch(measure:needs:has:)``: convert them
    ///   to distances when building the graph (for instance `.distance(.amount, .reciprocal)`).
    /// - Normalization: when `normalized`, values are divided by the number of pairs that could
    ///   pass through a node, (*n*−1)(*n*−2), or *n*(*n*−1) when `endpoints` is true; for an
    ///   undirected graph the halving and the normalization cancel, so normalized values are the
    ///   same either way. With fewer than three nodes (two with endpoints) values are left as
    ///   summed (all zero without endpoints).
    /// - Endpoints: when true, a path's end nodes count as lying on it, and each node also
    ///   gains the number of nodes it reaches (NetworkX's `endpoints=True`).
    /// - Isolates and unreachable pairs: unreachable pairs contribute nothing; an isolate gets 0.
    ///
    /// Matches NetworkX `betweenness_centrality(G, normalized=, weight=, endpoints=)` to
    /// rounding.
    ///
    /// ```swift
    /// let path = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2)], isDirected: false)
    /// try path.betweenness(normalized: false)   // [0, 1, 0]
    /// ```
    ///
    /// - Parameters:
    ///   - normalized: divide by the number of pairs, as above (NetworkX's default).
    ///   - endpoints: count the end nodes of each path.
    ///   - options: cores, progress and cancellation; every node is a source, sources run in
    ///     parallel and each worker keeps its own scratch and partial sums.
    /// - Returns: one value per node, indexed by node.
    /// - Throws: ``GraphError/weightMeaningMismatch(measure:needs:has:)`` for strength weights;
    ///   `CancellationError` when cancelled.
    /// - Complexity: O(*n* *m*) time unweighted, O(*n* *m* log *n*) weighted; O(*n*) memory
    ///   per worker thread. For 100,000 nodes and more, consider
    ///   ``approximateBetweenness(samples:seed:normalized:endpoints:options:)``.
    public func betweenness(normalized: Bool = true, endpoints: Bool = false,
                            options: ComputationOptions = .default) throws -> [Double] {
        try requireDistances(for: "betweenness")
        var values = try brandesSums(sources: nil, endpoints: endpoints, options: options)
        let n = nodeCount
        let pairs = endpoints ? n : n - 1
        guard pairs >= 2 else { return values }
        let scale = normalized ? 1 / (Double(pairs) * Double(pairs - 1)) : (isDirected ? 1 : 0.5)
        if scale != 1 { for v in 0..<n { values[v] *= scale } }
        return values
    }

    /// Brandes' dependency sums over the given sources (every node when nil), not rescaled.
    ///
    /// Unweighted graphs use the multi-source search (``MultiSourceWorker``, 64 sources a
    /// pass) unless `batched` is false or its scratch would not fit
    /// (``MultiSourceTraversal/fits(nodeCount:counting:options:)``).
    func brandesSums(sources: [Int]?, endpoints: Bool, options: ComputationOptions,
                     batched: Bool = true) throws -> [Double] {
        try brandesMoments(sources: sources, endpoints: endpoints, squares: false, options: options, batched: batched).sums
    }

    /// Brandes' dependency sums over the given sources, and when `squares` the sums of the
    /// squared per-source contributions (empty otherwise), for sampling error bounds.
    func brandesMoments(sources: [Int]?, endpoints: Bool, squares: Bool, options: ComputationOptions,
                        batched: Bool = true) throws -> (sums: [Double], squares: [Double]) {
        let n = nodeCount
        guard n > 0 else { return ([], []) }
        func reduce<W>(_ workers: [W], _ acc: (W) -> UnsafeMutablePointer<Double>,
                       _ sq: (W) -> UnsafeMutablePointer<Double>?) -> (sums: [Double], squares: [Double]) {
            var sums = [Double](repeating: 0, count: n)
            var squareSums = [Double](repeating: 0, count: squares ? n : 0)
            for worker in workers {
                let a = acc(worker)
                for v in 0..<n { sums[v] += a[v] }
                if squares, let q = sq(worker) { for v in 0..<n { squareSums[v] += q[v] } }
            }
            return (sums, squareSums)
        }
        let weighted = isWeighted
        let total = sources?.count ?? n
        if !weighted, batched, MultiSourceTraversal.fits(nodeCount: n, counting: true, options: options) {
            let all = sources ?? Array(0..<n)
            return try withOutRows { rows in
                let workers = try MultiSourceTraversal.run(
                    sources: all, nodeCount: n, counting: true, accumulates: true, options: options, searchCost: searchCost,
                    body: { worker, batch in
                        if squares { worker.keepSquares() }
                        worker.search(sources: batch, rows: rows)
                        worker.accumulate(rows: rows, endpoints: endpoints)
                    })
                return reduce(workers, { $0.accumulator }, { $0.squares })
            }
        }
        return try withOutRows { rows in
            let workers = try SourceSweep.run(
                total: total, options: options, costPerItem: searchCost,
                makeWorker: { ShortestPathWorker(nodeCount: n, weighted: weighted, accumulates: true) },
                body: { worker, item in
                    if squares { worker.keepSquares() }
                    let s = sources?[item] ?? item
                    if weighted {
                        worker.dijkstra(from: s, rows: rows, counting: true)
                        worker.accumulateWeighted(source: s, rows: rows, endpoints: endpoints)
                        worker.resetDistances()
                    } else {
                        worker.breadthFirst(from: s, rows: rows, counting: true)
                        worker.accumulateUnweighted(source: s, rows: rows, endpoints: endpoints)
                        worker.resetLevels()
                    }
                })
            return reduce(workers, { $0.accumulator.baseAddress! }, { $0.squares })
        }
    }
}

extension ShortestPathWorker {
    /// Brandes' backward pass after a breadth-first search, written as a pull: each node sums
    /// the coefficients (1 + δ(w)) / σ(w) of its successors one level further, so every write
    /// goes to the node being finished and no predecessor lists are needed.
    @inline(__always)
    func accumulateUnweighted(source s: Int, rows: RowView, endpoints: Bool) {
        let level = self.level.baseAddress!, order = self.order.baseAddress!
        let sigma = self.sigma.baseAddress!, coef = coefficient.baseAddress!, acc = accumulator.baseAddress!
        let off = rows.offsets.baseAddress!, nb = rows.neighbors.baseAddress!
        var i = reached &- 1
        let bonus: Double = endpoints ? 1 : 0
        // Nodes on the deepest level have no successors on a shortest path: δ = 0, and their
        // rows need no scan.
        let deepest = level[Int(order[i])]
        let sq = squares
        while i >= 0 && level[Int(order[i])] == deepest {
            let v = Int(order[i]); i &-= 1
            coef[v] = 1 / sigma[v]
            if v != s { acc[v] += bonus; if let sq { sq[v] += bonus * bonus } }
        }
        while i >= 0 {
            let v = Int(order[i]); i &-= 1
            let next = level[v] &+ 1
            var sum = 0.0
            var k = off[v]; let e = off[v &+ 1]
            while k < e {
                let w = Int(nb[k]); k &+= 1
                // Branch-free for the same reason as the forward pass; coef of a node not yet
                // finished is finite, so multiplying it by 0 is safe.
                sum += level[w] == next ? coef[w] : 0
            }
            let sv = sigma[v]
            let delta = sv * sum
            coef[v] = (1 + delta) / sv
            if v != s { acc[v] += delta + bonus; if let sq { sq[v] += (delta + bonus) * (delta + bonus) } }
        }
        if endpoints {
            acc[s] += Double(reached &- 1)
            if let sq { sq[s] += Double(reached &- 1) * Double(reached &- 1) }
        }
    }

    /// Brandes' backward pass after Dijkstra: a successor on a shortest path is one whose
    /// distance equals this node's plus the arc's length, compared exactly as the forward pass did.
    @inline(__always)
    func accumulateWeighted(source s: Int, rows: RowView, endpoints: Bool) {
        let d = distance.baseAddress!, order = self.order.baseAddress!
        let sigma = self.sigma.baseAddress!, coef = coefficient.baseAddress!, acc = accumulator.baseAddress!
        let off = rows.offsets.baseAddress!, nb = rows.neighbors.baseAddress!, wt = rows.weights.baseAddress!
        // `level` is unused by Dijkstra; here it marks nodes already finished, i.e. settled after
        // the node at hand. With positive lengths every successor on a shortest path is; a
        // zero-length tie between two equally distant nodes is followed only from the one
        // settled first, as NetworkX's predecessor lists do.
        let finished = level.baseAddress!
        var i = reached &- 1
        let bonus: Double = endpoints ? 1 : 0
        let sq = squares
        while i >= 0 {
            let v = Int(order[i]); i &-= 1
            let dv = d[v]
            var sum = 0.0
            var k = off[v]; let e = off[v &+ 1]
            while k < e {
                let w = Int(nb[k])
                if dv + wt[k] == d[w], finished[w] > 0 { sum += coef[w] }
                k &+= 1
            }
            let sv = sigma[v]
            let delta = sv * sum
            coef[v] = (1 + delta) / sv
            finished[v] = 1
            if v != s { acc[v] += delta + bonus; if let sq { sq[v] += (delta + bonus) * (delta + bonus) } }
        }
        for j in 0..<reached { finished[Int(order[j])] = -1 }
        if endpoints {
            acc[s] += Double(reached &- 1)
            if let sq { sq[s] += Double(reached &- 1) * Double(reached &- 1) }
        }
    }
}

extension AnalysisGraph {
    /// Raw betweenness by the one-source-at-a-time pass, for benchmarks that compare it with
    /// the multi-source pass ``betweenness(normalized:endpoints:options:)`` uses.
    ///
    /// - Complexity: as ``betweenness(normalized:endpoints:options:)``.
    @_spi(Benchmarks) public func oneSourceBetweennessSums(options: ComputationOptions) throws -> [Double] {
        try requireDistances(for: "betweenness")
        return try brandesSums(sources: nil, endpoints: false, options: options, batched: false)
    }
}
