import Foundation
import Testing
@testable import Cohesion

@Suite struct QAPTests {
    nonisolated(unsafe) static let cases: [[String: Any]] = {
        let root = (try? CoalitionFixture.json("qap.json")) ?? [:]
        return root["cases"] as? [[String: Any]] ?? []
    }()

    static func graphs(_ c: [String: Any]) throws -> (AnalysisGraph, AnalysisGraph, Bool) {
        let n = c["n"] as? Int ?? 0
        let directed = c["directed"] as? Bool ?? true
        let valued = c["valued"] as? Bool ?? false
        func g(_ key: String) throws -> AnalysisGraph {
            try CoalitionFixture.edgeGraph(n: n, edges: c[key] as? [[Double]] ?? [], directed: directed, weighted: valued)
        }
        return (try g("x"), try g("y"), valued)
    }

    @Test func fixtureLoaded() { #expect(Self.cases.count == 2) }

    /// gcor exactly, and the correlations under the 300 permutations R drew.
    @Test(arguments: 0..<2)
    func matchesSnaGcor(index: Int) throws {
        let c = Self.cases[index]
        let (x, y, valued) = try Self.graphs(c)
        let r = try QAPCorrelation.correlation(x, y, valued: valued)
        let expected = try #require(c["gcor"] as? Double)
        #expect(abs(r - expected) <= 1e-9 * max(1, abs(expected)), "\(r) vs \(expected)")
        let cells = try QAPCells(x, y, valued: valued)
        let perms = try #require(c["permutations"] as? [[Int]])
        let permuted = try #require(c["permuted"] as? [Double])
        #expect(perms.count == 300)
        for (p, value) in zip(perms, permuted) {
            #expect(abs(cells.correlation(permutation: p) - value) <= 1e-9)
        }
    }

    /// p-values agree with sna's qaptest (20000 permutations there, 20000 here) within four
    /// standard errors of the difference of two binomial proportions.
    @Test(arguments: 0..<2)
    func pValuesAgreeWithSnaWithinSamplingError(index: Int) throws {
        let c = Self.cases[index]
        let (x, y, valued) = try Self.graphs(c)
        let qap = try QAPCorrelation(x, y, valued: valued, permutations: 20000, seed: 11)
        for (mine, key) in [(qap.pGreaterOrEqual, "pgreq"), (qap.pLessOrEqual, "pleeq")] {
            let theirs = try #require(c[key] as? Double)
            let p = max((mine + theirs) / 2, 1.0 / 20000)
            let se = (p * (1 - p) * 2 / 20000).squareRoot()
            #expect(abs(mine - theirs) <= 4 * se + 1e-12, "\(key): \(mine) vs sna \(theirs)")
        }
        #expect(qap == (try QAPCorrelation(x, y, valued: valued, permutations: 20000, seed: 11)))
    }

    @Test func handCorrelation() throws {
        // Identical graphs correlate 1; complementary ones on 3 nodes −1; a constant matrix gives NaN.
        let a = try AnalysisGraph(nodeCount: 3, edges: [(0, 1)], isDirected: false)
        let b = try AnalysisGraph(nodeCount: 3, edges: [(0, 2), (1, 2)], isDirected: false)
        #expect(abs(try QAPCorrelation.correlation(a, a) - 1) < 1e-12)
        #expect(abs(try QAPCorrelation.correlation(a, b) - (-1)) < 1e-12)
        let empty = try AnalysisGraph(nodeCount: 3, edges: [], isDirected: false)
        #expect(try QAPCorrelation.correlation(a, empty).isNaN)
        #expect(throws: CoalitionError.self) { try QAPCorrelation.correlation(a, try AnalysisGraph(nodeCount: 4, edges: [], isDirected: false)) }
    }
}
