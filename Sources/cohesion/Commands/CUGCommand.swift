import ArgumentParser
import Cohesion

extension CUGCondition: ExpressibleByArgument {}

/// `cohesion cug FILE --statistic NAME`: a conditional uniform graph test (R sna's
/// `cug.test`) of a whole-network statistic.
struct CUGCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "cug",
        abstract: "Test a whole-network statistic against uniform random graphs of the same size, ties or dyad census (sna's cug.test).",
        discussion: """
            Draws --reps random graphs that share the network's size (--condition size: every tie \
            with probability ½), number of ties (edges) or dyad census (dyads: mutual, asymmetric and \
            null pairs), as R sna's cug.test, and reports where the observed statistic falls: the null \
            mean and standard deviation, P(X ≥ obs) and P(X ≤ obs), the percentile and z. Statistics \
            (names as in profile): \(NetworkStatistic.names.joined(separator: ", ")). reciprocity is \
            sna's grecip(measure="edgewise"), transitivity its gtrans (weak: closed two-paths over \
            two-paths, the undirected transitivity on an undirected graph); eiIndex, modularity and \
            brokerageTotal use the groups of --partition. Weights are ignored. Draws run on every core \
            and the same --seed gives the same result anywhere.
            """)

    @Argument(help: "A network file.")
    var file: String

    @Option(help: "The statistic: \(NetworkStatistic.names.joined(separator: ", ")).")
    var statistic: String

    @Option(help: "What the random graphs share with the network: size, edges or dyads.")
    var condition: CUGCondition = .edges

    @Option(help: "How many random graphs.")
    var reps: Int = 1000

    @Option(help: "The random seed (same seed, same result).")
    var seed: UInt64 = 1

    @Option(help: "The stakeholder attribute whose groups eiIndex, modularity and brokerageTotal use.")
    var partition: String = "sector"

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        let network = try input.load(file)
        let chosen = try selection.selection(for: network)
        let graph = try selection.graph(for: network, file: file, input: input)
        guard reps >= 1 else { throw ToolError("--reps must be at least 1") }
        // Only the statistics of a partition need the attribute to exist.
        let partitioned = NetworkStatistic.named(statistic) == nil
        let groups = partitioned ? try CommunityAssignment(network, attribute: partition, graph: graph).groups : nil
        guard let stat = NetworkStatistic.named(statistic, groups: groups) else {
            throw ToolError("unknown statistic '\(statistic)' (known: \(NetworkStatistic.names.joined(separator: ", ")))")
        }
        let options = TerminalProgress.options("cug \(statistic)", nodeCount: reps * max(graph.nodeCount, 1), threshold: 20_000)
        let test: CUGTest
        do {
            test = try CUGTest(graph, statistic: stat, condition: condition, draws: reps, seed: seed, options: options)
        } catch let error as CoalitionError {
            throw ToolError("\(file): \(error.description)")
        } catch let error as PartitionError {
            throw ToolError("\(file): \(error.description)")
        }
        switch output.format {
        case .json: try output.emit(json: Self.json(test, partition: stat.needsPartition ? partition : nil), stating: chosen)
        case .csv, .table, .markdown:
            var table = MeasureTable(columns: ["condition", "reps", "observed", "nullMean", "nullSD", "pGreaterEqual", "pLessEqual", "percentile", "z"],
                                     idColumn: "statistic", rowsKey: "tests")
            table.append(id: stat.name + (stat.needsPartition ? " (\(partition))" : ""), Self.cells(test))
            var text = table.render(output.format)
            if output.format != .csv, test.undefinedDraws > 0 {
                text += "\(test.undefinedDraws) of \(test.draws) random graphs have no value of \(stat.name) (left out).\n"
            }
            try output.emit(text, stating: chosen)
        }
    }

    static func cells(_ t: CUGTest) -> [MeasureCell] {
        [.text(t.condition.rawValue), .integer(t.draws), .number(t.observed), .number(t.nullMean), .number(t.nullStandardDeviation),
         .number(t.pGreaterOrEqual), .number(t.pLessOrEqual), .number(t.percentile), .number(t.z)]
    }

    /// The contract's JSON: observed, nullMean, nullSD, pGreaterEqual, pLessEqual, and more.
    static func json(_ t: CUGTest, partition: String?) -> JSONValue {
        func number(_ x: Double) -> JSONValue { x.isNaN ? .null : .number(x) }
        var members: [(String, JSONValue)] = [
            ("statistic", .string(t.statistic.name)), ("condition", .string(t.condition.rawValue)),
            ("reps", .integer(t.draws)), ("seed", .integer(Int(truncatingIfNeeded: t.seed))),
            ("observed", number(t.observed)), ("nullMean", number(t.nullMean)), ("nullSD", number(t.nullStandardDeviation)),
            ("pGreaterEqual", number(t.pGreaterOrEqual)), ("pLessEqual", number(t.pLessOrEqual)),
            ("percentile", number(t.percentile)), ("z", number(t.z)), ("undefinedDraws", .integer(t.undefinedDraws)),
        ]
        if let partition { members.insert(("partition", .string(partition)), at: 1) }
        return .object(members)
    }
}
