import Cohesion
@testable import CohesionGraphviz
import Foundation
import Testing

/// Issue 20.4: renders run in a single-threaded worker process, never in a child forked from
/// this multi-threaded one; a stress run with other work in the process never hangs.
@Suite("Render worker", .serialized)
struct RenderWorkerTests {
    static let dot = DOTWriter().write(NetworkDiagram(sizeMeasure: "degree", clusters: .attribute("level"))
        .document(for: SampleNetworks.nantes(), sizes: SampleNetworks.degree(SampleNetworks.nantes())))

    @Test func theWorkerHasOneThreadAndIsAnotherProcess() async throws {
        // Another suite's timed-out render may stop the worker between our render and the look-up;
        // render again until a worker is there to inspect.
        var found: pid_t?
        for _ in 0..<5 where found == nil {
            _ = try await GraphvizRenderer().render(dot: Self.dot, format: .svg)
            found = await GraphvizExecutor.run { RenderWorker.currentPID }
        }
        let pid = try #require(found)
        #expect(pid != getpid())
        if FileManager.default.fileExists(atPath: "/proc/\(pid)/task") {
            let threads = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")
            #expect(threads.count == 1, "worker threads: \(threads)")
        }
    }

    @Test func aKilledWorkerIsReplaced() async throws {
        let renderer = GraphvizRenderer()
        var reference = Data()
        var found: pid_t?
        for _ in 0..<5 where found == nil {
            reference = try await renderer.render(dot: Self.dot, format: .svg).data
            found = await GraphvizExecutor.run { RenderWorker.currentPID }
        }
        let pid = try #require(found)
        kill(pid, SIGKILL)
        let again = try await renderer.render(dot: Self.dot, format: .svg).data
        #expect(again == reference)
        let next = await GraphvizExecutor.run { RenderWorker.currentPID }
        #expect(next != nil && next != pid)
    }

    @Test func aTimeOutStopsTheLayoutAndTheNextRenderWorks() async throws {
        let renderer = GraphvizRenderer()
        var big = DOTDocument(isDirected: true)
        for i in 0..<250 { for j in stride(from: i + 1, to: 250, by: 7) { big.append(edge: "n\(i)", "n\(j)") } }
        let start = ContinuousClock.now
        await #expect(throws: GraphvizError.self) {
            _ = try await renderer.render(big, format: .svg, engine: .dot, timeLimit: .milliseconds(200))
        }
        #expect(ContinuousClock.now - start < .seconds(10))
        let svg = try await renderer.render(dot: Self.dot, format: .svg)
        #expect(svg.text?.contains("<svg") == true)
    }

    /// Renders with other work in the same process (threads created and ended, allocation,
    /// DOT parsing on the Graphviz executor), under a watchdog that fails the run when no
    /// render finishes for 60 s. 400 renders here; `Scripts/stress-renders.sh` runs 10,000
    /// (`COHESION_STRESS_RENDERS`), in CI.
    @Test func stressRendersWithOtherWorkNeverHang() async throws {
        let count = Int(ProcessInfo.processInfo.environment["COHESION_STRESS_RENDERS"] ?? "") ?? 400
        let progress = Progress()
        let watchdog = Thread {
            var last = -1, stalled = 0
            while !progress.isDone {
                Thread.sleep(forTimeInterval: 1)
                let now = progress.count
                stalled = now == last ? stalled + 1 : 0
                last = now
                if stalled >= 60 {
                    print("watchdog: no render finished for 60 s after \(now) of \(count); stopping the test process")
                    exit(3)
                }
            }
        }
        watchdog.start()
        let renderer = GraphvizRenderer()
        let reference = try await renderer.render(dot: Self.dot, format: .svg).data
        let busy = Task.detached {
            // Other work: short-lived threads (each takes the loader's TLS lock as it starts),
            // allocation and parsing.
            var rounds = 0
            while !progress.isDone {
                let threads = (0..<4).map { _ in Thread { _ = (0..<2000).map { String($0) }.joined() } }
                threads.forEach { $0.start() }
                _ = try? DOTImport.networkSynchronously(fromDOT: "digraph { a -> b; b -> c }")
                rounds += 1
                try? await Task.sleep(for: .milliseconds(1))
            }
            return rounds
        }
        var same = 0
        try await withThrowingTaskGroup(of: Int.self) { group in
            for lane in 0..<4 {
                group.addTask {
                    var identical = 0
                    for _ in stride(from: lane, to: count, by: 4) {
                        let data = try await renderer.render(dot: Self.dot, format: .svg).data
                        if data == reference { identical += 1 }
                        progress.increment()
                    }
                    return identical
                }
            }
            for try await identical in group { same += identical }
        }
        progress.finish()
        let rounds = await busy.value
        print("stress: \(count) renders, \(same) identical to the first, \(rounds) rounds of other work, "
              + "\(await GraphvizExecutor.run { RenderWorker.started }) workers started in this process")
        #expect(same == count)
        #expect(rounds > 0)
    }

    final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        private var done = false
        var count: Int { lock.withLock { value } }
        var isDone: Bool { lock.withLock { done } }
        func increment() { lock.withLock { value += 1 } }
        func finish() { lock.withLock { done = true } }
    }
}

extension GraphvizExecutor {
    /// Runs work on the executor and returns its result.
    static func run<T: Sendable>(_ work: @GraphvizExecutor () -> T) async -> T { await work() }
}
