import Foundation
import Testing
@testable import Cohesion

/// Average neighbour degree against NetworkX 3.6.1's `average_neighbor_degree`
/// (`Scripts/fixtures/average_neighbor_degree.py`), unweighted and weighted, and for directed
/// graphs every pair of source and target directions.
@Suite("Average neighbour degree")
struct AverageNeighborDegreeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let nodeCount: Int
        let isDirected: Bool
        let edges: [[Int]]
        let weights: [Double]?
        /// Keyed "source|target" in NetworkX's words ("in", "out", "in+out").
        let values: [String: [Double]]
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/centrality/average_neighbor_degree.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let graphs = object["graphs"] as? [[String: Any]] else { return [] }
        return graphs.compactMap { g in
            guard let name = g["name"] as? String, let n = g["nodeCount"] as? Int, let directed = g["directed"] as? Bool,
                  let edges = g["edges"] as? [[Int]], let values = g["values"] as? [String: [Double]] else { return nil }
            return Case(name: name, nodeCount: n, isDirected: directed, edges: edges, weights: g["weights"] as? [Double],
                        values: values)
        }
    }()

    static func direction(_ networkx: Substring) -> DegreeDirection? {
        switch networkx {
        case "in": .incoming
        case "out": .outgoing
        case "in+out": .all
        default: nil
        }
    }

    static func graph(_ c: Case) throws -> AnalysisGraph {
        try AnalysisGraph(nodeCount: c.nodeCount, edges: c.edges.map { ($0[0], $0[1]) }, weights: c.weights,
                          isDirected: c.isDirected, weightKind: .strength)
    }

    static func agree(_ mine: [Double], _ reference: [Double]) -> Bool {
        mine.count == reference.count && zip(mine, reference).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) }
    }

    @Test("the fixture has its graphs, weighted and not, directed with all nine direction pairs")
    func fixture() {
        #expect(Self.cases.count == 5)
        #expect(Self.cases.contains { $0.weights != nil && $0.isDirected })
        #expect(Self.cases.filter(\.isDirected).allSatisfy { $0.values.count == 9 })
    }

    @Test("agrees with NetworkX average_neighbor_degree", arguments: cases)
    func agrees(_ c: Case) throws {
        let graph = try Self.graph(c)
        for (key, reference) in c.values {
            let parts = key.split(separator: "|")
            let source = try #require(Self.direction(parts[0])), target = try #require(Self.direction(parts[1]))
            let mine = try graph.averageNeighborDegree(source: source, target: target)
            #expect(Self.agree(mine, reference), "\(c.name) \(key)")
        }
        // Through the registry, as `centrality --measures averageNeighborDegree` computes it
        // (NetworkX's defaults: source and target "out").
        let measure = try #require(NodeMeasure.named("averageneighbordegree"))
        let values = try measure.compute(on: graph).values.numbers
        #expect(Self.agree(values, try #require(c.values["out|out"])), "\(c.name)")
    }

    @Test("small cases: a triangle with a tail, a directed path, an isolate; distances are refused")
    func small() throws {
        let tail = try AnalysisGraph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], isDirected: false)
        #expect(try tail.averageNeighborDegree() == [2.5, 2.5, 5.0 / 3, 3, 0])
        // NetworkX's docstring: the path 0 → 1 → 2 → 3.
        let path = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)], isDirected: true)
        #expect(try path.averageNeighborDegree(source: .incoming, target: .incoming) == [0, 0, 1, 1])
        #expect(try path.averageNeighborDegree() == [1, 1, 0, 0])
        // Weighted (Barrat): node 0 of 1 –3– 0 –1– 2 –1– 3 has (3·1 + 1·2) / 4; degrees stay counts.
        let weighted = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (0, 2), (2, 3)], weights: [3, 1, 1],
                                         isDirected: false, weightKind: .strength)
        #expect(try weighted.averageNeighborDegree() == [1.25, 2, 1.5, 2])
        let lengths = try AnalysisGraph(nodeCount: 2, edges: [(0, 1)], weights: [3], isDirected: false, weightKind: .distance)
        #expect(throws: GraphError.self) { try lengths.averageNeighborDegree() }
    }

    @Test("registered after coreNumber, not written by default, so default outputs stay as they were")
    func registration() throws {
        let names = NodeMeasure.all.map(\.name)
        #expect(names.last == "averageNeighborDegree")
        #expect(names.firstIndex(of: "averageNeighborDegree") == (names.firstIndex(of: "coreNumber") ?? -1) + 1)
        for directed in [false, true] {
            let g = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2)], isDirected: directed)
            #expect(!NodeMeasure.defaults(for: g).contains(.averageNeighborDegree))
        }
        #expect(NodeMeasure.averageNeighborDegree.weights == .strength)
    }
}
