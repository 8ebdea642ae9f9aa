/// What a network's report section computes and shows.
public struct NetworkReportOptions: Sendable {
    /// The ties analysed and how they are read.
    public var selection: GraphSelection
    /// The stakeholder attribute that defines groups for brokerage (`sector`, `kind`, `level`…).
    public var brokeragePartition: String
    /// Computation options (parallelism, progress, cancellation) for the measures.
    public var computation: ComputationOptions
    /// Whether the section has a diagram to explore (``InteractiveDiagram``) beside the static one.
    public var interactiveDiagram: Bool
    /// The largest network (in nodes) whose path measures the report computes exactly.
    ///
    /// Above it, betweenness and its centralization are estimated from
    /// ``betweennessSamples`` sampled sources (``AnalysisGraph/approximateBetweenness(samples:seed:normalized:endpoints:options:)``,
    /// seed 1) and the caption states the error bounds; closeness, harmonic closeness and the
    /// path statistics (diameter, mean path length, closeness centralization), which need every
    /// pair's distance, are left out and the section says so; the year-by-year evolution is
    /// left out too (``ReportSection/evolutionOmission(nodeCount:options:)``). Exact path
    /// measures take O(*n* *m*): minutes at 50,000 stakeholders.
    public var exactPathNodeLimit: Int
    /// The sources sampled for betweenness above ``exactPathNodeLimit``.
    public var betweennessSamples: Int
    /// The most rows a per-stakeholder table (centrality, brokerage) shows: the highest by its
    /// sort column; the caption says how many of how many are shown. A page of one row per
    /// stakeholder of a national network would weigh over 100 MB.
    public var tableRowLimit: Int

    /// The default ``tableRowLimit``: 2,000 rows.
    public static let defaultTableRowLimit = 2_000
    /// The most stakeholders a section's diagram to explore (``interactiveDiagram``) shows;
    /// above it the section says the diagram is left out. Its cards list each stakeholder's
    /// ties, and a national network's would make the page hundreds of megabytes and take
    /// most of a minute to write.
    public static let interactiveDiagramNodeLimit = 5_000

    /// The default ``exactPathNodeLimit``: 10,000 stakeholders.
    public static let defaultExactPathNodeLimit = 10_000

    /// Creates options: every tie as stored, unweighted, brokerage across sectors, with a
    /// diagram to explore.
    public init(selection: GraphSelection = GraphSelection(), brokeragePartition: String = "sector",
                computation: ComputationOptions = .default, interactiveDiagram: Bool = true,
                exactPathNodeLimit: Int = NetworkReportOptions.defaultExactPathNodeLimit, betweennessSamples: Int = 1_000,
                tableRowLimit: Int = NetworkReportOptions.defaultTableRowLimit) {
        self.selection = selection
        self.brokeragePartition = brokeragePartition
        self.computation = computation
        self.interactiveDiagram = interactiveDiagram
        self.exactPathNodeLimit = exactPathNodeLimit
        self.betweennessSamples = betweennessSamples
        self.tableRowLimit = tableRowLimit
    }

    /// Whether a graph is too large for the exact path measures (more than ``exactPathNodeLimit`` nodes).
    public func estimatesPaths(of graph: AnalysisGraph) -> Bool { graph.nodeCount > exactPathNodeLimit }
}

extension ReportSection {
    /// Why the year-by-year evolution of a network of `nodeCount` stakeholders is left out of
    /// the report, or nil when it is not: each year's profile computes the exact path measures,
    /// so above ``NetworkReportOptions/exactPathNodeLimit`` it would take many times the
    /// exact measures' minutes.
    ///
    /// ```swift
    /// if let reason = ReportSection.evolutionOmission(nodeCount: network.stakeholders.count) { print(reason) }
    /// ```
    ///
    /// - Complexity: O(1).
    public static func evolutionOmission(nodeCount: Int, options: NetworkReportOptions = NetworkReportOptions()) -> String? {
        guard nodeCount > options.exactPathNodeLimit else { return nil }
        return "the year-by-year evolution is left out: \(nodeCount) stakeholders is over \(options.exactPathNodeLimit), "
            + "and each year's profile computes every pair's shortest paths"
    }

