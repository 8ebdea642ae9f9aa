import Foundation
import Testing
@testable import Cohesion

@Suite struct GroupMeasureTests {
    /// A: {0,1,2}, B: {3,4,5,6}; edges 0-1, 1-2, 0-2, 3-4 inside, 2-3 and 0-5 across; 6 isolated.
    static func handGraph() throws -> (AnalysisGraph, CommunityAssignment) {
        let graph = try AnalysisGraph(nodeCount: 7, edges: [(0, 1), (1, 2), (0, 2), (3, 4), (2, 3), (0, 5)], isDirected: false)
        return (graph, try CommunityAssignment(groups: [0, 0, 0, 1, 1, 1, 1], labels: ["A", "B"]))
    }

    @Test func eiByHand() throws {
        let (graph, groups) = try Self.handGraph()
        let ei = try graph.eiIndex(of: groups)
        #expect(ei.external == 2 && ei.internal == 4)
        #expect(abs(ei.value - (-1.0 / 3)) < 1e-12)
        #expect(abs(ei.groups[0].value - (-1.0 / 5)) < 1e-12)   // E 2, I 3
        #expect(abs(ei.groups[1].value - (1.0 / 3)) < 1e-12)    // E 2, I 1
        let nodes = ei.nodes
        #expect(abs(nodes[0] - (-1.0 / 3)) < 1e-12)             // 0-1, 0-2 inside, 0-5 across
        #expect(nodes[5] == 1)
        #expect(nodes[4] == -1)
        #expect(nodes[6].isNaN)
        // 21 pairs, 3 + 6 inside, 12 across.
        #expect(abs(ei.expected - 3.0 / 21) < 1e-12)
        #expect(ei.permutationTest == nil)
    }

