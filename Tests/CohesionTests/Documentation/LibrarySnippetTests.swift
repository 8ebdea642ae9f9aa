import Foundation
import Testing
import Cohesion

/// The README's "The library" snippet and GettingStarted's AnalyzedNetwork snippet, compiled
/// and run as written (issue 17.8, in part: these two snippets, not yet every block).
@Suite("Documentation snippets")
struct LibrarySnippetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("README: the library")
    func readmeLibrary() throws {
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(Self.root.path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let lille = try AnalyzedNetwork(contentsOf: "Networks/lille.yaml")
        let caf = try lille.betweenness()["caf-nord"]                 // Double?
        for row in try lille.values(of: .pageRank).sorted().prefix(3) { print(row.name, row.value) }
        let bySector = try StakeholderGroups(lille.network, attribute: "sector", graph: lille.graph)
        let brokerage = try GouldFernandezBrokerage(lille.graph, partition: bySector)
        let direct = try lille.graph.betweenness()
        let node = try #require(lille.node(of: "caf-nord"))
        #expect(caf == direct[node])
        #expect(brokerage.scores.count == lille.graph.nodeCount)
        let values = try lille.betweenness()
        #expect(values["no-such-stakeholder"] == nil)
    }
}
