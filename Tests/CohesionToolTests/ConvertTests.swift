import Foundation
import Testing

@Suite("cohesion convert, end to end")
struct ConvertTests {
    @Test("GraphML out and back gives the same native file; the warning goes to standard error")
    func graphMLRoundTrip() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let graphml = dir.appendingPathComponent("nf.graphml").path
        let original = dir.appendingPathComponent("orig.yaml").path
        let back = dir.appendingPathComponent("back.yaml").path
        let first = try ToolRunner.run(["convert", "Networks/national-framework.yaml", graphml])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        #expect(first.stderr.contains("\(graphml): warning: GraphML cannot hold: NetworkX and igraph read one direction"))
        #expect(try ToolRunner.run(["convert", "Networks/national-framework.yaml", original]).status == 0)
        #expect(try ToolRunner.run(["convert", graphml, back]).status == 0)
        #expect(try String(contentsOfFile: back, encoding: .utf8) == String(contentsOfFile: original, encoding: .utf8))
        // Analysis commands read GraphML too.
        let info = try ToolRunner.run(["info", graphml])
        #expect(info.status == 0 && info.stdout.contains("12 stakeholders, 21 ties"), "\(info.stderr)")
    }

    @Test("Pajek lists what it cannot hold; --strict writes nothing and fails")
    func lossesAndStrict() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let net = dir.appendingPathComponent("nf.net").path
        let loose = try ToolRunner.run(["convert", "Networks/national-framework.yaml", net])
        #expect(loose.status == 0)
        #expect(loose.stderr.contains("warning: Pajek cannot hold:") && loose.stderr.contains("tie years (9)"), "\(loose.stderr)")
        let strictPath = dir.appendingPathComponent("strict.net").path
        let strict = try ToolRunner.run(["convert", "--strict", "Networks/national-framework.yaml", strictPath])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: strictPath))
    }

    @Test("--to and --from override extensions; node-link JSON is told apart from native JSON")
    func formatsByOption() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let nl = dir.appendingPathComponent("graph.txt").path
        #expect(try ToolRunner.run(["convert", "Networks/national-framework.yaml", nl, "--to", "node-link"]).status == 0)
        let json = dir.appendingPathComponent("graph.json").path
        try FileManager.default.copyItem(atPath: nl, toPath: json)
        #expect(try ToolRunner.run(["info", json]).stdout.contains("12 stakeholders, 21 ties"))
        #expect(try ToolRunner.run(["info", nl, "--from", "node-link"]).stdout.contains("12 stakeholders, 21 ties"))
    }

    @Test("a malformed input names its file and line, and nothing is written")
    func malformedInput() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.graphml")
        try "<graphml><graph edgedefault=\"directed\">\n<node id=\"a\">\n</graph></graphml>\n".write(to: bad, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.yaml").path
        let result = try ToolRunner.run(["convert", bad.path, out])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(bad.path):3:1: error: malformed XML: expected </node>, found </graph>"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("CSV with --nodes-output reads back with --nodes")
    func csvPair() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let ties = dir.appendingPathComponent("ties.csv").path
        let nodes = dir.appendingPathComponent("stakeholders.csv").path
        let result = try ToolRunner.run(["convert", "Networks/national-framework.yaml", ties, "--nodes-output", nodes])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("stakeholder kinds"))
        let info = try ToolRunner.run(["info", ties, "--nodes", nodes])
        #expect(info.stdout.contains("12 stakeholders, 21 ties"), "\(info.stderr)")
    }

    @Test("DOT written by convert reads back through Graphviz with kinds, names and weights")
    func dotRoundTrip() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let gv = dir.appendingPathComponent("nf.gv").path
        let written = try ToolRunner.run(["convert", "Networks/national-framework.yaml", gv])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("warning: DOT cannot hold:") && written.stderr.contains("sources (10)"))
        let back = dir.appendingPathComponent("back.json").path
        #expect(try ToolRunner.run(["convert", gv, back]).status == 0)
        let original = dir.appendingPathComponent("orig.json").path
        #expect(try ToolRunner.run(["convert", "Networks/national-framework.yaml", original]).status == 0)
        func document(_ path: String) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any] ?? [:]
        }
        let a = try document(original), b = try document(back)
        func stakeholders(_ d: [String: Any]) -> [String] {
            (d["stakeholders"] as? [[String: Any]] ?? []).map { "\($0["id"] ?? "")|\($0["name"] ?? "")|\($0["kind"] ?? "")|\($0["sector"] ?? "")|\($0["level"] ?? "")" }
        }
        func ties(_ d: [String: Any]) -> [String] {
            (d["ties"] as? [[String: Any]] ?? []).map { "\($0["source"] ?? "")>\($0["target"] ?? "")|\($0["kind"] ?? "")|\($0["instrument"] ?? "")" }.sorted()
        }
        #expect(stakeholders(a) == stakeholders(b))
        #expect(ties(a) == ties(b))
    }
}
