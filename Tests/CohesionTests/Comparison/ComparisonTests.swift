import Testing
@testable import Cohesion

@Suite struct ComparisonTests {
    /// caf (public) funds two providers (associative, private); the city (public) contracts
    /// both; the two providers coordinate from 2020; a conflict between city and private firm.
    static func city(_ name: String, extraKind: Bool = false) -> Network {
        var n = Network(title: name, place: name)
        n.stakeholders = [
            Stakeholder(id: "caf", kind: .familyAllowanceOffice, sector: .public),
            Stakeholder(id: "city", kind: .municipality, sector: .public),
            Stakeholder(id: "asso", kind: .associativeProvider, sector: .associative),
            Stakeholder(id: "firm", kind: .privateCompany, sector: .privateForProfit),
        ]
        if extraKind { n.stakeholders.append(Stakeholder(id: "pmi", kind: .maternalAndChildHealthService, sector: .public)) }
        n.ties = [
            Tie(source: "caf", target: "asso", kind: .funding, firstYear: 2015),
            Tie(source: "caf", target: "firm", kind: .funding, firstYear: 2015),
            Tie(source: "city", target: "asso", kind: .contracting, firstYear: 2015),
            Tie(source: "city", target: "firm", kind: .contracting, firstYear: 2015, lastYear: 2019),
            Tie(source: "asso", target: "firm", kind: .coordination, firstYear: 2020),
            Tie(source: "city", target: "firm", kind: .conflict, firstYear: 2018),
        ]
        return n
    }

    @Test func profileByHand() throws {
        let network = Self.city("A")
        let p = try NetworkComparisonProfile(network)
        #expect(p.name == "A")
        #expect(p.stakeholderCount == 4)
        // The conflict is left out of every measure.
        #expect(p.tieCount == 5)
        #expect(p.tiesByLayer.map(\.layer) == ["funding", "contracting", "coordination"])
        #expect(p.tiesByLayer.map(\.count) == [2, 2, 1])
        // Arcs: caf→asso, caf→firm, city→asso, city→firm, asso↔firm: 6 arcs of 12 possible.
        #expect(abs(p.profile.density - 0.5) < 1e-12)
        // E-I by sector: only caf→city would be internal (public–public), and there is no such
        // tie: 6 arcs, all external → +1.
        #expect(p.eiIndex.external == 6 && p.eiIndex.internal == 0)
        // Mixing by kind: four kinds of one stakeholder each.
        #expect(p.mixing.labels == ["associative-provider", "family-allowance-office", "municipality", "private-company"])
        // Brokerage by kind sums the Gould–Fernandez counts (by sector) of each kind's members.
        let graph = try AnalysisGraph(network, selection: GraphSelection(includesNegativeTies: false))
        let sectors = try CommunityAssignment(network, attribute: "sector", graph: graph)
        let gf = try GouldFernandezBrokerage(graph, partition: sectors)
        #expect(p.brokerageByGroup["associative-provider"] == gf.counts[2])
        #expect(p.brokerageByGroup["private-company"] == gf.counts[3])
        // Betweenness: caf→asso→firm? caf reaches firm directly; city→asso→firm? direct too.
        // asso lies on firm→asso→? nothing; the top list is ordered and complete.
        let b = try graph.betweenness()
        #expect(p.topBetweenness.count == 4)
        #expect(p.topBetweenness.map(\.betweenness) == b.sorted(by: >))
        #expect(p.coalitions.count >= 1)
        #expect(abs(p.coalitions.modularity - (try graph.modularity(of: p.coalitions.assignment))) < 1e-12)
    }

    @Test func comparisonAlignsKinds() throws {
        let comparison = try NetworkComparison([Self.city("A"), Self.city("B", extraKind: true)])
        #expect(comparison.profiles.map(\.name) == ["A", "B"])
        #expect(comparison.groupLabels.contains("maternal-and-child-health-service"))
        #expect(comparison.groupLabels == comparison.groupLabels.sorted())
        let a = comparison.profiles[0]
        #expect(comparison.density(a, from: "maternal-and-child-health-service", to: "municipality").isNaN)
        #expect(comparison.density(a, from: "family-allowance-office", to: "associative-provider") == 1)
        #expect(comparison.sectorLabels == ["associative", "private-for-profit", "public"])
    }

    @Test func evolutionFollowsTieYears() throws {
        let evolution = try NetworkEvolution(Self.city("A"), years: 2018...2021)
        #expect(evolution.years == [2018, 2019, 2020, 2021])
        // 2018–2019: four ties; from 2020: city→firm ends, coordination starts.
        #expect(evolution.profiles.map(\.tieCount) == [4, 4, 4, 4])
        #expect(evolution.profiles.map { $0.tiesByLayer.first { $0.layer == "coordination" }?.count ?? 0 } == [0, 0, 1, 1])
        #expect(evolution.coalitionStability.count == 3)
        // Identical years have identical coalitions (same seed, same graph).
        #expect(evolution.coalitionStability[0].normalizedMutualInformation == 1)
        #expect(evolution.coalitionStability[2].adjustedRandIndex == 1)
        #expect(evolution.comparison.profiles.count == 4)
    }
}
