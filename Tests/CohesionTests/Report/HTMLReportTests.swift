import Foundation
@testable import Cohesion
import Testing

@Suite("the HTML report: self-contained, escaped, sortable")
struct HTMLReportTests {
    static let hostile = "<script>alert('x')</script> & \"Co\""

    static var network: Network {
        var n = Network(title: hostile)
        n.sources = [
            Source(id: "s1", title: "<b>bold</b>", url: "javascript:alert(1)"),
            Source(id: "s2", title: "CAF du Nord", url: "https://caf.fr/x?a=1&b=2", isPartisan: true),
        ]
        n.stakeholders = [Stakeholder(id: "a", name: hostile, kind: .state), Stakeholder(id: "b", kind: .municipality)]
        n.ties = [
            Tie(source: "a", target: "b", kind: .funding, citations: ["s1"]),
            Tie(source: "b", target: "a", kind: .coalition, isIllustrative: true, note: "<img src=x onerror=alert(1)>"),
        ]
        return n
    }

    func page() -> String {
        var table = MeasureTable(columns: ["kind", "degree"])
        table.append(id: Self.hostile, [.text("state"), .integer(2)])
        table.append(id: "b", [.text("municipality"), .number(.nan)])
        let svg = """
            <?xml version="1.0"?><!DOCTYPE svg><svg onload="alert(1)" width="10"><script>alert(2)</script>\
            <a xlink:href="javascript:alert(3)"><text>&lt;script&gt;</text></a></svg>
            """
        let report = HTMLReport(title: Self.hostile, subtitle: "sub", sections: [
            ReportSection(title: Self.hostile, blocks: [
                .facts([.init("ties", "2")]),
                .diagram(svg: svg, caption: Self.hostile),
                .table(ReportTable(caption: "Centrality", table: table, filterColumns: ["kind"])),
                .heatMap(HeatMap(caption: "Mixing", rowLabels: ["x", Self.hostile], columnLabels: ["x", "y"], values: [[0, 1], [0.5, .nan]])),
                .lineChart(LineChart(caption: "Density", xLabels: ["2019", "2020", "2021"],
                                     series: [.init(name: Self.hostile, values: [0.1, .nan, 0.3])])),
                .sources(Self.network),
            ]),
        ])
        return report.html()
    }

    @Test func inputCannotInjectMarkupOrScript() {
        let html = page()
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>bold</b>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("onload="))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the note is escaped as text")
        #expect(!html.contains("javascript:"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"))
        // Exactly one script element: the page's own.
        #expect(html.components(separatedBy: "<script>").count == 2)
    }

    @Test func selfContained() {
        let html = page()
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\""))
        #expect(!html.contains("url(") && !html.contains("@import"))
        #expect(html.contains("<style>") && html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func tablesCarrySortableValuesAndFilters() {
        let html = page()
        #expect(html.contains("<table id=\"t1\" class=\"sortable\" data-csv-name=\"centrality.csv\">"))
        #expect(html.contains("<td class=\"num\" data-value=\"2\">2</td>"))
        #expect(html.contains("<td class=\"num\" data-value=\"\">NaN</td>"))
        #expect(html.contains("<select data-column=\"1\"><option value=\"\">all</option><option value=\"municipality\">"))
    }

    @Test func sourcesShowPartisanFlagsAndIllustrativeTies() {
        let html = page()
        #expect(html.contains("<span class=\"partisan\" title=\"partisan source\">⚑</span> <a href=\"https://caf.fr/x?a=1&amp;b=2\""))
        #expect(html.contains("1 of 2 ties cite a source; 1 are illustrative"))
    }
}

