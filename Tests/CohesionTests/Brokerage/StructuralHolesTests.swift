import Foundation
import Testing
@testable import Cohesion

/// One case written by Scripts/fixtures/structural_holes.py from NetworkX.
private struct HolesCase: Decodable {
    let name: String
    let nodeCount: Int
    let directed: Bool
    let edges: [[Int]]
    let weights: [Double]?
    let constraint: [FixtureNumber]
    let effectiveSize: [FixtureNumber]
    let localConstraint: [[FixtureNumber]]
    let igraphConstraint: [FixtureNumber]
    let effectiveSizeWholeGraphPath: [FixtureNumber]
}

@Suite struct StructuralHolesFixtureTests {
    static let files = BrokerageFixtures.files(prefix: "holes-")

    @Test func fixturesPresent() {
        #expect(Self.files.count >= 4)
    }

    @Test(arguments: files)
    func matchesNetworkX(_ url: URL) throws {
        let c = try BrokerageFixtures.load(HolesCase.self, from: url)
        let graph = try BrokerageFixtures.graph(nodeCount: c.nodeCount, edges: c.edges, weights: c.weights,
                                                directed: c.directed)
        let holes = try StructuralHoles(graph)
        var isolates = 0
        for v in 0..<c.nodeCount {
            #expect(agrees(holes.constraint[v], c.constraint[v].value), "\(c.name) constraint of \(v): \(holes.constraint[v]) vs \(c.constraint[v].value)")
            #expect(agrees(holes.effectiveSize[v], c.effectiveSize[v].value), "\(c.name) effective size of \(v): \(holes.effectiveSize[v]) vs \(c.effectiveSize[v].value)")
            if c.constraint[v].value.isNaN {
                isolates += 1
                #expect(holes.efficiency[v].isNaN && holes.hierarchy[v].isNaN)
            } else {
                #expect(agrees(holes.efficiency[v], holes.effectiveSize[v] / Double(holes.alterCount(of: v))))
            }
        }
        #expect(isolates >= 4, "the fixtures have isolates")
        // Local constraints: the same alters, the same values.
        var listed = 0
        for row in c.localConstraint {
            let (u, v, value) = (Int(row[0].value), Int(row[1].value), row[2].value)
            #expect(agrees(holes.localConstraint(on: u, by: v) ?? .infinity, value), "\(c.name) c(\(u), \(v))")
            listed += 1
        }
        #expect(listed == (0..<c.nodeCount).reduce(0) { $0 + holes.alterCount(of: $1) })
    }

    /// NetworkX 3.6.1's whole-graph `effective_size` divides by the wrong node's largest
    /// weight; on weighted graphs it departs from its own definition, which this type follows.
    @Test(arguments: files.filter { $0.lastPathComponent.contains("weighted") })
    func departsFromNetworkXWholeGraphEffectiveSize(_ url: URL) throws {
        let c = try BrokerageFixtures.load(HolesCase.self, from: url)
        let graph = try BrokerageFixtures.graph(nodeCount: c.nodeCount, edges: c.edges, weights: c.weights,
                                                directed: c.directed)
        let holes = try StructuralHoles(graph)
        let differing = (0..<c.nodeCount).filter { !agrees(holes.effectiveSize[$0], c.effectiveSizeWholeGraphPath[$0].value) }
        #expect(differing.count >= 10)
    }

    /// igraph's constraint agrees with NetworkX on these graphs (recorded for the report).
    @Test(arguments: files)
    func igraphAgrees(_ url: URL) throws {
        let c = try BrokerageFixtures.load(HolesCase.self, from: url)
        let graph = try BrokerageFixtures.graph(nodeCount: c.nodeCount, edges: c.edges, weights: c.weights,
                                                directed: c.directed)
        let holes = try StructuralHoles(graph)
        for v in 0..<c.nodeCount {
            #expect(agrees(holes.constraint[v], c.igraphConstraint[v].value))
        }
    }
}

@Suite struct StructuralHolesHandTests {
    /// 0–1 (1), 1–2 (5), 0–2 (1), 2–3 (2), undirected strengths; node 4 is an isolate.
    static func weightedExample() throws -> AnalysisGraph {
        try AnalysisGraph(nodeCount: 5, edges: [(0, 1), (1, 2), (0, 2), (2, 3)], weights: [1, 5, 1, 2],
                          isDirected: false, weightKind: .strength)
    }

