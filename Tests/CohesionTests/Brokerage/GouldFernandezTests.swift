import Foundation
import Testing
@testable import Cohesion

/// One case written by Scripts/fixtures/brokerage.R from R's sna::brokerage.
private struct SnaCase: Decodable {
    let name: String
    let nodeCount: Int
    let directed: Bool
    let edges: [[Int]]
    let weights: [Double]?
    let groups: [String]
    let clid: [String]
    let raw, expected, sd, z, expectedByGroup, sdByGroup: [[FixtureNumber]]
    let networkRaw, networkExpected, networkSd, networkZ: [FixtureNumber]
}

private func expectAgree(_ ours: BrokerageRoleScores, _ theirs: [FixtureNumber], _ what: String) {
    let values = ours.snaOrder
    for (c, (a, b)) in zip(values, theirs.map(\.value)).enumerated() {
        #expect(agrees(a, b), "\(what) column \(c): \(a) vs sna \(b)")
    }
}

@Suite struct GouldFernandezFixtureTests {
    static let files = BrokerageFixtures.files(prefix: "")
        .filter { !$0.lastPathComponent.hasPrefix("holes-") }

    @Test func fixturesPresent() {
        #expect(Self.files.count >= 5)
    }

    @Test(arguments: files)
    func matchesSna(_ url: URL) throws {
        let c = try BrokerageFixtures.load(SnaCase.self, from: url)
        let graph = try BrokerageFixtures.graph(nodeCount: c.nodeCount, edges: c.edges, weights: c.weights,
                                                directed: c.directed)
        let partition = Partition(nodeLabels: c.groups)
        #expect(partition.labels == c.clid)
        let result = try GouldFernandezBrokerage(graph, partition: partition)
        #expect(result.networkCounts.total > 0)
        for node in 0..<c.nodeCount {
            expectAgree(result.scores[node], c.raw[node], "\(c.name) node \(node) counts")
            expectAgree(result.expected(ofNode: node), c.expected[node], "\(c.name) node \(node) expected")
            expectAgree(result.standardDeviation(ofNode: node), c.sd[node], "\(c.name) node \(node) sd")
            expectAgree(result.zScores[node], c.z[node], "\(c.name) node \(node) z")
        }
        for g in 0..<partition.groupCount {
            expectAgree(result.groupExpected[g], c.expectedByGroup[g], "\(c.name) group \(g) expected")
            expectAgree(result.groupStandardDeviation[g], c.sdByGroup[g], "\(c.name) group \(g) sd")
        }
        expectAgree(result.networkCounts, c.networkRaw, "\(c.name) network counts")
        expectAgree(result.networkExpected, c.networkExpected, "\(c.name) network expected")
        expectAgree(result.networkStandardDeviation, c.networkSd, "\(c.name) network sd")
        expectAgree(result.networkZScores, c.networkZ, "\(c.name) network z")
    }

    /// Partial credit hands out exactly the full counts' pairs: per pair the shares sum to 1,
    /// so each role's network total of credit is at most its count, and every brokered pair
    /// counts once in the total.
    @Test(arguments: files)
    func partialCreditSharesEachPair(_ url: URL) throws {
        let c = try BrokerageFixtures.load(SnaCase.self, from: url)
        let graph = try BrokerageFixtures.graph(nodeCount: c.nodeCount, edges: c.edges, weights: c.weights,
                                                directed: c.directed)
        let partition = Partition(nodeLabels: c.groups)
        let full = try GouldFernandezBrokerage(graph, partition: partition)
        let partial = try GouldFernandezBrokerage(graph, partition: partition, partialCredit: true)
        #expect(partial.counts == full.scores)
        #expect(partial.zScores.map(\.snaOrder).flatMap { $0 }.map(\.bitPattern)
            == full.zScores.map(\.snaOrder).flatMap { $0 }.map(\.bitPattern))
        // Brute force: the number of ordered pairs (i, k) with a broker.
        var pairs = 0
        for i in 0..<graph.nodeCount {
            var reached = Set<Int32>()
            for j in graph.successors(of: i) {
                for k in graph.successors(of: Int(j)) where Int(k) != i && !graph.hasArc(from: i, to: Int(k)) {
                    reached.insert(k)
                }
            }
            pairs += reached.count
        }
        let credit = partial.networkScores
        #expect(full.networkScores == full.networkCounts)
        #expect(agrees(credit.total, Double(pairs)))
        for role in BrokerageRole.allCases {
            #expect(credit[role] <= full.networkCounts[role] + 1e-9)
        }
        #expect(credit.total < full.networkCounts.total)
        #expect(partial.networkCounts == full.networkCounts)
    }
}

