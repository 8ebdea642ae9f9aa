import Cohesion
import CohesionGraphviz
import Foundation
import Testing

/// Writes sample diagrams to `$COHESION_RENDER_DIR` for a person to look at; skipped otherwise.
@Suite("Look", .enabled(if: ProcessInfo.processInfo.environment["COHESION_RENDER_DIR"] != nil))
struct LookTests {
    @Test func writeSamples() async throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["COHESION_RENDER_DIR"] ?? "/tmp")
        let renderer = GraphvizRenderer()
        let nantes = SampleNetworks.nantes()
        var diagram = NetworkDiagram(sizeMeasure: "degree", clusters: .attribute("level"))
        var document = diagram.document(for: nantes, sizes: SampleNetworks.degree(nantes))
        try DOTWriter().write(document).write(to: directory.appendingPathComponent("nantes.dot"), atomically: true, encoding: .utf8)
        document.graphAttributes["dpi"] = .number(diagram.style.dpi)
        try await renderer.render(document, format: .png).data.write(to: directory.appendingPathComponent("nantes-level.png"))
        diagram.clusters = nil
        document = diagram.document(for: nantes, sizes: SampleNetworks.degree(nantes))
        try await renderer.render(document, format: .svg).data.write(to: directory.appendingPathComponent("nantes.svg"))
        try await renderer.render(document, format: .pdf).data.write(to: directory.appendingPathComponent("nantes.pdf"))
        document.graphAttributes["dpi"] = .number(diagram.style.dpi)
        try await renderer.render(document, format: .png).data.write(to: directory.appendingPathComponent("nantes.png"))
        let lille = SampleNetworks.lille()
        var comparison = diagram.document(comparing: [
            .init(network: lille, sizes: SampleNetworks.degree(lille)),
            .init(network: nantes, sizes: SampleNetworks.degree(nantes)),
        ])
        comparison.graphAttributes["dpi"] = .number(diagram.style.dpi)
        try await renderer.render(comparison, format: .png).data.write(to: directory.appendingPathComponent("side-by-side.png"))
        let big = SampleNetworks.random(nodes: 1000, ties: 5000, seed: 3)
        let bigDocument = NetworkDiagram(sizeMeasure: "degree").document(for: big, sizes: SampleNetworks.degree(big))
        let start = Date()
        let rendering = try await renderer.render(bigDocument, format: .png)
        print("big: \(rendering.engine) \(Date().timeIntervalSince(start)) s")
        try rendering.data.write(to: directory.appendingPathComponent("big.png"))
    }
}
