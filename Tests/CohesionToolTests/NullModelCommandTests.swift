import Foundation
import Testing

@Suite("cohesion cug, netlm, netlogit and compare --null, end to end")
struct NullModelCommandTests {
    func object(_ result: ToolRunner.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func cugJSONFollowsTheContract() throws {
        let args = ["cug", "Networks/lille.yaml", "--statistic", "transitivity", "--condition", "edges", "--reps", "200", "--seed", "4", "--format", "json"]
        let json = try object(try ToolRunner.run(args))
        for key in ["observed", "nullMean", "nullSD", "pGreaterEqual", "pLessEqual", "selection"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["statistic"] as? String == "transitivity" && json["reps"] as? Int == 200)
        let again = try object(try ToolRunner.run(args))
        #expect(again["nullMean"] as? Double == json["nullMean"] as? Double, "same seed, same result")
        let table = try ToolRunner.run(["cug", "Networks/lille.yaml", "--statistic", "eiIndex", "--partition", "sector", "--reps", "50"])
        #expect(table.status == 0 && table.stdout.contains("eiIndex (sector)") && table.stdout.hasPrefix("Ties: "), "\(table.stdout)\(table.stderr)")
        let bad = try ToolRunner.run(["cug", "Networks/lille.yaml", "--statistic", "nope"])
        #expect(bad.status != 0 && bad.stderr.contains("known: density"))
    }

    @Test func netlmAndNetlogitJSONFollowTheContract() throws {
        let lm = try object(try ToolRunner.run(["netlm", "Networks/lille.yaml", "--outcome", "funding", "--predictor", "contracting",
                                                "--predictor", "same:sector", "--predictor", "same:level", "--null", "qapspp",
                                                "--reps", "100", "--seed", "2", "--format", "json"]))
        let terms = try #require(lm["terms"] as? [[String: Any]])
        #expect(terms.map { $0["term"] as? String } == ["(intercept)", "contracting", "same:sector", "same:level"])
        for t in terms { for key in ["estimate", "stdError", "p"] { #expect(t[key] != nil, "missing \(key)") } }
        #expect(lm["rSquared"] is Double)
        let logit = try object(try ToolRunner.run(["netlogit", "Networks/lille.yaml", "--outcome", "funding", "--predictor", "contracting",
                                                   "--predictor", "same:sector", "--null", "classical", "--format", "json"]))
        #expect((logit["terms"] as? [[String: Any]])?.count == 3)
        #expect(logit["deviance"] is Double)
        let csv = try ToolRunner.run(["netlm", "Networks/lille.yaml", "--outcome", "funding", "--predictor", "same:sector", "--null", "qapy", "--reps", "20", "--format", "csv"])
        #expect(csv.status == 0 && csv.stdout.hasPrefix("term,estimate,stdError,t,p"), "\(csv.stdout)")
        let bad = try ToolRunner.run(["netlm", "Networks/lille.yaml", "--outcome", "funding", "--predictor", "diff:sector"])
        #expect(bad.status != 0 && bad.stderr.contains("diff:sector needs a number"))
    }

    @Test func compareAgainstTheNull() throws {
        let result = try ToolRunner.run(["compare", "Networks/lille.yaml", "Networks/nantes.yaml", "--null", "edges", "--reps", "60", "--format", "json"])
        let json = try object(result)
        let null = try #require(json["null"] as? [String: Any])
        #expect(null["condition"] as? String == "edges" && null["reps"] as? Int == 60)
        let networks = try #require(null["networks"] as? [[String: Any]])
        #expect(networks.count == 2)
        let stats = try #require(networks[0]["statistics"] as? [[String: Any]])
        #expect(stats.contains { $0["statistic"] as? String == "betweennessCentralization" && $0["percentile"] is Double && $0["z"] != nil })
        // The observed values are the comparison's own figures.
        let profile = try #require((json["networks"] as? [[String: Any]])?.first)
        let density = try #require(stats.first { $0["statistic"] as? String == "density" }?["observed"] as? Double)
        #expect(abs(density - (profile["density"] as? Double ?? .nan)) < 1e-12)
        let table = try ToolRunner.run(["compare", "Networks/lille.yaml", "Networks/nantes.yaml", "--null", "dyads", "--reps", "30"])
        #expect(table.status == 0 && table.stdout.contains("Lille percentile") && table.stdout.contains("random graphs"), "\(table.stderr)")
    }
}
