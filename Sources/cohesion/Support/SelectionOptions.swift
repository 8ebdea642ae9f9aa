import ArgumentParser
import Cohesion

/// The `--weights` choice: what weights mean for the analysis.
enum WeightsChoice: String, ExpressibleByArgument, CaseIterable {
    case none, distance, strength
}

extension WeightField: ExpressibleByArgument {}
extension WeightConversion: ExpressibleByArgument {}
extension DirectionHandling: ExpressibleByArgument {}
extension TieEvidence: ExpressibleByArgument {}

/// Which ties enter the analysis and how they are read: `--layer`, `--exclude-layer`,
/// `--evidence`, `--tie-where`, `--year`, `--weights`, `--direction`, `--include-negative`.
struct SelectionOptions: ParsableArguments {
    @Option(name: .customLong("layer"), help: "A tie kind to keep (repeatable); all positive kinds when absent.")
    var layers: [String] = []

    @Option(name: .customLong("exclude-layer"), help: "A tie kind to leave out (repeatable).")
    var excludedLayers: [String] = []

    @Option(help: "Keep ties with this evidence (repeatable): \(TieEvidence.spellings).")
    var evidence: [TieEvidence] = []

    @Option(name: .customLong("tie-where"), help: "Keep ties whose field or attribute KEY has VALUE (KEY=VALUE, repeatable; one key's values are alternatives).")
    var tieWhere: [String] = []

    @Flag(name: .customLong("include-negative"), help: "Read negative (conflict) ties as ties like any other (left out by default).")
    var includeNegative = false

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
        func kind(_ id: String) throws -> TieKind {
            guard let kind = network.tieKind(id: id) else {
                let known = network.layers.map(\.id).joined(separator: ", ")
                throw ToolError("unknown layer '\(id)' (this network has: \(known))")
            }
            return kind
        }
        var kinds: Set<TieKind>? = nil
        if !layers.isEmpty {
            var chosen = Set<TieKind>()
            for id in layers {
                let k = try kind(id)
                if k.sign == .negative && !includeNegative {
                    throw ToolError("'\(id)' is a negative layer: conflicts are left out of paths, flows and coalitions; add --include-negative to read them as ties, or use a signed method")
                }
                chosen.insert(k)
            }
            kinds = chosen
        }
        let excluded = Set(try excludedLayers.map(kind))
        var conditions: [String: Set<String>] = [:]
        for pair in tieWhere {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                throw ToolError("--tie-where needs KEY=VALUE, found '\(pair)'")
            }
            let key = String(pair[..<eq]).trimmingCharacters(in: .whitespaces)
            let value = String(pair[pair.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            conditions[key, default: []].insert(value)
        }
        let meaning: WeightMeaning = switch weights {
        case .none: .none
        case .distance: .distance(weightFrom, conversion)
        case .strength: .strength(weightFrom, conversion)
        }
        return GraphSelection(layers: kinds, year: year, direction: direction, weights: meaning,
                              includesNegativeTies: includeNegative, evidence: evidence.isEmpty ? nil : Set(evidence),
                              conditions: conditions, excludedLayers: excluded)
    }

    /// A network file read with the input options, the selection these options make for it and
    /// its analysis graph: the three things most commands start from.
    func load(_ file: String, input: InputOptions) throws -> (network: Network, selection: GraphSelection, graph: AnalysisGraph) {
        let network = try input.load(file)
        return (network, try selection(for: network), try graph(for: network, file: file, input: input))
    }

    /// The analysis graph of a network read from `file` under these options; an error about a
    /// tie names the file and the tie's line (``NetworkFile/locating(_:in:path:options:)``),
    /// any other library error the file and the flag that fixes it.
    func graph(for network: Network, file: String, input: InputOptions) throws -> AnalysisGraph {
        do {
            return try AnalysisGraph(network, selection: try selection(for: network))
        } catch {
            throw ToolError.located(error, in: network, file: file, input: input)
        }
    }
}
