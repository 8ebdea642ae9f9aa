import Testing
@testable import Cohesion

/// Every measure against NetworkX (and igraph for centralization) on the committed fixtures.
@Suite struct NetworkXAgreementTests {
    @Test func fixturesAreLoaded() {
        #expect(CentralityFixture.all.count >= 10)
        let big = CentralityFixture.all.filter { $0.nodeCount >= 200 }
        #expect(big.contains { $0.isDirected && $0.weights == nil })
        #expect(big.contains { !$0.isDirected && $0.weights == nil })
        #expect(big.contains { $0.weights != nil })
    }

    @Test(arguments: CentralityFixture.names)
    func degrees(_ name: String) throws {
        let f = try #require(CentralityFixture.named(name))
        let g = try f.graph()
        expectClose(g.degrees().map(Double.init), f.values.numbers("degree"), "degree")
        expectClose(g.degreeCentrality(), f.values.numbers("degreeCentrality"), "degree centrality")
        if f.isDirected {
            expectClose(g.degrees(.incoming).map(Double.init), f.values.numbers("inDegree"), "in-degree")
            expectClose(g.degrees(.outgoing).map(Double.init), f.values.numbers("outDegree"), "out-degree")
            expectClose(g.degreeCentrality(.incoming), f.values.numbers("inDegreeCentrality"), "in-degree centrality")
        }
        if let s = f.strengthValues {
            let w = try f.graph(.strength)
            expectClose(try w.strengths(), s.numbers("strength"), "strength")
            if f.isDirected {
                expectClose(try w.strengths(.incoming), s.numbers("inStrength"), "in-strength")
                expectClose(try w.strengths(.outgoing), s.numbers("outStrength"), "out-strength")
            }
        }
    }

    @Test(arguments: CentralityFixture.names)
    func betweenness(_ name: String) throws {
        let f = try #require(CentralityFixture.named(name))
        var cases = [(try f.graph(), f.values)]
        if let d = f.distanceValues { cases.append((try f.graph(.distance), d)) }
        for (g, v) in cases {
            let tag = g.isWeighted ? "weighted " : ""
            for parallel in [false, true] {
                let options = ComputationOptions(parallel: parallel)
                expectClose(try g.betweenness(options: options), v.numbers("betweenness"), tag + "betweenness")
                expectClose(try g.betweenness(normalized: false, options: options), v.numbers("betweennessRaw"), tag + "raw betweenness")
            }
            expectClose(try g.betweenness(endpoints: true), v.numbers("betweennessEndpoints"), tag + "betweenness with endpoints")
            expectClose(try g.betweenness(normalized: false, endpoints: true), v.numbers("betweennessRawEndpoints"), tag + "raw betweenness with endpoints")
        }
    }

    @Test(arguments: CentralityFixture.names)
    func sampledBetweenness(_ name: String) throws {
        let f = try #require(CentralityFixture.named(name))
        let sources = try #require(f.values.integers("sampledSources"))
        let g = try f.graph()
        expectClose(try g.betweenness(sources: sources), f.values.numbers("sampledBetweenness"), "sampled betweenness")
        expectClose(try g.betweenness(sources: sources, normalized: false), f.values.numbers("sampledBetweennessRaw"), "sampled raw betweenness")
        expectClose(try g.betweenness(sources: sources, endpoints: true), f.values.numbers("sampledBetweennessEndpoints"), "sampled betweenness with endpoints")
        if let d = f.distanceValues {
            expectClose(try f.graph(.distance).betweenness(sources: sources), d.numbers("sampledBetweenness"), "weighted sampled betweenness")
        }
    }

    @Test(arguments: CentralityFixture.names)
    func closeness(_ name: String) throws {
        let f = try #require(CentralityFixture.named(name))
        let g = try f.graph()
        expectClose(try g.closeness(), f.values.numbers("closeness"), "closeness")
        expectClose(try g.closeness(wassermanFaust: false, options: .serial), f.values.numbers("closenessPlain"), "closeness without WF scaling")
        expectClose(try g.harmonicCloseness(), f.values.numbers("harmonic"), "harmonic closeness")
        if let d = f.distanceValues {
            let w = try f.graph(.distance)
            expectClose(try w.closeness(), d.numbers("closeness"), "weighted closeness")
            expectClose(try w.harmonicCloseness(), d.numbers("harmonic"), "weighted harmonic closeness")
        }
    }

