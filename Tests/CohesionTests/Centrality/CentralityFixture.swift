import Foundation
import Testing
@testable import Cohesion

/// One graph of `Fixtures/centrality/centrality.json`, written by `Scripts/fixtures/centrality.py`
/// from NetworkX 3.6.1 and igraph.
struct CentralityFixture: CustomStringConvertible, Sendable {
    let name: String
    let nodeCount: Int
    let isDirected: Bool
    let edges: [(Int, Int)]
    let weights: [Double]?
    let katzAlpha: Double
    let katzAlphaStrength: Double?
    let personalization: [Double]
    let dangling: [Double]
    let values: Values
    let distanceValues: Values?
    let strengthValues: Values?
    let profile: Values

    var description: String { name }

    /// A bag of named reference values; null (NaN) becomes `.nan`.
    struct Values: @unchecked Sendable {
        let raw: [String: Any]
        func numbers(_ key: String) -> [Double]? {
            guard let array = raw[key] as? [Any] else { return nil }
            return array.map { ($0 as? NSNumber)?.doubleValue ?? .nan }
        }
        func integers(_ key: String) -> [Int]? { numbers(key)?.map { Int($0) } }
        func number(_ key: String) -> Double? {
            guard raw.keys.contains(key) else { return nil }
            return (raw[key] as? NSNumber)?.doubleValue ?? .nan
        }
    }

    func graph(_ kind: WeightKind = .none) throws -> AnalysisGraph {
        try AnalysisGraph(nodeCount: nodeCount, edges: edges, weights: kind == .none ? nil : weights,
                          isDirected: isDirected, weightKind: kind)
    }

    static let all: [CentralityFixture] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/centrality/centrality.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let graphs = root["graphs"] as? [[String: Any]] else { return [] }
        return graphs.map { g in
            let edges = (g["edges"] as? [[Int]] ?? []).map { ($0[0], $0[1]) }
            func values(_ key: String) -> Values? { (g[key] as? [String: Any]).map(Values.init) }
            func doubles(_ key: String) -> [Double] { (g[key] as? [NSNumber] ?? []).map(\.doubleValue) }
            return CentralityFixture(
                name: g["name"] as? String ?? "?", nodeCount: g["nodeCount"] as? Int ?? 0,
                isDirected: g["directed"] as? Bool ?? false, edges: edges,
                weights: (g["weights"] as? [NSNumber])?.map(\.doubleValue),
                katzAlpha: (g["katzAlpha"] as? NSNumber)?.doubleValue ?? 0.1,
                katzAlphaStrength: (g["katzAlphaStrength"] as? NSNumber)?.doubleValue,
                personalization: doubles("personalization"), dangling: doubles("dangling"),
                values: values("values") ?? Values(raw: [:]), distanceValues: values("distanceValues"),
                strengthValues: values("strengthValues"), profile: values("profile") ?? Values(raw: [:]))
        }
    }()

    static var names: [String] { all.map(\.name) }
    static func named(_ name: String) -> CentralityFixture? { all.first { $0.name == name } }
}

/// Agreement to 1e-9 relative; values both within 1e-15 of zero count as equal (a reference
/// zero reached through rounding), and NaN matches only NaN.
func expectClose(_ actual: [Double], _ expected: [Double]?, _ what: String,
                 relative: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let expected else {
        Issue.record("no reference values for \(what)", sourceLocation: sourceLocation)
        return
    }
    #expect(actual.count == expected.count, "\(what): count", sourceLocation: sourceLocation)
    var worst = 0.0, worstIndex = -1
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        if a.isNaN || e.isNaN {
            if a.isNaN != e.isNaN { worst = .infinity; worstIndex = i }
            continue
        }
        let error = abs(a - e)
        let allowed = relative * max(abs(a), abs(e)) + 1e-15
        if error > allowed, error / allowed > worst { worst = error / allowed; worstIndex = i }
    }
    #expect(worstIndex < 0, "\(what): node \(worstIndex) is \(worstIndex >= 0 ? actual[worstIndex] : 0), expected \(worstIndex >= 0 ? expected[worstIndex] : 0)",
            sourceLocation: sourceLocation)
}

func expectClose(_ actual: Double, _ expected: Double?, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    expectClose([actual], expected.map { [$0] }, what, sourceLocation: sourceLocation)
}
