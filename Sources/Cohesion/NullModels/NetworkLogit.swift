import Foundation

/// Logistic regression of a binary relation on others over the cells of their matrices, with
/// QAP p-values: R sna's `netlogit`.
///
/// The outcome layer (a tie is 1, no tie 0) is regressed on predictor relations (see
/// ``DyadicDesign``) by maximum likelihood with iteratively reweighted least squares as R's
/// `glm.fit` runs it (the same start, and a stop when the deviance changes by less than 1e-8
/// relatively), so estimates and standard errors are sna's. Standard errors come from the
/// inverse information matrix of the last weighted fit; the statistic is *z* = estimate / standard error,
/// permuted as ``NetworkRegression`` describes (qapspp residualizes each predictor on the
/// others by least squares, as sna does). The classical p-values use Student's *t* with
/// *N* − *k* degrees of freedom, as sna's `netlogit` does.
///
/// ```swift
/// let design = try DyadicDesign(network, outcome: "coalition", predictors: [.layer("funding"), .same("sector")])
/// let fit = try NetworkLogit(design, null: .qapspp, permutations: 1000, seed: 1)
/// print(fit.terms[1].estimate, fit.deviance)
/// ```
///
/// - Complexity: O(*N* *k*² *i*) per fit for *i* iterations (usually under 10); one fit per
///   permutation and term.
public struct NetworkLogit: Sendable {
    /// The terms, intercept first.
    public let terms: [RegressionTerm]
    /// The residual deviance, −2 log-likelihood.
    public let deviance: Double
    /// The null deviance as sna reports it: R's `glm.fit` is called without an intercept of
    /// its own, so this is the deviance of μ = ½ in every cell, 2*N* log 2, not that of the
    /// intercept-only model.
    public let nullDeviance: Double
    /// deviance + 2k.
    public let aic: Double
    /// The number of cells *N*.
    public let cellCount: Int
    /// The null hypothesis of the p-values.
    public let null: RegressionNull
    /// Permutations per term (0 for classical).
    public let permutations: Int
    /// Their seed.
    public let seed: UInt64

    /// Fits the model and tests each term.
    ///
    /// - Throws: ``RegressionError/nonBinaryOutcome`` when the outcome is not 0/1;
    ///   ``RegressionError/invalid(_:)`` when the fit does not converge (complete separation); ``RegressionError/collinear(_:)``;
    ///   `CancellationError` when cancelled.
    public init(_ design: DyadicDesign, null requested: RegressionNull = .qapspp, permutations: Int = 1000, seed: UInt64 = 1,
                options: ComputationOptions = .default) throws {
        let null = try design.null(requested, permutations: permutations)
        let (rows, cols, y, x) = try design.fitCells()
        let N = rows.count, k = x.count, n = design.nodeCount
        guard y.allSatisfy({ $0 == 0 || $0 == 1 }) else {
            throw RegressionError.nonBinaryOutcome
        }
        guard SmallLinearAlgebra.qr(x) != nil else {
            throw RegressionError.collinear("the predictors are collinear (\(design.names.dropFirst().joined(separator: ", ")))")
        }
        var flat = [Double](repeating: 0, count: N * k)
        for c in 0..<N { for j in 0..<k { flat[c * k + j] = x[j][c] } }
        var work = LogitWork(cells: N, terms: k)
        guard let fit = work.fit(flat, y) else {
            throw RegressionError.invalid("the logistic fit does not converge (the outcome may be perfectly separated by a predictor)")
        }
        let z = (0..<k).map { fit.b[$0] / fit.se[$0] }
        let df = Double(N - k)
        var nullStats: [[Double]] = []
        if let runner = try design.permutations(under: null, reps: permutations, seed: seed, options: options) {
            if null == .qapy {
                for term in 0..<k {
                    let yMatrix = design.outcome
                    nullStats.append(try runner.run(term: 0, makeScratch: { (LogitWork(cells: N, terms: k), [Double](repeating: 0, count: N)) }) { s, p in
                        for c in 0..<N { s.1[c] = yMatrix[Int(p[Int(rows[c])]) * n + Int(p[Int(cols[c])])] }
                        guard let f = s.0.fit(flat, s.1) else { return .nan }
                        return f.b[term] / f.se[term]
                    })
                }
            } else {
                for term in 0..<k {
                    let others = (0..<k).filter { $0 != term }
                    var zMatrix = design.matrices[term]
                    if null == .qapspp {
                        guard let (qf, _) = SmallLinearAlgebra.qr(others.map { x[$0] }) else { throw RegressionError.collinear("the predictors are collinear") }
                        zMatrix = design.matrix(placing: SmallLinearAlgebra.residual(x[term], on: qf), rows: rows, columns: cols)
                    }
                    // Others first, the permuted column last, as sna orders them.
                    var base = [Double](repeating: 0, count: N * k)
                    for c in 0..<N { for (m, j) in others.enumerated() { base[c * k + m] = x[j][c] } }
                    let zm = zMatrix
                    nullStats.append(try runner.run(term: term, makeScratch: { (LogitWork(cells: N, terms: k), base) }) { s, p in
                        for c in 0..<N { s.1[c * k + k - 1] = zm[Int(p[Int(rows[c])]) * n + Int(p[Int(cols[c])])] }
                        guard let f = s.0.fit(s.1, y) else { return .nan }
                        return f.b[k - 1] / f.se[k - 1]
                    })
                }
            }
        }
        terms = RegressionTerm.tested(names: design.names, estimates: fit.b, standardErrors: fit.se, statistics: z,
                                      null: null, df: df, nullStatistics: nullStats)
        deviance = fit.deviance
        nullDeviance = 2 * Double(N) * log(2)
        aic = fit.deviance + 2 * Double(k)
        cellCount = N
        self.null = null
        self.permutations = null == .classical ? 0 : permutations
        self.seed = seed
    }
}

