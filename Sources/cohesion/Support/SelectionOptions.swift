import ArgumentParser
import Cohesion

/// The `--weights` choice: what weights mean for the analysis.
enum WeightsChoice: String, ExpressibleByArgument, CaseIterable {
    case none, distance, strength
}

extension WeightField: ExpressibleByArgument {}
extension WeightConversion: ExpressibleByArgument {}
extension DirectionHandling: ExpressibleByArgument {}

/// Which ties enter the analysis and how they are read: `--layer`, `--year`, `--weights`.
struct SelectionOptions: ParsableArguments {
    @Option(name: .customLong("layer"), help: "A tie kind to keep (repeatable); all kinds when absent.")
    var layers: [String] = []

    @Option(help: "Keep only ties valid in this year.")
    var year: Int?

    @Option(help: "What weights mean: none, distance (path measures) or strength (flow measures).")
    var weights: WeightsChoice = .none

    @Option(name: .customLong("weight-from"), help: "Where weights come from: weight or amount.")
    var weightFrom: WeightField = .weight

    @Option(help: "How raw weights convert: identity or reciprocal (1/value, e.g. amounts as distances).")
    var conversion: WeightConversion = .identity

    @Option(help: "How direction is read: as-stored, undirected or mutual.")
    var direction: DirectionHandling = .asStored

    /// The selection for a network; an unknown layer is an error that lists the known ones.
    func selection(for network: Network) throws -> GraphSelection {
        var kinds: Set<TieKind>? = nil
        if !layers.isEmpty {
            var chosen = Set<TieKind>()
            for id in layers {
                guard let kind = network.tieKind(id: id) else {
                    let known = network.layers.map(\.id).joined(separator: ", ")
                    throw ToolError("unknown layer '\(id)' (this network has: \(known))")
                }
                chosen.insert(kind)
            }
            kinds = chosen
        }
        let meaning: WeightMeaning = switch weights {
        case .none: .none
        case .distance: .distance(weightFrom, conversion)
        case .strength: .strength(weightFrom, conversion)
        }
        return GraphSelection(layers: kinds, year: year, direction: direction, weights: meaning)
    }

    /// The analysis graph of a network under these options.
    func graph(for network: Network) throws -> AnalysisGraph {
        do {
            return try AnalysisGraph(network, selection: try selection(for: network))
        } catch let error as GraphError {
            throw ToolError(error.description)
        }
    }
}
