import Testing
@testable import Cohesion

@Suite struct PartitionTests {
    @Test func groupsNumberedByFirstAppearance() {
        let p = Partition(nodeLabels: ["b", "a", "b", "c"])
        #expect(p.groups == [0, 1, 0, 2])
        #expect(p.labels == ["b", "a", "c"])
        #expect(p.groupSizes == [2, 1, 1])
    }
}
