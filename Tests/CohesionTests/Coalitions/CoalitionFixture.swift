import Foundation
@testable import Cohesion

/// The fixtures written by Scripts/fixtures/coalitions.py, read through #filePath.
enum CoalitionFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/coalitions")

    static func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FixtureError.malformed(name)
        }
        return object
    }

    nonisolated(unsafe) static let root: [String: Any] = (try? json("coalitions.json")) ?? [:]

    static var graphs: [[String: Any]] { root["graphs"] as? [[String: Any]] ?? [] }
    static var signed: [[String: Any]] { root["signed"] as? [[String: Any]] ?? [] }
    static var comparisons: [[String: Any]] { root["comparisons"] as? [[String: Any]] ?? [] }

    static func graph(_ record: [String: Any], weightKind: WeightKind = .strength) throws -> AnalysisGraph {
        try edgeGraph(n: record["n"] as? Int ?? 0, edges: record["edges"] as? [[Double]] ?? [],
                      directed: record["directed"] as? Bool ?? false,
                      weighted: record["weighted"] as? Bool ?? false, weightKind: weightKind)
    }

    static func edgeGraph(n: Int, edges: [[Double]], directed: Bool, weighted: Bool,
                          weightKind: WeightKind = .strength) throws -> AnalysisGraph {
        try AnalysisGraph(nodeCount: n, edges: edges.map { (Int($0[0]), Int($0[1])) },
                          weights: weighted ? edges.map { $0[2] } : nil, isDirected: directed,
                          weightKind: weightKind)
    }

    enum FixtureError: Error { case malformed(String) }
}
