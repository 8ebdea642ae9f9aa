/// The null hypothesis a network regression's p-values come from (R sna's `netlm` and
/// `netlogit` `nullhyp`).
///
/// ```swift
/// let fit = try NetworkRegression(design, null: .qapspp, permutations: 2000, seed: 1)
/// ```
///
/// - Complexity: O(1).
public enum RegressionNull: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Ordinary least-squares theory: Student's *t* (netlm) or the normal distribution
    /// (netlogit). Ignores that the cells of a network are not independent.
    case classical
    /// sna's `qap`, which sna runs as ``qapspp``.
    case qap
    /// Dekker, Krackhardt and Snijders' semi-partialling plus permutation (2007, doi:10.1007/s11336-007-9016-1):
    /// each predictor is regressed on the others, its residuals are permuted, and the
    /// statistic of the permuted residuals is the null distribution of its own.
    case qapspp
    /// The outcome's rows and columns are permuted together (Krackhardt 1988, doi:10.1016/0378-8733(88)90004-4).
    case qapy
    /// Each predictor's rows and columns are permuted in turn, the others kept.
    case qapx

    /// The spelling on the command line.
    public var description: String { rawValue }

    /// The null actually run: ``qap`` is ``qapspp``, as in sna.
    public var resolved: RegressionNull { self == .qap ? .qapspp : self }
}
