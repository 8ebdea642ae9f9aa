import ArgumentParser
import Cohesion

/// `cohesion compare FILE FILE…`: networks side by side, aligned by stakeholder kind.
struct CompareCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Several networks side by side: size per layer, density, centralization, coalitions, E-I, brokerage, mixing, top brokers.",
        discussion: """
            Cities share kinds of stakeholders, not stakeholders, so per-group measures are aligned by \
            --by (default kind): brokerage roles (Gould–Fernandez, the groups of --sector as the \
            partition, default sector) summed per kind, each row named by the roles it sums: \
            between sectors = itinerant+representative+gatekeeper+liaison, within one sector = \
            coordinator; tie density inside and between kinds. E-I is by --sector. \
            Coalitions are found with --method/--resolution/--seed; conflicts are left out. Path \
            measures ignore weights. The table has one column per network and is followed by each \
            network's density matrix by kind; csv has every role and every density pair; json has \
            everything, matrices included. With --null size|edges|dyads, each network's density, \
            reciprocity, transitivity, degree and betweenness centralization, E-I and brokerage total \
            by --sector, number of coalitions and Leiden modularity are also tested against --reps \
            random graphs of the same size, ties or dyad census (sna's cug.test): the table adds one \
            block with the observed value, its percentile among the random graphs and z per network; \
            json adds "null"; csv then holds that block only. Files with statements add a discourse \
            section aligned by concept and kind of stakeholder: per concept, city and kind the actors \
            agreeing and disagreeing and the share agreeing, DNA's polarization (2 groups, normalized) \
            per city and year, and the concepts only one city discusses; json adds "discourse".
            """)

    @Argument(help: "Two or more network files.")
    var files: [String]

    @OptionGroup var comparison: ComparisonArguments

    @Option(help: "How many top stakeholders by betweenness to list.")
    var top: Int = 5

    @OptionGroup var nullModel: NullModelArguments

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        guard !files.isEmpty else { throw ToolError("give at least one network file") }
        var profiles: [NetworkComparisonProfile] = []
        var stated = GraphSelection()
        var nullRows: [(String, [CUGTest])] = []
        var networks: [Network] = [], names: [String] = []
        try nullModel.check()
        for file in files {
            let network = try input.load(file)
            let options = comparison.options(selection: try selection.selection(for: network), top: top)
            stated = options.selection
            let name = network.place ?? network.title ?? file
            networks.append(network)
            names.append(name)
            profiles.append(try locating(file, network, options: input.readOptions) { try NetworkComparisonProfile(network, name: name, options: options) })
            if let tests = try nullModel.test(network, named: name, file: file, readOptions: input.readOptions, options: options, seed: comparison.seed) {
                nullRows.append((name, tests.tests.first ?? []))
            }
        }
        // Files with statements add their discourses, aligned by concept and kind; files without
        // keep their output as it was.
        let discourse = DiscourseComparison.applies(to: networks)
            ? try DiscourseComparison(networks, names: names) : nil
        let rendering = ComparisonRendering(comparison: NetworkComparison(profiles: profiles), alignment: comparison.by, sectorAttribute: comparison.sector)
        switch output.format {
        case .json:
            var document = rendering.json()
            if let null = nullModel.null, case .object(var members) = document {
                members.append(("null", nullJSON(null, nullRows)))
                document = .object(members)
            }
            if let discourse, case .object(var members) = document {
                members.append(("discourse", discourse.jsonValue))
                document = .object(members)
            }
            try output.emit(json: document, stating: stated)
        case .csv where nullModel.null != nil:
            try output.emit(nullTable(nullRows).render(.csv), stating: stated)
        default:
            var text = rendering.render(output.format, width: output.width)
            if let null = nullModel.null {
                let title = "Against \(nullModel.reps) random graphs of the same \(null == .size ? "size" : null == .edges ? "size and number of ties" : "size and dyad census") (seed \(comparison.seed)): observed, percentile among them, z"
                text += (output.format == .markdown ? "\n### " : "\n") + title + "\n" + (output.format == .markdown ? "\n" : "")
                text += nullTable(nullRows).render(output.format, width: output.width)
            }
            if let discourse {
                text += (output.format == .markdown ? "\n## " : output.format == .csv ? "\n# " : "\n") + "Discourse (statements; aligned by concept and kind of stakeholder)\n"
                text += discourse.render(output.format, width: output.width)
            }
            try output.emit(text, stating: stated)
        }
    }

    /// One row per statistic; per network its observed value, percentile and z.
    func nullTable(_ rows: [(String, [CUGTest])]) -> MeasureTable {
        var columns: [String] = []
        for (name, _) in rows { columns += ["\(name) observed", "\(name) percentile", "\(name) z"] }
        var table = MeasureTable(columns: columns, idColumn: "statistic", rowsKey: "statistics")
        for (s, test) in (rows.first?.1 ?? []).enumerated() {
            var cells: [MeasureCell] = []
            for (_, tests) in rows {
                let t = tests[s]
                cells += [.number(t.observed), .number(t.percentile), .number(t.z)]
            }
            table.append(id: test.statistic.name, cells)
        }
        return table
    }

    func nullJSON(_ condition: CUGCondition, _ rows: [(String, [CUGTest])]) -> JSONValue {
        .object([
            ("condition", .string(condition.rawValue)), ("reps", .integer(nullModel.reps)), ("seed", .integer(Int(truncatingIfNeeded: comparison.seed))),
            ("networks", .array(rows.map { name, tests in
                .object([("name", .string(name)), ("statistics", .array(tests.map { CUGCommand.json($0, partition: $0.statistic.needsPartition ? comparison.sector : nil) }))])
            })),
        ])
    }
}
