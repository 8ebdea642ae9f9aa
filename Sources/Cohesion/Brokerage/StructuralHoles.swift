import Foundation

/// Burt's structural-hole measures of every node: constraint, local (dyadic) constraint,
/// effective size, efficiency and hierarchy.
///
/// **Alters and proportional ties.** The alters *N*(*i*) of ego *i* are the nodes tied to it
/// either way. The mutual weight of *i* and *j* is *a*ᵢⱼ + *a*ⱼᵢ, the weights of the arcs both
/// ways (1 per arc when unweighted; an undirected edge is an arc both ways, so it counts twice,
/// which cancels in every ratio below). Then
/// *p*ᵢⱼ = (*a*ᵢⱼ + *a*ⱼᵢ) / Σ_q (*a*ᵢq + *a*qᵢ), ego's share of its ties invested in *j*, and
/// *m*ⱼq = (*a*ⱼq + *a*qⱼ) / maxₖ (*a*ⱼₖ + *a*ₖⱼ), the strength of *j*'s tie to *q* relative to
/// *j*'s strongest.
///
/// - **Local constraint** of *j* on *i*: *c*ᵢⱼ = (*p*ᵢⱼ + Σ_{q ∈ N(i)} *p*ᵢq *p*qⱼ)².
/// - **Constraint**: *C*ᵢ = Σ_{j ∈ N(i)} *c*ᵢⱼ.
/// - **Effective size**: *E*ᵢ = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i)} *p*ᵢq *m*ⱼq); for an unweighted
///   undirected graph this is Borgatti's *n* − 2*t*/*n*.
/// - **Efficiency**: *E*ᵢ / |*N*(*i*)|, effective size per alter (Burt 1992; UCINET).
/// - **Hierarchy**: with *N* = |*N*(*i*)| and mean local constraint *C*ᵢ/*N*,
///   *H*ᵢ = Σ_j (*c*ᵢⱼ/(*C*ᵢ/*N*)) ln(*c*ᵢⱼ/(*C*ᵢ/*N*)) / (*N* ln *N*), the Coleman–Theil
///   disorder of the local constraints (Burt 1992; UCINET): 0 when every alter constrains
///   ego alike, towards 1 as one alter concentrates it. A zero *c*ᵢⱼ adds 0 (the limit of
///   *x* ln *x*). NaN with fewer than two alters (*N* ln *N* = 0) or no constraint.
///
/// Isolates (no alter) get NaN for all four measures. An alter joined only by ties of weight 0
/// is no alter, as in NetworkX's whole-graph computation (`mutual_weights > 0`).
///
/// Matches NetworkX 3.6.1's `constraint` and `local_constraint`, and `effective_size` as
/// NetworkX defines it (weighted via `weight=`, directed via mutual weights). NetworkX 3.6.1's two
/// code paths each depart from that definition somewhere, and this type follows neither there:
/// - called for the whole graph, `effective_size` divides *m*ⱼq by the largest mutual weight of
///   *q* instead of *j* (a 1-D row maximum broadcast over columns), which changes weighted and
///   directed results; here *m*ⱼq uses *j*'s largest, as documented and as its `nodes=` path does;
/// - called with `nodes=`, `constraint` and `effective_size` give NaN to a directed graph's nodes
///   without successors (`len(G[v]) == 0`) although they have alters; here they get values, as
///   the whole-graph path gives.
///
/// NetworkX lacks efficiency and hierarchy; they follow Burt (1992) and UCINET's definitions and
/// are checked against hand-computed cases (no library provides a reference). igraph's
/// `constraint()` (python-igraph 1.0) agrees with this type on the directed, undirected,
/// weighted and unweighted fixture graphs.
///
/// Weights must be strengths: a tie of weight 2 is twice the investment. A graph with
/// distance weights is rejected.
///
/// ```swift
/// let graph = try AnalysisGraph(network, selection: GraphSelection(weights: .strength(.amount, .identity)))
/// let holes = try StructuralHoles(graph)
/// print(holes.constraint[0], holes.effectiveSize[0], holes.hierarchy[0])
/// for (alter, c) in zip(holes.alters(of: 0), holes.localConstraints(of: 0)) { print(alter, c) }
/// ```
///
/// - Complexity: O(*n* + Σ min(|*N*(*q*)|, |*N*(*i*)| log |*N*(*q*)|)) time over tied pairs
///   (*i*, *q*), at most O(Σ_q |*N*(*q*)|²), on the threads ``ComputationOptions`` allows with
///   O(*n*) scratch per thread;
///   O(*n* + *m*) memory.
public struct StructuralHoles: Hashable, Sendable {
    /// Burt's constraint of each node; NaN for isolates.
    public let constraint: [Double]
    /// Burt's effective size of each node; NaN for isolates.
    public let effectiveSize: [Double]
    /// Effective size per alter; NaN for isolates.
    public let efficiency: [Double]
    /// Burt's hierarchy of each node; NaN with fewer than two alters.
    public let hierarchy: [Double]

