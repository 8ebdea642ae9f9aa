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
        let (network, chosen, graph) = try selection.load(file, input: input)
        let groups: Partition
        do {
            groups = try StakeholderGroups(network, graph: graph, attribute: partition)
        } catch let error as PartitionError {
            throw ToolError(library: error, file: file)
        }
        if byGroup && networkLevel {
            throw ToolError("choose one of --by-group and --network")
        }
        let steps = byGroup || networkLevel ? 1 : 2
        let brokerage = try GouldFernandezBrokerage(
            graph, partition: groups, partialCredit: partialCredit,
            options: TerminalProgress.options("brokerage roles", nodeCount: graph.nodeCount, step: (1, steps),
                                              units: (graph.nodeCount, "brokers")))
        if byGroup {
            try output.emit(brokerage.groupTable, stating: chosen)
            return
        }
        if networkLevel {
            try output.emit(brokerage.networkTable, stating: chosen)
            return
        }
        let holes: StructuralHoles
        do {
            holes = try StructuralHoles(
                graph, options: TerminalProgress.options("structural holes", nodeCount: graph.nodeCount, step: (2, 2),
                                                         units: (graph.nodeCount, "stakeholders")))
        } catch let error as GraphError {
            throw ToolError(library: error)
        }
        var table = brokerage.table(graph, holes: holes)
        table.makeReadable(network, graph: graph, format: output.format)
        try output.emit(table, stating: chosen)
    }
}
