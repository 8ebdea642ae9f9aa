import ArgumentParser
import Cohesion

extension NodeMeasure: ExpressibleByArgument {
    /// A measure by name, ignoring case.
    public init?(argument: String) {
        guard let measure = NodeMeasure.named(argument) else { return nil }
        self = measure
    }

    /// The names `--help` lists.
    public static var allValueStrings: [String] { NodeMeasure.all.map(\.name) }
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
            as null in JSON. Measures: \(NodeMeasure.all.map(\.name).joined(separator: ", ")).
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

    func chosenMeasures(_ graph: AnalysisGraph) throws -> [NodeMeasure] {
        let names = measures.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else { return NodeMeasure.defaults(for: graph) }
        return try names.map { name in
            guard let m = NodeMeasure.named(name) else {
                throw ToolError("unknown measure '\(name)' (known: \(NodeMeasure.all.map(\.name).joined(separator: ", ")))")
            }
            return m
        }
    }

    var parameters: MeasureParameters {
        MeasureParameters(normalizedBetweenness: !rawBetweenness, betweennessSamples: sampleSources, seed: seed,
                          damping: damping, katzAlpha: katzAlpha)
    }

    func execute() throws {
        let (network, chosenSelection, graph) = try selection.load(file, input: input)
        let chosen = try chosenMeasures(graph)
        var columns: [(name: String, values: MeasureValues?)] = []
        let byName = !measures.isEmpty
        for (step, measure) in chosen.enumerated() {
            if !byName, let warning = LongRunWarning.warning(measure, graph: graph, samples: sampleSources) {
                printError(warning)
            }
            let isPath = LongRunWarning.isPathMeasure(measure)
            let units: (Int, String)? = isPath
                ? (measure == .betweenness ? sampleSources ?? graph.nodeCount : graph.nodeCount, "sources") : nil
            let options = TerminalProgress.options(measure.name, nodeCount: graph.nodeCount,
                                                   step: (step + 1, chosen.count), units: units)
            do {
                let result = try measure.compute(on: graph, parameters: parameters, options: options)
                if let note = ToolError.note(for: result) { printError("note: \(note)") }
                columns.append((measure.name, result.values))
            } catch let error as CentralityError {
                // An iterative measure that does not converge on some structures (eigenvector on a
                // graph without cycles): its column is left empty with a warning.
                guard case .didNotConverge = error else { throw ToolError(library: error, file: file) }
                printError("warning: \(file): \(error.description); \(measure.name) written as NaN")
                columns.append((measure.name, nil))
            } catch let error as GraphError {
                throw ToolError(library: error, file: file)
            }
        }
        var table = MeasureTable(graph, measures: columns)
        if let sort {
            guard table.columns.contains(sort) else {
                throw ToolError("cannot sort by '\(sort)': not among the measures written (\(table.columns.joined(separator: ", ")))")
            }
            table.sort(by: sort)
        }
        table.makeReadable(network, graph: graph, format: output.format, sorted: sort != nil)
        try output.emit(table, stating: chosenSelection)
    }
}
