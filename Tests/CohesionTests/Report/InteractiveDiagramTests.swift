import Foundation
@testable import Cohesion
import Testing

@Suite("the report's diagram to explore, charts and glossary")
struct InteractiveDiagramTests {
    static let hostile = "<script>alert('x')</script> & \"Co\""

    static var network: Network {
        var n = Network(title: "Explore", firstYear: 2010, lastYear: 2020)
        n.sources = [
            Source(id: "s1", title: hostile, url: "javascript:alert(1)"),
            Source(id: "s2", title: "CAF du Nord", url: "https://caf.fr/x?a=1&b=2", isPartisan: true),
        ]
        n.stakeholders = [
            Stakeholder(id: "a", name: hostile, kind: .state, sector: .public),
            Stakeholder(id: "b", kind: .municipality),
            Stakeholder(id: "c", kind: .municipality),
        ]
        n.ties = [
            Tie(source: "a", target: "b", kind: .funding, instrument: "PSU", firstYear: 2012, lastYear: 2015, citations: ["s1", "s2"]),
            Tie(source: "b", target: "c", kind: .conflict, firstYear: 2018),
            Tie(source: "a", target: "missing", kind: .funding),
            Tie(source: "c", target: "c", kind: .coordination),
        ]
        return n
    }

    @Test("ties with an unknown end and self-ties are left out; years and layers come from the file")
    func model() {
        let view = InteractiveDiagram(network: Self.network)
        #expect(view.nodes.map(\.id) == ["a", "b", "c"])
        #expect(view.edges.count == 2)
        #expect(view.edges[0].instrument == "PSU" && view.edges[0].firstYear == 2012 && view.edges[0].lastYear == 2015)
        #expect(view.edges[1].isNegative && !view.edges[0].isNegative)
        #expect(view.layers == ["funding", "conflict"])
        #expect(view.years == 2010...2020)
        #expect(view.nodes.map(\.degree) == [1, 2, 1])
    }

    @Test("given positions are kept; the others are placed by the stress layout")
    func positions() {
        let view = InteractiveDiagram(network: Self.network, positions: ["a": DiagramPoint(x: 10, y: 20)])
        #expect(view.nodes[0].position == DiagramPoint(x: 10, y: 20))
        #expect(view.nodes[1].position != view.nodes[2].position)
        let again = InteractiveDiagram(network: Self.network, positions: ["a": DiagramPoint(x: 10, y: 20)])
        #expect(again == view, "the layout depends only on its input")
    }

    @Test("the stress layout puts a path's nodes about one unit apart, in order")
    func stress() {
        let layout = StressLayout(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        func distance(_ i: Int, _ j: Int) -> Double {
            let a = layout.positions[i], b = layout.positions[j]
            return ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
        }
        for (i, j, hops) in [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 2.0), (0, 3, 3.0)] {
            #expect(abs(distance(i, j) - hops * StressLayout.unit) < 0.05 * hops * StressLayout.unit, "d(\(i),\(j)) = \(distance(i, j))")
        }
        #expect(StressLayout(nodeCount: 0, edges: []).positions.isEmpty)
        #expect(StressLayout(nodeCount: 2, edges: [(0, 5), (-1, 1)]).positions.count == 2)
    }

