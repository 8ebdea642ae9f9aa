import Foundation
import Testing
import Cohesion

/// Issue 17.2: "brokerage between sectors" must not count coordinator two-paths, which lie
/// inside one sector by definition; each aggregate is named by the roles it sums.
@Suite("Brokerage aggregates named by their roles")
struct BrokerageAggregateTests {
    static let lille = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Networks/lille.yaml").path

    @Test("between groups is every role but coordinator")
    func aggregateRoles() {
        let s = BrokerageRoleScores(coordinator: 11, itinerant: 1, representative: 4, gatekeeper: 2, liaison: 3)
        #expect(s.betweenGroups == 10)
        #expect(s.withinGroup == 11)
        #expect(BrokerageAggregate.betweenGroups.roles == [.itinerant, .representative, .gatekeeper, .liaison])
        #expect(BrokerageAggregate.allRoles.value(in: s) == s.total)
        // A coordinator two-path (A → A → A) is inside one group.
        #expect(BrokerageRole(source: 0, broker: 0, destination: 0) == .coordinator)
        #expect(!BrokerageAggregate.betweenGroups.roles.contains(.coordinator))
    }

    @Test("the comparison table's between-sector rows leave coordinators out and say which roles they sum")
    func tableRows() throws {
        let network = try NetworkFile.read(Self.lille)
        let comparison = try NetworkComparison([network], names: ["Lille"], options: ComparisonOptions(selection: GraphSelection(year: 2024)))
        let profile = try #require(comparison.profiles.first)
        let municipality = try #require(profile.brokerageByGroup["municipality"])
        #expect(municipality.coordinator > 0, "the fixture needs coordinator two-paths to tell the sums apart")
        let compact = comparison.table(compact: true).render(.csv)
        let label = "brokerage between sectors (itinerant+representative+gatekeeper+liaison): municipality"
        let line = try #require(compact.split(separator: "\n").first { $0.contains(label) })
        #expect(line.contains("\(Int(municipality.betweenGroups)) ("))
        #expect(!line.contains(",\(Int(municipality.total)) ("), "the row must not be the sum of all five roles")
        #expect(compact.contains("brokerage within one sector (coordinator): municipality,\(Int(municipality.coordinator))"))
        // No row sums every role under the bare name "brokerage: KIND".
        #expect(!compact.contains("\nbrokerage: municipality,"))
        let full = comparison.table(compact: false).render(.csv)
        #expect(full.contains("\(label),\(municipality.betweenGroups.formatted(.number.grouping(.never)))")
                || full.contains("\(label),\(Int(municipality.betweenGroups))"))
        #expect(full.contains("brokerage: municipality: all roles (coordinator+itinerant+representative+gatekeeper+liaison)"))
    }
}
