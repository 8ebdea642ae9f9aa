import Cohesion
@testable import CohesionGraphviz
import Foundation
import Testing

@Suite("Renderer")
struct RendererTests {
    let renderer = GraphvizRenderer()

    @Test func rendersEveryFormatAndEngine() async throws {
        let dot = "digraph { a -> b; b -> c; c -> a; a -> d }"
        for engine in Engine.allCases {
            let svg = try await renderer.render(dot: dot, format: .svg, engine: engine)
            #expect(svg.engine == engine)
            #expect(svg.text?.contains("<svg") == true, "\(engine)")
        }
        let png = try await renderer.render(dot: dot, format: .png)
        #expect(Array(png.data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try await renderer.render(dot: dot, format: .pdf)
        #expect(String(decoding: pdf.data.prefix(5), as: UTF8.self) == "%PDF-")
        let positioned = try await renderer.render(dot: dot, format: .dot)
        #expect(positioned.text?.contains("pos=") == true)
        let json = try await renderer.render(dot: dot, format: .json)
        let object = try JSONSerialization.jsonObject(with: json.data) as? [String: Any]
        #expect((object?["objects"] as? [Any])?.count == 4)
        let plain = try await renderer.render(dot: dot, format: .plain)
        #expect(plain.text?.hasPrefix("graph ") == true)
    }

    @Test func badDOTGivesGraphvizMessageAndDoesNotPoisonLaterRenders() async throws {
        await #expect {
            _ = try await renderer.render(dot: "digraph { a -> ; }", format: .svg)
        } throws: { error in
            guard case GraphvizError.invalidDOT(let message) = error else { return false }
            return message.contains("syntax error in line 1")
        }
        let good = try await renderer.render(dot: "digraph { x -> y }", format: .svg)
        #expect(good.nodeCount == 2 && good.edgeCount == 1)
        #expect(good.warnings.isEmpty)
    }

    @Test func unknownEngineNameIsNotAnEngine() {
        #expect(Engine(rawValue: "nop") == nil)
        #expect(Engine.allCases.count == 8)
    }

    @Test func choosesEngineBySize() async throws {
        #expect(Engine.suited(nodeCount: 40, edgeCount: 100) == .dot)
        #expect(Engine.suited(nodeCount: 100, edgeCount: 201) == .neato)
        #expect(Engine.suited(nodeCount: 300, edgeCount: 900) == .neato)
        #expect(Engine.suited(nodeCount: 1000, edgeCount: 5000) == .sfdp)
        let small = try await renderer.render(dot: "digraph { a -> b }", format: .svg)
        #expect(small.engine == .dot)
        // Five separate 60-node chains: 300 nodes, but dot lays out each component alone.
        var chains = "digraph g {\n"
        for c in 0..<5 { for i in 0..<59 { chains += "c\(c)_\(i) -> c\(c)_\(i + 1)\n" } }
        chains += "}"
        let components = try await renderer.render(dot: chains, format: .svg)
        #expect(components.nodeCount == 300 && components.engine == .dot)
    }

    @Test func timeLimitStopsASlowLayoutAndLaterRendersWork() async throws {
        // 1,000 nodes and 5,000 edges: dot runs for minutes.
        var generator = SeededGenerator(seed: 7)
        var dot = "digraph {\n"
        for _ in 0..<5000 { dot += "n\(generator.next() % 1000) -> n\(generator.next() % 1000)\n" }
        dot += "}\n"
        await #expect(throws: GraphvizError.timedOut(engine: .dot, seconds: 1.5)) {
            _ = try await renderer.render(dot: dot, format: .svg, engine: .dot, timeLimit: .milliseconds(1500))
        }
        // Timed inside the serial executor: other suites' renders waiting their turn ahead of
        // this one are not the time limit's to bound; the layout and its killing are.
        let (elapsed, error) = await Self.secondsInsideExecutor(dot: dot, limit: .milliseconds(1500))
        #expect(error == .timedOut(engine: .dot, seconds: 1.5))
        #expect(elapsed < 10, "a 1.5 s limit took \(elapsed) s to stop the layout")
        // Named graphs: cgraph numbers anonymous graphs from a process-wide counter.
        let limited = try await renderer.render(dot: "digraph g { a -> b }", format: .svg, engine: .dot,
                                                timeLimit: .seconds(30))
        let direct = try await renderer.render(dot: "digraph g { a -> b }", format: .svg, engine: .dot)
        #expect(limited.data == direct.data)
        let automatic = try await renderer.render(dot: dot, format: .svg, timeLimit: .seconds(60))
        #expect(automatic.engine == .sfdp)
    }

    @GraphvizExecutor
    static func secondsInsideExecutor(dot: String, limit: Duration) -> (Double, GraphvizError?) {
        let start = Date()
        do {
            _ = try GraphvizRenderer.renderSerially(dot: dot, sourceName: "slow", format: .svg, engine: .dot, timeLimit: limit)
            return (Date().timeIntervalSince(start), nil)
        } catch {
            return (Date().timeIntervalSince(start), error as? GraphvizError)
        }
    }

    @Test func warningsComeBackInProcessAndFromTheTimeLimitedChild() async throws {
        // Graphviz warns about an unknown shape once per process, so each render names its own.
        let direct = try await renderer.render(dot: "digraph g { a [shape=blob1]; a -> b }", format: .svg, engine: .dot)
        #expect(direct.warnings.contains("unknown shape blob1"))
        let limited = try await renderer.render(dot: "digraph g { a [shape=blob2]; a -> b }", format: .svg,
                                                engine: .dot, timeLimit: .seconds(20))
        #expect(limited.warnings.contains("unknown shape blob2"))
    }
}


@Suite("Bad input then good")
struct BadThenGoodTests {
    /// A failed parse must leave nothing behind that a later layout trips on.
    @Test func alternatingBadAndGoodInputs() async throws {
        let network = SampleNetworks.nantes()
        let dot = DOTWriter().write(NetworkDiagram(sizeMeasure: "degree", clusters: .attribute("level"))
            .document(for: network, sizes: SampleNetworks.degree(network)))
        let renderer = GraphvizRenderer()
        let reference = try await renderer.render(dot: dot, format: .svg).data
        let second = try await renderer.render(dot: dot, format: .svg).data
        #expect(second == reference, "two good renders in a row differ")
        let third = try await renderer.render(dot: dot, format: .svg).data
        #expect(third == reference, "three good renders in a row differ")
        for bad in ["digraph { a -> }", "graph { a -- b", "digraph { subgraph cluster_x { a -> ; } }", "strict strict"] {
            await #expect(throws: GraphvizError.self) { _ = try await renderer.render(dot: bad, format: .svg) }
            let again = try await renderer.render(dot: dot, format: .svg)
            #expect(again.data == reference)
        }
    }
}