@Suite struct GouldFernandezHandTests {
    /// a → b → c with groups for a, b, c.
    private func path(_ groups: [String], extra: [(Int, Int)] = []) throws -> GouldFernandezBrokerage {
        let graph = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2)] + extra, isDirected: true)
        return try GouldFernandezBrokerage(graph, partition: Partition(nodeLabels: groups))
    }

    private func only(_ role: BrokerageRole, _ scores: BrokerageRoleScores, count: Double = 1) {
        for r in BrokerageRole.allCases {
            #expect(scores[r] == (r == role ? count : 0), "\(r)")
        }
        #expect(scores.total == count)
    }

    @Test func coordinator() throws {
        let r = try path(["x", "x", "x"])
        only(.coordinator, r.scores[1])
        only(.coordinator, r.scores[0], count: 0)
        only(.coordinator, r.scores[2], count: 0)
    }

    @Test func itinerant() throws {
        only(.itinerant, try path(["x", "y", "x"]).scores[1])
    }

    @Test func representative() throws {
        // The broker shares the source's group.
        only(.representative, try path(["x", "x", "y"]).scores[1])
    }

    @Test func gatekeeper() throws {
        // The broker shares the destination's group.
        only(.gatekeeper, try path(["x", "y", "y"]).scores[1])
    }

    @Test func liaison() throws {
        only(.liaison, try path(["x", "y", "z"]).scores[1])
    }

    @Test func directTieRemovesBrokerage() throws {
        only(.coordinator, try path(["x", "x", "x"], extra: [(0, 2)]).scores[1], count: 0)
    }

    @Test func reverseTieKeepsBrokerage() throws {
        // Only an arc source → destination makes the broker unneeded.
        let r = try path(["x", "y", "y"], extra: [(2, 0)])
        only(.gatekeeper, r.scores[1])
        // The cycle adds c → a → b (a brokers between two y: itinerant) and b → c → a
        // (c shares the source b's group: representative).
        only(.itinerant, r.scores[0])
        only(.representative, r.scores[2])
    }

    @Test func undirectedCountsBothDirections() throws {
        let graph = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2)], isDirected: false)
        let r = try GouldFernandezBrokerage(graph, partition: Partition(nodeLabels: ["x", "x", "y"]))
        // a → b → c is representative (b with the source a); c → b → a is gatekeeper.
        #expect(r.scores[1] == BrokerageRoleScores(coordinator: 0, itinerant: 0, representative: 1, gatekeeper: 1, liaison: 0))
        #expect(r.totalsByGroup[0].total == 2)
        #expect(r.totalsByGroup[1].total == 0)
    }

    @Test func partialCreditSplitsPairs() throws {
        // a → b1 → c, a → b2 → c, and a → b1 → d: b1 and b2 share (a, c); b1 alone brokers (a, d).
        let graph = try AnalysisGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (1, 3), (2, 3), (1, 4)], isDirected: true)
        let partition = Partition(nodeLabels: ["x", "x", "y", "x", "z"])
        let r = try GouldFernandezBrokerage(graph, partition: partition, partialCredit: true)
        // b1 (x): (a x, c x) coordinator ½; (a x, d z) representative 1.
        #expect(r.scores[1] == BrokerageRoleScores(coordinator: 0.5, itinerant: 0, representative: 1, gatekeeper: 0, liaison: 0))
        // b2 (y): (a x, c x) itinerant ½.
        #expect(r.scores[2] == BrokerageRoleScores(coordinator: 0, itinerant: 0.5, representative: 0, gatekeeper: 0, liaison: 0))
        #expect(r.counts[1].total == 2 && r.counts[2].total == 1)
        #expect(r.totalsByGroup[0].coordinator == 0.5)
        #expect(r.totalsByGroup[1].itinerant == 0.5)
    }

    @Test func zScoresFollowTheNullModel() throws {
        // Hand-computed for a → b → c, groups x, x, y: N = 3, d = 2/6, p = d²(1−d) = 2/27.
        let r = try path(["x", "x", "y"])
        let d = 2.0 / 6, p = d * d * (1 - d), c3 = pow(d, 3) * pow(1 - d, 3)
        // Representative expectation for group x (n = 2): p (N − n)(n − 1) = p.
        #expect(agrees(r.groupExpected[0].representative, p))
        // Its variance: p(1 − p) + 2((n−1)·C(N−n, 2) + (N−n)·C(n−1, 2)) d³(1−d)³ = p(1 − p).
        #expect(agrees(r.groupStandardDeviation[0].representative, (p * (1 - p)).squareRoot()))
        #expect(agrees(r.zScores[1].representative, (1 - p) / (p * (1 - p)).squareRoot()))
        // Total for any node: p (N−1)(N−2) = 2p, variance 2p(1 − p) + 0.
        #expect(agrees(r.groupExpected[1].total, 2 * p))
        #expect(agrees(r.groupStandardDeviation[1].total, (2 * p * (1 - p) + 2 * 2 * 1 * 0 * c3).squareRoot()))
        // A group of one has no coordinator variance: z is 0/0.
        #expect(r.zScores[2].coordinator.isNaN)
    }

    @Test func partitionMustCoverGraph() throws {
        let graph = try AnalysisGraph(nodeCount: 3, edges: [(0, 1)], isDirected: true)
        #expect(throws: GroupsError.sizeMismatch(groups: 2, nodes: 3)) {
            try GouldFernandezBrokerage(graph, partition: Partition(nodeLabels: ["a", "b"]))
        }
    }

    @Test func roleFromGroups() {
        #expect(BrokerageRole(source: 0, broker: 0, destination: 0) == .coordinator)
        #expect(BrokerageRole(source: 0, broker: 1, destination: 0) == .itinerant)
        #expect(BrokerageRole(source: 0, broker: 0, destination: 1) == .representative)
        #expect(BrokerageRole(source: 1, broker: 0, destination: 0) == .gatekeeper)
        #expect(BrokerageRole(source: 0, broker: 1, destination: 2) == .liaison)
    }
}

