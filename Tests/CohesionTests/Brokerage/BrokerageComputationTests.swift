import Foundation
import Testing
@testable import Cohesion

/// Gould–Fernandez brokerage and structural holes run on ``SourceSweep``: the thread count,
/// progress and cancellation of ``ComputationOptions`` apply, and the results do not depend on
/// the number of threads.
@Suite struct BrokerageComputationTests {
    /// A directed ring with random chords, large enough (over 1,024 nodes) for two workers.
    static func graph(_ n: Int = 3_000, chords: Int = 9_000, seed: UInt64 = 7) throws -> AnalysisGraph {
        var state = seed
        var edges = (0..<n).map { ($0, ($0 + 1) % n) }
        for _ in 0..<chords {
            let u = Int(splitMix64(&state) % UInt64(n)), v = Int(splitMix64(&state) % UInt64(n))
            if u != v { edges.append((u, v)) }
        }
        return try AnalysisGraph(nodeCount: n, edges: edges, isDirected: true)
    }

    static func groups(_ n: Int) -> Partition {
        Partition(nodeLabels: (0..<n).map { ["state", "department", "city", "association"][($0 * 7 + $0 / 5) % 4] })
    }

    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var values: [Double] = []
        func add(_ x: Double) { lock.lock(); values.append(x); lock.unlock() }
    }

    @Test func oneThreadEqualsTwoThreads() throws {
        let g = try Self.graph()
        let groups = Self.groups(g.nodeCount)
        let serial = try GouldFernandezBrokerage(g, partition: groups, options: ComputationOptions(threads: 1))
        let parallel = try GouldFernandezBrokerage(g, partition: groups, options: ComputationOptions(threads: 2))
        #expect(serial.networkCounts.total > 0)
        #expect(serial == parallel)
        let holes1 = try StructuralHoles(g, options: ComputationOptions(threads: 1))
        let holes2 = try StructuralHoles(g, options: ComputationOptions(threads: 2))
        #expect(holes1.constraint.elementsEqual(holes2.constraint) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        #expect(holes1.effectiveSize.elementsEqual(holes2.effectiveSize) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        #expect(holes1.hierarchy.elementsEqual(holes2.hierarchy) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        #expect(holes1.localConstraintList == holes2.localConstraintList)
        #expect(ComputationOptions(parallel: false, threads: 2).threadCount == 1)
    }

    /// Partial credit sums per worker; dealt chunks make each thread count's sum the same in
    /// every run, and one thread's and two threads' sums differ only by rounding.
    @Test func partialCreditIsReproducible() throws {
        let g = try Self.graph()
        let groups = Self.groups(g.nodeCount)
        let two = ComputationOptions(threads: 2)
        let a = try GouldFernandezBrokerage(g, partition: groups, partialCredit: true, options: two)
        let b = try GouldFernandezBrokerage(g, partition: groups, partialCredit: true, options: two)
        #expect(a == b)
        let serial = try GouldFernandezBrokerage(g, partition: groups, partialCredit: true, options: .serial)
        #expect(serial.counts == a.counts)
        for (x, y) in zip(serial.scores, a.scores) {
            for (p, q) in zip(x.snaOrder, y.snaOrder) { #expect(agrees(p, q, relative: 1e-12)) }
        }
    }

    @Test func progressIsReportedUpToCompletion() throws {
        let g = try Self.graph()
        let recorder = Recorder()
        _ = try GouldFernandezBrokerage(g, partition: Self.groups(g.nodeCount),
                                        options: ComputationOptions(threads: 2, progress: { recorder.add($0) }))
        #expect(recorder.values.count >= 10)
        #expect(recorder.values.last == 1)
        #expect(recorder.values == recorder.values.sorted())
        let holes = Recorder()
        _ = try StructuralHoles(g, options: ComputationOptions(progress: { holes.add($0) }))
        #expect(holes.values.count >= 10)
        #expect(holes.values.last == 1)
    }

    @Test func cancellingStopsBrokerage() throws {
        let g = try Self.graph()
        let groups = Self.groups(g.nodeCount)
        let cancelled = CancellationFlag()
        cancelled.cancel()
        let before = ComputationOptions(cancellation: cancelled)
        #expect(throws: CancellationError.self) { try GouldFernandezBrokerage(g, partition: groups, options: before) }
        #expect(throws: CancellationError.self) { try StructuralHoles(g, options: before) }

        for partialCredit in [false, true] {
            let flag = CancellationFlag()
            let recorder = Recorder()
            let midway = ComputationOptions(threads: 2, progress: { fraction in
                recorder.add(fraction)
                if fraction >= 0.2 { flag.cancel() }
            }, cancellation: flag)
            #expect(throws: CancellationError.self) {
                try GouldFernandezBrokerage(g, partition: groups, partialCredit: partialCredit, options: midway)
            }
            #expect((recorder.values.max() ?? 1) < 0.9)
        }
    }
}

/// Library errors name the library's terms, not the tool's flags.
@Suite struct LibraryErrorWordingTests {
    @Test func weightMeaningMismatchNamesTheWeightMeaning() {
        let text = GraphError.weightMeaningMismatch(measure: "structural holes", needs: .strength, has: .distance).description
        #expect(!text.contains("--"))
        #expect(text.contains("GraphSelection.weights"))
        #expect(!RegressionError.nonBinaryOutcome.description.contains("--"))
    }
}