    @Test func weightedByHand() throws {
        let holes = try StructuralHoles(Self.weightedExample())
        // Node 2: p20 = 1/8, p21 = 5/8, p23 = 2/8; p10 = 1/6, p01 = 1/2.
        // c20 = (1/8 + 5/8·1/6)² = (11/48)², c21 = (5/8 + 1/8·1/2)² = (11/16)², c23 = (2/8)².
        let c20 = 121.0 / 2304, c21 = 121.0 / 256, c23 = 1.0 / 16
        #expect(agrees(holes.localConstraint(on: 2, by: 0)!, c20))
        #expect(agrees(holes.localConstraint(on: 2, by: 1)!, c21))
        #expect(agrees(holes.localConstraint(on: 2, by: 3)!, c23))
        #expect(agrees(holes.constraint[2], 1354.0 / 2304))
        // Effective size: m01 = 1, m10 = 1/5 (1's strongest tie is 5): 3/8 + 39/40 + 1 = 2.35.
        #expect(agrees(holes.effectiveSize[2], 2.35))
        #expect(agrees(holes.efficiency[2], 2.35 / 3))
        // Hierarchy: Σ r ln r / (3 ln 3) with r = c/(C/3); computed separately: 0.42716040734037913.
        #expect(agrees(holes.hierarchy[2], 0.42716040734037913))
        // Node 3 has one alter: constraint 1, effective size 1, hierarchy undefined.
        #expect(holes.constraint[3] == 1 && holes.effectiveSize[3] == 1 && holes.efficiency[3] == 1)
        #expect(holes.hierarchy[3].isNaN)
        // The isolate.
        #expect(holes.constraint[4].isNaN && holes.effectiveSize[4].isNaN)
        #expect(holes.efficiency[4].isNaN && holes.hierarchy[4].isNaN)
        #expect(holes.alterCount(of: 4) == 0)
    }

    @Test func starHasNoHierarchy() throws {
        // A hub with four unconnected leaves: every alter constrains it alike.
        let graph = try AnalysisGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)], isDirected: false)
        let holes = try StructuralHoles(graph)
        #expect(agrees(holes.constraint[0], 4.0 / 16))
        #expect(holes.effectiveSize[0] == 4 && holes.efficiency[0] == 1)
        #expect(abs(holes.hierarchy[0]) < 1e-15)
    }

    @Test func triangleIsFullyRedundant() throws {
        // Each node of a triangle: two alters tied to each other.
        let graph = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], isDirected: false)
        let holes = try StructuralHoles(graph)
        // c = (1/2 + 1/2·1/2)² = 9/16 per alter; effective size 2 − 2·1/2 = 1 (Borgatti's n − 2t/n).
        #expect(agrees(holes.constraint[0], 9.0 / 8))
        #expect(agrees(holes.effectiveSize[0], 1))
        #expect(agrees(holes.efficiency[0], 0.5))
        #expect(abs(holes.hierarchy[0]) < 1e-15)
    }

    @Test func directedUsesMutualWeights() throws {
        // 0 → 1, 1 → 0, 0 → 2: ego 0 has mutual weights 2 (with 1) and 1 (with 2).
        let graph = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (0, 2)], isDirected: true)
        let holes = try StructuralHoles(graph)
        #expect(agrees(holes.localConstraint(on: 0, by: 1)!, 4.0 / 9))
        #expect(agrees(holes.localConstraint(on: 0, by: 2)!, 1.0 / 9))
        // Node 2 only receives an arc, yet has an alter: constraint 1, not NaN.
        #expect(holes.constraint[2] == 1)
        // Hierarchy of 0: r = (4/9, 1/9)/(5/18) = (8/5, 2/5); (8/5 ln 8/5 + 2/5 ln 2/5)/(2 ln 2).
        let h = (1.6 * log(1.6) + 0.4 * log(0.4)) / (2 * log(2.0))
        #expect(agrees(holes.hierarchy[0], h))
    }

    @Test func distanceWeightsAreRejected() throws {
        let graph = try AnalysisGraph(nodeCount: 2, edges: [(0, 1)], weights: [1], isDirected: false, weightKind: .distance)
        #expect(throws: GraphError.weightMeaningMismatch(measure: "structural holes", needs: .strength, has: .distance)) {
            try StructuralHoles(graph)
        }
    }

    /// A graph large enough for several workers agrees with a single-threaded evaluation of
    /// the definitions.
    @Test func parallelMatchesDefinition() throws {
        var rng = SeededGenerator(seed: 3)
        let n = 2500
        var edges: [(Int, Int)] = []
        var weights: [Double] = []
        for u in 0..<n {
            for _ in 0..<4 {
                edges.append((u, Int(rng.next() % UInt64(n))))
                weights.append(Double(rng.next() % 9 + 1))
            }
        }
        let graph = try AnalysisGraph(nodeCount: n, edges: edges, weights: weights, isDirected: true, weightKind: .strength)
        let holes = try StructuralHoles(graph)
        func mutual(_ u: Int, _ v: Int) -> Double { (graph.weight(from: u, to: v) ?? 0) + (graph.weight(from: v, to: u) ?? 0) }
        func alters(_ u: Int) -> [Int] { Array(Set((graph.successors(of: u) + graph.predecessors(of: u)).map(Int.init))).sorted() }
        for u in stride(from: 0, to: n, by: 97) {
            let a = alters(u)
            let total = a.reduce(0) { $0 + mutual(u, $1) }
            func p(_ x: Int, _ y: Int) -> Double { mutual(x, y) / alters(x).reduce(0) { $0 + mutual(x, $1) } }
            var c = 0.0, e = 0.0
            for v in a {
                let indirect = a.reduce(0.0) { $0 + p(u, $1) * p($1, v) }
                c += (mutual(u, v) / total + indirect) * (mutual(u, v) / total + indirect)
                let top = alters(v).map { mutual(v, $0) }.max()!
                e += 1 - a.reduce(0.0) { $0 + p(u, $1) * mutual(v, $1) / top }
            }
            #expect(agrees(holes.constraint[u], c), "constraint of \(u)")
            #expect(agrees(holes.effectiveSize[u], e), "effective size of \(u)")
        }
    }
}
