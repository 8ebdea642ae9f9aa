import ArgumentParser
import Cohesion
import CohesionGraphviz
import Foundation

extension Engine: ExpressibleByArgument {}

/// `cohesion render INPUT… -o OUT.(svg|png|pdf|dot|json)`: a styled diagram through the Graphviz
/// library; several inputs are drawn side by side.
struct RenderCommand: AsyncToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a network diagram through the Graphviz library (SVG, PNG, PDF, DOT, JSON); several inputs side by side.",
        discussion: """
            Shape follows the stakeholder kind, fill the --color-by attribute (sector by default), \
            node size the --size-by measure, line colour and pattern the tie kind (funding width by \
            amount, contracting dashed, coalition and conflict undirected, conflict red). Without \
            --engine, dot draws networks whose largest connected part has up to \(Engine.dotNodeLimit) \
            stakeholders and \(Engine.dotEdgeLimit) ties, neato up to \(Engine.neatoNodeLimit) stakeholders, \
            sfdp beyond; the engine used is printed. Boxes (--cluster-by, side-by-side panels) are drawn \
            by dot, fdp, osage and patchwork only. Graphviz is called as a library: the dot program \
            is not needed. Size measures: \(NodeMeasure.all.map(\.name).joined(separator: ", ")).
            """)

    @Argument(help: "Network files; two or more are drawn side by side.")
    var files: [String]

    @Option(name: [.short, .long], help: "The file to write, atomically; its extension chooses the format (svg, png, pdf, dot/gv, json).")
    var output: String

    @Option(help: "Output format, overriding the extension: svg, png, pdf, dot, json or plain.")
    var format: String?

    @Option(help: "Layout engine: \(Engine.allCases.map(\.rawValue).joined(separator: ", ")); chosen by size when absent.")
    var engine: Engine?

    @Option(name: .customLong("color-by"), help: "The stakeholder attribute that chooses the fill colour.")
    var colorBy = "sector"

    @Option(name: .customLong("size-by"), help: "The measure that sizes the nodes.")
    var sizeBy: NodeMeasure?

    @Option(name: .customLong("cluster-by"), help: "Group stakeholders in boxes by this attribute (level, place, sector, kind…).")
    var clusterBy: String?

    @Option(help: "A title above the diagram.")
    var title: String?

    @Option(name: .customLong("time-limit"), help: "Stop the layout after this many seconds.")
    var timeLimit: Double?

    @Option(help: "PNG resolution in dots per inch.")
    var dpi: Double?

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false

    @Flag(name: .customLong("unpositioned"), help: "For DOT output, write the styled DOT without laying it out (no Graphviz call).")
    var unpositioned = false

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions

    func execute() async throws {
        let outputFormat = try chosenFormat()
        var panels: [NetworkDiagram.Panel] = []
        for file in files {
            let network = try input.load(file)
            let chosen = try selection.selection(for: network)
            let shown = network.filteringTies(chosen.includes)
            var sizes: [String: Double] = [:]
            if let sizeBy {
                sizes = try sizeBy.valuesByID(on: try selection.graph(for: network))
            }
            panels.append(NetworkDiagram.Panel(network: shown, sizes: sizes))
        }
        var diagram = NetworkDiagram(colorBy: colorBy, sizeMeasure: sizeBy?.name,
                                     clusters: clusterBy.map(DiagramClusters.attribute), title: title)
        diagram.style.showsLegend = !noLegend
        if let dpi { diagram.style.dpi = dpi }
        var document = panels.count == 1
            ? diagram.document(for: panels[0].network, sizes: panels[0].sizes)
            : diagram.document(comparing: panels)
        if outputFormat == .dot && unpositioned {
            try NetworkFile.writeAtomically(Array(DOTWriter().write(document).utf8), to: output)
            print("wrote \(output) (not laid out)")
            return
        }
        if outputFormat == .png { document.graphAttributes["dpi"] = .number(diagram.style.dpi) }
        let limit = timeLimit.map { Duration.milliseconds(Int64(($0 * 1000).rounded())) }
        let rendering = try await GraphvizRenderer().render(
            dot: DOTWriter().write(document), sourceName: files.joined(separator: "+"), format: outputFormat,
            engine: engine, timeLimit: limit)
        for warning in rendering.warnings.split(separator: "\n") { printError("graphviz: \(warning)") }
        if (clusterBy != nil || panels.count > 1) && !rendering.engine.drawsClusters {
            printError("note: \(rendering.engine) does not draw boxes; use --engine dot or fdp to see them")
        }
        try NetworkFile.writeAtomically(Array(rendering.data), to: output)
        let stakeholders = panels.map(\.network.stakeholders.count).reduce(0, +)
        let ties = panels.map(\.network.ties.count).reduce(0, +)
        print("wrote \(output): \(stakeholders) stakeholders, \(ties) ties, laid out with \(rendering.engine)")
    }

    private func chosenFormat() throws -> OutputFormat {
        if let format {
            guard let chosen = OutputFormat(fileExtension: format) else {
                throw ToolError("unknown format '\(format)' (known: svg, png, pdf, dot, json, plain)")
            }
            return chosen
        }
        let ext = URL(fileURLWithPath: output).pathExtension
        guard let chosen = OutputFormat(fileExtension: ext) else {
            throw ToolError("cannot tell the format from '\(output)': use .svg, .png, .pdf, .dot, .json or --format")
        }
        return chosen
    }
}
