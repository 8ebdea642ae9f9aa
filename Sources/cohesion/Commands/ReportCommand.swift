import ArgumentParser
import Cohesion

/// `cohesion report INPUT… -o report.html`: one self-contained HTML page that shows and
/// compares networks.
struct ReportCommand: AsyncToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: diagrams, sortable tables, coalitions, sources; side by side for several networks.")

    @Argument(help: "Network files.")
    var files: [String]

    @Option(name: [.short, .long], help: "The HTML file to write (atomically).")
    var output: String

    @Option(help: "The page title.")
    var title: String?

    @Option(help: "The stakeholder attribute whose groups brokerage is counted between.")
    var partition = "sector"

    @Flag(help: "Leave diagrams out (faster; no Graphviz needed).")
    var noDiagrams = false

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions

    /// The place a network describes, else its title: short enough for a column heading.
    static func shortName(_ network: Network) -> String {
        network.place ?? network.title ?? "network"
    }

    func execute() async throws {
        let networks = try files.map(input.load)
        var sections: [ReportSection] = []
        for network in networks {
            let options = NetworkReportOptions(selection: try selection.selection(for: network), brokeragePartition: partition)
            let diagram = noDiagrams ? nil : try await Diagrams.svg(for: network)
            sections.append(try ReportSection(network: network, diagramSVG: diagram?.svg,
                                              diagramPositions: diagram?.positions ?? [:], options: options))
        }
        let comparisonOptions = ComparisonOptions(selection: try selection.selection(for: networks[0]))
        if networks.count > 1 {
            // Beyond two networks a side-by-side drawing is too small to read; each section has its own.
            let svg = noDiagrams || networks.count > 2 ? nil : try await Diagrams.svg(comparing: networks)
            var extra: [ReportBlock] = []
            if let svg { extra.append(.diagram(svg: svg, caption: "The networks side by side")) }
            let comparison = try NetworkComparison(networks, names: networks.map(Self.shortName), options: comparisonOptions)
            sections.insert(ReportSection(comparison: comparison, extraBlocks: extra), at: 0)
        }
        var evolutions: [(name: String, evolution: NetworkEvolution)] = []
        for network in networks {
            guard let span = network.yearSpan else { continue }
            let first = max(span.lowerBound, network.firstYear ?? span.lowerBound)
            let last = min(span.upperBound, network.lastYear ?? span.upperBound)
            guard first <= last else { continue }
            evolutions.append((Self.shortName(network), try NetworkEvolution(network, years: first...last, options: comparisonOptions)))
        }
        if !evolutions.isEmpty { sections.append(ReportSection(evolutions: evolutions)) }
        let names = networks.map(Self.shortName)
        let report = HTMLReport(title: title ?? (names.count == 1 ? networks[0].title ?? names[0] : "Stakeholder networks compared: " + names.joined(separator: ", ")),
                                subtitle: "\(networks.count) network\(networks.count == 1 ? "" : "s"), made by cohesion report",
                                sections: sections)
        try NetworkFile.writeAtomically(Array(report.html().utf8), to: output)
        print("wrote \(output)")
    }
}