    @Test func eiDirectedWeighted() throws {
        let graph = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)], weights: [2, 1, 5],
                                      isDirected: true, weightKind: .strength)
        let groups = try CommunityAssignment(groups: [0, 0, 1])
        let counted = try graph.eiIndex(of: groups)
        #expect(counted.external == 1 && counted.internal == 2)
        let weighed = try graph.eiIndex(of: groups, weighted: true)
        #expect(weighed.external == 5 && weighed.internal == 3)
        #expect(abs(weighed.value - 0.25) < 1e-12)
        #expect(weighed.nodes[1] == (5.0 - 3) / 8)
    }

    @Test func eiPermutationTestAgreesWithExactDistribution() throws {
        // Path 0-1-2-3, groups {0,1},{2,3}: of the 6 equally likely splits, 2 give E-I −1/3
        // (the observed value), 2 give 1/3 and 2 give 1. Exact P(≤ observed) = 1/3, P(≥) = 1.
        let graph = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)], isDirected: false)
        let ei = try graph.eiIndex(of: try CommunityAssignment(groups: [0, 0, 1, 1]), permutations: 20000, seed: 7)
        let test = try #require(ei.permutationTest)
        #expect(abs(test.pLessOrEqual - 1.0 / 3) < 0.02)   // six standard errors
        #expect(test.pGreaterOrEqual == 1)
        #expect(abs(test.mean - (-1.0 / 3 + 1.0 / 3 + 1) / 3) < 0.02)
        #expect(test.minimum == -1.0 / 3 && test.maximum == 1)
        let again = try graph.eiIndex(of: try CommunityAssignment(groups: [0, 0, 1, 1]), permutations: 20000, seed: 7)
        #expect(again == ei)
    }

    @Test func mixingByHand() throws {
        let (graph, groups) = try Self.handGraph()
        let mixing = try graph.mixingMatrix(of: groups)
        #expect(mixing.ties == [[3, 2], [2, 1]])
        #expect(mixing.possible == [[3, 12], [12, 6]])
        #expect(mixing.density[0][0] == 1 && mixing.density[1][1] == 1.0 / 6 && mixing.density[0][1] == 2.0 / 12)
        let directed = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (0, 2), (2, 1)], isDirected: true)
        let m = try directed.mixingMatrix(of: try CommunityAssignment(groups: [0, 0, 1]))
        #expect(m.ties == [[2, 1], [1, 0]])
        #expect(m.possible == [[2, 2], [2, 0]])
        #expect(m.density[1][1].isNaN)
    }

    @Test(arguments: 0..<4)
    func mixingAndAssortativityMatchNetworkX(index: Int) throws {
        let record = CoalitionFixture.graphs[index]
        let graph = try CoalitionFixture.graph(record)
        let partitions = try #require(record["partitions"] as? [String: [Int]])
        let counts = try #require(record["mixingCounts"] as? [String: [[Double]]])
        let assortativity = try #require(record["assortativity"] as? [String: Double])
        for name in ["blocks", "random5"] {
            let groups = try #require(partitions[name])
            let k = (groups.max() ?? 0) + 1
            let assignment = try CommunityAssignment(groups: groups, labels: (0..<k).map(String.init))
            let mixing = try graph.mixingMatrix(of: assignment)
            let reference = try #require(counts[name])
            #expect(reference.count == k)
            for g in 0..<k {
                for h in 0..<k {
                    let factor: Double = !graph.isDirected && g == h ? 2 : 1
                    #expect(mixing.ties[g][h] * factor == reference[g][h], "\(name) [\(g)][\(h)]")
                }
            }
            let r = try graph.attributeAssortativity(of: assignment)
            let expected = try #require(assortativity[name])
            #expect(abs(r - expected) <= 1e-9 * max(1, abs(expected)), "\(name): \(r) vs \(expected)")
        }
    }

    @Test func numericAssortativityByHand() throws {
        // Star centre 0 (value 1) with leaves of value 3: every tie joins 1 and 3 → r = −1.
        let star = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3)], isDirected: false)
        #expect(abs(try star.numericAssortativity(values: [1, 3, 3, 3]) - (-1)) < 1e-12)
        let twoPairs = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (2, 3)], isDirected: false)
        #expect(abs(try twoPairs.numericAssortativity(values: [1, 1, 5, 5]) - 1) < 1e-12)
        #expect(try twoPairs.numericAssortativity(values: [1, 1, 1, 1]).isNaN)
    }

    @Test func partitionComparisonMatchesScikitLearn() throws {
        let cases = CoalitionFixture.comparisons
        #expect(cases.count == 9)
        for c in cases {
            let a = try CommunityAssignment(groups: try #require(c["a"] as? [Int]))
            let b = try CommunityAssignment(groups: try #require(c["b"] as? [Int]))
            let result = try PartitionComparison(a, b)
            let nmi = try #require(c["nmi"] as? Double), ari = try #require(c["ari"] as? Double)
            #expect(abs(result.normalizedMutualInformation - nmi) < 1e-9, "NMI \(result.normalizedMutualInformation) vs \(nmi)")
            #expect(abs(result.adjustedRandIndex - ari) < 1e-9, "ARI \(result.adjustedRandIndex) vs \(ari)")
        }
    }

    @Test func partitionComparisonByHand() throws {
        // Same grouping under other labels.
        let same = try PartitionComparison(try CommunityAssignment(groups: [0, 0, 1, 1]), try CommunityAssignment(groups: [5, 5, 2, 2]))
        #expect(same.normalizedMutualInformation == 1 && same.adjustedRandIndex == 1)
        // Crossed: {0,1},{2,3} vs {0,2},{1,3}: MI 0, ARI = −0.5 (tp 0, fp 2, fn 2, tn 2).
        let crossed = try PartitionComparison(try CommunityAssignment(groups: [0, 0, 1, 1]), try CommunityAssignment(groups: [0, 1, 0, 1]))
        #expect(crossed.normalizedMutualInformation == 0)
        #expect(abs(crossed.adjustedRandIndex - (-0.5)) < 1e-12)
        #expect(throws: GroupsError.self) { try PartitionComparison(try CommunityAssignment(groups: [0]), try CommunityAssignment(groups: [0, 1])) }
    }

    @Test func assignmentFromNetwork() throws {
        var network = Network()
        network.stakeholders = [Stakeholder(id: "caf", kind: .familyAllowanceOffice, sector: .public),
                                Stakeholder(id: "asso", kind: .associativeProvider, sector: .associative),
                                Stakeholder(id: "x", kind: .committee)]
        let a = try CommunityAssignment(network, attribute: "sector")
        #expect(a.labels == ["(none)", "associative", "public"])
        #expect(a.groups == [2, 1, 0])
    }
}
