import Testing
@testable import Cohesion

@Suite struct SignedTests {
    static func signedGraph(_ record: [String: Any]) throws -> SignedGraph {
        let n = record["n"] as? Int ?? 0
        let weighted = record["weighted"] as? Bool ?? false
        let p = try CoalitionFixture.edgeGraph(n: n, edges: record["positive"] as? [[Double]] ?? [], directed: false, weighted: weighted)
        let q = try CoalitionFixture.edgeGraph(n: n, edges: record["negative"] as? [[Double]] ?? [], directed: false, weighted: weighted)
        return try SignedGraph(positive: p, negative: q)
    }

    @Test(arguments: 0..<2)
    func signedModularityMatchesDefinition(index: Int) throws {
        let record = CoalitionFixture.signed[index]
        let graph = try Self.signedGraph(record)
        let partitions = try #require(record["partitions"] as? [String: [Int]])
        let expected = try #require(record["signedModularity"] as? [String: Double])
        #expect(expected.count == 6)
        for (key, value) in expected {
            let parts = key.split(separator: "@")
            let a = try CommunityAssignment(groups: try #require(partitions[String(parts[0])]))
            let q = try graph.modularity(of: a, resolution: try #require(Double(parts[1])))
            #expect(abs(q - value) <= 1e-9 * max(1, abs(value)), "\(key): \(q) vs \(value)")
        }
    }

    @Test(arguments: 0..<2)
    func frustrationAndBalanceMatchFixture(index: Int) throws {
        let record = CoalitionFixture.signed[index]
        let graph = try Self.signedGraph(record)
        let partitions = try #require(record["partitions"] as? [String: [Int]])
        let frustration = try #require(record["frustration"] as? [String: [String: Double]])
        for (name, groups) in partitions {
            let f = try graph.frustration(of: try CommunityAssignment(groups: groups))
            #expect(Double(f.count) == frustration[name]?["count"])
            #expect(abs(f.weight - (frustration[name]?["weight"] ?? .nan)) < 1e-9)
        }
        let triads = try #require(record["triads"] as? [String: Int])
        let balance = graph.structuralBalance()
        #expect(balance.triadCounts == [triads["+++"], triads["++-"], triads["+--"], triads["---"]].map { $0 ?? -1 })
        #expect(balance.triadCount > 20)
    }

    /// The fixture's factions (v mod 3) are mostly allied inside and hostile between. Signed
    /// Leiden reaches at least their signed modularity; both methods beat, on signed modularity
    /// and on conflicts kept inside coalitions, the coalitions found on cooperative ties alone.
    @Test func detectionSeparatesOpponents() throws {
        for record in CoalitionFixture.signed {
            let graph = try Self.signedGraph(record)
            let partitions = try #require(record["partitions"] as? [String: [Int]])
            let factions = try CommunityAssignment(groups: try #require(partitions["factions"]))
            let unsigned = try graph.positive.leiden(seed: 5).assignment
            for method in CoalitionMethod.allCases {
                let found = try graph.coalitions(method: method, seed: 5)
                #expect(found.isSigned)
                #expect(abs(found.modularity - (try graph.modularity(of: found.assignment))) < 1e-9)
                if method == .leiden {
                    #expect(found.modularity >= (try graph.modularity(of: factions)) - 1e-9)
                }
                #expect(found.modularity > (try graph.modularity(of: unsigned)))
                #expect((try graph.frustration(of: found.assignment)).negativeInside
                        < (try graph.frustration(of: unsigned)).negativeInside)
            }
        }
    }

    @Test func handTriadAndConflictSplit() throws {
        // Triangle 0-1-2 with one conflict (1-2): unbalanced (++-). Triangle 2-3-4 with two
        // conflicts (2-3, 2-4): balanced (+--). Signed detection splits 2 from its enemies.
        let pos = try AnalysisGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (3, 4)], isDirected: false)
        let neg = try AnalysisGraph(nodeCount: 5, edges: [(1, 2), (2, 3), (2, 4)], isDirected: false)
        let signed = try SignedGraph(positive: pos, negative: neg)
        let balance = signed.structuralBalance()
        #expect(balance.triadCounts == [0, 1, 1, 0])
        #expect(balance.balancedShare == 0.5)
        let f = try signed.frustration(of: try CommunityAssignment(groups: [0, 0, 0, 1, 1]))
        #expect(f.negativeInside == 1 && f.positiveBetween == 0 && f.tieCount == 6)
        let found = try signed.coalitions(method: .louvain, seed: 1)
        let g = found.assignment.groups
        #expect(g[3] == g[4] && g[2] != g[3])
    }

    @Test func fromNetworkSplitsBySign() throws {
        var network = Network(title: "t")
        for id in ["a", "b", "c"] { network.stakeholders.append(Stakeholder(id: id, kind: .municipality)) }
        network.ties = [Tie(source: "a", target: "b", kind: .coalition), Tie(source: "b", target: "c", kind: .conflict),
                        Tie(source: "a", target: "c", kind: .funding)]
        let signed = try SignedGraph(network)
        #expect(signed.positive.edgeCount == 2 && signed.negative.edgeCount == 1)
        #expect(!signed.positive.isDirected)
        #expect(signed.structuralBalance().triadCounts == [0, 1, 0, 0])
    }
}
