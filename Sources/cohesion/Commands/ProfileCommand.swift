import ArgumentParser
import Cohesion

/// `cohesion profile FILE…`: whole-network measures.
struct ProfileCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Whole-network measures: size, density, reciprocity, clustering, paths, components, Freeman centralization.",
        discussion: """
            Transitivity and clustering use the undirected view. diameter and averagePathLength \
            follow igraph's convention: over every ordered pair joined by a path (directions \
            followed), unreachable pairs left out (igraph diameter/mean_distance with \
            unconnected=TRUE); reachablePairs says how many pairs that is. componentDiameter and \
            componentAveragePathLength follow NetworkX's: on the largest component only (strongly \
            connected when directed), of largestComponentSize nodes. Both also in summed distances \
            with --weights distance. Freeman centralization uses igraph's theoretical maxima and \
            ignores weights; closeness centralization is NaN (null in JSON) when some stakeholder \
            is reached by no one, as in igraph: the output says why, and \
            weakComponentClosenessCentralization gives the defined alternative (largest weak \
            component, undirected). With several files, one column (JSON: one object) per network.
            """)

    @Argument(help: "One or more network files.")
    var files: [String]

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        guard !files.isEmpty else { throw ToolError("give at least one network file") }
        var profiles: [(name: String, profile: NetworkProfile)] = []
        var headings: [String] = []
        var notes: [(String, String)] = []
        var stated = GraphSelection()
        for file in files {
            let network = try input.load(file)
            stated = try selection.selection(for: network)
            let graph = try selection.graph(for: network, file: file, input: input)
            let profile = try NetworkProfile(graph, options: TerminalProgress.options("profile", nodeCount: graph.nodeCount))
            profiles.append((file, profile))
            headings.append(network.place ?? network.title ?? file)
            if let reason = profile.closenessCentralizationUndefinedReason { notes.append((file, reason)) }
        }
        switch output.format {
        case .json, .csv:
            // One row per network: {"networks":[{"network":"lille.yaml","nodeCount":30,…}]}.
            // The reason closeness centralization is NaN travels with the row.
            try output.emit(NetworkProfile.table(profiles), stating: stated)
        case .table, .markdown:
            // One row per measure reads better on a terminal.
            // Columns headed by the place (or title) each file describes, rows in words.
            let unique = Set(headings).count == headings.count ? headings : profiles.map(\.name)
            var table = MeasureTable(columns: unique, idColumn: "measure", rowsKey: "measures")
            let entries = profiles.map(\.profile.entries)
            for (i, name) in (entries.first?.map(\.name) ?? []).enumerated() {
                table.append(id: name.camelCaseWords, entries.map { $0[i].value })
            }
            var text = table.render(output.format, width: output.width)
            for (file, reason) in notes { text += (text.hasSuffix("\n") ? "" : "\n") + "note (\(file)): \(reason)\n" }
            try output.emit(text, stating: stated)
        }
    }
}
