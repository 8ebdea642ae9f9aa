import Foundation
import Testing
@testable import Cohesion

/// Core numbers against NetworkX 3.6.1's `core_number` (`Scripts/fixtures/core_number.py`).
@Suite("Core number")
struct CoreNumberTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let nodeCount: Int
        let isDirected: Bool
        let edges: [[Int]]
        let core: [Int]
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/centrality/core_number.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let graphs = object["graphs"] as? [[String: Any]] else { return [] }
        return graphs.compactMap { g in
            guard let name = g["name"] as? String, let n = g["nodeCount"] as? Int, let directed = g["directed"] as? Bool,
                  let edges = g["edges"] as? [[Int]], let core = g["core"] as? [Int] else { return nil }
            return Case(name: name, nodeCount: n, isDirected: directed, edges: edges, core: core)
        }
    }()

    @Test("the fixture has its graphs")
    func fixture() { #expect(Self.cases.count == 5) }

    @Test("agrees with NetworkX core_number", arguments: cases)
    func agrees(_ c: Case) throws {
        let graph = try AnalysisGraph(nodeCount: c.nodeCount, edges: c.edges.map { ($0[0], $0[1]) }, isDirected: c.isDirected)
        #expect(graph.coreNumbers() == c.core)
        // Through the registry, as `centrality --measures coreNumber` computes it.
        let measure = try #require(NodeMeasure.named("corenumber"))
        #expect(try measure.compute(on: graph).values == .integers(c.core))
    }

    @Test("small cases: a triangle with a tail, a mutual directed pair, the empty graph")
    func small() throws {
        let tail = try AnalysisGraph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], isDirected: false)
        #expect(tail.coreNumbers() == [2, 2, 2, 1, 0])
        // A mutual pair counts each other twice (in plus out), as NetworkX.
        let mutual = try AnalysisGraph(nodeCount: 2, edges: [(0, 1), (1, 0)], isDirected: true)
        #expect(mutual.coreNumbers() == [2, 2])
        #expect(try AnalysisGraph(nodeCount: 0, edges: [], isDirected: false).coreNumbers() == [])
    }
}
