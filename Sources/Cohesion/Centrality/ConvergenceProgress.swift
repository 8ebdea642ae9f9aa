import Foundation

/// Progress of an iteration that stops when its change falls below a target: the fraction of
/// the way, on a log scale, from the first change to the target. Iterations such as PageRank's
/// shrink the change by a roughly constant factor each step, so the fraction grows about
/// linearly with the steps, where steps over the iteration limit would stay near 0 %.
///
/// The fraction never decreases and stays below 1 until the iteration has converged.
///
/// ```swift
/// var tracker = ConvergenceProgress(target: 1e-9)
/// tracker.fraction(change: 1e-3)   // 0 (the first step sets the scale)
/// tracker.fraction(change: 1e-6)   // 0.5
/// ```
///
/// - Complexity: O(1) per step.
struct ConvergenceProgress {
    let target: Double
    private var first: Double?
    private var reached = 0.0

    init(target: Double) { self.target = target }

    /// The fraction done after a step whose change was `change`.
    mutating func fraction(change: Double) -> Double {
        guard change.isFinite, change > 0, target > 0 else { return reached }
        guard let first else {
            self.first = max(change, target)
            return reached
        }
        let span = log(first / target)
        guard span > 0 else { return reached }
        let f = min(0.99, max(0, log(first / change) / span))
        reached = max(reached, f)
        return reached
    }
}
