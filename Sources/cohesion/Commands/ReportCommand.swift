import ArgumentParser
import Cohesion

/// `cohesion report INPUT… -o report.html`: one self-contained HTML page that shows and
/// compares networks.
struct ReportCommand: AsyncParsableCommand {
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

    func run() async throws {
        do {
            try await execute()
        } catch let error as InvalidNetwork {
            for d in error.diagnostics { printError(d.description) }
            throw ExitCode.failure
        } catch let error as ToolError {
            printError("error: \(error.message)")
            throw ExitCode.failure
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }

    func execute() async throws {
        let networks = try files.map(input.load)
        var sections: [ReportSection] = []
        for network in networks {
            let options = NetworkReportOptions(selection: try selection.selection(for: network), brokeragePartition: partition)
            let svg = noDiagrams ? nil : try await Diagrams.svg(for: network)
            sections.append(try ReportSection(network: network, diagramSVG: svg, options: options))
        }
        if networks.count > 1 {
            let options = NetworkReportOptions(selection: try selection.selection(for: networks[0]), brokeragePartition: partition)
            let svg = noDiagrams ? nil : try await Diagrams.svg(comparing: networks)
            var extra: [ReportBlock] = []
            if let svg { extra.append(.diagram(svg: svg, caption: "The networks side by side")) }
            sections.insert(try ReportSection(comparing: networks, options: options, extraBlocks: extra), at: 0)
        }
        if networks.contains(where: { $0.yearSpan != nil }) {
            sections.append(try ReportSection(evolutionOf: networks, options: NetworkReportOptions(selection: try selection.selection(for: networks[0]))))
        }
        let names = networks.map { $0.title ?? $0.place ?? "network" }
        let report = HTMLReport(title: title ?? (names.count == 1 ? names[0] : "Comparing " + names.joined(separator: ", ")),
                                subtitle: "\(networks.count) network\(networks.count == 1 ? "" : "s"), made by cohesion report",
                                sections: sections)
        try NetworkFile.writeAtomically(Array(report.html().utf8), to: output)
        print("wrote \(output)")
    }
}
