import Testing
@testable import Cohesion

/// Hand-computed values on graphs small enough to check on paper.
@Suite struct SmallGraphTests {
    let path = try! AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)], isDirected: false)
    let star = try! AnalysisGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)], isDirected: false)
    let triangle = try! AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], isDirected: false)
    /// A triangle {0,1,2}, an edge {3,4} and an isolate 5.
    let twoComponents = try! AnalysisGraph(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 0), (3, 4)], isDirected: false)

    @Test func pathBetweenness() throws {
        // Node 1 lies on 0–2 and 0–3; node 2 on 0–3 and 1–3.
        #expect(try path.betweenness(normalized: false) == [0, 2, 2, 0])
        #expect(try path.betweenness(normalized: true) == [0, 2.0 / 3, 2.0 / 3, 0])
        // With endpoints, node 0 is on its 3 paths; node 1 on its 3 plus 0–2 and 0–3.
        #expect(try path.betweenness(normalized: false, endpoints: true) == [3, 5, 5, 3])
    }

    @Test func pathCloseness() throws {
        #expect(try path.closeness() == [0.5, 0.75, 0.75, 0.5])
        #expect(try path.harmonicCloseness() == [1 + 0.5 + 1.0 / 3, 2.5, 2.5, 1 + 0.5 + 1.0 / 3])
    }

    @Test func starMeasures() throws {
        #expect(try star.betweenness(normalized: false) == [6, 0, 0, 0, 0])
        #expect(try star.betweenness() == [1, 0, 0, 0, 0])
        #expect(try star.closeness() == [1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7])
        #expect(star.degrees() == [4, 1, 1, 1, 1])
        #expect(star.degreeCentrality() == [1, 0.25, 0.25, 0.25, 0.25])
    }

    @Test func triangleMeasures() throws {
        #expect(try triangle.betweenness() == [0, 0, 0])
        #expect(try triangle.closeness() == [1, 1, 1])
        for x in try triangle.eigenvector() { #expect(abs(x - 1 / 3.0.squareRoot()) < 1e-12) }
        for x in try triangle.pageRank() { #expect(abs(x - 1.0 / 3) < 1e-12) }
        let hits = try triangle.hits()
        for x in hits.hubs + hits.authorities { #expect(abs(x - 1.0 / 3) < 1e-12) }
    }

    @Test func twoComponentsCloseness() throws {
        // Triangle nodes reach 2 nodes at total distance 2: (2/2)·(2/5); the pair: (1/1)·(1/5).
        let c = try twoComponents.closeness()
        #expect(c.map { ($0 * 1e12).rounded() / 1e12 } == [0.4, 0.4, 0.4, 0.2, 0.2, 0])
        #expect(try twoComponents.closeness(wassermanFaust: false) == [1, 1, 1, 1, 1, 0])
        #expect(try twoComponents.betweenness() == [0, 0, 0, 0, 0, 0])
        #expect(try twoComponents.harmonicCloseness() == [2, 2, 2, 1, 1, 0])
    }

    @Test func directedStarDegrees() throws {
        let out = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3), (1, 0)], isDirected: true)
        #expect(out.degrees(.outgoing) == [3, 1, 0, 0])
        #expect(out.degrees(.incoming) == [1, 1, 1, 1])
        #expect(out.degrees() == [4, 2, 1, 1])
        // Incoming distances: node 0 is reached by 1 only; node 2 by 0 (1 step) and 1 (2 steps).
        #expect(try out.closeness(wassermanFaust: false) == [1, 1, 2.0 / 3, 2.0 / 3])
    }

    @Test func weightMeaningIsEnforced() throws {
        let strong = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2)], weights: [2, 3], isDirected: false,
                                       weightKind: .strength)
        #expect(throws: GraphError.self) { try strong.betweenness() }
        #expect(throws: GraphError.self) { try strong.closeness() }
        #expect(throws: GraphError.self) { try strong.harmonicCloseness() }
        #expect(try strong.strengths() == [2, 5, 3])
        let far = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2)], weights: [2, 3], isDirected: false,
                                    weightKind: .distance)
        #expect(throws: GraphError.self) { try far.pageRank() }
        #expect(throws: GraphError.self) { try far.eigenvector() }
        #expect(throws: GraphError.self) { try far.strengths() }
        #expect(try far.closeness() == [2.0 / 7, 2.0 / 5, 2.0 / 8])
    }

    @Test func cancellationStops() throws {
        let flag = CancellationFlag()
        flag.cancel()
        #expect(throws: CancellationError.self) {
            try star.betweenness(options: ComputationOptions(cancellation: flag))
        }
    }
}

@Suite struct ZeroLengthTieTests {
    /// 0 –1– 1 –0– 2 –1– 3: the zero-length tie makes 1 and 2 equally far from 0 and 3.
    @Test func zeroLengthTiesAreCountedOnce() throws {
        let g = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)], weights: [1, 0, 1],
                                  isDirected: false, weightKind: .distance)
        let b = try g.betweenness(normalized: false)
        // Every path between the ends passes through both middle nodes; 1 is also between 0 and
        // 2, and 2 between 1 and 3: raw betweenness 2 each, as on the unweighted path.
        #expect(b == [0, 2, 2, 0])
        #expect(b.allSatisfy { $0.isFinite })
    }
}

@Suite struct ConvergenceTests {
    /// On a graph without cycles the adjacency is nilpotent: eigenvector centrality is not
    /// defined and the iteration never settles; NetworkX raises, and so does the library.
    @Test func eigenvectorOnAChainDoesNotConverge() throws {
        let chain = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)], isDirected: true)
        #expect(throws: CentralityError.didNotConverge(measure: "eigenvector centrality", iterations: 500)) {
            try chain.eigenvector(maxIterations: 500)
        }
        // Katz is defined there: 1, 1 + α, 1 + α + α², … before normalization.
        let k = try chain.katz(alpha: 0.5, normalized: false)
        #expect(zip(k, [1, 1.5, 1.75, 1.875]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(throws: CentralityError.self) { try chain.pageRank(damping: 1) }
    }
}