    /// The report section of one network: its figures, diagram, who is central, who brokers
    /// between groups, any extra blocks (coalitions…), and its sources with what is illustrative.
    ///
    /// ```swift
    /// let section = try ReportSection(network: lille, diagramSVG: svg, diagramPositions: positions)
    /// ```
    ///
    /// `diagramPositions` places the stakeholders of the diagram to explore, by id (the ones
    /// the static diagram's layout gave, so that both agree); without them it is laid out by
    /// ``StressLayout``.
    ///
    /// - Throws: ``GraphError`` when the selection cannot build a graph; a measure that cannot
    ///   be computed on this graph is left out rather than failing the report.
    /// - Complexity: dominated by betweenness, O(*n* *m*).
    public init(network: Network, diagramSVG: String? = nil, diagramPositions: [String: DiagramPoint] = [:],
                options: NetworkReportOptions = NetworkReportOptions(), extraBlocks: [ReportBlock] = []) throws {
        let graph = try AnalysisGraph(network, selection: options.selection)
        var blocks: [ReportBlock] = []
        if let description = network.description { blocks.append(.paragraph(description)) }
        let layers = NetworkSummary(network).tiesByKind.map { "\($0.id) (\($0.count))" }.joined(separator: ", ")
        blocks.append(.paragraph("Layers: \(layers)."))
        blocks.append(.paragraph("Ties analysed: \(options.selection.summary)."))
        // Above the exact limit the sampled betweenness is the costliest step: drawn once, on
        // the unweighted graph, for both the centralization fact and, when the graph is
        // unweighted (so the two are the same computation), the centrality table.
        let estimate = options.estimatesPaths(of: graph)
            ? try? graph.unweighted.approximateBetweenness(samples: options.betweennessSamples, seed: 1, options: options.computation)
            : nil
        blocks.append(.facts(Self.facts(network, graph: graph, options: options, estimate: estimate)))
        if let diagramSVG {
            blocks.append(.diagram(svg: diagramSVG, caption: "\(network.title ?? "Network"): shape by stakeholder kind, fill by sector, line style by tie kind."))
        }
        if options.interactiveDiagram && !network.stakeholders.isEmpty {
            if network.stakeholders.count <= NetworkReportOptions.interactiveDiagramNodeLimit {
                blocks.append(.interactiveDiagram(InteractiveDiagram(network: network, positions: diagramPositions)))
            } else {
                blocks.append(.paragraph("The diagram to explore is left out: \(network.stakeholders.count) stakeholders is over \(NetworkReportOptions.interactiveDiagramNodeLimit)."))
            }
        }
        blocks.append(.group(title: "Who is central", blocks: [.table(Self.centralityTable(network, graph: graph, options: options,
                                                                                         estimate: graph.isWeighted ? nil : estimate))]))
        if let brokerage = try? Self.brokerageBlocks(network, graph: graph, options: options) {
            blocks.append(.group(title: "Who brokers between \(options.brokeragePartition == "kind" ? "kinds of stakeholder" : options.brokeragePartition + "s")", blocks: brokerage))
        }
        if let coalitions = try? Self.coalitionBlocks(network, graph: try AnalysisGraph(network, selection: options.selection.forCoalitions)) {
            blocks.append(.group(title: "Coalitions", blocks: coalitions))
        }
        blocks += extraBlocks
        blocks.append(.sources(network))
        self.init(title: network.title ?? network.place ?? "Network", blocks: blocks)
    }

    /// The section's figures; `estimate` is the sampled (normalized) betweenness of the
    /// unweighted graph when the network is over ``NetworkReportOptions/exactPathNodeLimit``.
    static func facts(_ network: Network, graph: AnalysisGraph, options: NetworkReportOptions,
                      estimate: ApproximateBetweenness?) -> [ReportBlock.Fact] {
        let summary = NetworkSummary(network)
        var facts: [ReportBlock.Fact] = [
            .init("Stakeholders", String(summary.stakeholderCount)),
            .init("Ties", String(summary.tieCount)),
            .init("Years", summary.yearSpan.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "undated"),
            .init("Illustrative ties", String(summary.illustrativeTieCount)),
            .init("Sources (partisan)", "\(summary.sourceCount) (\(summary.partisanSourceCount))"),
        ]
        if options.estimatesPaths(of: graph) {
            let short = { (x: Double) in MeasureCell.number(x).shortText }
            facts += [
                .init("Density", short(graph.density)),
                .init("Reciprocity", short(graph.reciprocity)),
                .init("Components (weak)", String(graph.weakComponents().count)),
                .init("Degree centralization", short(graph.degreeCentralization(.all))),
            ]
            if let estimate {
                // On the normalized scale a star's centre has 1 and every other node 0, so the
                // most a network can have is n − 1: the raw maximum `betweennessCentralization()` divides by,
                // on this scale.
                let value = AnalysisGraph.freemanCentralization(estimate.values, theoreticalMaximum: Double(graph.nodeCount - 1))
                facts.append(.init("Betweenness centralization (estimated from \(estimate.sources.count) sources)", short(value)))
            }
            return facts
        }
        if let profile = try? NetworkProfile(graph, options: options.computation) {
            let short = { (x: Double) in MeasureCell.number(x).shortText }
            facts += [
                .init("Density", short(profile.density)),
                .init("Reciprocity", short(profile.reciprocity)),
                .init("Components (weak)", String(profile.weakComponentCount)),
                .init("Degree centralization", short(profile.degreeCentralization)),
                .init("Betweenness centralization", short(profile.betweennessCentralization)),
            ]
        }
        return facts
    }

