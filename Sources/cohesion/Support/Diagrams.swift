import Cohesion
import CohesionGraphviz

/// Diagrams for the report, drawn through the Graphviz library.
enum Diagrams {
    /// One network's diagram as SVG, sized by degree and laid out as `render` lays it out by
    /// default (neato's stress layout for small networks), and where that layout put each
    /// stakeholder (for the diagram to explore, so both drawings agree). `shortLabels` chooses
    /// short or full names. Each layout stops after `timeLimit`; more stakeholders than a
    /// diagram draws is a ``DiagramError``.
    static func svg(for network: Network, shortLabels: Bool = true,
                    timeLimit: Duration = .seconds(60)) async throws -> (svg: String?, positions: [String: DiagramPoint]) {
        let panels = [NetworkDiagram.Panel(network: network, sizes: try NodeMeasure.degree.valuesByID(on: AnalysisGraph(network)))]
        let renderer = GraphvizRenderer()
        let (document, engine) = try await layout(panels, shortLabels: shortLabels, renderer: renderer, timeLimit: timeLimit)
        let svg = try await renderer.render(document, format: .svg, engine: engine, timeLimit: timeLimit)
        var positions = try await renderer.positions(of: document, engine: engine, timeLimit: timeLimit)
        positions[NetworkDiagram.legendID] = nil
        return (svg.text, positions)
    }

    /// Several networks side by side as SVG, sized by degree, on `render`'s shared layout of kinds.
    static func svg(comparing networks: [Network], shortLabels: Bool = true,
                    timeLimit: Duration = .seconds(60)) async throws -> String? {
        let panels = try networks.map {
            NetworkDiagram.Panel(network: $0, sizes: try NodeMeasure.degree.valuesByID(on: AnalysisGraph($0)))
        }
        let renderer = GraphvizRenderer()
        let (document, engine) = try await layout(panels, shortLabels: shortLabels, renderer: renderer, timeLimit: timeLimit)
        return try await renderer.render(document, format: .svg, engine: engine, timeLimit: timeLimit).text
    }

    /// The report's diagram of some panels, laid out by the library's default choice.
    private static func layout(_ panels: [NetworkDiagram.Panel], shortLabels: Bool, renderer: GraphvizRenderer,
                               timeLimit: Duration) async throws -> (document: DOTDocument, engine: Engine) {
        var diagram = NetworkDiagram(sizeMeasure: "degree")
        diagram.style.shortLabels = shortLabels
        try diagram.check(panels)
        return try await diagram.laidOutDocument(for: panels, renderer: renderer, timeLimit: timeLimit)
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
