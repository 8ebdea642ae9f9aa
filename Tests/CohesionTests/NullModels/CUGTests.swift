import Foundation
import Testing
@testable import Cohesion

/// CUG tests against R sna 2.7-1's cug.test (Scripts/fixtures/nullmodels.R), and the null
/// draws' exact conditions.
@Suite("conditional uniform graph tests agree with R sna's cug.test")
struct CUGTests {
    nonisolated(unsafe) static let cases: [[String: Any]] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/nullmodels/cug.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return root["cases"] as? [[String: Any]] ?? []
    }()

    static func graph(_ c: [String: Any]) throws -> AnalysisGraph {
        let edges = try #require(c["edges"] as? [[Int]])
        return try AnalysisGraph(nodeCount: try #require(c["n"] as? Int), edges: edges.map { ($0[0], $0[1]) },
                                 isDirected: c["directed"] as? Bool ?? true)
    }

    static func dyadCensus(_ g: AnalysisGraph) -> (mutual: Int, asymmetric: Int, null: Int) {
        var mutual = 0, arcs = 0
        for u in 0..<g.nodeCount {
            for v in g.successors(of: u) {
                arcs += 1
                if Int(v) > u && g.hasArc(from: Int(v), to: u) { mutual += 1 }
            }
        }
        if !g.isDirected { mutual = arcs / 2; arcs = 2 * mutual }
        let asym = arcs - 2 * mutual
        return (mutual, asym, g.nodeCount * (g.nodeCount - 1) / 2 - mutual - asym)
    }

    @Test func fixtureLoaded() { #expect(Self.cases.count == 2) }

    /// Observed values equal sna's; null means and standard deviations agree within
    /// Monte-Carlo error (5 standard errors of the mean; the SD within 15 %).
    @Test(arguments: 0..<2)
    func agreesWithSna(index: Int) throws {
        let c = Self.cases[index]
        let g = try Self.graph(c)
        let results = try #require(c["results"] as? [[String: Any]])
        #expect(results.count >= 12)
        let draws = 2000
        for r in results {
            let name = try #require(r["statistic"] as? String)
            let conditionName = try #require(r["condition"] as? String)
            let condition = try #require(CUGCondition(rawValue: conditionName))
            let statistic = try #require(NetworkStatistic.named(name))
            let test = try CUGTest(g, statistic: statistic, condition: condition, draws: draws, seed: 3)
            let label = "\(c["name"]!) \(name) | \(condition)"
            let observed = try #require(r["observed"] as? Double)
            #expect(abs(test.observed - observed) <= 1e-9, "\(label): observed \(test.observed) vs \(observed)")
            let mean = try #require(r["mean"] as? Double), sd = try #require(r["sd"] as? Double)
            let se = (sd * sd / 1000 + test.nullStandardDeviation * test.nullStandardDeviation / Double(draws)).squareRoot()
            #expect(abs(test.nullMean - mean) <= 5 * se + 1e-9, "\(label): mean \(test.nullMean) vs sna \(mean) (se \(se))")
            #expect(abs(test.nullStandardDeviation - sd) <= 0.15 * sd + 1e-9, "\(label): sd \(test.nullStandardDeviation) vs sna \(sd)")
            for (mine, key) in [(test.pGreaterOrEqual, "pgteobs"), (test.pLessOrEqual, "plteobs")] {
                let theirs = try #require(r[key] as? Double)
                let p = max((mine + theirs) / 2, 1.0 / 1000)
                #expect(abs(mine - theirs) <= 5 * (p * (1 - p) * (1.0 / 1000 + 1.0 / Double(draws))).squareRoot() + 1e-9,
                        "\(label) \(key): \(mine) vs sna \(theirs)")
            }
        }
    }

    /// Every null graph has exactly the conditioned number of ties or dyad census.
    @Test(arguments: [true, false])
    func drawsKeepTheCondition(directed: Bool) throws {
        var random = SeededGenerator(seed: 5)
        var edges: [(Int, Int)] = []
        for u in 0..<25 { for v in 0..<25 where u != v && random.nextUnit() < 0.12 { edges.append((u, v)) } }
        edges += [(0, 1), (1, 0), (2, 3), (3, 2)]
        let g = try AnalysisGraph(nodeCount: 25, edges: edges, isDirected: directed)
        let census = Self.dyadCensus(g)
        var edgesSampler = NullGraphSampler(g, condition: .edges)
        var dyadSampler = NullGraphSampler(g, condition: .dyads)
        var sizeSampler = NullGraphSampler(g, condition: .size)
        var sizes: [Int] = []
        for k in 0..<300 {
            var r = SeededGenerator(seed: UInt64(k))
            let e = edgesSampler.draw(&r)
            #expect(e.edgeCount == g.edgeCount && e.nodeCount == 25 && e.isDirected == directed)
            #expect(Self.isSimple(e))
            let d = dyadSampler.draw(&r)
            let dc = Self.dyadCensus(d)
            #expect(dc.mutual == census.mutual && dc.asymmetric == census.asymmetric && dc.null == census.null)
            #expect(Self.isSimple(d))
            let s = sizeSampler.draw(&r)
            #expect(s.nodeCount == 25 && Self.isSimple(s))
            sizes.append(s.edgeCount)
        }
        // Size-conditioned draws tie each pair with probability ½.
        let pairs = directed ? 600.0 : 300.0
        let mean = Double(sizes.reduce(0, +)) / Double(sizes.count)
        #expect(abs(mean - pairs / 2) < 5 * (pairs / 4 / 300).squareRoot())
    }

    /// Beyond 2²⁷ pairs the chosen slots are kept in a hash set rather than a bit set.
    @Test func largeGraphsDrawTheirTiesExactly() throws {
        var random = SeededGenerator(seed: 2)
        let n = 17_000
        let edges = (0..<4000).map { _ in (random.next(below: n), random.next(below: n)) }
        let g = try AnalysisGraph(nodeCount: n, edges: edges, isDirected: true)
        var sampler = NullGraphSampler(g, condition: .edges)
        var dyads = NullGraphSampler(g, condition: .dyads)
        #expect(!sampler.useBits)
        for k in 0..<3 {
            var r = SeededGenerator(seed: UInt64(k))
            let e = sampler.draw(&r)
            #expect(e.edgeCount == g.edgeCount)
            let d = dyads.draw(&r)
            let a = Self.dyadCensus(d), b = Self.dyadCensus(g)
            #expect(a.mutual == b.mutual && a.asymmetric == b.asymmetric)
        }
    }

    /// Sorted rows, no loops, no repeated neighbour; in-rows mirror out-rows.
    static func isSimple(_ g: AnalysisGraph) -> Bool {
        var arcs = Set<Int>()
        for u in 0..<g.nodeCount {
            let row = Array(g.successors(of: u))
            if row != row.sorted() || row.contains(Int32(u)) || Set(row).count != row.count { return false }
            for v in row { arcs.insert(u * g.nodeCount + Int(v)) }
        }
        for v in 0..<g.nodeCount {
            for u in g.predecessors(of: v) where !arcs.contains(Int(u) * g.nodeCount + v) { return false }
        }
        return true
    }

    @Test func reproducibleOnAnyNumberOfCoresAndEveryStatisticRuns() throws {
        let c = Self.cases[0]
        let g = try Self.graph(c)
        let a = try CUGTest(g, statistic: .betweennessCentralization, condition: .edges, draws: 200, seed: 9)
        let b = try CUGTest(g, statistic: .betweennessCentralization, condition: .edges, draws: 200, seed: 9, options: .serial)
        #expect(a.nullValues == b.nullValues)
        #expect(abs(a.observed - (try g.betweennessCentralization())) < 1e-12)
        let groups = (0..<g.nodeCount).map { $0 % 3 }
        let all = NetworkStatistic.unpartitioned + [.eiIndex(groups: groups), .modularity(groups: groups), .brokerageTotal(groups: groups)]
        for s in all {
            let t = try CUGTest(g, statistic: s, condition: .dyads, draws: 20, seed: 1)
            #expect(t.nullValues.count == 20, "\(s.name)")
            #expect(t.undefinedDraws < 20 || s == .closenessCentralization, "\(s.name) undefined on every draw")
        }
        // The library's own statistics agree with the kernel's on the observed graph.
        #expect(abs(try NetworkStatistic.degreeCentralization.value(of: g) - g.degreeCentralization()) < 1e-12)
        #expect(abs(try NetworkStatistic.modularity(groups: groups).value(of: g) - (try g.modularity(of: try CommunityAssignment(groups: groups)))) < 1e-12)
        #expect(throws: CoalitionError.self) { try CUGTest(g, statistic: .density, condition: .edges, draws: 0) }
        #expect(throws: CoalitionError.self) { try CUGTest(g, statistic: .eiIndex(groups: [0, 1]), condition: .edges, draws: 5) }
    }
}
