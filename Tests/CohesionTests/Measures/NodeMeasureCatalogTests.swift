import Foundation
import Testing
@testable import Cohesion

/// `NodeMeasure.all`, written at build time by the NodeMeasureCatalog plugin from each
/// measure's own declaration (`Plugins/NodeMeasureCatalog`).
@Suite("the generated measure list")
struct NodeMeasureCatalogTests {
    @Test("the order tables have always listed, then the measures added since")
    func order() {
        #expect(NodeMeasure.all.map(\.name) == [
            "degree", "inDegree", "outDegree", "strength", "inStrength", "outStrength",
            "betweenness", "closeness", "harmonic", "eigenvector", "katz", "pageRank", "hubs", "authorities",
            "weakComponent", "strongComponent", "clustering", "coreNumber", "averageNeighborDegree",
        ])
        let orders = NodeMeasure.all.map(\.order)
        #expect(orders == orders.sorted() && Set(orders).count == orders.count)
        #expect(Set(NodeMeasure.all.map { $0.name.lowercased() }).count == NodeMeasure.all.count)
    }

    @Test("every measure declared in the sources is listed, and nothing else")
    func everyDeclarationIsListed() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/Cohesion")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var declared: Set<String> = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                if let match = line.firstMatch(of: /static let (\w+) = NodeMeasure\(/) { declared.insert(String(match.1)) }
            }
        }
        #expect(declared == Set(NodeMeasure.all.map(\.name)))
    }
}
