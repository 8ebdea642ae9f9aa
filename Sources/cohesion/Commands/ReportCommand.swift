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

    @Flag(name: .customLong("full-labels"), help: "Label the diagrams' stakeholders with their full names, not their short names.")
    var fullLabels = false

    @Option(name: .customLong("time-limit"), help: "Stop each diagram's layout after this many seconds and leave that diagram out (default 60).")
    var timeLimit: Double = 60

    @OptionGroup var nullModel: NullModelArguments

    @Option(help: "The seed of the random graphs (with --null) and of the comparison's coalitions, as in compare.")
    var seed: UInt64 = 1

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions

    /// The place a network describes, else its title: short enough for a column heading.
    static func shortName(_ network: Network) -> String {
        network.place ?? network.title ?? "network"
    }

    func execute() async throws {
        let networks = try files.map(input.load)
        guard timeLimit.isFinite, timeLimit > 0, timeLimit <= 86_400 else {
            throw ToolError("--time-limit must be a number of seconds between 0 and 86400")
        }
        let limit = Duration.milliseconds(Int64((timeLimit * 1000).rounded()))
        var sections: [ReportSection] = []
        for (file, network) in zip(files, networks) {
            let options = NetworkReportOptions(selection: try selection.selection(for: network), brokeragePartition: partition)
            let diagram = noDiagrams ? nil : try await Diagrams.optional("the diagram of \(Self.shortName(network))") {
                try await Diagrams.svg(for: network, shortLabels: !fullLabels, timeLimit: limit)
            }
            sections.append(try locating(file, network, options: input.readOptions) {
                try ReportSection(network: network, diagramSVG: diagram?.svg, diagramPositions: diagram?.positions ?? [:], options: options)
            })
        }
        try nullModel.check()
        let comparisonOptions = ComparisonOptions(selection: try selection.selection(for: networks[0]), seed: seed)
        if networks.count > 1 {
            // Beyond two networks a side-by-side drawing is too small to read; each section has its own.
            let svg = noDiagrams || networks.count > 2 ? nil : try await Diagrams.optional("the side-by-side diagram") {
                try await Diagrams.svg(comparing: networks, shortLabels: !fullLabels, timeLimit: limit)
            } ?? nil
            var extra: [ReportBlock] = []
            if let svg { extra.append(.diagram(svg: svg, caption: "The networks side by side")) }
            let comparison = try NetworkComparison(networks, names: networks.map(Self.shortName), options: comparisonOptions)
            sections.insert(ReportSection(comparison: comparison, extraBlocks: extra), at: 0)
        }
        if DiscourseComparison.applies(to: networks) {
            let discourse = try DiscourseComparison(networks, names: networks.map(Self.shortName))
            sections.insert(ReportSection(discourse: discourse), at: networks.count > 1 ? 1 : sections.count)
        }
        if nullModel.null != nil {
            // The same library call, options and seed as `compare --null`, network by network.
            var tests: [NullComparison] = []
            for (file, network) in zip(files, networks) {
                let options = ComparisonOptions(selection: try selection.selection(for: network), seed: seed)
                if let test = try nullModel.test(network, named: Self.shortName(network), file: file, readOptions: input.readOptions, options: options, seed: seed) {
                    tests.append(test)
                }
            }
            sections.insert(ReportSection(nullComparisons: tests), at: networks.count > 1 ? 1 : sections.count)
        }
        var evolutions: [(name: String, evolution: NetworkEvolution)] = []
        for (file, network) in zip(files, networks) {
            guard let span = network.yearSpan else { continue }
            if let reason = ReportSection.evolutionOmission(nodeCount: network.stakeholders.count) {
                printError("\(file): note: \(reason)")
                continue
            }
            var first = max(span.lowerBound, network.firstYear ?? span.lowerBound)
            let last = min(span.upperBound, network.lastYear ?? span.upperBound)
            guard first <= last else { continue }
            if NetworkEvolution.spanLength(first...last) == nil {
                // Validation keeps years within Network.supportedYears, so this cannot overflow.
                let shortened = last - (NetworkEvolution.maximumSpan - 1)
                printError("\(file): warning: the years \(first) to \(last) span more than \(NetworkEvolution.maximumSpan); the evolution section shows \(shortened) to \(last)")
                first = shortened
            }
            let years = first...last
            evolutions.append((Self.shortName(network), try locating(file, network, options: input.readOptions) { try NetworkEvolution(network, years: years, options: comparisonOptions) }))
        }
        if !evolutions.isEmpty { sections.append(ReportSection(evolutions: evolutions)) }
        let names = networks.map(Self.shortName)
        var report = HTMLReport(title: title ?? (names.count == 1 ? networks[0].title ?? names[0] : "Stakeholder networks compared: " + names.joined(separator: ", ")),
                                subtitle: "\(networks.count) network\(networks.count == 1 ? "" : "s"), made by cohesion report",
                                sections: sections)
        report.shortLabels = !fullLabels
        try NetworkFile.writeAtomically(Array(report.html().utf8), to: output)
        print("wrote \(output)")
    }
}
