import Cohesion
import CohesionGraphviz

/// Diagrams for the report, drawn through the Graphviz library.
enum Diagrams {
    /// One network's diagram as SVG, sized by degree, and where its layout put each
    /// stakeholder (for the diagram to explore, so both drawings agree).
    /// Each layout stops after `timeLimit`; more stakeholders than a diagram draws is a
    /// ``DiagramError``.
    static func svg(for network: Network, timeLimit: Duration = .seconds(60)) async throws -> (svg: String?, positions: [String: DiagramPoint]) {
        let diagram = NetworkDiagram(sizeMeasure: "degree")
        try diagram.check([NetworkDiagram.Panel(network: network)])
        let sizes = try NodeMeasure.degree.valuesByID(on: AnalysisGraph(network))
        let document = diagram.document(for: network, sizes: sizes)
        let renderer = GraphvizRenderer()
        let svg = try await renderer.render(document, format: .svg, timeLimit: timeLimit)
        var positions = try await renderer.positions(of: document, engine: svg.engine, timeLimit: timeLimit)
        positions[NetworkDiagram.legendID] = nil
        return (svg.text, positions)
    }

    /// Several networks side by side as SVG, sized by degree.
    static func svg(comparing networks: [Network], timeLimit: Duration = .seconds(60)) async throws -> String? {
        let panels = try networks.map {
            NetworkDiagram.Panel(network: $0, sizes: try NodeMeasure.degree.valuesByID(on: AnalysisGraph($0)))
        }
        let diagram = NetworkDiagram(sizeMeasure: "degree")
        try diagram.check(panels)
        let document = diagram.document(comparing: panels)
        return try await GraphvizRenderer().render(document, format: .svg, timeLimit: timeLimit).text
    }

    /// Runs a diagram's layouts; a time-out or too large a network leaves the diagram out
    /// with a note on standard error naming what to do, rather than failing the whole report.
    static func optional<T>(_ what: String, _ work: () async throws -> T) async throws -> T? {
        do {
            return try await work()
        } catch GraphvizError.timedOut(let engine, let seconds) {
            printError("note: \(what) left out: the layout with \(engine) did not finish within "
                + "\(DiagramText.number(seconds)) s; allow more time (--time-limit) or leave diagrams out (--no-diagrams)")
        } catch let error as DiagramError {
            printError("note: \(what) left out: \(error)")
        }
        return nil
    }
}
