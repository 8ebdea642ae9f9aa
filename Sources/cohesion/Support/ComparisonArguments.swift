import ArgumentParser
import Cohesion


/// How networks are aligned and coalitions found, for `compare` and `evolution`.
struct ComparisonArguments: ParsableArguments {
    @Option(help: "The stakeholder attribute that aligns groups (kind, sector, level…).")
    var by: String = "kind"

    @Option(help: "The attribute of the E-I index and of the groups brokers stand between.")
    var sector: String = "sector"

    @Option(help: "Coalition method: louvain or leiden.")
    var method: CoalitionMethod = .leiden

    @Option(help: "Coalition resolution γ.")
    var resolution: Double = 1

    @Option(help: "Coalition seed.")
    var seed: UInt64 = 1

    /// The library's options for a selection and a number of top stakeholders.
    func options(selection: GraphSelection, top: Int) -> ComparisonOptions {
        ComparisonOptions(selection: selection, alignment: by, sectorAttribute: sector, method: method,
                          resolution: resolution, seed: seed, topCount: top)
    }
}
