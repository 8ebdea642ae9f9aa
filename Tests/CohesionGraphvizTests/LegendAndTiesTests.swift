import Cohesion
@testable import CohesionGraphviz
import Foundation
import Testing

/// Issue 19.2 and 19.4: parallel ties as one edge per kind with a count; a legend of aligned
/// one-line rows listing every style in use once, stakeholders without a sector included.
@Suite("Legend and parallel ties")
struct LegendAndTiesTests {
    static func network() -> Network {
        var n = Network(title: "Parallel")
        n.stakeholders = [
            Stakeholder(id: "caf", name: "CAF", kind: .familyAllowanceOffice, sector: .public),
            Stakeholder(id: "city", name: "Ville", kind: .municipality, sector: .public),
            Stakeholder(id: "assoc", name: "Association sans secteur", kind: .associativeProvider),
        ]
        n.ties = [
            Tie(source: "caf", target: "city", kind: .funding, amount: Amount(value: 100)),
            Tie(source: "caf", target: "city", kind: .funding, amount: Amount(value: 200)),
            Tie(source: "caf", target: "city", kind: .funding, amount: Amount(value: 300)),
            Tie(source: "caf", target: "city", kind: .contracting),
            Tie(source: "city", target: "assoc", kind: .coordination),
            Tie(source: "assoc", target: "city", kind: .coordination),
        ]
        return n
    }

    static func edges(_ document: DOTDocument) -> [DOTEdge] {
        document.statements.compactMap { if case .edge(let e) = $0 { e } else { nil } }
    }

    @Test func parallelTiesOfOneKindAreOneEdgeWithACount() {
        let edges = Self.edges(NetworkDiagram().document(for: Self.network()))
        #expect(edges.count == 3)   // funding ×3, contracting, coordination ×2 (undirected: either way round)
        let funding = edges.first { $0.attributes["kind"] == "funding" }
        #expect(funding?.attributes["label"] == .text("×3"))
        #expect(funding?.attributes["ties"] == .number(3))
        #expect(funding?.attributes["amount"] == .number(600))
        let coordination = edges.first { $0.attributes["kind"] == "coordination" }
        #expect(coordination?.attributes["label"] == .text("×2"))
        var each = NetworkDiagram()
        each.style.mergesParallelTies = false
        #expect(Self.edges(each.document(for: Self.network())).count == 6)
    }

    @Test func legendListsEveryStyleOnceInOneLineRows() {
        let legend = NetworkDiagram().legend(for: Self.network())
        let titles = legend.sections.map(\.title)
        #expect(titles == ["Stakeholder", "Sector", "Tie"])
        for section in legend.sections {
            for entry in section.entries { #expect(!entry.text.contains("\n"), "\(entry.text)") }
            let keyed = section.entries.filter { $0.key != .none }.map(\.key)
            #expect(Set(keyed).count == keyed.count, "\(section.title) lists a style twice")
        }
        let sectors = legend.sections[1].entries.map(\.text)
        #expect(sectors == ["public", "(no sector)"])
        let ties = legend.sections[2].entries.map(\.text)
        #expect(ties.contains { $0.hasPrefix("funding") } && ties.contains("contracting") && ties.contains("coordination"))
        #expect(ties.contains { $0.hasPrefix("×n") })
        // Drawn as one table whose rows all have the same height.
        let markup = legend.label(style: DiagramStyle()).markup
        #expect(!markup.contains("<br"))
        #expect(markup.components(separatedBy: "<tr>").count - 1 >= 4)
    }

    @Test func aLongSectionFlowsIntoColumnsAndShortOnesDoNot() {
        let long = DiagramLegend.Section(title: "Stakeholder", entries: (0..<20).map {
            DiagramLegend.Entry(key: $0 % 4 == 0 ? .shape(glyph: "●") : .none, text: "kind \($0)")
        })
        let ties = DiagramLegend.Section(title: "Tie", entries: (0..<9).map { DiagramLegend.Entry(key: .none, text: "tie \($0)") })
        let columns = DiagramLegend.columns(of: [long, ties])
        #expect(columns.map(\.title) == ["Stakeholder", "", "Tie"])
        #expect(columns.map(\.entries.count) == [10, 10, 9])
        #expect(columns[0].entries + columns[1].entries == long.entries)
        let markup = DiagramLegend(sections: [long, ties]).label(style: DiagramStyle()).markup
        #expect(markup.components(separatedBy: "<tr>").count - 1 == 11, "a heading row and ten rows")
        // Sections of similar lengths keep one column each.
        let similar = [DiagramLegend.Section(title: "A", entries: Array(long.entries.prefix(12))), ties]
        #expect(DiagramLegend.columns(of: similar) == similar)
        #expect(DiagramLegend.columns(of: []) == [])
    }
}