    static func describing(_ network: Network, graph: AnalysisGraph) -> [(kind: String, sector: String)] {
        (0..<graph.nodeCount).map { node in
            let s = graph.stakeholderIndices.map { network.stakeholders[$0[node]] }
            return (s?.kind.id ?? "", s?.sector?.rawValue ?? "")
        }
    }

    /// The centrality table; `estimate`, when given, is the sampled betweenness of this very
    /// graph, used instead of drawing the sample again.
    static func centralityTable(_ network: Network, graph: AnalysisGraph, options: NetworkReportOptions,
                                estimate: ApproximateBetweenness? = nil) -> ReportTable {
        // The measures `centrality` writes by default for this graph; one that cannot be
        // computed here (eigenvector without cycles) is left out.
        var columns: [(name: String, values: MeasureValues?)] = []
        let estimated = options.estimatesPaths(of: graph)
        var notes: [String] = []
        for measure in NodeMeasure.defaults(for: graph) {
            if estimated && (measure == .closeness || measure == .harmonic) { continue }
            let parameters = estimated && measure == .betweenness
                ? MeasureParameters(betweennessSamples: options.betweennessSamples, seed: 1) : MeasureParameters()
            let shared = estimated && measure == .betweenness ? estimate.map { MeasureResult(estimate: $0, labels: graph.labels) } : nil
            if let result = shared ?? (try? measure.compute(on: graph, parameters: parameters, options: options.computation)) {
                columns.append((measure.name, result.values))
                if estimated, let note = result.note { notes.append(note.split(separator: "\n").joined(separator: "; ")) }
            }
        }
        if estimated {
            notes.append("closeness and harmonic closeness are left out: \(graph.nodeCount) stakeholders is over "
                         + "\(options.exactPathNodeLimit), and they need every pair's shortest path")
        }
        var table = byStakeholder(MeasureTable(graph, measures: columns), network: network,
                                  graph: graph, withSector: true)
        if table.columns.contains("betweenness") { table.sort(by: "betweenness") }
        if let note = capped(&table, limit: options.tableRowLimit, by: table.columns.contains("betweenness") ? "betweenness" : nil) {
            notes.append(note)
        }
        let caption = "Centrality of each stakeholder (\(graph.isDirected ? "directed" : "undirected"); closeness scaled as Wasserman and Faust; NetworkX's definitions)"
        return ReportTable(caption: notes.isEmpty ? caption : caption + ". " + notes.joined(separator: ". "),
                           table: table, filterColumns: ["kind", "sector"])
    }

    /// A per-stakeholder table of the library's (rows keyed by node label) as the report shows
    /// it: rows keyed by stakeholder name under `stakeholder`, led by the stakeholder's kind
    /// (and sector), so the reader can filter on them.
    static func byStakeholder(_ table: MeasureTable, network: Network, graph: AnalysisGraph, withSector: Bool) -> MeasureTable {
        let described = describing(network, graph: graph)
        var nodeOfLabel: [String: Int] = [:]
        for node in 0..<graph.nodeCount { nodeOfLabel[graph.label(of: node)] = node }
        var out = MeasureTable(columns: (withSector ? ["kind", "sector"] : ["kind"]) + table.columns,
                               idColumn: "stakeholder", rowsKey: table.rowsKey)
        for row in table.rows {
            guard let node = nodeOfLabel[row.id] else { continue }
            let name = graph.stakeholderIndices.map { network.stakeholders[$0[node]].name } ?? row.id
            let leading: [MeasureCell] = withSector ? [.text(described[node].kind), .text(described[node].sector)]
                : [.text(described[node].kind)]
            out.append(id: name, leading + row.cells)
        }
        return out
    }

