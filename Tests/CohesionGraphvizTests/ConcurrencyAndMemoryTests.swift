import Cohesion
import CohesionGraphviz
import Foundation
import Testing

@Suite("Concurrency and memory", .serialized)
struct ConcurrencyAndMemoryTests {
    /// 8 tasks × 100 renders at once: no crash, and every output identical to a render done alone.
    @Test func concurrentRendersAgree() async throws {
        let network = SampleNetworks.nantes()
        let dot = DOTWriter().write(NetworkDiagram(sizeMeasure: "degree", clusters: .attribute("level"))
            .document(for: network, sizes: SampleNetworks.degree(network)))
        let renderer = GraphvizRenderer()
        let reference = try await renderer.render(dot: dot, format: .svg).data
        let bad = "digraph { a -> }"
        let outcomes = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for task in 0..<8 {
                group.addTask {
                    var same = 0, failures = 0
                    for i in 0..<100 {
                        // Every tenth request of half the tasks is bad DOT, interleaved with good ones.
                        if task % 2 == 1 && i % 10 == 0 {
                            do { _ = try await renderer.render(dot: bad, format: .svg) } catch { failures += 1 }
                            continue
                        }
                        let data = try await renderer.render(dot: dot, format: .svg).data
                        if data == reference { same += 1 }
                    }
                    return (same, failures)
                }
            }
            var results: [(Int, Int)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(outcomes.count == 8)
        let identical: Int = outcomes.map { $0.0 }.reduce(0, +)
        let failed: Int = outcomes.map { $0.1 }.reduce(0, +)
        #expect(identical == 760)   // 8 × 100 requests, less 4 tasks × 10 bad ones
        #expect(failed == 40)
    }

    /// The resident set size of this process, in bytes, from /proc/self/statm.
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// 300 renders in a loop (SVG, PNG and a bad input in turn): memory stays flat after warm-up.
    /// In process the loop uses `neato`: Graphviz 2.42's `dot` itself corrupts its heap after a
    /// few hundred in-process layouts of these graphs, which is why renders run in a child
    /// process by default.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/statm")),
          arguments: [GraphvizRenderer.Isolation.inProcess, .workerProcess])
    func renderLoopKeepsMemoryFlat(isolation: GraphvizRenderer.Isolation) async throws {
        let network = SampleNetworks.nantes()
        let dot = DOTWriter().write(NetworkDiagram(sizeMeasure: "degree")
            .document(for: network, sizes: SampleNetworks.degree(network)))
        let renderer = GraphvizRenderer(isolation: isolation)
        let engine: Engine = isolation == .inProcess ? .neato : .dot
        func round(_ i: Int) async throws {
            switch i % 3 {
            case 0: _ = try await renderer.render(dot: dot, format: .svg, engine: engine)
            case 1: _ = try await renderer.render(dot: dot, format: .png, engine: engine)
            default: _ = try? await renderer.render(dot: "digraph { a -> ; }", format: .svg)
            }
        }
        for i in 0..<60 { try await round(i) }
        let warm = try #require(Self.residentBytes())
        for i in 0..<300 { try await round(i) }
        let after = try #require(Self.residentBytes())
        let growth = after - warm
        print("render loop (\(isolation)): resident \(warm / 1024) KiB after warm-up, \(after / 1024) KiB after 300 more renders")
        // A leak of the render buffer, layout or graph would cost 300 × tens of KiB.
        #expect(growth < 2 * 1024 * 1024, "grew by \(growth / 1024) KiB")
    }
}
