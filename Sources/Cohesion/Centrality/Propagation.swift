extension AnalysisGraph {
    /// y[v] = Σ over arcs u→v of x[u] · w(u, v) (`incoming`), or Σ over arcs v→u of x[u] · w(v, u)
    /// (outgoing); weights are 1 when unweighted. Runs on all cores for large graphs.
    func propagate(_ x: [Double], into y: inout [Double], incoming: Bool, options: ComputationOptions) {
        let n = nodeCount
        let chunks = ParallelChunks.chunkCount(n, options: options)
        let weighted = isWeighted
        let pass = { (rows: RowView) in
            x.withUnsafeBufferPointer { x in
                y.withUnsafeMutableBufferPointer { y in
                    let yBase = y.baseAddress!
                    let off = rows.offsets.baseAddress!, nb = rows.neighbors.baseAddress!
                    let wt = rows.weights.baseAddress
                    ParallelChunks.forEach(n, chunks: chunks) { _, range in
                        for v in range {
                            var s = 0.0
                            var k = off[v]; let end = off[v &+ 1]
                            if weighted, let wt {
                                while k < end { s += x[Int(nb[k])] * wt[k]; k &+= 1 }
                            } else {
                                while k < end { s += x[Int(nb[k])]; k &+= 1 }
                            }
                            yBase[v] = s
                        }
                    }
                }
            }
        }
        if incoming { withInRows(pass) } else { withOutRows(pass) }
    }
}

/// The Euclidean norm computed as Python's `math.hypot` does it in spirit: scaled by the largest
/// magnitude so that neither overflow nor underflow spoils it.
func euclideanNorm(_ x: [Double]) -> Double {
    var scale = 0.0
    for v in x { scale = max(scale, abs(v)) }
    guard scale > 0, scale.isFinite else { return scale }
    var sum = 0.0
    for v in x { let t = v / scale; sum += t * t }
    return scale * sum.squareRoot()
}
