import Foundation
import Testing
@testable import Cohesion

/// The profile's path lengths follow igraph's convention (every reachable ordered pair) and
/// also give NetworkX's (the largest component); closeness centralization, when NaN, says why
/// and comes with the convention that is defined. Reference values:
/// `Fixtures/paths/paths.json`, written by `Scripts/fixtures/path_conventions.py` from
/// python-igraph 1.0.0 and NetworkX 3.6.1 on the graphs of the centrality fixture.
@Suite("Path-length conventions (igraph, NetworkX)")
struct PathConventionTests {
    static let reference: [String: CentralityFixture.Values] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/paths/paths.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let graphs = root["graphs"] as? [[String: Any]] else { return [:] }
        return Dictionary(uniqueKeysWithValues: graphs.compactMap { g in (g["name"] as? String).map { ($0, CentralityFixture.Values(raw: g)) } })
    }()

    static func number(_ g: CentralityFixture.Values, _ key: String) -> Double? { g.number(key) }

    @Test("the fixture covers every centrality graph")
    func fixtureIsComplete() {
        #expect(Set(Self.reference.keys) == Set(CentralityFixture.names))
        #expect(Self.reference.count >= 10)
    }

    @Test("diameter and average path length are igraph's over all reachable pairs", arguments: CentralityFixture.names)
    func igraphConvention(_ name: String) throws {
        let f = try #require(CentralityFixture.named(name))
        let r = try #require(Self.reference[name])
        let p = try NetworkProfile(try f.graph(f.weights == nil ? .none : .distance))
        expectClose(p.diameter, Self.number(r, "diameter"), "\(name) diameter")
        expectClose(p.averagePathLength, Self.number(r, "averagePathLength"), "\(name) average path length")
        #expect(Double(p.reachablePairs) == r.number("reachablePairs"), "\(name) reachable pairs")
        if f.weights != nil {
            expectClose(p.weightedDiameter ?? .nan, Self.number(r, "weightedDiameter"), "\(name) weighted diameter")
            expectClose(p.weightedAveragePathLength ?? .nan, Self.number(r, "weightedAveragePathLength"),
                        "\(name) weighted average path length")
        }
        // NetworkX's convention stays available, on the largest component.
        expectClose(p.componentDiameter, Self.number(r, "componentDiameter"), "\(name) component diameter")
        expectClose(p.componentAveragePathLength, Self.number(r, "componentAveragePathLength"), "\(name) component APL")
    }

    @Test("the two conventions differ on a directed graph with a small strong core")
    func conventionsDiffer() throws {
        // On old main `diameter` was the strong component's: this graph tells them apart.
        let f = try #require(CentralityFixture.named("directed"))
        let r = try #require(Self.reference["directed"])
        let p = try NetworkProfile(try f.graph())
        let igraphAPL = try #require(Self.number(r, "averagePathLength"))
        let networkxAPL = try #require(Self.number(r, "componentAveragePathLength"))
        #expect(abs(igraphAPL - networkxAPL) > 1e-6)
        #expect(abs(p.averagePathLength - igraphAPL) < 1e-9 * igraphAPL)
    }

    @Test("closeness centralization of the largest weak component, undirected, matches igraph", arguments: CentralityFixture.names)
    func weakComponentCloseness(_ name: String) throws {
        let f = try #require(CentralityFixture.named(name))
        let r = try #require(Self.reference[name])
        let g = try f.graph()
        expectClose(try g.weakComponentClosenessCentralization(), Self.number(r, "weakComponentClosenessCentralization"),
                    "\(name) weak-component closeness centralization")
    }

    @Test("a NaN closeness centralization says why, and the defined alternative is a number")
    func closenessReason() throws {
        // 0 → 1 → 2, 3 isolated: 0 and 3 are reached by no one.
        let g = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 2)], isDirected: true)
        let p = try NetworkProfile(g)
        #expect(p.closenessCentralization.isNaN)
        let reason = try #require(p.closenessCentralizationUndefinedReason)
        #expect(reason.contains("2 of 4"))
        #expect(reason.contains("weak component"))
        #expect(p.weakComponentClosenessCentralization.isFinite)
        // A cycle is strongly connected: defined, no reason.
        let cycle = try NetworkProfile(try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], isDirected: true))
        #expect(cycle.closenessCentralization.isFinite)
        #expect(cycle.closenessCentralizationUndefinedReason == nil)
    }
}
