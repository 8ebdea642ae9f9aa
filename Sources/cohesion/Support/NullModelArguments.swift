import ArgumentParser
import Cohesion

/// `--null` and `--reps`, shared by `compare` and `report` so both test each network with the
/// same library call, options and seed: the report's null figures are `compare --null`'s.
struct NullModelArguments: ParsableArguments {
    @Option(help: "Also test each network's whole-network statistics against random graphs sharing its size, edges or dyads (the report draws each null distribution).")
    var null: CUGCondition?

    @Option(help: "Random graphs per statistic and network, with --null.")
    var reps: Int = 1000

    /// Refuses a draw count below 1 when a null model is asked for.
    func check() throws {
        if null != nil, reps < 1 { throw ToolError("--reps must be at least 1") }
    }

    /// The null-model test of one network read from `file`, or nil without `--null`; progress
    /// shows on a terminal for long runs.
    func test(_ network: Network, named name: String, file: String, readOptions: NetworkReadOptions, options: ComparisonOptions,
              seed: UInt64) throws -> NullComparison? {
        guard let null else { return nil }
        var withProgress = options
        withProgress.computation = TerminalProgress.options("null model, \(name)", nodeCount: reps * network.stakeholders.count,
                                                            threshold: 20_000)
        return try locating(file, network, options: readOptions) {
            try NullComparison([network], names: [name], options: withProgress, condition: null, draws: reps, seed: seed)
        }
    }
}
