import Foundation
import Testing
@testable import Cohesion

/// Sampled betweenness and its bound; progress reports and cancellation of long computations.
@Suite struct ApproximationAndProgressTests {
    /// A seeded random graph: a ring (so it is connected) plus random chords.
    static func ring(_ n: Int, chords: Int, directed: Bool, seed: UInt64) throws -> AnalysisGraph {
        var state = seed
        var edges = (0..<n).map { ($0, ($0 + 1) % n) }
        for _ in 0..<chords {
            let u = Int(splitMix64(&state) % UInt64(n)), v = Int(splitMix64(&state) % UInt64(n))
            if u != v { edges.append((u, v)) }
        }
        return try AnalysisGraph(nodeCount: n, edges: edges, isDirected: directed)
    }

    @Test func samplesNeededFollowsHoeffding() {
        // ⌈ln(2·100000/0.05) / (2·0.01²)⌉ + 1
        let expected = Int((log(2 * 100_000 / 0.05) / (2 * 0.0001)).rounded(.up)) + 1
        #expect(ApproximateBetweenness.samplesNeeded(nodeCount: 100_000, error: 0.01) == expected)
        #expect(expected == 76_011)
        #expect(ApproximateBetweenness.samplesNeeded(nodeCount: 50, error: 0.01) == 50)
    }

    @Test(arguments: [false, true])
    func estimateIsWithinItsBound(directed: Bool) throws {
        let g = try Self.ring(600, chords: 1200, directed: directed, seed: 11)
        let exact = try g.betweenness()
        let estimate = try g.approximateBetweenness(samples: 150, seed: 3)
        #expect(estimate.sources.count == 150)
        #expect(Set(estimate.sources).count == 150)
        let bound = estimate.errorBound(confidence: 0.99)
        #expect(bound > 0 && bound < 0.25)
        let worst = zip(exact, estimate.values).map { abs($0 - $1) }.max() ?? .infinity
        #expect(worst <= bound)
        // The draw is reproducible and changes with the seed.
        #expect(try g.approximateBetweenness(samples: 150, seed: 3).sources == estimate.sources)
        #expect(try g.approximateBetweenness(samples: 150, seed: 4).sources != estimate.sources)
    }

    @Test("the sources that would bound the top node within 10%: in the note and the measure's result, in library terms")
    func samplesForTenPercent() throws {
        let g = try Self.ring(600, chords: 1200, directed: false, seed: 11)
        let estimate = try g.approximateBetweenness(samples: 20, seed: 3)
        let k = try #require(estimate.samplesForTenPercent)
        let top = try #require(estimate.values.indices.max { estimate.values[$0] < estimate.values[$1] })
        #expect(k == estimate.samplesNeeded(relativeError: 0.1, of: top))
        let summary = estimate.boundSummary(labels: g.labels)
        #expect(summary.hasSuffix("about \(k) sampled sources would bound the top node within 10%"), "\(summary)")
        var parameters = MeasureParameters()
        parameters.betweennessSamples = 20
        parameters.seed = 3
        let result = try NodeMeasure.betweenness.compute(on: g, parameters: parameters)
        #expect(result.samplesForTenPercent == k)
        #expect(result.note == summary)
        #expect(result.note?.contains("--") == false)
        // Exact betweenness: nothing to suggest.
        #expect(try NodeMeasure.betweenness.compute(on: g).samplesForTenPercent == nil)
    }

    @Test func allSourcesGiveTheExactMeasure() throws {
        let g = try Self.ring(120, chords: 150, directed: true, seed: 5)
        for normalized in [true, false] {
            let exact = try g.betweenness(normalized: normalized)
            let all = try g.approximateBetweenness(samples: 1_000, normalized: normalized)
            #expect(all.sources.count == 120)
            for (a, b) in zip(exact, all.values) { #expect(abs(a - b) <= 1e-12 * max(1, abs(a))) }
        }
    }

    @Test func parallelAndSerialAgree() throws {
        let g = try Self.ring(3_000, chords: 6_000, directed: false, seed: 9)
        let serial = try g.betweenness(normalized: false, options: .serial)
        let parallel = try g.betweenness(normalized: false, options: ComputationOptions(threads: 2))
        for (a, b) in zip(serial, parallel) { #expect(abs(a - b) <= 1e-9 * max(1, abs(a))) }
    }

    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var values: [Double] = []
        func add(_ x: Double) { lock.lock(); values.append(x); lock.unlock() }
    }

    @Test func progressIsReportedUpToCompletion() throws {
        let g = try Self.ring(2_000, chords: 3_000, directed: false, seed: 2)
        let recorder = Recorder()
        _ = try g.betweenness(options: ComputationOptions(progress: { recorder.add($0) }))
        #expect(recorder.values.count >= 10)
        #expect(recorder.values.last == 1)
        #expect(recorder.values.allSatisfy { $0 >= 0 && $0 <= 1 })
        // Reports come from several threads but each is a fresh maximum.
        #expect(recorder.values == recorder.values.sorted())
    }

    @Test func cancellingMidwayThrows() throws {
        let g = try Self.ring(3_000, chords: 6_000, directed: false, seed: 4)
        let flag = CancellationFlag()
        let recorder = Recorder()
        let options = ComputationOptions(progress: { fraction in
            recorder.add(fraction)
            if fraction >= 0.2 { flag.cancel() }
        }, cancellation: flag)
        #expect(throws: CancellationError.self) { try g.betweenness(options: options) }
        #expect((recorder.values.max() ?? 1) < 0.9)
        #expect(throws: CancellationError.self) { try g.closeness(options: options) }
        #expect(throws: CancellationError.self) { try g.pageRank(options: options) }
    }
}