    // Local constraints in compressed rows aligned with each ego's ascending alters.
    let alterOffsets: [Int]
    let alterList: [Int32]
    let localConstraintList: [Double]

    /// The number of alters of each node: nodes tied to it either way.
    public func alterCount(of node: Int) -> Int { alterOffsets[node + 1] - alterOffsets[node] }

    /// The alters of a node, ascending.
    public func alters(of node: Int) -> ArraySlice<Int32> { alterList[alterOffsets[node]..<alterOffsets[node + 1]] }

    /// The local constraint each alter puts on a node, aligned with ``alters(of:)``.
    public func localConstraints(of node: Int) -> ArraySlice<Double> {
        localConstraintList[alterOffsets[node]..<alterOffsets[node + 1]]
    }

    /// The local constraint *c*ᵢⱼ an alter puts on an ego, nil when they are not tied.
    ///
    /// - Complexity: O(log *d*) for the ego's *d* alters.
    public func localConstraint(on ego: Int, by alter: Int) -> Double? {
        alterList.index(ofSorted: Int32(truncatingIfNeeded: alter), in: alterOffsets[ego]..<alterOffsets[ego + 1])
            .map { localConstraintList[$0] }
    }

    /// Computes the structural-hole measures of every node.
    ///
    /// - Parameters:
    ///   - graph: a graph without weights or with strength weights.
    ///   - options: threads, progress and cancellation.
    /// - Throws: ``GraphError/weightMeaningMismatch(measure:needs:has:)`` for distance weights;
    ///   `CancellationError` when the options' flag is cancelled.
    /// - Complexity: see the type.
    public init(_ graph: AnalysisGraph, options: ComputationOptions = .default) throws {
        if graph.weightKind == .distance {
            throw GraphError.weightMeaningMismatch(measure: "structural holes", needs: .strength, has: .distance)
        }
        let ties = MutualTies(graph)
        let n = graph.nodeCount
        var constraint = [Double](repeating: .nan, count: n)
        var effectiveSize = [Double](repeating: .nan, count: n)
        var efficiency = [Double](repeating: .nan, count: n)
        var hierarchy = [Double](repeating: .nan, count: n)
        var local = [Double](repeating: 0, count: ties.neighbors.count)
        try ties.offsets.withUnsafeBufferPointer { off in
        try ties.neighbors.withUnsafeBufferPointer { nbr in
        try ties.share.withUnsafeBufferPointer { share in
        try ties.weight.withUnsafeBufferPointer { weight in
        try ties.maximum.withUnsafeBufferPointer { maximum in
        try constraint.withUnsafeMutableBufferPointer { constraint in
        try effectiveSize.withUnsafeMutableBufferPointer { effectiveSize in
        try efficiency.withUnsafeMutableBufferPointer { efficiency in
        try hierarchy.withUnsafeMutableBufferPointer { hierarchy in
        try local.withUnsafeMutableBufferPointer { local in
            let box = UncheckedSendable(value: (off, nbr, share, weight, maximum, constraint, effectiveSize, efficiency, hierarchy, local))
            _ = try SourceSweep.run(total: n, options: options, itemsPerWorker: GouldFernandezCounting.nodesPerWorker,
                                    makeWorker: { HoleScratch(nodeCount: n) }) { scratch, range in
                let (off, nbr, share, weight, maximum, constraint, effectiveSize, efficiency, hierarchy, local) = box.value
                scratch.mark.withUnsafeMutableBufferPointer { mark in
                scratch.indirect.withUnsafeMutableBufferPointer { indirect in
                scratch.redundancy.withUnsafeMutableBufferPointer { redundancy in
                    for i in range {
                        let lo = off[i], hi = off[i + 1]
                        if lo == hi { continue }
                        let i32 = Int32(truncatingIfNeeded: i)
                        for a in lo..<hi {
                            let j = Int(nbr[a])
                            mark[j] = i32
                            indirect[j] = 0
                            redundancy[j] = 0
                        }
                        // Two steps i → q → j, kept only where j is itself an alter of i. A hub q
                        // is searched for i's few alters rather than scanned whole.
                        let degree = hi - lo
                        for a in lo..<hi {
                            let q = Int(nbr[a])
                            let piq = share[a]
                            let qLo = off[q], qHi = off[q + 1]
                            let qDegree = qHi - qLo
                            if qDegree <= degree * (Int.bitWidth - qDegree.leadingZeroBitCount) {
                                for b in qLo..<qHi {
                                    let j = Int(nbr[b])
                                    if mark[j] == i32 {
                                        indirect[j] += piq * share[b]
                                        redundancy[j] += piq * weight[b]
                                    }
                                }
                            } else {
                                for t in lo..<hi {
                                    let j = nbr[t]
                                    if let l = nbr.index(ofSorted: j, in: qLo..<qHi) {
                                        indirect[Int(j)] += piq * share[l]
                                        redundancy[Int(j)] += piq * weight[l]
                                    }
                                }
                            }
                        }
                        var c = 0.0, e = 0.0
                        for a in lo..<hi {
                            let j = Int(nbr[a])
                            let direct = share[a] + indirect[j]
                            let cij = direct * direct
                            local[a] = cij
                            c += cij
                            e += 1 - redundancy[j] / maximum[j]
                        }
                        let alters = Double(hi - lo)
                        constraint[i] = c
                        effectiveSize[i] = e
                        efficiency[i] = e / alters
                        if hi - lo >= 2 && c > 0 {
                            let mean = c / alters
                            var h = 0.0
                            for a in lo..<hi where local[a] > 0 {
                                let r = local[a] / mean
                                h += r * log(r)
                            }
                            hierarchy[i] = h / (alters * log(alters))
                        }
                    }
                }
                }
                }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        self.constraint = constraint
        self.effectiveSize = effectiveSize
        self.efficiency = efficiency
        self.hierarchy = hierarchy
        alterOffsets = ties.offsets
        alterList = ties.neighbors
        localConstraintList = local
    }
}

/// One worker's state for ``StructuralHoles``: the mark of ego's alters and the two-step sums
/// to each.
final class HoleScratch {
    var mark: [Int32]
    var indirect: [Double]
    var redundancy: [Double]

    init(nodeCount n: Int) {
        mark = [Int32](repeating: -1, count: n)
        indirect = [Double](repeating: 0, count: n)
        redundancy = [Double](repeating: 0, count: n)
    }
}

/// The symmetric "either way" adjacency Burt's measures read: for each node, the nodes tied
/// to it in either direction with positive mutual weight *a*ᵢⱼ + *a*ⱼᵢ, ascending, with that
/// weight, its share of the row's total, and each node's largest mutual weight.
struct MutualTies {
    var offsets: [Int]
    var neighbors: [Int32]
    /// Mutual weight of each entry.
    var weight: [Double]
    /// Mutual weight over the row's sum: *p*ᵢⱼ.
    var share: [Double]
    /// Each node's largest mutual weight.
    var maximum: [Double]

    init(_ graph: AnalysisGraph) {
        let n = graph.nodeCount
        let weighted = graph.isWeighted
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        var weight: [Double] = []
        neighbors.reserveCapacity(graph.outNeighbors.count + (graph.isDirected ? graph.inNeighbors.count : 0))
        weight.reserveCapacity(neighbors.capacity)
        var maximum = [Double](repeating: 0, count: n)
        var share: [Double] = []
        share.reserveCapacity(neighbors.capacity)
        let outW = graph.outWeights, inW = graph.inWeights
        for u in 0..<n {
            var a = graph.outOffsets[u], b = graph.inOffsets[u]
            let aEnd = graph.outOffsets[u + 1], bEnd = graph.inOffsets[u + 1]
            let rowStart = neighbors.count
            var sum = 0.0, top = 0.0
            // Merge the ascending out-row and in-row; a node in both gets both weights.
            while a < aEnd || b < bEnd {
                let va = a < aEnd ? graph.outNeighbors[a] : Int32.max
                let vb = b < bEnd ? graph.inNeighbors[b] : Int32.max
                var w = 0.0
                let v: Int32
                if va <= vb {
                    v = va
                    w += weighted ? outW[a] : 1
                    a += 1
                    if va == vb {
                        w += weighted ? inW[b] : 1
                        b += 1
                    }
                } else {
                    v = vb
                    w += weighted ? inW[b] : 1
                    b += 1
                }
                if w > 0 {
                    neighbors.append(v)
                    weight.append(w)
                    sum += w
                    top = max(top, w)
                }
            }
            for k in rowStart..<neighbors.count { share.append(weight[k] / sum) }
            maximum[u] = top
            offsets[u + 1] = neighbors.count
        }
        self.offsets = offsets
        self.neighbors = neighbors
        self.weight = weight
        self.share = share
        self.maximum = maximum
    }
}
