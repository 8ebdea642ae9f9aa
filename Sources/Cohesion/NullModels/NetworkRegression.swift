/// Multiple regression of one relation on others over the cells of their matrices, with QAP
/// p-values: R sna's `netlm` (Krackhardt 1988, doi:10.1016/0378-8733(88)90004-4; Dekker,
/// Krackhardt and Snijders 2007, doi:10.1007/s11336-007-9016-1).
///
/// Does funding go with coalitions once sector is accounted for? The outcome relation (a
/// layer) is regressed by ordinary least squares on predictor relations (layers, same-sector,
/// difference in places…) over the off-diagonal cells (see ``DyadicDesign``); an intercept
/// comes first. Estimates equal sna's; standard errors are the classical ones; the test
/// statistic is *t* (sna's `test.statistic = "t-value"`) and its null distribution comes from
/// ``RegressionNull``:
///
/// - classical: Student's *t* with *N* − *k* degrees of freedom;
/// - qapy: the outcome's rows and columns permuted together;
/// - qapx: each predictor permuted in turn;
/// - qapspp (and qap): each predictor regressed on the others, its residual matrix permuted
///   and put in its place; the *t* of the permuted residuals is its null distribution.
///
/// ``rSquared`` is sna's (`summary.netlm`): mss / (mss + rss), mss the sum of squared
/// deviations of fitted values from their mean.
///
/// Permutations run on every core and allocate nothing per permutation after each worker's
/// first; a seed gives the same p-values anywhere.
///
/// ```swift
/// let design = try DyadicDesign(network, outcome: "coalition", predictors: [.layer("funding"), .same("sector")])
/// let fit = try NetworkRegression(design, null: .qapspp, permutations: 2000, seed: 1)
/// print(fit.terms.map(\.estimate), fit.rSquared)
/// ```
///
/// - Complexity: O(*N* *k*²) for the fit, O(*N* *k*) per permutation and term, for *N* cells
///   and *k* terms.
public struct NetworkRegression: Sendable {
    /// The terms, intercept first.
    public let terms: [RegressionTerm]
    /// sna's R²: mss / (mss + rss).
    public let rSquared: Double
    /// 1 − (1 − R²)(N − 1) / (N − k).
    public let adjustedRSquared: Double
    /// √(rss / (N − k)).
    public let residualStandardError: Double
    /// The number of cells *N*.
    public let cellCount: Int
    /// The null hypothesis of the p-values (``RegressionNull/qap`` resolved to qapspp).
    public let null: RegressionNull
    /// Permutations per term (0 for classical).
    public let permutations: Int
    /// Their seed.
    public let seed: UInt64
    /// The permuted statistics of each term, rep by rep (empty for classical).
    public let nullStatistics: [[Double]]

    /// Fits the regression and tests each term.
    ///
    /// - Throws: ``RegressionError/collinear(_:)`` when predictors are collinear (a constant
    ///   predictor, the same layer twice); ``RegressionError/invalid(_:)`` for fewer than one
    ///   permutation or no residual degrees of freedom; `CancellationError` when cancelled.
    public init(_ design: DyadicDesign, null requested: RegressionNull = .qapspp, permutations: Int = 1000, seed: UInt64 = 1,
                options: ComputationOptions = .default) throws {
        let null = try design.null(requested, permutations: permutations)
        let (rows, cols, y, x) = try design.fitCells()
        let N = rows.count, k = x.count
        guard let (q, r) = SmallLinearAlgebra.qr(x) else {
            throw RegressionError.collinear("the predictors are collinear (\(design.names.dropFirst().joined(separator: ", "))): a predictor is constant or a combination of others")
        }
        let qy = q.map { col in zip(col, y).reduce(0) { $0 + $1.0 * $1.1 } }
        let b = SmallLinearAlgebra.backSubstitute(r, qy)
        var fitted = [Double](repeating: 0, count: N)
        for j in 0..<k { let bj = b[j]; for c in 0..<N { fitted[c] += bj * x[j][c] } }
        var rss = 0.0
        for c in 0..<N { rss += (y[c] - fitted[c]) * (y[c] - fitted[c]) }
        let meanFitted = fitted.reduce(0, +) / Double(N)
        let mss = fitted.reduce(0) { $0 + ($1 - meanFitted) * ($1 - meanFitted) }
        let df = Double(N - k)
        let ginv = SmallLinearAlgebra.inverseGramDiagonal(r, k)
        let se = (0..<k).map { (ginv[$0] * rss / df).squareRoot() }
        let t = (0..<k).map { b[$0] / se[$0] }

        var nullStats: [[Double]] = []
        if let runner = try design.permutations(under: null, reps: permutations, seed: seed, options: options) {
            switch null {
            case .qapy:
                let perRep = try Self.qapy(design, rows: rows, cols: cols, q: q, r: r, k: k, ginv: ginv, df: df, runner: runner)
                nullStats = (0..<k).map { j in perRep.map { $0[j] } }
            default:
                for term in 0..<k {
                    nullStats.append(try Self.permutedTerm(term, design: design, x: x, y: y, rows: rows, cols: cols,
                                                           residualized: null == .qapspp, df: df, runner: runner))
                }
            }
        }
        terms = RegressionTerm.tested(names: design.names, estimates: b, standardErrors: se, statistics: t,
                                      null: null, df: df, nullStatistics: nullStats)
        rSquared = mss / (mss + rss)
        adjustedRSquared = 1 - (1 - rSquared) * (Double(N) - 1) / df
        residualStandardError = (rss / df).squareRoot()
        cellCount = N
        self.null = null
        self.permutations = null == .classical ? 0 : permutations
        self.seed = seed
        nullStatistics = nullStats
    }