    @Test("drawn with every input string escaped, years and kinds as data, unsafe links dropped")
    func html() {
        let page = HTMLReport(title: "t", sections: [ReportSection(title: "s", blocks: [.interactiveDiagram(InteractiveDiagram(network: Self.network))])]).html()
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!page.contains("javascript:alert"))
        #expect(page.contains("href=\"https://caf.fr/x?a=1&amp;b=2\""))
        #expect(page.contains("data-kind=\"funding\"") && page.contains("data-first=\"2012\" data-last=\"2015\""))
        #expect(page.contains("data-first=\"2018\" data-last=\"\""))
        #expect(page.contains("class=\"ix-edge ix-negative\""))
        #expect(page.contains("min=\"2010\" max=\"2020\""))
        #expect(page.contains("<figure class=\"ix\" id=\"ix1\" data-ix hidden>"), "hidden until script shows it")
        #expect(page.contains("id=\"glossary\""))
    }

    @Test("labels are placed where they overlap no other label; a label with no free place is drawn on hover only")
    func labelPlacement() {
        // A row of close nodes: below, above, right and left are tried in turn.
        let row = (0..<6).map { HTMLReport.LabelledNode(x: Double($0) * 30, y: 0, radius: 5, lines: ["Stakeholder \($0)"], degree: 6 - $0) }
        let placed = HTMLReport.placeLabels(row, fontSize: 10, gap: 2)
        let shown = placed.filter { !$0.isCrowded }
        #expect(shown.count >= 2, "\(placed.map(\.isCrowded))")
        for (i, a) in shown.enumerated() {
            for b in shown[(i + 1)...] { #expect(!a.box.intersects(b.box), "\(a.box) and \(b.box)") }
        }
        #expect(!placed[0].isCrowded, "the best-connected stakeholder keeps its label")
        // Six nodes on one spot: four places around it, two labels left for hover.
        let pile = (0..<6).map { HTMLReport.LabelledNode(x: 0, y: 0, radius: 5, lines: ["Stakeholder \($0)"], degree: 1) }
        let piled = HTMLReport.placeLabels(pile, fontSize: 10, gap: 2)
        #expect(piled.map(\.isCrowded) == [false, false, false, false, true, true])
        #expect(Set(piled.prefix(4).map(\.anchor)) == ["middle", "start", "end"])
        // Far apart, every label goes below its node.
        let apart = (0..<4).map { HTMLReport.LabelledNode(x: Double($0) * 500, y: 0, radius: 5, lines: ["A", "B"], degree: 1) }
        let below = HTMLReport.placeLabels(apart, fontSize: 10, gap: 2)
        #expect(below.allSatisfy { !$0.isCrowded && $0.anchor == "middle" && $0.box.minY > 0 })
        #expect(HTMLReport.labelLines("CNAF (national family allowance fund)", width: 18, maximumLines: 2) == ["CNAF (national", "family allowance…"])
        #expect(NameText.short("PMI du Nord (maternal and child health service)") == "PMI du Nord")
    }

    @Test("the diagram to explore labels short names with the full name on hover, or full names when asked")
    func labels() {
        var n = Network(title: "Names")
        n.stakeholders = [
            Stakeholder(id: "cnaf", name: "CNAF (national family allowance fund)", kind: .state, sector: .public),
            Stakeholder(id: "city", name: "Ville", kind: .municipality),
        ]
        n.ties = [Tie(source: "cnaf", target: "city", kind: .funding)]
        let section = ReportSection(title: "s", blocks: [.interactiveDiagram(InteractiveDiagram(network: n))])
        var report = HTMLReport(title: "t", sections: [section], includesGlossary: false)
        let short = report.html()
        #expect(short.contains("<tspan>CNAF</tspan>"))
        #expect(short.contains("<text class=\"ix-full\"") && short.contains(">CNAF (national family allowance fund)</text>"))
        report.shortLabels = false
        let full = report.html()
        #expect(full.contains("<tspan>CNAF (national family</tspan>"))
        #expect(!full.contains("<tspan>CNAF</tspan>"))
    }

    @Test("chart ticks are round numbers that cover the data")
    func ticks() {
        #expect(HTMLReportTestAccess.ticks(0.0812, 0.1011) == [0.08, 0.085, 0.09, 0.095, 0.1, 0.105])
        #expect(HTMLReportTestAccess.ticks(0, 66) == [0, 10, 20, 30, 40, 50, 60, 70])
        #expect(HTMLReportTestAccess.ticks(5, 5).count >= 2)
    }

    @Test("a count chart starts at zero and no tick label has more digits than its step needs")
    func chart() {
        let counts = LineChart(caption: "Ties", xLabels: (2010...2025).map(String.init),
                               series: [.init(name: "Lille", values: (0..<16).map { 55 + Double($0 % 3) })], zeroBased: true)
        let page = HTMLReport(title: "t", sections: [ReportSection(title: "s", blocks: [.lineChart(counts)])], includesGlossary: false).html()
        #expect(page.contains(">0</text>"))
        #expect(!page.contains("(axis not from zero)"))
        let density = LineChart(caption: "Density", xLabels: ["2024", "2025"], series: [.init(name: "Lille", values: [0.0804598, 0.0892473])])
        let other = HTMLReport(title: "t", sections: [ReportSection(title: "s", blocks: [.lineChart(density)])], includesGlossary: false).html()
        #expect(!other.contains(".0892473</text>") && other.contains(">0.09</text>"))
        #expect(other.contains(">2024</text>") && other.contains(">2025</text>"))
        #expect(!other.contains("id=\"glossary\""))
    }

    @Test("every glossary entry names its reference")
    func glossary() {
        #expect(ReportGlossary.entries.count >= 15)
        #expect(ReportGlossary.entries.allSatisfy { !$0.definition.isEmpty && !$0.reference.isEmpty })
    }
}

/// Reaches the report's internal tick computation.
enum HTMLReportTestAccess {
    static func ticks(_ low: Double, _ high: Double) -> [Double] {
        HTMLReport.niceTicks(low: low, high: high).map { ($0 * 1e9).rounded() / 1e9 }
    }
}
