import Testing
@testable import Cohesion

@Suite struct ModularityTests {
    @Test func fixtureHasGraphs() {
        #expect(CoalitionFixture.graphs.count == 4)
    }

    @Test(arguments: 0..<4)
    func matchesNetworkX(index: Int) throws {
        let record = CoalitionFixture.graphs[index]
        let graph = try CoalitionFixture.graph(record)
        let partitions = try #require(record["partitions"] as? [String: [Int]])
        let expected = try #require(record["modularity"] as? [String: Double])
        #expect(expected.count == partitions.count * 3)
        for (key, value) in expected {
            let parts = key.split(separator: "@")
            let name = String(parts[0])
            let gamma = try #require(Double(parts[1]))
            let assignment = try CommunityAssignment(groups: try #require(partitions[name]))
            let q = try graph.modularity(of: assignment, resolution: gamma)
            #expect(abs(q - value) <= 1e-9 * max(1, abs(value)), "\(record["name"]!) \(key): \(q) vs \(value)")
            // The optimisers' own quality function agrees with the direct formula.
            let quality = try QualityGraph(modularityOf: graph, resolution: gamma)
            let q2 = quality.quality(of: assignment.groups.map { Int32($0) }, groupCount: assignment.groupCount)
            #expect(abs(q2 - value) <= 1e-9 * max(1, abs(value)), "quality graph \(key)")
        }
    }

    @Test func handComputedTwoTriangles() throws {
        // Two triangles joined by one edge: m = 7, each group L = 3, d = 7.
        let graph = try AnalysisGraph(nodeCount: 6, edges: [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)],
                                      isDirected: false)
        let split = try CommunityAssignment(groups: [0, 0, 0, 1, 1, 1])
        let q = try graph.modularity(of: split)
        #expect(abs(q - (2 * (3.0 / 7 - 0.25))) < 1e-12)
        let found = try graph.louvain(seed: 3)
        #expect(found.count == 2)
        #expect(abs(found.modularity - q) < 1e-12)
        let leiden = try graph.leiden(seed: 3)
        #expect(abs(leiden.modularity - q) < 1e-12)
    }

    @Test func handComputedDirected() throws {
        // 0→1, 1→0, 1→2, 2→3: m = 4. Groups {0,1},{2,3}: L = 2 and 1; out 3,1; in 2,2.
        let graph = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 0), (1, 2), (2, 3)], isDirected: true)
        let q = try graph.modularity(of: try CommunityAssignment(groups: [0, 0, 1, 1]))
        let expected = (2.0 / 4 - 3.0 * 2 / 16) + (1.0 / 4 - 1.0 * 2 / 16)
        #expect(abs(q - expected) < 1e-12)
    }

    @Test func distanceWeightsAreRefused() throws {
        let graph = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2)], weights: [1, 2], isDirected: false,
                                      weightKind: .distance)
        #expect(throws: GraphError.self) { try graph.modularity(of: try CommunityAssignment(groups: [0, 0, 1])) }
        #expect(throws: GraphError.self) { try graph.louvain() }
    }

    @Test func emptyGraphIsNaN() throws {
        let graph = try AnalysisGraph(nodeCount: 3, edges: [], isDirected: false)
        #expect(try graph.modularity(of: try CommunityAssignment(groups: [0, 1, 2])).isNaN)
        let found = try graph.louvain()
        #expect(found.count == 3)
        #expect(found.modularity.isNaN)
    }

    @Test func wrongSizeIsAnError() throws {
        let graph = try AnalysisGraph(nodeCount: 3, edges: [(0, 1)], isDirected: false)
        #expect(throws: GroupsError.self) { try graph.modularity(of: try CommunityAssignment(groups: [0, 1])) }
    }
}