@Suite("a network's report section")
struct NetworkReportSectionTests {
    @Test func lilleSectionHasCentralityBrokerageAndSources() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let lille = try NetworkFile.read(root.appendingPathComponent("Networks/lille.yaml").path)
        let section = try ReportSection(network: lille)
        let tables = section.blocks.flatMap { block -> [ReportTable] in
            switch block {
            case .table(let t): [t]
            case .group(_, let inner): inner.compactMap { if case .table(let t) = $0 { t } else { nil } }
            default: []
            }
        }
        let centrality = try #require(tables.first { $0.table.columns.contains("betweenness") })
        #expect(centrality.table.rows.count == lille.stakeholders.count)
        // Sorted by betweenness, highest first, and the values are the library's own.
        let graph = try AnalysisGraph(lille)
        let betweenness = try graph.betweenness(normalized: true)
        let top = try #require(betweenness.indices.max { betweenness[$0] < betweenness[$1] })
        #expect(centrality.table.rows.first?.id == lille.stakeholders[top].name)
        let brokerage = try #require(tables.first { $0.table.columns.contains("gatekeeper") })
        #expect(brokerage.table.rows.count == lille.stakeholders.count)
        // The report prints through the brokerage result's own table (what `cohesion brokerage`
        // writes): the same role names and numbers, rows keyed by name.
        let sectors = try StakeholderGroups(lille, graph: graph, attribute: "sector")
        let own = try GouldFernandezBrokerage(graph, partition: sectors).table(graph, holes: try StructuralHoles(graph))
        #expect(brokerage.table.columns == ["kind", "sector"] + GouldFernandezBrokerage.roleColumns + ["totalZ"] + StructuralHoles.columns)
        for column in GouldFernandezBrokerage.roleColumns + ["totalZ", "constraint"] {
            let shown = try #require(brokerage.table.columns.firstIndex(of: column)), mine = try #require(own.columns.firstIndex(of: column))
            let sorted = { (cells: [MeasureCell]) in cells.map { $0.numeric ?? .nan }.sorted { $0 < $1 || (!$0.isNaN && $1.isNaN) } }
            #expect(sorted(brokerage.table.rows.map { $0.cells[shown] }).map(\.bitPattern)
                    == sorted(own.rows.map { $0.cells[mine] }).map(\.bitPattern), "\(column)")
        }
        #expect(section.blocks.contains { if case .sources = $0 { true } else { false } })
        let html = HTMLReport(title: "Lille", sections: [section]).html()
        #expect(html.contains("Who brokers between sectors"))
    }

    /// Above `exactPathNodeLimit` the section estimates betweenness from sampled sources (every
    /// source here, so the estimate is the exact value), leaves closeness and harmonic out and
    /// says so; at or below it the table is the exact one.
    @Test func largeNetworksEstimateBetweennessAndLeaveAllPairsMeasuresOut() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let lille = try NetworkFile.read(root.appendingPathComponent("Networks/lille.yaml").path)
        let n = lille.stakeholders.count
        func centrality(_ section: ReportSection) throws -> ReportTable {
            let tables = section.blocks.flatMap { block -> [ReportTable] in
                switch block {
                case .group(_, let inner): inner.compactMap { if case .table(let t) = $0 { t } else { nil } }
                default: []
                }
            }
            return try #require(tables.first { $0.table.columns.contains("betweenness") })
        }
        let exact = try centrality(ReportSection(network: lille, options: NetworkReportOptions(interactiveDiagram: false)))
        #expect(exact.table.columns.contains("closeness"))
        let estimatedSection = try ReportSection(network: lille, options: NetworkReportOptions(
            interactiveDiagram: false, exactPathNodeLimit: n - 1, betweennessSamples: n))
        let estimated = try centrality(estimatedSection)
        #expect(!estimated.table.columns.contains("closeness"))
        #expect(!estimated.table.columns.contains("harmonic"))
        #expect(estimated.caption.contains("betweenness estimated from \(n) sampled sources"))
        #expect(estimated.caption.contains("closeness and harmonic closeness are left out"))
        let column = try #require(exact.table.columns.firstIndex(of: "betweenness"))
        let estimatedColumn = try #require(estimated.table.columns.firstIndex(of: "betweenness"))
        func numbers(_ t: ReportTable, _ c: Int) -> [Double] {
            t.table.rows.compactMap { if case .number(let x) = $0.cells[c] { x } else { nil } }.sorted()
        }
        let a = numbers(exact, column), b = numbers(estimated, estimatedColumn)
        #expect(a.count == n && b.count == n)
        for (x, e) in zip(a, b) { #expect(abs(e - x) <= 1e-12 * max(1, abs(x))) }
        let facts = estimatedSection.blocks.flatMap { block -> [ReportBlock.Fact] in if case .facts(let f) = block { f } else { [] } }
        #expect(facts.contains { $0.label == "Betweenness centralization (estimated from \(n) sources)" })
        #expect(ReportSection.evolutionOmission(nodeCount: n) == nil)
        #expect(ReportSection.evolutionOmission(nodeCount: NetworkReportOptions.defaultExactPathNodeLimit + 1) != nil)
    }

    /// Each cell of the null-distribution chart holds its network's CUG test, so the report
    /// shows that result's figures and nothing copied beside it.
    @Test func nullDistributionCellsHoldTheTests() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let lille = try NetworkFile.read(root.appendingPathComponent("Networks/lille.yaml").path)
        let comparison = try NullComparison([lille], names: ["Lille"], condition: .edges, draws: 30, seed: 4)
        let chart = NullDistributionChart([comparison])
        #expect(chart.networks == ["Lille"])
        #expect(chart.rows.map(\.statistic) == comparison.tests[0].map(\.statistic.name))
        for (row, test) in zip(chart.rows, comparison.tests[0]) {
            let cell = try #require(row.cells.first)
            // Bit for bit (a statistic can be NaN on some draws, and NaN is not equal to itself).
            #expect(cell.test.statistic == test.statistic)
            #expect(cell.test.observed.bitPattern == test.observed.bitPattern)
            #expect(cell.test.nullValues.map(\.bitPattern) == test.nullValues.map(\.bitPattern))
            #expect(cell.definedNullValues.map(\.bitPattern) == test.nullValues.filter { !$0.isNaN }.map(\.bitPattern))
        }
        let html = HTMLReport(title: "Lille", sections: [ReportSection(nullComparisons: [comparison])]).html()
        let density = try #require(comparison.tests[0].first { $0.statistic == .density })
        #expect(html.contains("data-statistic=\"density\" data-observed=\"\(density.observed)\""))
    }
}
