import Foundation

/// Tells early that a power iteration will not reach its target within its iteration limit.
///
/// A power iteration's change shrinks by about |λ₂/λ₁| a step once the first transients have
/// passed; when two eigenvalues tie in modulus (several strong components alike, a periodic
/// graph) it does not shrink at all. After 500 steps, every 100 steps, the watch measures the
/// mean rate over the last 100 and predicts the steps still needed; when that is more than ten
/// times the steps left under the limit, the iteration cannot converge in time and stopping now
/// gives the same ``CentralityError/didNotConverge(measure:iterations:)`` without the wait
/// (NetworkX's default limit is 100 steps).
///
/// - Complexity: O(1) per step.
struct StallWatch {
    let target: Double
    let maxIterations: Int
    private var checkpoint = Double.nan

    init(target: Double, maxIterations: Int) {
        self.target = target
        self.maxIterations = maxIterations
    }

    /// Whether the iteration, after step `iteration` (from 0) whose change was `change`,
    /// cannot reach the target within the limit.
    mutating func cannotConverge(change: Double, iteration: Int) -> Bool {
        guard iteration >= 400, iteration % 100 == 0 else { return false }
        defer { checkpoint = change }
        guard checkpoint.isFinite, checkpoint > 0, change > target, target > 0 else { return false }
        let rate = pow(change / checkpoint, 1.0 / 100)
        let left = Double(maxIterations - iteration)
        guard rate < 1 else { return iteration >= 500 }
        let needed = log(target / change) / log(rate)
        return iteration >= 500 && needed > 10 * left
    }
}
