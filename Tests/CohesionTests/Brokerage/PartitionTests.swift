import Testing
@testable import Cohesion

@Suite struct PartitionTests {
    @Test func groupsNumberedByFirstAppearance() {
        let p = Partition(nodeLabels: ["b", "a", "b", "c"])
        #expect(p.groups == [0, 1, 0, 2])
        #expect(p.labels == ["b", "a", "c"])
        #expect(p.sizes == [2, 1, 1])
        #expect(p.label(ofNode: 3) == "c")
    }

    static func network() -> Network {
        Network(stakeholders: [
            Stakeholder(id: "caf", kind: .familyAllowanceOffice, sector: .public, level: .departmental,
                        attributes: ["coalition": "expansion"]),
            Stakeholder(id: "city", kind: .municipality, sector: .public, level: .municipal,
                        attributes: ["coalition": "expansion"]),
            Stakeholder(id: "creche", kind: .municipality, sector: .associative),
            Stakeholder(id: "pmi", kind: .municipality, level: .departmental, attributes: ["coalition": 2]),
        ], ties: [Tie(source: "caf", target: "city", kind: .funding)])
    }

    @Test func fromStakeholderAttributes() throws {
        let network = Self.network()
        let graph = try AnalysisGraph(network)
        // Groups from an attribute are ordered by label (one rule for every group measure).
        let level = try Partition(network, graph: graph, attribute: "level")
        #expect(level.labels == [Partition.missingLabel, "departmental", "municipal"])
        #expect(level.groups == [1, 2, 0, 1])
        let sector = try Partition(network, graph: graph, attribute: "sector")
        #expect(sector.labels == ["(none)", "associative", "public"])
        // Free attributes, numbers included, read as text.
        let coalition = try Partition(network, graph: graph, attribute: "coalition")
        #expect(coalition.labels == ["(none)", "2", "expansion"])
        #expect(coalition.groups == [2, 2, 0, 1])
        // Per-group tables list groups as their first stakeholder appears.
        #expect(coalition.orderOfFirstAppearance.map { coalition.labels[$0] } == ["expansion", "(none)", "2"])
        let kind = try Partition(network, graph: graph, attribute: "kind")
        #expect(kind.groupCount == 2)
    }

    @Test func unknownAttributeIsAnError() throws {
        let network = Self.network()
        let graph = try AnalysisGraph(network)
        #expect(throws: GroupsError.unknownAttribute("colour", known: ["kind", "sector", "level", "place", "id", "name", "coalition"])) {
            try StakeholderGroups(network, attribute: "colour", graph: graph)
        }
        // The same rule for every use: the attribute and those that exist are named.
        #expect(throws: GroupsError.self) { try StakeholderGroups(network, attribute: "colour") }
        #expect(GroupsError.unknownAttribute("colour", known: ["kind", "coalition"]).description
                == "no stakeholder has the attribute 'colour' (known: kind, coalition)")
        // A built-in field is known even when no stakeholder fills it: everyone is "(none)".
        let places = try StakeholderGroups(network, attribute: "place", graph: graph)
        #expect(places.labels == [StakeholderGroups.missingLabel])
    }

    @Test func groupIndicesAreChecked() {
        #expect(throws: PartitionError.groupOutOfRange(node: 1, group: 2, groupCount: 2)) {
            try Partition(groups: [0, 2], labels: ["a", "b"])
        }
    }
}
