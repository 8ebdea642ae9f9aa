import Foundation
import Testing

@Suite("cohesion validate and info, end to end")
struct ValidateAndInfoTests {
    @Test("a valid bundled network validates with status 0")
    func validBundledNetwork() throws {
        let result = try ToolRunner.run(["validate", "Networks/national-framework.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("valid (12 stakeholders, 21 ties)"))
    }

    @Test("every problem is printed as FILE:LINE:COL: error, and the status is non-zero")
    func invalidFile() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.yaml")
        try """
            stakeholders:
              - {id: a, kind: municipality}
            ties:
              - {source: a, target: ghost, kind: funding}
              - {source: a, target: a, kind: nonsense}
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):4:25: error: tie names unknown stakeholder 'ghost'"))
        #expect(result.stderr.contains("\(file.path):5:34: error: undeclared tie kind 'nonsense'"))
        #expect(result.stdout.contains("2 errors"))
    }

    @Test("a file that is not YAML at all fails cleanly, with no crash")
    func garbage() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("garbage.json")
        try Data([0xFF, 0xFE, 0x00, 0x41, 0x7B]).write(to: file)
        let result = try ToolRunner.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):1:1: error: the file is not valid UTF-8 text"))
    }

    @Test("info counts stakeholders by kind and ties by layer, in JSON")
    func infoJSON() throws {
        let result = try ToolRunner.run(["info", "Networks/national-framework.yaml", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["stakeholders"] as? Int == 12)
        #expect(object["ties"] as? Int == 21)
        let layers = try #require(object["tiesByKind"] as? [String: [String: Any]])
        #expect(layers["coordination"]?["ties"] as? Int == 6)
        #expect(layers["coordination"]?["directed"] as? Bool == false)
        #expect(object["firstYear"] as? Int == 2010)
    }

    @Test("a CSV edge list with a node file is read, directed unless --undirected")
    func csvInput() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let edges = dir.appendingPathComponent("ties.csv")
        let nodes = dir.appendingPathComponent("nodes.csv")
        try "source,target,weight,kind\ncaf,city,2,funding\ncity,crèche,1,\"place, reservation\"\n"
            .write(to: edges, atomically: true, encoding: .utf8)
        try "id,name,kind,sector\ncaf,CAF du Nord,family-allowance-office,public\ncity,Lille,municipality,public\n"
            .write(to: nodes, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["info", edges.path, "--nodes", nodes.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["stakeholders"] as? Int == 3)
        let layers = try #require(object["tiesByKind"] as? [String: [String: Any]])
        #expect(layers["place, reservation"]?["directed"] as? Bool == true)
        let undirected = try ToolRunner.run(["info", edges.path, "--undirected", "--format", "json"])
        let object2 = try #require(try JSONSerialization.jsonObject(with: Data(undirected.stdout.utf8)) as? [String: Any])
        let layers2 = try #require(object2["tiesByKind"] as? [String: [String: Any]])
        #expect(layers2["place, reservation"]?["directed"] as? Bool == false)
        #expect(layers2["funding"]?["directed"] as? Bool == true)
    }

    @Test("--output never leaves a half-written file when the input is bad")
    func noPartialOutput() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("info.json")
        let result = try ToolRunner.run(["info", dir.appendingPathComponent("missing.yaml").path, "--output", out.path])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
