import ArgumentParser
import Cohesion

/// A per-node measure the `centrality` command can write, by its lowerCamelCase column name.
enum CentralityMeasure: String, CaseIterable, ExpressibleByArgument {
    case degree, inDegree, outDegree, strength, inStrength, outStrength
    case betweenness, closeness, harmonic, eigenvector, katz, pageRank, hubs, authorities
    case weakComponent, strongComponent, clustering

    /// Whether the measure reads weights as distances (path measures).
    var isPathMeasure: Bool { [.betweenness, .closeness, .harmonic].contains(self) }
    /// Whether the measure reads weights as strengths (flow measures).
    var isFlowMeasure: Bool {
        [.strength, .inStrength, .outStrength, .eigenvector, .katz, .pageRank, .hubs, .authorities].contains(self)
    }
}

/// `cohesion centrality FILE`: per-stakeholder centrality measures.
struct CentralityCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Per-stakeholder centrality: degree, strength, betweenness, closeness, harmonic, eigenvector, Katz, PageRank, HITS.",
        discussion: """
            Measures follow NetworkX's definitions: betweenness normalized by (n−1)(n−2) unless \
            --raw-betweenness; closeness with Wasserman–Faust scaling over incoming distances in \
            directed graphs; PageRank with damping 0.85. Path measures (betweenness, closeness, \
            harmonic) read --weights distance; flow measures (strength, eigenvector, Katz, PageRank, \
            HITS) read --weights strength; asking a measure for weights of the other meaning is an \
            error. Without --measures, the measures that fit the weights are written. NaN is written \
            as null in JSON. Measures: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @Argument(help: "A network file.")
    var file: String

    @Option(parsing: .upToNextOption,
            help: "Measures to write (space- or comma-separated); default: those that fit the weights.")
    var measures: [String] = []

    @Flag(help: "Write raw betweenness (pair counts) instead of normalized values.")
    var rawBetweenness = false

    @Option(help: "Estimate betweenness from this many sampled sources (for very large graphs).")
    var sampleSources: Int?

    @Option(help: "The seed of the source sample.")
    var seed: UInt64 = 0

    @Option(help: "PageRank damping factor.")
    var damping: Double = 0.85

    @Option(help: "Katz attenuation per step (must be below 1/λmax).")
    var katzAlpha: Double = 0.1

    @Option(help: "Sort rows by this measure (descending).")
    var sort: String?

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    func chosenMeasures(_ graph: AnalysisGraph) throws -> [CentralityMeasure] {
        let names = measures.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        if !names.isEmpty {
            return try names.map { name in
                guard let m = CentralityMeasure(rawValue: name)
                        ?? CentralityMeasure.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
                    throw ToolError("unknown measure '\(name)' (known: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return m
            }
        }
        var chosen: [CentralityMeasure] = graph.isDirected ? [.inDegree, .outDegree] : [.degree]
        switch graph.weightKind {
        case .none: chosen += [.betweenness, .closeness, .harmonic, .eigenvector, .pageRank]
        case .distance: chosen += [.betweenness, .closeness, .harmonic]
        case .strength: chosen += (graph.isDirected ? [.inStrength, .outStrength] : [.strength]) + [.eigenvector, .pageRank]
        }
        return chosen
    }

    func execute() throws {
        let network = try input.load(file)
        let graph = try selection.graph(for: network)
        let chosen = try chosenMeasures(graph)
        var table = MeasureTable(columns: chosen.map(\.rawValue))
        var columns: [[MeasureCell]] = []
        var hits: HubsAndAuthorities?
        var weak: Components?, strong: Components?
        func numbers(_ values: [Double]) -> [MeasureCell] { values.map { .number($0) } }
        func integers(_ values: [Int]) -> [MeasureCell] { values.map { .integer($0) } }
        let byName = !measures.isEmpty
        for (step, measure) in chosen.enumerated() {
            if !byName, !(measure == .betweenness && sampleSources != nil),
               let warning = LongRunWarning.warning(measure, graph: graph) {
                printError(warning)
            }
            let units: (Int, String)? = measure.isPathMeasure
                ? (measure == .betweenness ? sampleSources ?? graph.nodeCount : graph.nodeCount, "sources") : nil
            let options = TerminalProgress.options(measure.rawValue, nodeCount: graph.nodeCount,
                                                   step: (step + 1, chosen.count), units: units)
            do {
                switch measure {
                case .degree: columns.append(integers(graph.degrees(.all)))
                case .inDegree: columns.append(integers(graph.degrees(.incoming)))
                case .outDegree: columns.append(integers(graph.degrees(.outgoing)))
                case .strength: columns.append(numbers(try graph.strengths(.all)))
                case .inStrength: columns.append(numbers(try graph.strengths(.incoming)))
                case .outStrength: columns.append(numbers(try graph.strengths(.outgoing)))
                case .betweenness:
                    if let k = sampleSources {
                        let estimate = try graph.approximateBetweenness(samples: k, seed: seed, normalized: !rawBetweenness,
                                                                        options: options)
                        printError(Self.samplingNote(estimate, graph: graph))
                        columns.append(numbers(estimate.values))
                    } else {
                        columns.append(numbers(try graph.betweenness(normalized: !rawBetweenness, options: options)))
                    }
                case .closeness: columns.append(numbers(try graph.closeness(options: options)))
                case .harmonic: columns.append(numbers(try graph.harmonicCloseness(options: options)))
                case .eigenvector: columns.append(try iterative(measure) { try graph.eigenvector(options: options) })
                case .katz: columns.append(try iterative(measure) { try graph.katz(alpha: katzAlpha, options: options) })
                case .pageRank: columns.append(numbers(try graph.pageRank(damping: damping, options: options)))
                case .hubs, .authorities:
                    if hits == nil { hits = try graph.hits(options: options) }
                    columns.append(numbers(measure == .hubs ? hits?.hubs ?? [] : hits?.authorities ?? []))
                case .weakComponent:
                    if weak == nil { weak = graph.weakComponents() }
                    columns.append(integers(weak?.labels ?? []))
                case .strongComponent:
                    if strong == nil { strong = graph.strongComponents() }
                    columns.append(integers(strong?.labels ?? []))
                case .clustering: columns.append(numbers(graph.localClustering()))
                }
            } catch let error as GraphError {
                throw ToolError("\(file): \(error.description)")
            } catch let error as CentralityError {
                throw ToolError("\(file): \(error.description)")
            }
        }
        for node in 0..<graph.nodeCount {
            table.append(id: graph.label(of: node), columns.map { $0.indices.contains(node) ? $0[node] : .missing })
        }
        if let sort {
            guard table.columns.contains(sort) else {
                throw ToolError("cannot sort by '\(sort)': not among the measures written (\(table.columns.joined(separator: ", ")))")
            }
            table.sort(by: sort)
        }
        try output.emit(table)
    }

    /// What a sampled betweenness run can claim: per-node bounds (empirical Bernstein, all
    /// nodes at once, 95 %) for the top nodes, relative to their values, and the number of
    /// sources that would bring the top node's bound to 10 %.
    static func samplingNote(_ estimate: ApproximateBetweenness, graph: AnalysisGraph) -> String {
        let bounds = estimate.combinedErrorBounds(confidence: 0.95)
        let order = (0..<estimate.values.count).sorted { estimate.values[$0] > estimate.values[$1] }
        func g(_ x: Double) -> String { String(format: "%.3g", x) }
        var lines = ["note: betweenness estimated from \(estimate.sources.count) sampled sources; "
                     + "with 95% confidence every node's exact value lies within its bound at once "
                     + "(empirical Bernstein per node, or Hoeffding's \(g(estimate.errorBound(confidence: 0.975))) if smaller)"]
        for v in order.prefix(5) where estimate.values[v] > 0 {
            let relative = bounds[v] / estimate.values[v] * 100
            lines.append("  \(graph.label(of: v)): \(g(estimate.values[v])) ± \(g(bounds[v])) (\(String(format: "%.0f", relative))%)")
        }
        if let top = order.first, estimate.values[top] > 0, bounds[top] > 0.1 * estimate.values[top] {
            let k = estimate.samplesNeeded(relativeError: 0.1, of: top)
            lines.append("  about \(k) sources would bound the top node within 10% (--sample-sources \(k))")
        }
        return lines.joined(separator: "\n")
    }

    /// An iterative measure that may not converge on some structures (eigenvector on a graph
    /// without cycles): its column becomes NaN with a warning rather than failing the command.
    private func iterative(_ measure: CentralityMeasure, _ body: () throws -> [Double]) throws -> [MeasureCell] {
        do {
            return try body().map { .number($0) }
        } catch let error as CentralityError {
            printError("warning: \(file): \(error.description); \(measure.rawValue) written as NaN")
            return []
        }
    }
}