    /// The *t* of a term against permutations of its residuals on the others (qapspp) or of
    /// itself (qapx), by Frisch–Waugh: only the permuted column's products change.
    static func permutedTerm(_ term: Int, design: DyadicDesign, x: [[Double]], y: [Double], rows: [Int32], cols: [Int32],
                             residualized: Bool, df: Double, runner: PermutationRunner) throws -> [Double] {
        let n = design.nodeCount, N = y.count
        let others = x.indices.filter { $0 != term }.map { x[$0] }
        guard let (qf, _) = SmallLinearAlgebra.qr(others) else { throw RegressionError.collinear("the predictors are collinear") }
        let km = qf.count
        let ey = SmallLinearAlgebra.residual(y, on: qf)
        let eyy = ey.reduce(0) { $0 + $1 * $1 }
        // The permuted matrix: the residuals (qapspp) or the predictor itself (qapx), with the
        // other triangle mirrored in an undirected design.
        var z = design.matrices[term]
        if residualized {
            z = design.matrix(placing: SmallLinearAlgebra.residual(x[term], on: qf), rows: rows, columns: cols)
        }
        // The residualized outcome rides as one more column, so Qᵀz and zᵀe come out of one pass.
        let width = km + 1
        var interleaved = [Double](repeating: 0, count: N * width)
        for c in 0..<N {
            for m in 0..<km { interleaved[c * width + m] = qf[m][c] }
            interleaved[c * width + km] = ey[c]
        }
        return try runner.run(term: term, makeScratch: { [Double](repeating: 0, count: width) }) { a, p in
            let zz = Self.project(z, nodeCount: n, permuted: p, rows: rows, cols: cols, onto: interleaved, width: width, into: &a)
            let ze = a[km]
            var ztz = zz
            for m in 0..<km { ztz -= a[m] * a[m] }
            guard ztz > 1e-12 * max(zz, 1e-300) else { return .nan }
            let coefficient = ze / ztz
            let rss = eyy - ze * ze / ztz
            return coefficient / (max(rss, 0) / df / ztz).squareRoot()
        }
    }

    /// Σ v² of the permuted *n* × *n* matrix `m` read at the cells, and its products with the `width`
    /// interleaved columns (cell by cell) written to `a[0..<width]`: all that a permutation
    /// changes in either null, in one pass without bounds checks.
    static func project(_ m: [Double], nodeCount n: Int, permuted p: UnsafeBufferPointer<Int32>, rows: [Int32], cols: [Int32],
                        onto interleaved: [Double], width: Int, into a: inout [Double]) -> Double {
        let N = rows.count
        for j in 0..<width { a[j] = 0 }
        var vv = 0.0
        m.withUnsafeBufferPointer { m in
        interleaved.withUnsafeBufferPointer { q in
        rows.withUnsafeBufferPointer { rows in
        cols.withUnsafeBufferPointer { cols in
        a.withUnsafeMutableBufferPointer { a in
            for c in 0..<N {
                let v = m[Int(p[Int(rows[c])]) * n + Int(p[Int(cols[c])])]
                vv += v * v
                let base = c * width
                for j in 0..<width { a[j] += q[base + j] * v }
            }
        }}}}}
        return vv
    }

    /// The *t* of every term against permutations of the outcome.
    static func qapy(_ design: DyadicDesign, rows: [Int32], cols: [Int32], q: [[Double]], r: [Double], k: Int,
                     ginv: [Double], df: Double, runner: PermutationRunner) throws -> [[Double]] {
        let n = design.nodeCount, N = rows.count
        let yMatrix = design.outcome
        var interleaved = [Double](repeating: 0, count: N * k)
        for c in 0..<N { for m in 0..<k { interleaved[c * k + m] = q[m][c] } }
        var results = [[Double]](repeating: [], count: runner.reps)
        // The runner keeps one value per rep: one pass per term, each over the same permutations.
        for term in 0..<k {
            let values = try runner.run(term: 0, makeScratch: { [Double](repeating: 0, count: 2 * k) }) { a, p in
                let yy = Self.project(yMatrix, nodeCount: n, permuted: p, rows: rows, cols: cols, onto: interleaved, width: k, into: &a)
                var rss = yy
                for m in 0..<k { rss -= a[m] * a[m] }
                for i in stride(from: k - 1, through: 0, by: -1) {
                    var s = a[i]
                    for j in (i + 1)..<k { s -= r[i * k + j] * a[k + j] }
                    a[k + i] = s / r[i * k + i]
                }
                return a[k + term] / (ginv[term] * max(rss, 0) / df).squareRoot()
            }
            for rep in 0..<runner.reps { results[rep].append(values[rep]) }
        }
        return results
    }
}