/// Reusable buffers for logistic fits on one design size: nothing is allocated per fit but
/// the small k-sized results.
struct LogitWork {
    let cells: Int, terms: Int
    var eta: [Double]
    var gram: [Double]
    var rhs: [Double]
    var b: [Double]

    init(cells: Int, terms: Int) {
        self.cells = cells
        self.terms = terms
        eta = [Double](repeating: 0, count: cells)
        gram = [Double](repeating: 0, count: terms * terms)
        rhs = [Double](repeating: 0, count: terms)
        b = [Double](repeating: 0, count: terms)
    }

    /// IRLS from R's start (μ = (y + ½)/2); nil when it does not converge in 100 iterations.
    mutating func fit(_ x: [Double], _ y: [Double]) -> (b: [Double], se: [Double], deviance: Double)? {
        let N = cells, k = terms
        for c in 0..<N { let mu = (y[c] + 0.5) / 2; eta[c] = log(mu / (1 - mu)) }
        var previous = Double.infinity
        for _ in 0..<100 {
            for i in 0..<(k * k) { gram[i] = 0 }
            for i in 0..<k { rhs[i] = 0 }
            x.withUnsafeBufferPointer { x in
            y.withUnsafeBufferPointer { y in
            eta.withUnsafeBufferPointer { eta in
            gram.withUnsafeMutableBufferPointer { g in
            rhs.withUnsafeMutableBufferPointer { r in
                for c in 0..<N {
                    let mu = 1 / (1 + exp(-eta[c]))
                    let w = max(mu * (1 - mu), 1e-300)
                    let z = eta[c] + (y[c] - mu) / w
                    let base = c * k
                    for i in 0..<k {
                        let wxi = w * x[base + i]
                        r[i] += wxi * z
                        for j in 0...i { g[i * k + j] += wxi * x[base + j] }
                    }
                }
            }}}}}
            for i in 0..<k { for j in 0..<i { gram[j * k + i] = gram[i * k + j] } }
            guard let l = SmallLinearAlgebra.cholesky(gram, k) else { return nil }
            // Solve L Lᵀ b = rhs.
            for i in 0..<k {
                var s = rhs[i]
                for j in 0..<i { s -= l[i * k + j] * b[j] }
                b[i] = s / l[i * k + i]
            }
            for i in stride(from: k - 1, through: 0, by: -1) {
                var s = b[i]
                for j in (i + 1)..<k { s -= l[j * k + i] * b[j] }
                b[i] = s / l[i * k + i]
            }
            var deviance = 0.0
            for c in 0..<N {
                var e = 0.0
                for j in 0..<k { e += x[c * k + j] * b[j] }
                eta[c] = e
                // −2 log-likelihood, stable for large |η|.
                deviance += 2 * (y[c] == 1 ? log1p(exp(-e)) : log1p(exp(e)))
            }
            guard deviance.isFinite else { return nil }
            // R's glm.fit: stop when the deviance changes by less than 1e-8 relatively; the
            // standard errors come from the last weighted fit's cross-products, as sna's.
            if abs(deviance - previous) / (abs(deviance) + 0.1) < 1e-8 {
                return (b, Self.standardErrors(cholesky: l, k: k), deviance)
            }
            previous = deviance
        }
        return nil
    }

    /// √diag((XᵀWX)⁻¹) from the Cholesky factor L of XᵀWX.
    static func standardErrors(cholesky l: [Double], k: Int) -> [Double] {
        // diag(G⁻¹)_j = the squared norm of column j of L⁻¹.
        var se = [Double](repeating: 0, count: k)
        var e = [Double](repeating: 0, count: k)
        for j in 0..<k {
            for i in 0..<k { e[i] = i == j ? 1 : 0 }
            for i in 0..<k {
                var s = e[i]
                for m in 0..<i { s -= l[i * k + m] * e[m] }
                e[i] = s / l[i * k + i]
            }
            for i in 0..<k { se[j] += e[i] * e[i] }
        }
        return se.map { $0.squareRoot() }
    }
}
