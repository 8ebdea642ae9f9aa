import Cohesion
import CohesionGraphviz

/// Diagrams for the report, drawn through the Graphviz library.
enum Diagrams {
    /// One network's diagram as SVG, sized by degree.
    static func svg(for network: Network) async throws -> String? {
        let sizes = try NodeMeasure.degree.valuesByID(on: AnalysisGraph(network))
        let document = NetworkDiagram(sizeMeasure: "degree").document(for: network, sizes: sizes)
        return try await GraphvizRenderer().render(document, format: .svg, timeLimit: .seconds(120)).text
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
