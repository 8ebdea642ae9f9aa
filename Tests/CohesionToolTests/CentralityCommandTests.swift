import Foundation
import Testing

@Suite("cohesion centrality and profile, end to end")
struct CentralityCommandTests {
    /// The path a – b – c – d, plus an isolate e known only from the node file.
    private func files() throws -> (edges: URL, nodes: URL) {
        let dir = try ToolRunner.temporaryDirectory()
        let edges = dir.appendingPathComponent("path.csv")
        let nodes = dir.appendingPathComponent("nodes.csv")
        try "source,target,weight\na,b,1\nb,c,2\nc,d,1\n".write(to: edges, atomically: true, encoding: .utf8)
        try "id\na\nb\nc\nd\ne\n".write(to: nodes, atomically: true, encoding: .utf8)
        return (edges, nodes)
    }

    private func rows(_ stdout: String, key: String = "nodes") throws -> [String: [String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let rows = try #require(object[key] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? $0["network"] as? String ?? "", $0) })
    }

    @Test("JSON rows carry lowerCamelCase measures with NetworkX's values")
    func json() throws {
        let (edges, nodes) = try files()
        let result = try ToolRunner.run(["centrality", edges.path, "--nodes", nodes.path, "--undirected",
                                         "--measures", "degree,betweenness", "closeness", "pageRank", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let byId = try rows(result.stdout)
        #expect(byId.count == 5)
        // On the path, b lies on a–c and a–d: 2 of the (n−1)(n−2)/2 = 6 pairs of the others.
        #expect(abs((byId["b"]?["betweenness"] as? Double ?? -1) - 2.0 / 6) < 1e-12)
        #expect(byId["b"]?["degree"] as? Int == 2)
        // b reaches 3 nodes at total distance 4, scaled by 3/4: 0.5625.
        #expect(abs((byId["b"]?["closeness"] as? Double ?? -1) - 0.5625) < 1e-12)
        #expect(byId["e"]?["closeness"] as? Double == 0)
        let ranks = byId.values.compactMap { $0["pageRank"] as? Double }
        #expect(ranks.count == 5 && abs(ranks.reduce(0, +) - 1) < 1e-9)
    }

    @Test("weights of the wrong meaning fail with a message; distance weights change paths")
    func weights() throws {
        let (edges, nodes) = try files()
        let wrong = try ToolRunner.run(["centrality", edges.path, "--nodes", nodes.path, "--undirected",
                                        "--weights", "strength", "--measures", "betweenness"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("betweenness reads weights as distances"))
        let weighted = try ToolRunner.run(["centrality", edges.path, "--nodes", nodes.path, "--undirected",
                                           "--weights", "distance", "--measures", "harmonic", "--format", "json"])
        #expect(weighted.status == 0, "\(weighted.stderr)")
        // a is 1 from b, 3 from c, 4 from d.
        let a = try #require(try rows(weighted.stdout)["a"]?["harmonic"] as? Double)
        #expect(abs(a - (1 + 1.0 / 3 + 1.0 / 4)) < 1e-12)
        let unknown = try ToolRunner.run(["centrality", edges.path, "--measures", "fame"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown measure 'fame'"))
    }

    @Test("profile writes whole-network measures, NaN as null")
    func profile() throws {
        let (edges, nodes) = try files()
        let result = try ToolRunner.run(["profile", edges.path, "--nodes", nodes.path, "--undirected", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let network = try #require(try rows(result.stdout, key: "networks")[edges.path])
        #expect(network["nodeCount"] as? Int == 5)
        #expect(network["edgeCount"] as? Int == 3)
        #expect(abs((network["density"] as? Double ?? -1) - 0.3) < 1e-12)
        #expect(network["diameter"] as? Double == 3)
        #expect(network["largestComponentSize"] as? Int == 4)
        #expect(network["isolateCount"] as? Int == 1)
        // The isolate is reached by no one: igraph's closeness centralization is undefined.
        #expect(network["closenessCentralization"] is NSNull)
        let table = try ToolRunner.run(["profile", edges.path, "--nodes", nodes.path, "--undirected"])
        // Rows in words on a terminal (issue 17.6); JSON keeps the lowerCamelCase keys.
        #expect(table.stdout.contains("betweenness centralization"))
    }
}
