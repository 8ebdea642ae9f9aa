import ArgumentParser
import Cohesion

/// `cohesion evolution FILE --from Y --to Y`: the comparison profile year by year.
struct EvolutionCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "evolution",
        abstract: "A network's profile per year over a span: size, density, coalitions, E-I, brokerage, mixing.",
        discussion: """
            Each year keeps the ties valid that year (from their first and last years; open ends \
            always valid) and every stakeholder, so coalitions of consecutive years compare node for \
            node: NMI and ARI against the previous year. One column per year; the measures are those \
            of `compare`, followed by the file's series (places, coverage… per stakeholder: the value \
            dated that year, blank where the sources give none). Without --from/--to, the network's year span is used. The input format, \
            when the extension does not tell it, is --input-format (--from is the first year here).
            """)

    @Argument(help: "A network file.")
    var file: String

    @Option(help: "The first year.")
    var from: Int?

    @Option(help: "The last year.")
    var to: Int?

    @OptionGroup var comparison: ComparisonArguments

    @Option(help: "How many top stakeholders by betweenness to list.")
    var top: Int = 3

    // The shared input options spell the input format --from, which here is the first year.
    @OptionGroup var csv: CSVNetworkOptions

    @Option(name: .customLong("input-format"), help: "The input format, overriding the extension (\(ToolFormats.registry.identifierList)).")
    var inputFormat: NetworkFormat?
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        let readOptions = csv.readOptions(format: inputFormat)
        let network = try NetworkFile.read(file, options: readOptions)
        guard let first = from ?? network.yearSpan?.lowerBound, let last = to ?? network.yearSpan?.upperBound else {
            throw ToolError("\(file): the network is undated; give --from and --to")
        }
        guard first <= last else { throw ToolError("--from \(first) is after --to \(last)") }
        guard selection.year == nil else { throw ToolError("--year and evolution do not mix: use --from and --to") }
        let options = comparison.options(selection: try selection.selection(for: network), top: top)
        let evolution = try locating(file, network, options: readOptions) { try NetworkEvolution(network, years: first...last, options: options) }
        let rendering = ComparisonRendering(comparison: evolution.comparison, alignment: comparison.by, sectorAttribute: comparison.sector,
                                            stability: evolution.stabilityByYear,
                                            extraRows: evolution.seriesRows)
        if output.format == .json {
            try output.emit(json: rendering.json(), stating: options.selection)
        } else {
            try output.emit(rendering.render(output.format, width: output.width), stating: options.selection)
        }
    }
}
