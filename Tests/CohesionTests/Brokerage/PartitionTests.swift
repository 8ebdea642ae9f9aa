import Testing
@testable import Cohesion

@Suite struct PartitionTests {
    @Test func groupsNumberedByFirstAppearance() {
        let p = Partition(nodeLabels: ["b", "a", "b", "c"])
        #expect(p.groups == [0, 1, 0, 2])
        #expect(p.labels == ["b", "a", "c"])
        #expect(p.groupSizes == [2, 1, 1])
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
        let level = try Partition(network, graph: graph, attribute: "level")
        #expect(level.labels == ["departmental", "municipal", Partition.missingLabel])
        #expect(level.groups == [0, 1, 2, 0])
        let sector = try Partition(network, graph: graph, attribute: "sector")
        #expect(sector.labels == ["public", "associative", "(none)"])
        // Free attributes, numbers included, read as text.
        let coalition = try Partition(network, graph: graph, attribute: "coalition")
        #expect(coalition.labels == ["expansion", "(none)", "2"])
        #expect(coalition.groups == [0, 0, 1, 2])
        let kind = try Partition(network, graph: graph, attribute: "kind")
        #expect(kind.groupCount == 2)
    }

    @Test func unknownAttributeIsAnError() throws {
        let network = Self.network()
        let graph = try AnalysisGraph(network)
        #expect(throws: PartitionError.unknownAttribute("colour")) {
            try Partition(network, graph: graph, attribute: "colour")
        }
    }

    @Test func groupIndicesAreChecked() {
        #expect(throws: PartitionError.groupOutOfRange(node: 1, group: 2, groupCount: 2)) {
            try Partition(groups: [0, 2], labels: ["a", "b"])
        }
    }
}
