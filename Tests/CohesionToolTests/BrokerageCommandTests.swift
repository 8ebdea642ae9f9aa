import Foundation
import Testing

@Suite("cohesion brokerage, end to end")
struct BrokerageCommandTests {
    /// a → b → c, b → d, groups x, x, y and a stakeholder without a coalition.
    private func files() throws -> (edges: URL, nodes: URL) {
        let dir = try ToolRunner.temporaryDirectory()
        let edges = dir.appendingPathComponent("ties.csv")
        let nodes = dir.appendingPathComponent("nodes.csv")
        try "source,target\na,b\nb,c\nb,d\n".write(to: edges, atomically: true, encoding: .utf8)
        try "id,coalition\na,x\nb,x\nc,y\n".write(to: nodes, atomically: true, encoding: .utf8)
        return (edges, nodes)
    }

    @Test("JSON has every role, its z-score and Burt's measures per stakeholder")
    func json() throws {
        let (edges, nodes) = try files()
        let result = try ToolRunner.run(["brokerage", edges.path, "--nodes", nodes.path, "--partition", "coalition",
                                         "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["nodes"] as? [[String: Any]])
        let byId = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? "", $0) })
        let b = try #require(byId["b"])
        for key in ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total",
                    "coordinatorZ", "itinerantZ", "representativeZ", "gatekeeperZ", "liaisonZ", "totalZ",
                    "constraint", "effectiveSize", "efficiency", "hierarchy"] {
            #expect(b[key] != nil, "missing \(key)")
        }
        // a → b → c: b shares the source's group, c is outside: representative. a → b → d
        // leads into the "(none)" group: representative too.
        #expect(b["representative"] as? Int == 2)
        #expect(b["total"] as? Int == 2)
        #expect(b["group"] as? String == "x")
        #expect(byId["d"]?["group"] as? String == "(none)")
        // b has three unconnected alters: constraint 3 × (1/3)², effective size 3.
        #expect(abs((b["constraint"] as? Double ?? 0) - 1.0 / 3) < 1e-12)
        #expect(b["effectiveSize"] as? Double == 3)
        // a has one alter: hierarchy is undefined, written as null.
        #expect(byId["a"]?["hierarchy"] is NSNull)
    }

    @Test("--by-group totals roles per group; --partial-credit prints fractions")
    func byGroup() throws {
        let (edges, nodes) = try files()
        let result = try ToolRunner.run(["brokerage", edges.path, "--nodes", nodes.path, "--partition", "coalition",
                                         "--by-group", "--partial-credit", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("group,size,coordinator,coordinatorExpected") == true)
        #expect(lines.contains { $0.hasPrefix("x,2,0.0,") })
    }

    @Test("--network writes sna's network-level counts, expectations and z-scores per role")
    func networkLevel() throws {
        let (edges, nodes) = try files()
        let result = try ToolRunner.run(["brokerage", edges.path, "--nodes", nodes.path, "--partition", "coalition",
                                         "--network", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["roles"] as? [[String: Any]])
        #expect(rows.map { $0["role"] as? String } == ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"])
        #expect(rows[2]["count"] as? Int == 2)
        #expect(rows[5]["count"] as? Int == 2)
        // N = 4, 3 arcs: d = 1/4; the total's expectation is d²(1−d)·N(N−1)(N−2) = 3/64 · 24.
        #expect(abs((rows[5]["expected"] as? Double ?? 0) - 3.0 / 64 * 24) < 1e-12)
        #expect(rows[5]["z"] is Double)
    }

    @Test("an unknown attribute and distance weights fail with a message, not a crash")
    func errors() throws {
        let (edges, nodes) = try files()
        let unknown = try ToolRunner.run(["brokerage", edges.path, "--nodes", nodes.path, "--partition", "colour"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no stakeholder has the attribute 'colour'"))
        let distance = try ToolRunner.run(["brokerage", edges.path, "--nodes", nodes.path, "--partition", "coalition",
                                           "--weights", "distance"])
        #expect(distance.status == 1)
        #expect(distance.stderr.contains("structural holes reads weights as strengths"))
    }
}
