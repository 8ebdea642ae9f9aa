/// QAP correlation (Krackhardt 1987): the correlation between two relations on the same
/// stakeholders — does funding go with coalition? — with a p-value from permuting node labels.
///
/// The statistic is R sna's `gcor`: the Pearson correlation of the two adjacency matrices over
/// all off-diagonal cells, a cell holding 1 for a tie and 0 otherwise, or the tie's stored
/// weight when `valued` (whatever the weight means). For two undirected graphs this equals the
/// correlation over the upper triangle (sna's `mode = "graph"`). NaN when either matrix is
/// constant.
///
/// The null model is sna's `qaptest`: the rows and columns of one matrix are permuted together
/// by a uniformly random permutation (its structure kept, its alignment with the other
/// broken); sna permutes both, which gives the same distribution. The p-values are the shares
/// of permuted correlations ≥ and ≤ the observed one, as sna's `pgreq` and `pleeq`.
/// Permutations come from a ``SeededGenerator``, so a seed gives the same p-values anywhere;
/// they agree with sna's within sampling error and, for the same permutations, exactly.
///
/// ```swift
/// let funding = try AnalysisGraph(network, selection: GraphSelection(layers: [.funding]))
/// let coalition = try AnalysisGraph(network, selection: GraphSelection(layers: [.coalition]))
/// let qap = try QAPCorrelation(funding, coalition, permutations: 5000, seed: 1)
/// print(qap.correlation, qap.pGreaterOrEqual)
/// ```
///
/// - Complexity: O(*n* + *m*) for the correlation (O(*n*²) memory up to 2,000 nodes), O(*m*)
///   per permutation (O(*m* log *d*) above 2,000 nodes).
public struct QAPCorrelation: Hashable, Sendable {
    /// The observed correlation (sna `gcor`).
    public let correlation: Double
    /// How many permutations were drawn.
    public let permutations: Int
    /// The seed of the permutations.
    public let seed: UInt64
    /// The share of permuted correlations ≥ the observed one (sna `pgreq`).
    public let pGreaterOrEqual: Double
    /// The share of permuted correlations ≤ the observed one (sna `pleeq`).
    public let pLessOrEqual: Double
    /// The mean of the permuted correlations.
    public let mean: Double
    /// Their standard deviation.
    public let standardDeviation: Double
    /// The smallest and the largest permuted correlation.
    public let minimum: Double, maximum: Double

    /// Correlates two graphs on the same nodes and tests the correlation by permutation.
    ///
    /// - Throws: ``CoalitionError/mismatchedGraphs(_:)`` when the node counts differ;
    ///   ``CoalitionError/invalidParameter(_:)`` for fewer than one permutation.
    public init(_ x: AnalysisGraph, _ y: AnalysisGraph, valued: Bool = false, permutations: Int = 1000,
                seed: UInt64 = 1) throws {
        guard permutations >= 1 else { throw CoalitionError.invalidParameter("QAP needs at least one permutation") }
        let cells = try QAPCells(x, y, valued: valued)
        let observed = cells.correlation(permutation: nil)
        var random = SeededGenerator(seed: seed)
        var p = Array(0..<x.nodeCount)
        var ge = 0, le = 0
        var sum = 0.0, sumSq = 0.0, lo = Double.infinity, hi = -Double.infinity
        for _ in 0..<permutations {
            random.shuffle(&p)
            let r = cells.correlation(permutation: p)
            sum += r; sumSq += r * r
            lo = min(lo, r); hi = max(hi, r)
            if r >= observed { ge += 1 }
            if r <= observed { le += 1 }
        }
        let count = Double(permutations)
        let mean = sum / count
        self.correlation = observed
        self.permutations = permutations
        self.seed = seed
        self.pGreaterOrEqual = Double(ge) / count
        self.pLessOrEqual = Double(le) / count
        self.mean = mean
        self.standardDeviation = permutations > 1 ? max(0, (sumSq - count * mean * mean) / (count - 1)).squareRoot() : 0
        self.minimum = lo
        self.maximum = hi
    }

