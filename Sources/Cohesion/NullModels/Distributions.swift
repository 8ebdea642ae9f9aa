import Foundation

/// Tail probabilities of Student's *t* and the standard normal distribution, for classical
/// p-values of network regressions (R's `pt` and `pnorm`).
///
/// Student's *t* goes through the regularized incomplete beta function, evaluated by its
/// continued fraction (modified Lentz), accurate to about 1e-14 relative.
///
/// - Complexity: O(1) (at most 300 continued-fraction terms).
enum Distributions {
    /// P(T ≥ t) for Student's *t* with `df` degrees of freedom.
    static func studentUpper(_ t: Double, df: Double) -> Double {
        guard t.isFinite else { return t.isNaN ? .nan : (t > 0 ? 0 : 1) }
        guard df > 0 else { return .nan }
        let x = df / (df + t * t)
        let tail = 0.5 * regularizedBeta(x, df / 2, 0.5)   // P(|T| ≥ |t|) / 2
        return t >= 0 ? tail : 1 - tail
    }

    /// P(Z ≥ z) for the standard normal distribution.
    static func normalUpper(_ z: Double) -> Double {
        guard !z.isNaN else { return .nan }
        return 0.5 * erfc(z / 2.0.squareRoot())
    }

    /// I_x(a, b).
    static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x))
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x, a, b) / a
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b
    }

    static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-16
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m)
            var numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d; h *= d * c
            numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }
}

/// Small dense linear algebra for regressions with few terms.
enum SmallLinearAlgebra {
    /// Thin QR of an *N* × *k* column-major matrix by modified Gram–Schmidt with one
    /// reorthogonalization: Q (column-major) and R (row-major, upper triangular). Nil when a
    /// column is (numerically) a combination of earlier ones.
    static func qr(_ columns: [[Double]]) -> (q: [[Double]], r: [Double])? {
        let k = columns.count
        guard let rows = columns.first?.count else { return nil }
        var q = columns
        var r = [Double](repeating: 0, count: k * k)
        for j in 0..<k {
            let original = (q[j].reduce(0) { $0 + $1 * $1 }).squareRoot()
            for _ in 0..<2 {
                for i in 0..<j {
                    var dot = 0.0
                    for c in 0..<rows { dot += q[i][c] * q[j][c] }
                    r[i * k + j] += dot
                    for c in 0..<rows { q[j][c] -= dot * q[i][c] }
                }
            }
            let norm = (q[j].reduce(0) { $0 + $1 * $1 }).squareRoot()
            guard norm > 1e-7 * max(original, 1e-300) else { return nil }
            r[j * k + j] = norm
            for c in 0..<rows { q[j][c] /= norm }
        }
        return (q, r)
    }

    /// `v` less its projection on the orthonormal columns `q`: the residual of `v` regressed on
    /// them, which semi-partialling (qapspp) permutes in both regressions.
    static func residual(_ v: [Double], on q: [[Double]]) -> [Double] {
        var e = v
        for col in q {
            let d = zip(col, v).reduce(0) { $0 + $1.0 * $1.1 }
            for c in e.indices { e[c] -= d * col[c] }
        }
        return e
    }

    /// Solves R b = v for upper-triangular row-major R.
    static func backSubstitute(_ r: [Double], _ v: [Double]) -> [Double] {
        let k = v.count
        var b = v
        for i in stride(from: k - 1, through: 0, by: -1) {
            for j in (i + 1)..<k { b[i] -= r[i * k + j] * b[j] }
            b[i] /= r[i * k + i]
        }
        return b
    }

    /// The diagonal of (RᵀR)⁻¹ = R⁻¹R⁻ᵀ.
    static func inverseGramDiagonal(_ r: [Double], _ k: Int) -> [Double] {
        // R⁻¹ column by column.
        var inv = [Double](repeating: 0, count: k * k)
        for j in 0..<k {
            var e = [Double](repeating: 0, count: k); e[j] = 1
            let col = backSubstitute(r, e)
            for i in 0..<k { inv[i * k + j] = col[i] }
        }
        return (0..<k).map { i in (0..<k).reduce(0) { $0 + inv[i * k + $1] * inv[i * k + $1] } }
    }

    /// Cholesky factor (lower, row-major) of a symmetric positive-definite k × k matrix; nil
    /// when it is not positive definite.
    static func cholesky(_ a: [Double], _ k: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: k * k)
        for i in 0..<k {
            for j in 0...i {
                var s = a[i * k + j]
                for m in 0..<j { s -= l[i * k + m] * l[j * k + m] }
                if i == j {
                    guard s > 0 else { return nil }
                    l[i * k + i] = s.squareRoot()
                } else {
                    l[i * k + j] = s / l[j * k + j]
                }
            }
        }
        return l
    }
}