    @Test(arguments: CentralityFixture.names)
    func spectral(_ name: String) throws {
        let f = try #require(CentralityFixture.named(name))
        var cases = [(try f.graph(), f.values, f.katzAlpha)]
        if let s = f.strengthValues { cases.append((try f.graph(.strength), s, f.katzAlphaStrength ?? 0.1)) }
        for (g, v, alpha) in cases {
            let tag = g.isWeighted ? "strength-weighted " : ""
            expectClose(try g.eigenvector(), v.numbers("eigenvector"), tag + "eigenvector")
            expectClose(try g.katz(alpha: alpha), v.numbers("katz"), tag + "Katz")
            expectClose(try g.pageRank(), v.numbers("pagerank"), tag + "PageRank")
            if let hubs = v.numbers("hubs") {
                let h = try g.hits()
                expectClose(h.hubs, hubs, tag + "hubs")
                expectClose(h.authorities, v.numbers("authorities"), tag + "authorities")
            }
        }
        let g = try f.graph()
        expectClose(try g.katz(alpha: f.katzAlpha, beta: 0.5, normalized: false), f.values.numbers("katzRaw"), "Katz, raw")
        expectClose(try g.pageRank(damping: 0.7), f.values.numbers("pagerank70"), "PageRank α=0.7")
        expectClose(try g.pageRank(personalization: f.personalization), f.values.numbers("pagerankPersonalized"), "personalized PageRank")
        expectClose(try g.pageRank(personalization: f.personalization, dangling: f.dangling, tolerance: 1e-12),
                    f.values.numbers("pagerankDangling"), "PageRank with dangling distribution")
    }

    @Test(arguments: CentralityFixture.names)
    func components(_ name: String) throws {
        let f = try #require(CentralityFixture.named(name))
        let g = try f.graph()
        #expect(g.weakComponents().labels == f.values.integers("weakComponents"))
        #expect(g.strongComponents().labels == f.values.integers("strongComponents"))
        expectClose(g.localClustering(), f.values.numbers("localClustering"), "local clustering")
    }

    @Test(arguments: CentralityFixture.names)
    func profile(_ name: String) throws {
        let f = try #require(CentralityFixture.named(name))
        let g = try f.graph(f.weights == nil ? .none : .distance)
        let p = try NetworkProfile(g)
        let r = f.profile
        expectClose(p.density, r.number("density"), "density")
        expectClose(p.reciprocity, r.number("reciprocity"), "reciprocity")
        expectClose(p.transitivity, r.number("transitivity"), "transitivity")
        expectClose(p.averageClustering, r.number("averageClustering"), "average clustering")
        #expect(Double(p.weakComponentCount) == r.number("weakComponentCount"))
        #expect(Double(p.strongComponentCount) == r.number("strongComponentCount"))
        #expect(Double(p.largestComponentSize) == r.number("largestComponentSize"))
        // NetworkX's convention, on the largest component (igraph's is in PathConventionTests).
        expectClose(p.componentDiameter, r.number("diameter"), "diameter")
        expectClose(p.componentAveragePathLength, r.number("averagePathLength"), "average path length")
        if let d = f.distanceValues {
            expectClose(p.componentWeightedDiameter ?? .nan, d.number("diameter"), "weighted diameter")
            expectClose(p.componentWeightedAveragePathLength ?? .nan, d.number("averagePathLength"), "weighted average path length")
        }
        expectClose(p.degreeCentralization, r.number("centralizationDegreeAll"), "degree centralization")
        if f.isDirected {
            expectClose(p.inDegreeCentralization ?? .nan, r.number("centralizationDegreeIn"), "in-degree centralization")
            expectClose(p.outDegreeCentralization ?? .nan, r.number("centralizationDegreeOut"), "out-degree centralization")
        }
        expectClose(p.betweennessCentralization, r.number("centralizationBetweenness"), "betweenness centralization")
        expectClose(p.closenessCentralization, r.number("centralizationCloseness"), "closeness centralization")
    }
}
