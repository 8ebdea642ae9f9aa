import Foundation
import Testing

@Suite("cohesion coalitions, end to end")
struct CoalitionsCommandTests {
    /// Two triangles joined by one tie, and a conflict inside the first triangle.
    private func files() throws -> URL {
        let dir = try ToolRunner.temporaryDirectory()
        let edges = dir.appendingPathComponent("ties.csv")
        try "source,target,kind\na,b,coalition\nb,c,coalition\na,c,coalition\nd,e,coalition\ne,f,coalition\nd,f,coalition\nc,d,coalition\n"
            .write(to: edges, atomically: true, encoding: .utf8)
        return edges
    }

    @Test("JSON has the method, modularity, coalitions and one row per stakeholder")
    func json() throws {
        let result = try ToolRunner.run(["coalitions", try files().path, "--method", "louvain", "--seed", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["method"] as? String == "louvain")
        #expect(object["coalitionCount"] as? Int == 2)
        #expect(abs((object["modularity"] as? Double ?? 0) - 2 * (3.0 / 7 - 0.25)) < 1e-12)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let coalition = Dictionary(uniqueKeysWithValues: nodes.map { ($0["id"] as? String ?? "", $0["coalition"] as? String ?? "") })
        #expect(coalition["a"] == coalition["c"] && coalition["d"] == coalition["f"] && coalition["a"] != coalition["d"])
    }

    @Test("The table names the method and lists each coalition's members")
    func table() throws {
        let result = try ToolRunner.run(["coalitions", try files().path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Leiden, resolution 1, seed 1: 2 coalitions, modularity 0.3571"))
        #expect(result.stdout.contains("a, b, c") || result.stdout.contains("d, e, f"))
    }

    @Test("--against and --qap add the comparison with an attribute and a QAP test")
    func againstAndQAP() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let edges = dir.appendingPathComponent("ties.csv"), nodes = dir.appendingPathComponent("nodes.csv")
        try "source,target,kind\na,b,coalition\nb,c,coalition\na,c,coalition\na,b,funding\nb,c,funding\nc,d,funding\n"
            .write(to: edges, atomically: true, encoding: .utf8)
        try "id,sector\na,public\nb,public\nc,public\nd,associative\n".write(to: nodes, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["coalitions", edges.path, "--nodes", nodes.path, "--against", "sector",
                                         "--qap", "funding,coalition", "--permutations", "200", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let comparison = try #require(object["comparison"] as? [String: Any])
        #expect(comparison["attribute"] as? String == "sector")
        let qap = try #require(object["qap"] as? [String: Any])
        #expect(qap["permutations"] as? Int == 200)
        #expect((qap["correlation"] as? Double ?? -2) > 0)
        let bad = try ToolRunner.run(["coalitions", edges.path, "--qap", "funding"])
        #expect(bad.status != 0)
    }

    @Test("Distance weights and a bad resolution are errors, not crashes")
    func errors() throws {
        let file = try files().path
        let bad = try ToolRunner.run(["coalitions", file, "--resolution", "-1"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("resolution"))
    }
}
