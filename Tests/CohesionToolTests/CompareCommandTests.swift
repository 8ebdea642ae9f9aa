import Foundation
import Testing

@Suite("cohesion compare and evolution, end to end")
struct CompareCommandTests {
    private func network(_ name: String) throws -> URL {
        let dir = try ToolRunner.temporaryDirectory()
        let edges = dir.appendingPathComponent("\(name).csv")
        let nodes = dir.appendingPathComponent("\(name)-nodes.csv")
        try "source,target,kind,first_year\ncaf,asso,funding,2015\ncaf,firm,funding,2015\ncity,asso,contracting,2015\nasso,firm,coordination,2020\n"
            .write(to: edges, atomically: true, encoding: .utf8)
        try "id,kind,sector\ncaf,family-allowance-office,public\ncity,municipality,public\nasso,associative-provider,associative\nfirm,private-company,private-for-profit\n"
            .write(to: nodes, atomically: true, encoding: .utf8)
        return edges
    }

    @Test("compare: one JSON object per network with coalitions, E-I, brokerage, mixing and top brokers")
    func compareJSON() throws {
        let a = try network("a"), b = try network("b")
        let nodes = a.deletingLastPathComponent().appendingPathComponent("a-nodes.csv").path
        let result = try ToolRunner.run(["compare", a.path, b.path, "--nodes", nodes, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let networks = try #require(object["networks"] as? [[String: Any]])
        #expect(networks.count == 2)
        for key in ["stakeholders", "ties", "tiesByLayer", "density", "reciprocity", "degreeCentralization",
                    "betweennessCentralization", "coalitionCount", "modularity", "eiIndex", "eiBySector",
                    "brokerageByKind", "mixing", "topBetweenness"] {
            #expect(networks[0][key] != nil, "missing \(key)")
        }
        #expect(networks[0]["stakeholders"] as? Int == 4)
    }

    @Test("compare: the table has one column per network")
    func compareTable() throws {
        let a = try network("a")
        let nodes = a.deletingLastPathComponent().appendingPathComponent("a-nodes.csv").path
        let result = try ToolRunner.run(["compare", a.path, a.path, "--nodes", nodes, "--by", "sector"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("modularity"))
        #expect(result.stdout.contains("Tie density by sector"))
    }

    @Test("evolution: one column per year and coalition stability")
    func evolution() throws {
        let a = try network("a")
        let nodes = a.deletingLastPathComponent().appendingPathComponent("a-nodes.csv").path
        let result = try ToolRunner.run(["evolution", a.path, "--nodes", nodes, "--from", "2018", "--to", "2021", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let header = result.stdout.split(separator: "\n").first ?? ""
        #expect(header == "measure,2018,2019,2020,2021")
        #expect(result.stdout.contains("coalitions NMI vs previous"))
        let bad = try ToolRunner.run(["evolution", a.path, "--from", "2021", "--to", "2018"])
        #expect(bad.status != 0)
    }
}
