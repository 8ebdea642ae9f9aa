import Cohesion
import CohesionGraphviz

/// Diagrams for the report, drawn through the Graphviz library.
enum Diagrams {
    /// One network's diagram as SVG, sized by degree, and where its layout put each
    /// stakeholder (for the diagram to explore, so both drawings agree).
    static func svg(for network: Network) async throws -> (svg: String?, positions: [String: DiagramPoint]) {
        let sizes = try NodeMeasure.degree.valuesByID(on: AnalysisGraph(network))
        let document = NetworkDiagram(sizeMeasure: "degree").document(for: network, sizes: sizes)
        let renderer = GraphvizRenderer()
        let svg = try await renderer.render(document, format: .svg, timeLimit: .seconds(120))
        var positions = try await renderer.positions(of: document, engine: svg.engine, timeLimit: .seconds(120))
        positions[NetworkDiagram.legendID] = nil
        return (svg.text, positions)
    }

    /// Several networks side by side as SVG, sized by degree.
    static func svg(comparing networks: [Network]) async throws -> String? {
        let panels = try networks.map {
            NetworkDiagram.Panel(network: $0, sizes: try NodeMeasure.degree.valuesByID(on: AnalysisGraph($0)))
        }
        let document = NetworkDiagram(sizeMeasure: "degree").document(comparing: panels)
        return try await GraphvizRenderer().render(document, format: .svg, timeLimit: .seconds(120)).text
    }
}
