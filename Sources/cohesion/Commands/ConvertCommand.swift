import ArgumentParser
import Cohesion
import CohesionGraphviz
import Foundation

/// `cohesion convert IN OUT`: reads a network in one format and writes it in another.
struct ConvertCommand: AsyncToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between formats, chosen by extension (--from/--to override).",
        discussion: """
            \(ToolFormats.registry.formatHelp) \
            A .json file is read as NetworkX node-link JSON when it has its keys; use --to node-link to \
            write node-link JSON. What the target format cannot hold \
            (amounts in Pajek, sources in GraphML…) is listed as a warning on standard error; the \
            file is written anyway, atomically. Also reads .gexf, .gml, .edgelist/.ncol/.edges, .xlsx and \
            --from adjacency; writes .gml, .edgelist, --to adjacency.

            Panels: --waves 2015,2018,2021 (or --from-year/--to-year/--step) writes the yearly networks: \
            --panel rsiena (OUT a folder: wave-YEAR.csv adjacency matrices and waves.R), --panel network-dynamic \
            (OUT a folder: edge-spells.csv, vertex-spells.csv, vertices.csv) or --panel dl (OUT.dl, one matrix \
            per wave, read back with --dl-years).
            """)

    @Argument(help: "The network to read.")
    var input: String

    @Argument(help: "The file to write.")
    var output: String

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .customLong("to"), help: "The output format, overriding the extension (\(ToolFormats.registry.identifierList)).")
    var outputFormat: NetworkFormat?

    @Option(name: .customLong("nodes-output"), help: "With CSV output: also write the stakeholders as a node list to this file.")
    var nodesOutput: String?

    @Flag(help: "Fail, writing nothing, when the target format cannot hold everything.")
    var strict = false

    @Flag(help: "With GEXF output: lay the network out through Graphviz as render draws it (sized by degree) and write each node's colour, size and position (viz:color, viz:size, viz:position).")
    var layout = false

    @Option(help: "Write a panel of these waves (years, comma-separated).")
    var waves: String?

    @Option(name: .customLong("from-year"), help: "Panel waves from this year (with --to-year).")
    var fromYear: Int?

    @Option(name: .customLong("to-year"), help: "Panel waves up to this year.")
    var toYear: Int?

    @Option(help: "Years between panel waves (default 1).")
    var step: Int = 1

    @Option(help: "The panel export: rsiena, network-dynamic or dl (default: dl for .dl, else rsiena).")
    var panel: PanelExport?

    enum PanelExport: String, ExpressibleByArgument, CaseIterable {
        case rsiena
        case networkDynamic = "network-dynamic"
        case dl
    }

    func panelWaves() throws -> [Int]? {
        if let waves {
            let parts = waves.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let years = parts.compactMap { Int($0) }
            guard years.count == parts.count, !years.isEmpty else { throw ToolError("--waves takes years separated by commas, found '\(waves)'") }
            guard years.count <= NetworkPanel.maximumWaves else { throw ToolError("--waves takes at most \(NetworkPanel.maximumWaves) years") }
            return years
        }
        if fromYear != nil || toYear != nil {
            guard let fromYear, let toYear, fromYear <= toYear else { throw ToolError("--from-year and --to-year go together, the first no later than the second") }
            guard step >= 1 else { throw ToolError("--step must be at least 1") }
            let waves = NetworkPanel.waves(from: fromYear, to: toYear, step: step)
            guard !waves.isEmpty else { throw ToolError("--from-year \(fromYear) --to-year \(toYear) --step \(step) gives more than \(NetworkPanel.maximumWaves) waves") }
            return waves
        }
        return nil
    }

    func writePanel(_ network: Network, waves: [Int]) throws {
        let panel = NetworkPanel(network: network, waves: waves)
        let export = self.panel ?? (output.lowercased().hasSuffix(".dl") ? .dl : .rsiena)
        switch export {
        case .dl:
            let (bytes, warnings) = panel.dl(file: output)
            try NetworkFile.writeAtomically(bytes, to: output)
            for w in warnings { printError(w.description) }
        case .rsiena, .networkDynamic:
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            let files = export == .rsiena ? panel.rsienaFiles() : panel.networkDynamicFiles()
            for f in files { try NetworkFile.writeAtomically(f.bytes, to: output + "/" + f.name) }
            printError("wrote \(files.map(\.name).joined(separator: ", ")) in \(output) (waves \(panel.waves.map(String.init).joined(separator: ", ")))")
        }
    }

    /// Colours, sizes and positions from the diagram `render` would draw.
    static func visuals(for network: Network) async throws -> GEXFVisuals {
        let sizes = try NodeMeasure.degree.valuesByID(on: AnalysisGraph(network))
        let document = NetworkDiagram(sizeMeasure: "degree").document(for: network, sizes: sizes)
        let positions = try await GraphvizRenderer().positions(of: document, timeLimit: .seconds(120))
        var visuals = GEXFVisuals()
        func collect(_ statements: [DOTStatement]) {
            for statement in statements {
                switch statement {
                case .node(let node):
                    var v = GEXFVisuals.Node()
                    if case .string(let fill)? = node.attributes["fillcolor"] { v.color = GEXFVisuals.Color(hex: fill) }
                    if case .number(let width)? = node.attributes["width"] { v.size = (width * 72 * 10).rounded() / 10 }
                    if let p = positions[node.id] { v.position = (p.x, p.y) }
                    if node.id != NetworkDiagram.legendID { visuals.nodes[node.id] = v }
                case .subgraph(let sub): collect(sub.statements)
                default: break
                }
            }
        }
        collect(document.statements)
        return visuals
    }

    @Flag(help: "Write the discourse network of the file's statements (DL or GraphML; options as for 'discourse').")
    var discourse = false

    @OptionGroup var discourseArguments: DiscourseArguments

    func execute() async throws {
        if discourse { return try writeDiscourse() }
        let network = try inputOptions.load(input)
        if layout {
            guard (outputFormat ?? NetworkFormat(path: output)) == .gexf else { throw ToolError("--layout goes with GEXF output") }
            let (bytes, warnings) = GEXFWriter.write(network, file: output, visuals: try await Self.visuals(for: network))
            if strict, !warnings.isEmpty {
                for w in warnings { printError(w.description) }
                throw ToolError("nothing written: gexf cannot hold all of \(input) (drop --strict to write anyway)")
            }
            try NetworkFile.writeAtomically(bytes, to: output)
            for w in warnings { printError(w.description) }
            return
        }
        if let waves = try panelWaves() {
            try writePanel(network, waves: waves)
            return
        }
        guard let format = outputFormat ?? NetworkFormat(path: output) else {
            throw ToolError("cannot tell the output format from '\(output)': use an extension (\(ToolFormats.registry.writableExtensionList)) or --to")
        }
        if nodesOutput != nil && format != .csv { throw ToolError("--nodes-output goes with CSV output") }
        if strict {
            var warnings = try NetworkFile.encode(network, format: format, file: output).warnings
            if format == .csv { warnings = CSVWriter.warnings(network, withNodeList: nodesOutput != nil, file: output) }
            if !warnings.isEmpty {
                for w in warnings { printError(w.description) }
                throw ToolError("nothing written: \(format.rawValue) cannot hold all of \(input) (drop --strict to write anyway)")
            }
        }
        let warnings = try NetworkFile.write(network, to: output, format: format, nodesPath: nodesOutput)
        for w in warnings { printError(w.description) }
    }
}

extension ConvertCommand {
    /// `convert --discourse`: the discourse network as DL or GraphML (visone reads both).
    func writeDiscourse() throws {
        let options = try discourseArguments.options()
        guard options.window == nil else { throw ToolError("convert --discourse writes one network; drop --window") }
        let result = try DiscourseNetwork(try discourseArguments.network(input, input: inputOptions), options: options)
        let format = outputFormat ?? NetworkFormat(path: output)
        switch format {
        case .dl?: try NetworkFile.writeAtomically(Array(result.dlText().utf8), to: output)
        case .graphml?: try NetworkFile.writeAtomically(Array(result.graphMLText().utf8), to: output)
        case .json?: try NetworkFile.writeAtomically(Array((result.jsonValue.text(pretty: true) + "\n").utf8), to: output)
        default: throw ToolError("convert --discourse writes .dl, .graphml or .json, not '\(output)'")
        }
    }
}
