extension ReportSection {
    /// A section that sets several networks side by side: their profiles in one table, and the
    /// brokerage roles each kind of stakeholder plays in each, as heat maps. Networks are aligned
    /// by stakeholder kind, since cities share kinds, not stakeholders.
    ///
    /// - Complexity: dominated by betweenness in each network.
    public init(comparing networks: [Network], options: NetworkReportOptions = NetworkReportOptions(),
                extraBlocks: [ReportBlock] = []) throws {
        let names = networks.enumerated().map { $1.title ?? $1.place ?? "network \($0 + 1)" }
        var profileTable = MeasureTable(columns: names, idColumn: "measure", rowsKey: "measures")
        var rows: [(String, [MeasureCell])] = []
        func add(_ name: String, _ cell: (Network, AnalysisGraph, NetworkProfile?) -> MeasureCell) throws {
            var cells: [MeasureCell] = []
            for network in networks {
                let graph = try AnalysisGraph(network, selection: options.selection)
                cells.append(cell(network, graph, try? NetworkProfile(graph, options: options.computation)))
            }
            rows.append((name, cells))
        }
        try add("stakeholders") { n, _, _ in .integer(n.stakeholders.count) }
        try add("ties") { n, _, _ in .integer(n.ties.count) }
        let layerIDs = networks.flatMap { $0.layers.map(\.id) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for layer in layerIDs {
            try add("ties: \(layer)") { n, _, _ in .integer(n.ties.filter { $0.kind.id == layer }.count) }
        }
        try add("illustrative ties") { n, _, _ in .integer(n.ties.filter(\.isIllustrative).count) }
        try add("density") { _, _, p in p.map { .number($0.density) } ?? .missing }
        try add("reciprocity") { _, _, p in p.map { .number($0.reciprocity) } ?? .missing }
        try add("transitivity") { _, _, p in p.map { .number($0.transitivity) } ?? .missing }
        try add("weak components") { _, _, p in p.map { .integer($0.weakComponentCount) } ?? .missing }
        try add("degree centralization") { _, _, p in p.map { .number($0.degreeCentralization) } ?? .missing }
        try add("betweenness centralization") { _, _, p in p.map { .number($0.betweennessCentralization) } ?? .missing }
        try add("closeness centralization") { _, _, p in p.map { .number($0.closenessCentralization) } ?? .missing }
        try add("most between") { n, g, _ in
            guard let b = try? g.betweenness(normalized: true, options: options.computation),
                  let top = b.indices.max(by: { b[$0] < b[$1] }) else { return .missing }
            return .text(g.stakeholderIndices.map { n.stakeholders[$0[top]].name } ?? g.label(of: top))
        }
        for (name, cells) in rows { profileTable.append(id: name, cells) }

        var blocks: [ReportBlock] = [
            .table(ReportTable(caption: "Profiles side by side (Freeman centralization with igraph's theoretical maxima)", table: profileTable)),
        ]
        // Brokerage roles by kind of stakeholder, one heat map per network, rows aligned by kind.
        let kinds = networks.flatMap { $0.stakeholders.map(\.kind.id) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
        var maps: [ReportBlock] = []
        for (i, network) in networks.enumerated() {
            let graph = try AnalysisGraph(network, selection: options.selection)
            guard let partition = try? Partition(network, graph: graph, attribute: "kind"),
                  let brokerage = try? GouldFernandezBrokerage(graph, partition: partition) else { continue }
            let values: [[Double]] = kinds.map { kind in
                guard let g = partition.labels.firstIndex(of: kind) else { return roles.map { _ in .nan } }
                let t = brokerage.totalsByGroup[g]
                return [t.coordinator, t.itinerant, t.representative, t.gatekeeper, t.liaison]
            }
            maps.append(.heatMap(HeatMap(caption: "\(names[i]): brokerage by kind of stakeholder (blank: kind absent)",
                                         rowLabels: kinds, columnLabels: roles, values: values)))
        }
        if !maps.isEmpty { blocks.append(.group(title: "Brokerage roles by kind of stakeholder", blocks: maps)) }
        blocks += extraBlocks
        self.init(title: "Comparison: " + names.joined(separator: ", "), blocks: blocks)
    }

    /// A section of small charts: for each network, the ties in force, density and degree
    /// centralization in each year of its span (a tie holds from its first to its last year).
    public init(evolutionOf networks: [Network], options: NetworkReportOptions = NetworkReportOptions()) throws {
        let spans = networks.compactMap { n -> ClosedRange<Int>? in
            guard let span = n.yearSpan else { return nil }
            return max(span.lowerBound, n.firstYear ?? span.lowerBound)...min(span.upperBound, n.lastYear ?? span.upperBound)
        }
        guard let first = spans.map(\.lowerBound).min(), let last = spans.map(\.upperBound).max(), first <= last else {
            self.init(title: "Evolution", blocks: [.paragraph("No network has dated ties.")])
            return
        }
        let years = Array(first...last)
        var ties: [LineChart.Series] = [], density: [LineChart.Series] = [], centralization: [LineChart.Series] = []
        for (i, network) in networks.enumerated() {
            let name = network.title ?? network.place ?? "network \(i + 1)"
            var t: [Double] = [], d: [Double] = [], c: [Double] = []
            for year in years {
                var selection = options.selection
                selection.year = year
                let inForce = network.ties.filter { selection.includes($0) }.count
                t.append(Double(inForce))
                if let graph = try? AnalysisGraph(network, selection: selection) {
                    d.append(graph.density)
                    c.append(graph.degreeCentralization())
                } else {
                    d.append(.nan)
                    c.append(.nan)
                }
            }
            ties.append(.init(name: name, values: t))
            density.append(.init(name: name, values: d))
            centralization.append(.init(name: name, values: c))
        }
        let labels = years.map(String.init)
        self.init(title: "Evolution \(first)–\(last)", blocks: [
            .paragraph("Each year counts the ties in force that year: a tie holds from its first to its last year, an open end holds throughout."),
            .lineChart(LineChart(caption: "Ties in force", xLabels: labels, series: ties)),
            .lineChart(LineChart(caption: "Density", xLabels: labels, series: density)),
            .lineChart(LineChart(caption: "Degree centralization", xLabels: labels, series: centralization)),
        ])
    }
}
