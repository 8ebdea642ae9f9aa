import ArgumentParser
import Cohesion

/// `cohesion profile FILE…`: whole-network measures.
struct ProfileCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Whole-network measures: size, density, reciprocity, clustering, paths, components, Freeman centralization.",
        discussion: """
            Transitivity and clustering use the undirected view. Diameter and average path length \
            are those of the largest component (strongly connected when directed), in ties, and \
            also in summed distances with --weights distance. Freeman centralization uses igraph's \
            theoretical maxima and ignores weights; closeness centralization is NaN (null in JSON) \
            when some stakeholder is reached by no one, as in igraph. With several files, one \
            column (JSON: one object) per network.
            """)

    @Argument(help: "One or more network files.")
    var files: [String]

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    /// The profile's values in a fixed order, by lowerCamelCase name.
    static func entries(_ p: NetworkProfile) -> [(String, MeasureCell)] {
        func optional(_ x: Double?) -> MeasureCell { x.map { .number($0) } ?? .missing }
        return [
            ("nodeCount", .integer(p.nodeCount)), ("edgeCount", .integer(p.edgeCount)),
            ("directed", .text(p.isDirected ? "yes" : "no")), ("isolateCount", .integer(p.isolateCount)),
            ("density", .number(p.density)), ("reciprocity", .number(p.reciprocity)),
            ("transitivity", .number(p.transitivity)), ("averageClustering", .number(p.averageClustering)),
            ("weakComponentCount", .integer(p.weakComponentCount)), ("strongComponentCount", .integer(p.strongComponentCount)),
            ("largestComponentSize", .integer(p.largestComponentSize)),
            ("diameter", .number(p.diameter)), ("averagePathLength", .number(p.averagePathLength)),
            ("weightedDiameter", optional(p.weightedDiameter)), ("weightedAveragePathLength", optional(p.weightedAveragePathLength)),
            ("degreeCentralization", .number(p.degreeCentralization)),
            ("inDegreeCentralization", optional(p.inDegreeCentralization)),
            ("outDegreeCentralization", optional(p.outDegreeCentralization)),
            ("betweennessCentralization", .number(p.betweennessCentralization)),
            ("closenessCentralization", .number(p.closenessCentralization)),
        ]
    }

    func execute() throws {
        guard !files.isEmpty else { throw ToolError("give at least one network file") }
        var profiles: [(String, [(String, MeasureCell)])] = []
        var stated = GraphSelection()
        for file in files {
            let network = try input.load(file)
            stated = try selection.selection(for: network)
            let graph = try selection.graph(for: network)
            let profile = try NetworkProfile(graph, options: TerminalProgress.options("profile", nodeCount: graph.nodeCount))
            profiles.append((file, Self.entries(profile)))
        }
        switch output.format {
        case .json, .csv:
            // One row per network: {"networks":[{"network":"lille.yaml","nodeCount":30,…}]}.
            let names = profiles.first?.1.map(\.0) ?? []
            var table = MeasureTable(columns: names, idColumn: "network", rowsKey: "networks")
            for (file, entries) in profiles { table.append(id: file, entries.map(\.1)) }
            try output.emit(table, stating: stated)
        case .table, .markdown:
            // One row per measure reads better on a terminal.
            var table = MeasureTable(columns: profiles.map(\.0), idColumn: "measure", rowsKey: "measures")
            for (i, name) in (profiles.first?.1.map(\.0) ?? []).enumerated() {
                table.append(id: name, profiles.map { $0.1[i].1 })
            }
            try output.emit(table, stating: stated)
        }
    }
}