    /// Keeps the first `limit` rows of a sorted table; says what was cut, or nil when nothing was.
    static func capped(_ table: inout MeasureTable, limit: Int, by column: String?) -> String? {
        let total = table.rows.count, kept = max(0, limit)
        guard total > kept else { return nil }
        var top = MeasureTable(columns: table.columns, idColumn: table.idColumn, rowsKey: table.rowsKey)
        top.names = table.names
        for row in table.rows.prefix(kept) { top.append(id: row.id, row.cells) }
        table = top
        let order = column.map { "the \(kept) highest by \($0)" } ?? "the first \(kept)"
        return "\(order) of \(total) stakeholders are shown (the table's CSV download holds these rows only); "
            + "the measures are computed over every stakeholder"
    }

    /// The brokerage blocks: the tables `cohesion brokerage` writes (per stakeholder with
    /// structural holes, and by group), with the columns a reader scans: the role counts and
    /// the total's z-score, the group sizes and totals.
    static func brokerageBlocks(_ network: Network, graph: AnalysisGraph, options: NetworkReportOptions) throws -> [ReportBlock] {
        let partition = try StakeholderGroups(network, graph: graph, attribute: options.brokeragePartition)
        let brokerage = try GouldFernandezBrokerage(graph, partition: partition)
        let holes = try? StructuralHoles(graph.weightKind == .distance ? graph.unweighted : graph)
        let roles = GouldFernandezBrokerage.roleColumns
        let perStakeholder = brokerage.table(graph, holes: holes)
            .selecting(["group"] + roles + ["totalZ"] + StructuralHoles.columns)
        var table = byStakeholder(perStakeholder, network: network, graph: graph, withSector: false)
        // The group column is headed by the attribute, unless that is the kind beside it.
        if options.brokeragePartition != "kind", let g = table.columns.firstIndex(of: "group") {
            table.columns[g] = options.brokeragePartition
        }
        table.sort(by: "total")
        let cut = capped(&table, limit: options.tableRowLimit, by: "total")
        var byGroup = brokerage.groupTable.selecting(["size"] + roles)
        byGroup.idColumn = options.brokeragePartition
        return [
            .paragraph("Gould–Fernandez roles count the two-paths i → j → k with no tie i → k that each stakeholder j brokers, by the groups of i, j and k (R sna's brokerage()); z-scores compare with sna's null model. Burt's constraint is low for stakeholders who bridge structural holes."),
            .table(ReportTable(caption: "Brokerage roles and structural holes per stakeholder" + (cut.map { ". " + $0 } ?? ""),
                               table: table, filterColumns: ["kind"])),
            .table(ReportTable(caption: "Brokerage roles totalled by \(options.brokeragePartition)", table: byGroup)),
        ]
    }

    static func coalitionBlocks(_ network: Network, graph: AnalysisGraph) throws -> [ReportBlock] {
        let found = try graph.coalitions(method: .leiden, seed: 1)
        let names = (0..<graph.nodeCount).map { node in
            graph.stakeholderIndices.map { network.stakeholders[$0[node]].name } ?? graph.label(of: node)
        }
        let assignment = found.assignment.orderedBySize()
        var members = MeasureTable(columns: ["size", "members"], idColumn: "coalition", rowsKey: "coalitions")
        for (c, nodes) in assignment.members.enumerated() {
            members.append(id: String(c + 1), [.integer(nodes.count), .text(nodes.map { names[$0] }.joined(separator: "; "))])
        }
        var blocks: [ReportBlock] = [
            .paragraph("Leiden (seed 1) finds \(found.count) coalitions with modularity \(MeasureCell.number(found.modularity).shortText): groups of stakeholders more densely tied to each other than chance would make them."),
            .table(ReportTable(caption: "Coalitions, largest first", table: members)),
        ]
        let sectors = try StakeholderGroups(network, attribute: "sector", graph: graph)
        if let ei = try? graph.eiIndex(of: sectors) {
            var table = MeasureTable(columns: ["size", "external", "internal", "eiIndex"], idColumn: "sector", rowsKey: "sectors")
            for group in ei.groups {
                table.append(id: group.label, [.integer(group.size), .number(group.external), .number(group.internal), .number(group.value)])
            }
            table.append(id: "whole network", [.integer(graph.nodeCount), .number(ei.external), .number(ei.internal), .number(ei.value)])
            blocks.append(.table(ReportTable(caption: "E-I index by sector (Krackhardt and Stern): −1 when every tie stays inside the sector, +1 when every tie leaves it", table: table)))
        }
        return blocks
    }
}
