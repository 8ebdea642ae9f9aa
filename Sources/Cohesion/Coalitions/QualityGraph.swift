/// The graph that modularity optimisation works on: every flavour of modularity (undirected,
/// directed, signed) written in one form, so Louvain and Leiden have one engine.
///
/// Quality of a partition, with δ(i, j) = 1 when i and j share a group:
///
///     Q = (1 / M) · [ Σ_ij A_ij δ(i,j)  −  Σ_l c_l Σ_ij a_l(i) b_l(j) δ(i,j) ]
///
/// - undirected modularity: A the adjacency (both directions), M = 2m, one term with
///   a = b = strength and c = γ / 2m;
/// - directed modularity (Leicht & Newman 2008): M = m, a = out-strength, b = in-strength,
///   c = γ / m;
/// - signed modularity (Gómez, Jensen & Arenas 2009): A = A⁺ − A⁻, M = 2w⁺ + 2w⁻, a term
///   γ / 2w⁺ over positive strengths and a term −γ / 2w⁻ over negative strengths.
///
/// Off-diagonal adjacency is stored symmetrised, s_ij = A_ij + A_ji, in compressed sparse rows,
/// because a node's gain from joining a group is s(i, C) minus the null-model terms whatever
/// the direction. The diagonal (inside aggregated nodes) is kept apart.
struct QualityGraph {
    var nodeCount: Int
    var offsets: [Int]
    var neighbors: [Int32]
    var weights: [Double]
    var selfLoops: [Double]
    var a0: [Double], b0: [Double], c0: Double
    /// The second null-model term; empty arrays and c1 = 0 when there is none.
    var a1: [Double], b1: [Double], c1: Double
    var normalization: Double

    var hasSecondTerm: Bool { !a1.isEmpty }

    /// Q of a membership (group numbers in 0..<groupCount).
    func quality(of membership: [Int32], groupCount k: Int) -> Double {
        guard normalization > 0 else { return .nan }
        var inside = 0.0
        for i in 0..<nodeCount {
            inside += selfLoops[i]
            let ci = membership[i]
            for e in offsets[i]..<offsets[i + 1] where membership[Int(neighbors[e])] == ci {
                inside += 0.5 * weights[e]
            }
        }
        func expected(_ a: [Double], _ b: [Double]) -> Double {
            var ta = [Double](repeating: 0, count: k), tb = [Double](repeating: 0, count: k)
            for i in 0..<nodeCount {
                ta[Int(membership[i])] += a[i]
                tb[Int(membership[i])] += b[i]
            }
            var sum = 0.0
            for g in 0..<k { sum += ta[g] * tb[g] }
            return sum
        }
        var null = c0 == 0 ? 0 : c0 * expected(a0, b0)
        if hasSecondTerm && c1 != 0 { null += c1 * expected(a1, b1) }
        return (inside - null) / normalization
    }

    /// The quality graph of ordinary (directed or undirected) modularity.
    ///
    /// - Throws: ``GraphError/weightMeaningMismatch(measure:needs:has:)`` for distance weights.
    init(modularityOf graph: AnalysisGraph, resolution: Double) throws {
        let w = try Self.strengthRows(graph, measure: "modularity")
        let n = graph.nodeCount
        var total = 0.0
        var outStrength = [Double](repeating: 0, count: n)
        var inStrength = [Double](repeating: 0, count: n)
        for u in 0..<n {
            for e in w.outOffsets[u]..<w.outOffsets[u + 1] {
                let x = w.outWeights[e]
                outStrength[u] += x
                inStrength[Int(w.outNeighbors[e])] += x
                total += x
            }
        }
        // `total` is Σ_ij A_ij: 2m for an undirected graph (both rows), m for a directed one.
        let sym = Self.symmetrise(w, directed: graph.isDirected)
        self.nodeCount = n
        self.offsets = sym.offsets
        self.neighbors = sym.neighbors
        self.weights = sym.weights
        self.selfLoops = [Double](repeating: 0, count: n)
        self.a0 = outStrength
        self.b0 = graph.isDirected ? inStrength : outStrength
        self.c0 = total > 0 ? resolution / total : 0
        self.a1 = []; self.b1 = []; self.c1 = 0
        self.normalization = total
    }