    /// The correlation alone (sna `gcor`), without a test.
    ///
    /// - Throws: ``CoalitionError/mismatchedGraphs(_:)`` when the node counts differ.
    /// - Complexity: O(*n* + *m* log *d*).
    public static func correlation(_ x: AnalysisGraph, _ y: AnalysisGraph, valued: Bool = false) throws -> Double {
        try QAPCells(x, y, valued: valued).correlation(permutation: nil)
    }
}

/// The sums QAP needs: everything but Σ x·y is unchanged by permuting nodes.
struct QAPCells {
    let x: AnalysisGraph, y: AnalysisGraph
    let valued: Bool
    let count: Double
    let sumX: Double, sumY: Double, sumXX: Double, sumYY: Double
    /// x as (row, column, value) cells; y as a dense matrix when small enough to hold.
    let xRows: [Int32], xCols: [Int32], xValues: [Double]
    let yDense: [Double]

    init(_ x: AnalysisGraph, _ y: AnalysisGraph, valued: Bool) throws {
        guard x.nodeCount == y.nodeCount else {
            throw CoalitionError.mismatchedGraphs("QAP needs the same nodes: \(x.nodeCount) and \(y.nodeCount)")
        }
        self.x = x; self.y = y; self.valued = valued
        let nodes = Double(x.nodeCount)
        count = nodes * (nodes - 1)
        func sums(_ g: AnalysisGraph) -> (Double, Double) {
            var s = 0.0, ss = 0.0
            for e in 0..<g.outNeighbors.count {
                let w = valued && g.isWeighted ? g.outWeights[e] : 1
                s += w; ss += w * w
            }
            return (s, ss)
        }
        (sumX, sumXX) = sums(x)
        (sumY, sumYY) = sums(y)
        var rows = [Int32](), cols = [Int32](), values = [Double]()
        for u in 0..<x.nodeCount {
            for e in x.outOffsets[u]..<x.outOffsets[u + 1] {
                rows.append(Int32(u)); cols.append(x.outNeighbors[e])
                values.append(valued && x.isWeighted ? x.outWeights[e] : 1)
            }
        }
        xRows = rows; xCols = cols; xValues = values
        // Up to 2,000 nodes (32 MB) a dense y makes each permuted cell one load.
        let n = y.nodeCount
        if n <= 2000 {
            var dense = [Double](repeating: 0, count: n * n)
            for u in 0..<n {
                for e in y.outOffsets[u]..<y.outOffsets[u + 1] {
                    dense[u * n + Int(y.outNeighbors[e])] = valued && y.isWeighted ? y.outWeights[e] : 1
                }
            }
            yDense = dense
        } else {
            yDense = []
        }
    }

    /// The correlation of x with y relabelled by `permutation` (y′_ij = y_p(i)p(j)).
    func correlation(permutation p: [Int]?) -> Double {
        let n = y.nodeCount
        let identity = p == nil
        let perm = p ?? []
        var sxy = 0.0
        xRows.withUnsafeBufferPointer { rows in
        xCols.withUnsafeBufferPointer { cols in
        xValues.withUnsafeBufferPointer { values in
        perm.withUnsafeBufferPointer { pp in
        yDense.withUnsafeBufferPointer { dense in
            for k in 0..<rows.count {
                let u = Int(rows[k]), v = Int(cols[k])
                let pu = identity ? u : pp[u], pv = identity ? v : pp[v]
                if !dense.isEmpty {
                    sxy += values[k] * dense[pu * n + pv]
                } else if let f = y.arcIndex(from: pu, to: pv) {
                    sxy += values[k] * (valued && y.isWeighted ? y.outWeights[f] : 1)
                }
            }
        }}}}}
        let cov = sxy - sumX * sumY / count
        let vx = sumXX - sumX * sumX / count, vy = sumYY - sumY * sumY / count
        guard vx > 0, vy > 0 else { return .nan }
        return cov / (vx * vy).squareRoot()
    }
}
