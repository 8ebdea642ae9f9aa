/// A borrowed view of one row set of an ``AnalysisGraph``'s compressed sparse rows, for hot
/// loops that must not pay for array bounds checks or copy-on-write checks.
///
/// Valid only inside the closure that provides it.
struct RowView {
    let offsets: UnsafeBufferPointer<Int>
    let neighbors: UnsafeBufferPointer<Int32>
    /// Empty when the graph is unweighted.
    let weights: UnsafeBufferPointer<Double>

    @inline(__always) func start(_ v: Int) -> Int { offsets[v] }
    @inline(__always) func end(_ v: Int) -> Int { offsets[v &+ 1] }
    @inline(__always) func degree(_ v: Int) -> Int { offsets[v &+ 1] &- offsets[v] }
}

extension AnalysisGraph {
    /// Calls `body` with a view of the out-rows (successors).
    func withOutRows<R>(_ body: (RowView) throws -> R) rethrows -> R {
        try outOffsets.withUnsafeBufferPointer { o in
            try outNeighbors.withUnsafeBufferPointer { n in
                try outWeights.withUnsafeBufferPointer { w in
                    try body(RowView(offsets: o, neighbors: n, weights: w))
                }
            }
        }
    }

    /// Calls `body` with a view of the in-rows (predecessors; the same rows when undirected).
    func withInRows<R>(_ body: (RowView) throws -> R) rethrows -> R {
        try inOffsets.withUnsafeBufferPointer { o in
            try inNeighbors.withUnsafeBufferPointer { n in
                try inWeights.withUnsafeBufferPointer { w in
                    try body(RowView(offsets: o, neighbors: n, weights: w))
                }
            }
        }
    }

    /// Throws unless the graph's weights can be read as distances (or there are none).
    func requireDistances(for measure: String) throws {
        if weightKind == .strength {
            throw GraphError.weightMeaningMismatch(measure: measure, needs: .distance, has: .strength)
        }
    }

    /// Throws unless the graph's weights can be read as strengths (or there are none).
    func requireStrengths(for measure: String) throws {
        if weightKind == .distance {
            throw GraphError.weightMeaningMismatch(measure: measure, needs: .strength, has: .distance)
        }
    }
}