    /// The quality graph of signed modularity over a positive and a negative undirected graph.
    init(signedPositive p: AnalysisGraph, negative q: AnalysisGraph, resolution: Double) throws {
        let pw = try Self.strengthRows(p.undirected, measure: "signed modularity")
        let qw = try Self.strengthRows(q.undirected, measure: "signed modularity")
        let n = p.nodeCount
        var kp = [Double](repeating: 0, count: n), kq = [Double](repeating: 0, count: n)
        var tp = 0.0, tq = 0.0
        for u in 0..<n {
            for e in pw.outOffsets[u]..<pw.outOffsets[u + 1] { kp[u] += pw.outWeights[e]; tp += pw.outWeights[e] }
            for e in qw.outOffsets[u]..<qw.outOffsets[u + 1] { kq[u] += qw.outWeights[e]; tq += qw.outWeights[e] }
        }
        // Row sums: tp = 2w⁺, tq = 2w⁻. Signed adjacency s_ij = 2(w⁺_ij − w⁻_ij), merged by row.
        let merged = SortedRowMerge.merge(nodeCount: n, pw.outOffsets, pw.outNeighbors, qw.outOffsets, qw.outNeighbors) { x, y in
            switch (x, y) {
            case let (x?, y?): 2 * (pw.outWeights[x] - qw.outWeights[y])
            case let (x?, nil): 2 * pw.outWeights[x]
            case let (nil, y?): -2 * qw.outWeights[y]
            case (nil, nil): nil
            }
        }
        self.nodeCount = n
        self.offsets = merged.offsets
        self.neighbors = merged.neighbors
        self.weights = merged.weights
        self.selfLoops = [Double](repeating: 0, count: n)
        self.a0 = kp; self.b0 = kp; self.c0 = tp > 0 ? resolution / tp : 0
        if tq > 0 {
            self.a1 = kq; self.b1 = kq; self.c1 = -resolution / tq
        } else {
            self.a1 = []; self.b1 = []; self.c1 = 0
        }
        self.normalization = tp + tq
    }

    init(nodeCount: Int, offsets: [Int], neighbors: [Int32], weights: [Double], selfLoops: [Double],
         a0: [Double], b0: [Double], c0: Double, a1: [Double], b1: [Double], c1: Double, normalization: Double) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
        self.selfLoops = selfLoops
        self.a0 = a0; self.b0 = b0; self.c0 = c0
        self.a1 = a1; self.b1 = b1; self.c1 = c1
        self.normalization = normalization
    }

    struct Rows {
        var outOffsets: [Int], outNeighbors: [Int32], outWeights: [Double]
        var inOffsets: [Int], inNeighbors: [Int32], inWeights: [Double]
    }

    /// The graph's rows with strengths (1 for an unweighted graph).
    static func strengthRows(_ graph: AnalysisGraph, measure: String) throws -> Rows {
        switch graph.weightKind {
        case .distance:
            throw GraphError.weightMeaningMismatch(measure: measure, needs: .strength, has: .distance)
        case .strength:
            return Rows(outOffsets: graph.outOffsets, outNeighbors: graph.outNeighbors, outWeights: graph.outWeights,
                        inOffsets: graph.inOffsets, inNeighbors: graph.inNeighbors, inWeights: graph.inWeights)
        case .none:
            let ones = [Double](repeating: 1, count: graph.outNeighbors.count)
            return Rows(outOffsets: graph.outOffsets, outNeighbors: graph.outNeighbors, outWeights: ones,
                        inOffsets: graph.inOffsets, inNeighbors: graph.inNeighbors,
                        inWeights: graph.isDirected ? [Double](repeating: 1, count: graph.inNeighbors.count) : ones)
        }
    }

    /// s_ij = A_ij + A_ji as rows: twice the weight for an undirected graph, the merge of the
    /// out-row and the in-row for a directed one.
    static func symmetrise(_ w: Rows, directed: Bool) -> (offsets: [Int], neighbors: [Int32], weights: [Double]) {
        guard directed else { return (w.outOffsets, w.outNeighbors, w.outWeights.map { 2 * $0 }) }
        return SortedRowMerge.merge(nodeCount: w.outOffsets.count - 1, w.outOffsets, w.outNeighbors, w.inOffsets, w.inNeighbors) { x, y in
            switch (x, y) {
            case let (x?, y?): w.outWeights[x] + w.inWeights[y]
            case let (x?, nil): w.outWeights[x]
            case let (nil, y?): w.inWeights[y]
            case (nil, nil): nil
            }
        }
    }
}
