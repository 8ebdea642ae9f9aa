import Foundation
import Testing
@testable import Cohesion

/// Iterative measures report progress that moves (by convergence, not by the iteration limit).
@Suite struct IterationProgressTests {
    @Test(arguments: [false, true])
    func pageRankProgressMoves(directed: Bool) throws {
        let g = try ApproximationAndProgressTests.ring(3_000, chords: 9_000, directed: directed, seed: 21)
        let recorder = ApproximationAndProgressTests.Recorder()
        _ = try g.pageRank(options: ComputationOptions(progress: { recorder.add($0) }))
        let values = recorder.values
        #expect(values.last == 1)
        #expect(values == values.sorted())
        // Before the last report the fraction has passed a quarter, where iteration / 10,000
        // would have stayed under 1 %.
        #expect(values.dropLast().contains { $0 > 0.25 && $0 < 1 })
    }

    @Test func convergenceFractionIsLogarithmic() {
        var tracker = ConvergenceProgress(target: 1e-9)
        #expect(tracker.fraction(change: 1e-3) == 0)
        #expect(abs(tracker.fraction(change: 1e-6) - 0.5) < 1e-12)
        #expect(abs(tracker.fraction(change: 1e-4) - 0.5) < 1e-12)   // never goes back
        #expect(tracker.fraction(change: 1e-12) == 0.99)              // 1 only once converged
    }
}

/// Per-node (empirical Bernstein) error bounds of sampled betweenness.
@Suite struct SampledErrorBoundTests {
    @Test(arguments: [false, true])
    func perNodeBoundsHoldAndBeatTheUniformBound(directed: Bool) throws {
        // A ring with chords and a hub joined to every fourth node: the hub lies on most paths.
        var edges: [(Int, Int)] = (0..<800).map { ($0, ($0 + 1) % 800) }
        var state: UInt64 = 31
        for _ in 0..<800 {
            let u = Int(splitMix64(&state) % 800), v = Int(splitMix64(&state) % 800)
            if u != v { edges.append((u, v)) }
        }
        for v in stride(from: 0, to: 800, by: 4) { edges.append((800, v)); if directed { edges.append((v, 800)) } }
        let g = try AnalysisGraph(nodeCount: 801, edges: edges, isDirected: directed)
        let exact = try g.betweenness()
        let estimate = try g.approximateBetweenness(samples: 300, seed: 9)
        let bounds = estimate.errorBounds(confidence: 0.95)
        let uniform = estimate.errorBound(confidence: 0.95)
        #expect(bounds.count == 801)
        for v in 0..<801 { #expect(abs(exact[v] - estimate.values[v]) <= bounds[v]) }
        // The hub's bound is below its value (it bounds something) and below the uniform bound,
        // and so is every bound of a node no path crosses.
        #expect(bounds[800] < estimate.values[800])
        #expect(bounds[800] < uniform)
        #expect(bounds.sorted()[400] < uniform)
        let perNode = estimate.errorBounds(confidence: 0.95, simultaneous: false)
        #expect(zip(perNode, bounds).allSatisfy { $0 < $1 })
        let combined = estimate.combinedErrorBounds(confidence: 0.95)
        #expect(combined.allSatisfy { $0 <= estimate.errorBound(confidence: 0.975) })
        // Raw values scale the bound with them.
        let raw = try g.approximateBetweenness(samples: 300, seed: 9, normalized: false)
        #expect(abs(raw.errorBounds()[800] - bounds[800] * raw.scale) <= 1e-9 * raw.scale)
    }
}
