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
            node size the --size-by measure (one size for all without it), line colour and pattern the \
            tie kind (funding width by amount, contracting dashed, coalition and conflict undirected, \
            conflict red); ties of one kind between the same two stakeholders are one edge marked ×n \
            (--each-tie draws them all). The drawing is fitted to --page (A4 landscape by default). \
            Without --engine, one network without boxes is drawn by neato's stress layout up to \
            \(Engine.neatoNodeLimit) stakeholders, sfdp beyond; with boxes (--cluster-by) by dot up to \
            \(Engine.dotNodeLimit) stakeholders and \(Engine.dotEdgeLimit) ties, fdp beyond. Several networks \
            are drawn side by side on one layout of kinds: each is laid out by neato from the same \
            starting place per stakeholder kind, then pinned in a row, with one legend. Nodes show short \
            names (without their parenthesised or comma-separated explanation; --full-labels for full \
            names), the full name in the tooltip. Names longer \
            than \(DiagramStyle().maximumLabelLength) characters are cut; at most \(DiagramStyle().maximumNodeCount) \
            stakeholders are drawn. Graphviz is called as a library: the dot program is not needed. \
            Size measures: \(NodeMeasure.all.map(\.name).joined(separator: ", ")).
            """)

    @Argument(help: "Network files; two or more are drawn side by side.")
    var files: [String]

    @Option(name: [.short, .long], help: "The file to write, atomically; its extension chooses the format (svg, png, pdf, dot/gv, json).")
    var output: String

    @Option(help: "Output format, overriding the extension: svg, png, pdf, dot, json or plain.")
    var format: String?

    @Option(help: "Layout engine: \(Engine.allCases.map(\.rawValue).joined(separator: ", ")); chosen by size when absent.")
    var engine: Engine?

    @Option(name: .customLong("color-by"), help: "The stakeholder attribute that chooses the fill colour (sector by default).")
    var colorBy: String?

    @Option(name: .customLong("size-by"), help: "The measure that sizes the nodes.")
    var sizeBy: NodeMeasure?

    @Option(name: .customLong("cluster-by"), help: "Group stakeholders in boxes by this attribute (level, place, sector, kind…) or by coalition (Leiden).")
    var clusterBy: String?

    @Option(help: "The page the drawing fits: a4, letter, a4-landscape, letter-landscape, WIDTHxHEIGHTcm (or mm, in), or natural.")
    var page = "a4-landscape"

    @Flag(name: .customLong("full-labels"), help: "Label stakeholders with their full names (cut at \(DiagramStyle().maximumLabelLength) characters), not their short names.")
    var fullLabels = false

    @Flag(name: .customLong("each-tie"), help: "Draw every tie, not one edge per pair and kind marked ×n.")
    var eachTie = false

    @Option(help: "A title above the diagram.")
    var title: String?

    @Option(name: .customLong("time-limit"), help: "Stop the layout after this many seconds (default 60).")
    var timeLimit: Double = 60

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
        guard timeLimit.isFinite, timeLimit > 0, timeLimit <= 86_400 else {
            throw ToolError("--time-limit must be a number of seconds between 0 and 86400")
        }
        let chosenPage: DiagramPage?
        do { chosenPage = page.lowercased() == "natural" ? nil : try DiagramPage(parsing: page) } catch let error as DiagramPageError {
            throw ToolError(library: error)
        }
        var panels: [NetworkDiagram.Panel] = []
        var byCoalition = false
        if let clusterBy, ["coalition", "coalitions"].contains(clusterBy.lowercased()) { byCoalition = true }
        for file in files {
            let network = try input.load(file)
            if let colorBy { try Self.checkAttribute(colorBy, option: "--color-by", in: network, file: file, extra: []) }
            if let clusterBy, !byCoalition {
                try Self.checkAttribute(clusterBy, option: "--cluster-by", in: network, file: file, extra: ["coalition"])
            }
            let chosen = try selection.selection(for: network)
            var shown = network.filteringTies(chosen.includes)
            if let year = selection.year {
                // The drawing shows one year: its title says so.
                shown.firstYear = year
                shown.lastYear = year
            }
            var sizes: [String: Double] = [:]
            if let sizeBy {
                sizes = try sizeBy.valuesByID(on: try selection.graph(for: network, file: file, input: input))
            }
            var groups: [String: String] = [:]
            if byCoalition { groups = try Self.coalitions(of: network, selection: chosen, file: file, input: input) }
            panels.append(NetworkDiagram.Panel(network: shown, sizes: sizes, groups: groups))
        }
        let clusters: DiagramClusters? = byCoalition ? .groups(name: "coalition") : clusterBy.map(DiagramClusters.attribute)
        var diagram = NetworkDiagram(colorBy: colorBy ?? "sector", sizeMeasure: sizeBy?.name, clusters: clusters, title: title,
                                     page: chosenPage)
        diagram.style.showsLegend = !noLegend
        diagram.style.mergesParallelTies = !eachTie
        diagram.style.shortLabels = !fullLabels
        if let dpi { diagram.style.dpi = dpi }
        do { try diagram.check(panels) } catch let error as DiagramError { throw ToolError(library: error) }
        let limit = Duration.milliseconds(Int64((timeLimit * 1000).rounded()))
        let renderer = GraphvizRenderer()
        let document: DOTDocument
        var chosenEngine = engine
        if outputFormat == .dot && unpositioned {
            document = panels.count == 1
                ? diagram.document(for: panels[0].network, sizes: panels[0].sizes, groups: panels[0].groups)
                : diagram.document(comparing: panels)
        } else {
            let laidOut = try await Self.timed(limit, engine: engine ?? .neato) {
                try await diagram.laidOutDocument(for: panels, engine: engine, renderer: renderer, timeLimit: limit)
            }
            document = laidOut.document
            chosenEngine = laidOut.engine
        }
        if outputFormat == .dot && unpositioned {
            try NetworkFile.writeAtomically(Array(DOTWriter().write(document).utf8), to: output)
            print("wrote \(output) (not laid out)")
            return
        }
        var rendered = document
        if outputFormat == .png { rendered.graphAttributes["dpi"] = .number(diagram.style.dpi) }
        let rendering = try await Self.timed(limit, engine: chosenEngine ?? .dot) {
            try await renderer.render(dot: DOTWriter().write(rendered), sourceName: files.joined(separator: "+"),
                                      format: outputFormat, engine: chosenEngine, timeLimit: limit)
        }
        for warning in rendering.warnings.split(separator: "\n") { printError("graphviz: \(warning)") }
        if clusters != nil && !rendering.engine.drawsClusters {
            printError("note: \(rendering.engine) does not draw boxes; use --engine dot or fdp to see them")
        }
        try NetworkFile.writeAtomically(Array(rendering.data), to: output)
        let stakeholders = panels.map(\.network.stakeholders.count).reduce(0, +)
        let ties = panels.map(\.network.ties.count).reduce(0, +)
        print("wrote \(output): \(stakeholders) stakeholders, \(ties) ties, laid out with \(rendering.engine)")
    }

    /// Runs a layout, turning a time-out into advice that fits the engine that was used.
    static func timed<T>(_ limit: Duration, engine: Engine, _ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch GraphvizError.timedOut(let used, let seconds) {
            throw ToolError(timeOutAdvice(engine: used, seconds: seconds))
        }
    }

    /// What to do when a layout ran past --time-limit, for the engine that ran.
    static func timeOutAdvice(engine: Engine, seconds: Double) -> String {
        let limit = DiagramText.number(seconds)
        let advice: String = switch engine {
        case .sfdp:
            "sfdp is already the fastest engine: draw fewer stakeholders (--layer, --year) or allow more time (--time-limit)"
        case .dot:
            "try --engine sfdp (or neato for under \(Engine.neatoNodeLimit) stakeholders), draw fewer stakeholders, or allow more time (--time-limit)"
        default:
            "try --engine sfdp, draw fewer stakeholders (--layer, --year), or allow more time (--time-limit)"
        }
        return "the layout with \(engine) did not finish within \(limit) s; \(advice)"
    }

    /// Checks that an attribute exists on some stakeholder of the network.
    static func checkAttribute(_ name: String, option: String, in network: Network, file: String, extra: [String]) throws {
        if network.stakeholders.contains(where: { $0.value(of: name) != nil }) { return }
        var known = Set<String>()
        for s in network.stakeholders {
            for field in ["kind", "sector", "level", "place"] where s.value(of: field) != nil { known.insert(field) }
            known.formUnion(s.attributes.keys)
        }
        let list = (known.sorted() + extra).joined(separator: ", ")
        throw ToolError("\(file): \(option) \(name): no stakeholder has the attribute '\(name)' (attributes: \(list))")
    }

    /// Coalition labels by stakeholder id (Leiden on the selection, negative ties left out).
    static func coalitions(of network: Network, selection: GraphSelection, file: String,
                           input: InputOptions) throws -> [String: String] {
        var positive = selection
        positive.includesNegativeTies = false
        do {
            let graph = try AnalysisGraph(network, selection: positive)
            let found = try graph.coalitions()
            var byID: [String: String] = [:]
            for (node, group) in found.assignment.groups.enumerated() {
                byID[graph.label(of: node)] = "coalition " + found.assignment.labels[group]
            }
            return byID
        } catch where ToolError.isLibraryError(error) {
            throw ToolError.located(error, in: network, file: file, input: input)
        }
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
