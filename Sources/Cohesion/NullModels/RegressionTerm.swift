/// One term of a network regression: its estimate, standard error, test statistic and
/// p-values.
///
/// `p` is two-sided: under a permutation null the share of permuted statistics at least as
/// large in absolute value as the observed one (sna's `Pr(>=|b|)`, `pgreqabs`); under the
/// classical null twice the upper tail of |statistic|. ``pGreaterOrEqual`` and
/// ``pLessOrEqual`` are the one-sided shares (sna's `pgreq` and `pleeq`). Permuted statistics
/// equal to the observed one within 1e-10 of its size count as equal.
///
/// ```swift
/// for term in fit.terms { print(term.name, term.estimate, term.standardError, term.p) }
/// ```
///
/// - Complexity: O(1).
public struct RegressionTerm: Hashable, Sendable {
    /// `(intercept)`, a layer id, `same:ATTR` or `diff:ATTR`.
    public let name: String
    /// The coefficient.
    public let estimate: Double
    /// Its standard error.
    public let standardError: Double
    /// estimate / standard error: *t* (netlm) or *z* (netlogit), the statistic permuted.
    public let statistic: Double
    /// The two-sided p-value.
    public let p: Double
    /// P(statistic ≥ observed).
    public let pGreaterOrEqual: Double
    /// P(statistic ≤ observed).
    public let pLessOrEqual: Double

    /// Creates a term.
    public init(name: String, estimate: Double, standardError: Double, statistic: Double, p: Double,
                pGreaterOrEqual: Double, pLessOrEqual: Double) {
        self.name = name
        self.estimate = estimate
        self.standardError = standardError
        self.statistic = statistic
        self.p = p
        self.pGreaterOrEqual = pGreaterOrEqual
        self.pLessOrEqual = pLessOrEqual
    }

    /// The terms of a fit, each statistic tested against Student's *t* with `df` degrees of
    /// freedom (classical) or against its own permuted statistics: netlm and netlogit report
    /// their p-values the same way, so both fits build their terms here.
    static func tested(names: [String], estimates: [Double], standardErrors: [Double], statistics: [Double],
                       null: RegressionNull, df: Double, nullStatistics: [[Double]]) -> [RegressionTerm] {
        statistics.indices.map { j in
            let p: (p: Double, ge: Double, le: Double)
            if null == .classical {
                let upper = Distributions.studentUpper(statistics[j], df: df)
                p = (2 * Distributions.studentUpper(abs(statistics[j]), df: df), upper, 1 - upper)
            } else {
                p = shares(statistics[j], nullStatistics[j])
            }
            return RegressionTerm(name: names[j], estimate: estimates[j], standardError: standardErrors[j],
                                  statistic: statistics[j], p: p.p, pGreaterOrEqual: p.ge, pLessOrEqual: p.le)
        }
    }

    /// One-sided and two-sided shares of a null distribution (NaN draws left out).
    static func shares(_ observed: Double, _ null: [Double]) -> (p: Double, ge: Double, le: Double) {
        var count = 0, ge = 0, le = 0, abs = 0
        let slack = 1e-10 * max(1, Swift.abs(observed))
        for v in null where !v.isNaN {
            count += 1
            if v >= observed - slack { ge += 1 }
            if v <= observed + slack { le += 1 }
            if Swift.abs(v) >= Swift.abs(observed) - slack { abs += 1 }
        }
        guard count > 0, !observed.isNaN else { return (.nan, .nan, .nan) }
        let c = Double(count)
        return (Double(abs) / c, Double(ge) / c, Double(le) / c)
    }
}
