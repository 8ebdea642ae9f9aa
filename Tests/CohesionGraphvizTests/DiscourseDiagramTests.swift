import Cohesion
import CohesionGraphviz
import Foundation
import Testing

@Suite("discourse diagrams")
struct DiscourseDiagramTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CohesionTests/Fixtures/discourse/dna-sample.dna").path

    @Test("The stance diagram of DNA's sample: 7 actors, 6 concepts, agree and disagree edges in two colours, a legend")
    func stances() async throws {
        let network = try DNADatabase.read(path: Self.sample)
        let doc = try DiscourseDiagram.stances(network)
        let dot = DOTWriter().write(doc)
        let agree = dot.components(separatedBy: DiscourseDiagram.agreeColour).count - 1
        let disagree = dot.components(separatedBy: DiscourseDiagram.disagreeColour).count - 1
        // 22 actor–concept pairs (rDNA's 22 two-mode edges); Energy and Environmental Analysis agrees and disagrees
        // on one concept, so 23 stance edges; each colour also appears in the legend (edge and its label colour).
        #expect(agree + disagree - 4 == 2 * 23)   // colour and fontcolor per edge
        #expect(dot.contains("cluster_legend") && dot.contains("\"agrees\"") && dot.contains("\"disagrees\""))
        let svg = try await GraphvizRenderer().render(doc, format: .svg, engine: .dot)
        let text = String(decoding: svg.data, as: UTF8.self)
        #expect(text.contains("<svg") && text.contains("Sierra Club") && text.contains(DiscourseDiagram.disagreeColour))
    }

    @Test("The coalition diagram boxes each coalition")
    func coalitions() async throws {
        let network = try DNADatabase.read(path: Self.sample)
        let doc = try DiscourseDiagram.coalitions(network)
        let dot = DOTWriter().write(doc)
        let found = try DiscourseNetwork(network, options: DiscourseOptions(networkType: .oneMode, aggregation: .subtract, isolates: false)).coalitions()
        for g in 0..<found.count { #expect(dot.contains("cluster_coalition\(g)")) }
        let svg = try await GraphvizRenderer().render(doc, format: .svg)
        #expect(String(decoding: svg.data, as: UTF8.self).contains("coalition 1"))
    }
}
