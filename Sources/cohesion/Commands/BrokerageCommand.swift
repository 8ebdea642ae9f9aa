import ArgumentParser
import Cohesion

/// `cohesion brokerage FILE --partition ATTR`: Gould–Fernandez brokerage roles with sna's
/// z-scores, and Burt's structural-hole measures, per stakeholder (or per group with
/// `--by-group`).
struct BrokerageCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokerage",
        abstract: "Gould–Fernandez brokerage roles (with z-scores) and Burt's structural holes, per stakeholder.",
        discussion: """
            Roles are counted on ordered two-paths i → j → k with no tie i → k, split by the groups \
            of --partition (kind, sector, level, place or any attribute, e.g. a CSV node column); \
            stakeholders without the attribute form the group "(none)". Undirected ties count both \
            ways. A representative shares the source's group, a gatekeeper the destination's. \
            z-scores follow R sna's null model. Constraint, effective size, efficiency and hierarchy \
            follow Burt (NetworkX conventions); with --weights strength they use tie strengths.
            """)

    @Argument(help: "A network file.")
    var file: String

    @Option(help: "The stakeholder attribute whose values are the groups: kind, sector, level, place, or any attribute.")
    var partition: String

    @Flag(help: "Share the credit for a pair among all its brokers (UCINET's 1/k partial credit); z-scores stay those of full counts.")
    var partialCredit = false

    @Flag(help: "Write role totals per group (which group gatekeeps, which liaises) instead of per stakeholder.")
    var byGroup = false

    @Flag(name: .customLong("network"), help: "Write the network's role totals with sna's expected values, standard deviations and z-scores.")
    var networkLevel = false

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        let network = try input.load(file)
        let chosen = try selection.selection(for: network)
        let graph = try selection.graph(for: network, file: file, input: input)
        let groups: Partition
        do {
            groups = try StakeholderGroups(network, graph: graph, attribute: partition)
        } catch let error as PartitionError {
            throw ToolError("\(file): \(error.description)")
        }
        let brokerage = try GouldFernandezBrokerage(graph, partition: groups, partialCredit: partialCredit)
        if byGroup && networkLevel {
            throw ToolError("choose one of --by-group and --network")
        }
        if byGroup {
            try output.emit(groupTable(brokerage), stating: chosen)
            return
        }
        if networkLevel {
            try output.emit(networkTable(brokerage), stating: chosen)
            return
        }
        let holes: StructuralHoles
        do {
            holes = try StructuralHoles(graph)
        } catch let error as GraphError {
            throw ToolError(error.description)
        }
        var table = nodeTable(graph, brokerage, holes)
        table.makeReadable(network, graph: graph, format: output.format)
        try output.emit(table, stating: chosen)
    }

    private func count(_ x: Double) -> MeasureCell {
        partialCredit ? .number(x) : .integer(Int(x))
    }

    func nodeTable(_ graph: AnalysisGraph, _ b: GouldFernandezBrokerage, _ h: StructuralHoles) -> MeasureTable {
        var columns = ["group"]
        for role in BrokerageRole.allCases.map(\.description) + ["total"] { columns += [role, role + "Z"] }
        columns += ["constraint", "effectiveSize", "efficiency", "hierarchy"]
        var table = MeasureTable(columns: columns)
        for node in 0..<graph.nodeCount {
            let s = b.scores[node], z = b.zScores[node]
            var cells: [MeasureCell] = [.text(b.partition.label(ofNode: node))]
            for (x, zx) in zip(s.snaOrder, z.snaOrder) { cells += [count(x), .number(zx)] }
            cells += [.number(h.constraint[node]), .number(h.effectiveSize[node]), .number(h.efficiency[node]),
                      .number(h.hierarchy[node])]
            table.append(id: graph.label(of: node), cells)
        }
        return table
    }

    func networkTable(_ b: GouldFernandezBrokerage) -> MeasureTable {
        let columns = partialCredit ? ["count", "credit", "expected", "sd", "z"] : ["count", "expected", "sd", "z"]
        var table = MeasureTable(columns: columns, idColumn: "role", rowsKey: "roles")
        let credit = b.networkScores
        let names = BrokerageRole.allCases.map(\.description) + ["total"]
        for (r, name) in names.enumerated() {
            var cells: [MeasureCell] = [.integer(Int(b.networkCounts.snaOrder[r]))]
            if partialCredit { cells.append(.number(credit.snaOrder[r])) }
            cells += [.number(b.networkExpected.snaOrder[r]), .number(b.networkStandardDeviation.snaOrder[r]),
                      .number(b.networkZScores.snaOrder[r])]
            table.append(id: name, cells)
        }
        return table
    }

    func groupTable(_ b: GouldFernandezBrokerage) -> MeasureTable {
        var columns = ["size"]
        for role in BrokerageRole.allCases.map(\.description) + ["total"] { columns += [role, role + "Expected"] }
        var table = MeasureTable(columns: columns, idColumn: "group", rowsKey: "groups")
        let sizes = b.partition.sizes
        // Groups in the order their first stakeholder appears, as the per-stakeholder table.
        for g in b.partition.orderOfFirstAppearance {
            // A group's expected total is its size times the expectation for one member.
            var cells: [MeasureCell] = [.integer(sizes[g])]
            for (x, e) in zip(b.totalsByGroup[g].snaOrder, b.groupExpected[g].snaOrder) {
                cells += [count(x), .number(e * Double(sizes[g]))]
            }
            table.append(id: b.partition.labels[g], cells)
        }
        return table
    }
}
