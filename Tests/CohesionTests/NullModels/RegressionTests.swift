import Foundation
import Testing
@testable import Cohesion

/// netlm and netlogit against R sna 2.7-1 (Scripts/fixtures/nullmodels.R): estimates to 1e-9,
/// and the permutation p-values exactly when given the permutations sna drew.
@Suite("network regression (netlm, netlogit) agrees with R sna")
struct RegressionTests {
    nonisolated(unsafe) static let cases: [[String: Any]] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/nullmodels/regression.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return root["cases"] as? [[String: Any]] ?? []
    }()

    static func design(_ c: [String: Any]) throws -> DyadicDesign {
        let n = try #require(c["n"] as? Int)
        let y = try #require(c["y"] as? [Double])
        let x = try #require(c["x"] as? [[Double]])
        return try DyadicDesign(nodeCount: n, isDirected: c["directed"] as? Bool ?? true, outcome: y, predictors: x,
                                names: ["layer", "same:sector", "diff:places"])
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func fixtureLoaded() { #expect(Self.cases.count == 4) }

    @Test(arguments: 0..<4)
    func estimatesAndClassicalPValues(index: Int) throws {
        let c = Self.cases[index]
        let design = try Self.design(c)
        let logit = c["logit"] as? Bool ?? false
        let terms: [RegressionTerm]
        if logit {
            let fit = try NetworkLogit(design, null: .classical)
            terms = fit.terms
            #expect(Self.close(fit.deviance, try #require(c["deviance"] as? Double), 1e-9))
            #expect(Self.close(fit.nullDeviance, try #require(c["nullDeviance"] as? Double), 1e-9))
        } else {
            let fit = try NetworkRegression(design, null: .classical)
            terms = fit.terms
            #expect(Self.close(fit.rSquared, try #require(c["rSquared"] as? Double), 1e-9))
            #expect(Self.close(fit.adjustedRSquared, try #require(c["adjustedRSquared"] as? Double), 1e-9))
        }
        let b = try #require(c["coefficients"] as? [Double])
        let se = try #require(c["se"] as? [Double])
        let t = try #require(c["statistic"] as? [Double])
        let classical = try #require(c["classical"] as? [String: [Double]])
        #expect(terms.map(\.name) == ["(intercept)", "layer", "same:sector", "diff:places"])
        for j in 0..<4 {
            #expect(Self.close(terms[j].estimate, b[j], 1e-9), "\(c["name"]!) b[\(j)]: \(terms[j].estimate) vs \(b[j])")
            #expect(Self.close(terms[j].standardError, se[j], 1e-9), "se[\(j)]: \(terms[j].standardError) vs \(se[j])")
            #expect(Self.close(terms[j].statistic, t[j], 1e-9))
            #expect(Self.close(terms[j].p, classical["pgreqabs"]?[j] ?? .nan, 1e-7), "p[\(j)]: \(terms[j].p) vs \(classical["pgreqabs"]?[j] ?? .nan)")
            #expect(Self.close(terms[j].pGreaterOrEqual, classical["pgreq"]?[j] ?? .nan, 1e-7))
            #expect(Self.close(terms[j].pLessOrEqual, classical["pleeq"]?[j] ?? .nan, 1e-7))
        }
    }

    /// With sna's own permutations, every p-value is sna's.
    @Test(arguments: [(0, "qapspp"), (0, "qapy"), (0, "qapx"), (1, "qapspp"), (1, "qapy"), (1, "qapx"),
                      (2, "qapspp"), (2, "qapy"), (2, "qapx"), (3, "qapspp"), (3, "qapy"), (3, "qapx")])
    func permutationPValuesEqualSnas(index: Int, null: String) throws {
        let c = Self.cases[index]
        let design = try Self.design(c)
        let reps = try #require(c["reps"] as? Int)
        let record = try #require(c[null] as? [String: Any])
        let perms = try #require(record["permutations"] as? [[[Int]]])
        let hypothesis = try #require(RegressionNull(rawValue: null))
        let terms = c["logit"] as? Bool ?? false
            ? try NetworkLogit(design, null: hypothesis, permutations: reps, seed: 0, options: .default, given: perms).terms
            : try NetworkRegression(design, null: hypothesis, permutations: reps, seed: 0, options: .default, given: perms).terms
        for (key, path) in [("pgreqabs", \RegressionTerm.p), ("pgreq", \.pGreaterOrEqual), ("pleeq", \.pLessOrEqual)] {
            let expected = try #require(record[key] as? [Double])
            #expect(terms.map { $0[keyPath: path] } == expected, "\(c["name"]!) \(null) \(key)")
        }
    }

    @Test func seededRunsAreReproducibleOnAnyNumberOfCores() throws {
        let design = try Self.design(Self.cases[0])
        let a = try NetworkRegression(design, null: .qapspp, permutations: 300, seed: 7)
        let b = try NetworkRegression(design, null: .qapspp, permutations: 300, seed: 7, options: .serial)
        #expect(a.terms == b.terms)
        #expect(a.nullStatistics == b.nullStatistics)
        let c = try NetworkRegression(design, null: .qapspp, permutations: 300, seed: 8)
        #expect(a.nullStatistics != c.nullStatistics)
        // p-values from seeded permutations agree with sna's within Monte-Carlo error.
        let record = try #require(Self.cases[0]["qapspp"] as? [String: Any])
        let sna = try #require(record["pgreqabs"] as? [Double])
        for (mine, theirs) in zip(a.terms.map(\.p), sna) {
            let p = max((mine + theirs) / 2, 1.0 / 300)
            #expect(abs(mine - theirs) <= 4 * (p * (1 - p) * (1.0 / 300 + 1.0 / 200)).squareRoot() + 1e-12)
        }
    }

    @Test func badDesignsAreErrors() throws {
        let n = 5
        var layer = [Double](repeating: 0, count: n * n)
        layer[1] = 1; layer[7] = 1; layer[13] = 1
        let constant = [Double](repeating: 2, count: n * n)
        #expect(throws: RegressionError.self) {
            try NetworkRegression(try DyadicDesign(nodeCount: n, isDirected: true, outcome: layer, predictors: [constant]), null: .classical)
        }
        #expect(throws: RegressionError.self) {
            try NetworkRegression(try DyadicDesign(nodeCount: n, isDirected: true, outcome: layer, predictors: [layer, layer]), null: .classical)
        }
        #expect(throws: RegressionError.self) {
            try DyadicDesign(nodeCount: n, isDirected: false, outcome: layer, predictors: [])
        }
        var valued = layer; valued[1] = 3
        #expect(throws: RegressionError.self) {
            try NetworkLogit(try DyadicDesign(nodeCount: n, isDirected: true, outcome: valued, predictors: [layer]), null: .classical)
        }
    }

    @Test func designFromANetwork() throws {
        var network = Network()
        network.stakeholders = (0..<8).map { i in
            Stakeholder(id: "s\(i)", kind: .provider, sector: i % 2 == 0 ? .public : .associative,
                        attributes: ["places": .integer(10 * i)])
        }
        network.ties = [(0, 1), (1, 2), (2, 3), (3, 0), (4, 5), (5, 6), (6, 7), (0, 4), (2, 6)].map {
            Tie(source: "s\($0.0)", target: "s\($0.1)", kind: .funding)
        } + [(0, 2), (1, 3), (4, 6), (5, 7), (0, 1)].map { Tie(source: "s\($0.0)", target: "s\($0.1)", kind: .contracting) }
        let design = try DyadicDesign(network, outcome: "funding",
                                      predictors: [.layer("contracting"), .same("sector"), .difference("places")])
        #expect(design.names == ["(intercept)", "contracting", "same:sector", "diff:places"])
        #expect(design.isDirected)
        #expect(design.matrices[2][0 * 8 + 2] == 1 && design.matrices[2][0 * 8 + 1] == 0)
        #expect(design.matrices[3][1 * 8 + 4] == 30)
        let fit = try NetworkRegression(design, null: .qapy, permutations: 50, seed: 1)
        #expect(fit.terms.count == 4 && fit.cellCount == 56)
        #expect(throws: RegressionError.self) { try DyadicDesign(network, outcome: "funding", predictors: [.difference("sector")]) }
        #expect(throws: RegressionError.self) { try DyadicDesign(network, outcome: "nope", predictors: []) }
    }
}
