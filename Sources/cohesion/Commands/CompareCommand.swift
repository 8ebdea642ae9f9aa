import ArgumentParser
import Cohesion

/// `cohesion compare FILE FILE…`: networks side by side, aligned by stakeholder kind.
struct CompareCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Several networks side by side: size per layer, density, centralization, coalitions, E-I, brokerage, mixing, top brokers.",
        discussion: """
            Cities share kinds of stakeholders, not stakeholders, so per-group measures are aligned by \
            --by (default kind): brokerage roles (Gould–Fernandez, between the groups of --sector, \
            default sector) summed per kind, tie density inside and between kinds. E-I is by --sector. \
            Coalitions are found with --method/--resolution/--seed; conflicts are left out. Path \
            measures ignore weights. The table has one column per network and is followed by each \
            network's density matrix by kind; csv has every role and every density pair; json has \
            everything, matrices included.
            """)

    @Argument(help: "Two or more network files.")
    var files: [String]

    @OptionGroup var comparison: ComparisonArguments

    @Option(help: "How many top stakeholders by betweenness to list.")
    var top: Int = 5

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        guard !files.isEmpty else { throw ToolError("give at least one network file") }
        var profiles: [NetworkComparisonProfile] = []
        var stated = GraphSelection()
        for file in files {
            let network = try input.load(file)
            let options = comparison.options(selection: try selection.selection(for: network), top: top)
            stated = options.selection
            profiles.append(try naming(file) { try NetworkComparisonProfile(network, name: network.place ?? network.title ?? file, options: options) })
        }
        let rendering = ComparisonRendering(comparison: NetworkComparison(profiles: profiles), alignment: comparison.by, sectorAttribute: comparison.sector)
        if output.format == .json {
            try output.emit(json: rendering.json(), stating: stated)
        } else {
            try output.emit(rendering.render(output.format), stating: stated)
        }
    }
}