@Suite struct GouldFernandezLargeGraphTests {
    /// A directed graph big enough to run on several workers, with hubs whose long rows take
    /// the binary-search branch of the counting.
    static func hubGraph(directed: Bool) throws -> (AnalysisGraph, Partition) {
        var rng = SeededGenerator(seed: 7)
        let n = 3000
        var edges: [(Int, Int)] = []
        for u in 0..<n {
            for _ in 0..<3 { edges.append((u, Int(rng.next() % UInt64(n)))) }
        }
        for hub in 0..<4 {
            for _ in 0..<700 { edges.append((hub, Int(rng.next() % UInt64(n)))) }
            for _ in 0..<300 { edges.append((Int(rng.next() % UInt64(n)), hub)) }
        }
        let graph = try AnalysisGraph(nodeCount: n, edges: edges, isDirected: directed)
        let partition = Partition(nodeLabels: (0..<n).map { ["caf", "city", "pmi", "provider"][($0 * 7 + $0 / 5) % 4] })
        return (graph, partition)
    }

    /// The definition, one triple at a time.
    static func bruteForce(_ graph: AnalysisGraph, _ partition: Partition) -> [BrokerageRoleScores] {
        var scores = [BrokerageRoleScores](repeating: .zero, count: graph.nodeCount)
        for j in 0..<graph.nodeCount {
            for i in graph.predecessors(of: j) {
                for k in graph.successors(of: j) where k != i && !graph.hasArc(from: Int(i), to: Int(k)) {
                    let role = BrokerageRole(source: partition.groups[Int(i)], broker: partition.groups[j],
                                             destination: partition.groups[Int(k)])
                    scores[j][role] += 1
                    scores[j].total += 1
                }
            }
        }
        return scores
    }

    @Test(arguments: [true, false])
    func countsMatchDefinition(directed: Bool) throws {
        let (graph, partition) = try Self.hubGraph(directed: directed)
        let result = try GouldFernandezBrokerage(graph, partition: partition)
        let expected = Self.bruteForce(graph, partition)
        #expect(result.scores == expected)
        #expect(result.networkCounts.total > 10_000)
    }

    @Test func partialCreditMatchesDefinition() throws {
        let (graph, partition) = try Self.hubGraph(directed: true)
        let result = try GouldFernandezBrokerage(graph, partition: partition, partialCredit: true)
        var expected = [BrokerageRoleScores](repeating: .zero, count: graph.nodeCount)
        for i in 0..<graph.nodeCount {
            var brokers: [Int32: [Int32]] = [:]
            for j in graph.successors(of: i) {
                for k in graph.successors(of: Int(j)) where Int(k) != i && !graph.hasArc(from: i, to: Int(k)) {
                    brokers[k, default: []].append(j)
                }
            }
            for (k, js) in brokers {
                for j in js {
                    let role = BrokerageRole(source: partition.groups[i], broker: partition.groups[Int(j)],
                                             destination: partition.groups[Int(k)])
                    expected[Int(j)][role] += 1 / Double(js.count)
                }
            }
        }
        for node in 0..<graph.nodeCount {
            for role in BrokerageRole.allCases {
                #expect(agrees(result.scores[node][role], expected[node][role]), "node \(node) \(role)")
            }
        }
    }
}

