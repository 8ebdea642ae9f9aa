import Foundation
@testable import Cohesion

/// A number in a fixture file: a JSON number, or "NaN", "Inf", "-Inf".
struct FixtureNumber: Decodable {
    let value: Double
    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let d = try? container.decode(Double.self) {
            value = d
            return
        }
        switch try container.decode(String.self) {
        case "NaN": value = .nan
        case "Inf": value = .infinity
        case "-Inf": value = -.infinity
        case let other:
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a number: \(other)")
        }
    }
}

enum BrokerageFixtures {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/brokerage")
    }

    /// The fixture files whose names start with a prefix.
    static func files(prefix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    static func load<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    static func graph(nodeCount: Int, edges: [[Int]], weights: [Double]?, directed: Bool) throws -> AnalysisGraph {
        try AnalysisGraph(nodeCount: nodeCount, edges: edges.map { ($0[0], $0[1]) }, weights: weights,
                          isDirected: directed, weightKind: .strength)
    }
}

/// Whether two values agree to a relative tolerance, NaN matching NaN and infinities matching
/// infinities of the same sign.
func agrees(_ a: Double, _ b: Double, relative: Double = 1e-9) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= relative * max(abs(a), abs(b)) || abs(a - b) <= 1e-12
}
