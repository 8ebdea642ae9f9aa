import Testing
@testable import Cohesion

/// The streaming GraphML reader gives the graph, ids, warnings and errors that
/// ``GraphMLReader`` (through ``Network`` and ``AnalysisGraph``) gives.
@Suite struct StreamingGraphMLTests {
    /// A GraphML document with declared and implicit nodes, mixed directions, kinds (one
    /// negative), weights, years, evidence and notes; `faults` adds the problems the readers report.
    static func randomGraphML(edges: Int, seed: UInt64, edgeDefault: String, faults: Bool) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        var text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="d0" for="edge" attr.name="weight" attr.type="double"/>
        <key id="d1" for="edge" attr.name="kind" attr.type="string"/>
        <key id="d2" for="edge" attr.name="firstYear" attr.type="int"/>
        <key id="d3" for="edge" attr.name="lastYear" attr.type="int"/>
        <key id="d4" for="edge" attr.name="note" attr.type="string"><default>none</default></key>
        <key id="d5" for="edge" attr.name="sign" attr.type="string"/>
        <key id="d6" for="edge" attr.name="evidence" attr.type="string"/>
        <key id="d7" for="node" attr.name="name" attr.type="string"/>
        <graph id="G" edgedefault="\(edgeDefault)">

        """
        for v in 0..<25 where v % 3 != 0 { text += "<node id=\"n\(v)\"><data key=\"d7\">Node &amp; \(v)</data></node>\n" }
        for e in 0..<edges {
            let u = Int.random(in: 0..<30, using: &random), v = Int.random(in: 0..<30, using: &random)
            var data = ""
            switch Int.random(in: 0..<5, using: &random) {
            case 0: data += "<data key=\"d1\">funding</data>"
            case 1: data += "<data key=\"d1\">custom</data>"
            case 2: data += "<data key=\"d1\">enmity</data><data key=\"d5\">negative</data>"
            default: break
            }
            if Bool.random(using: &random) { data += "<data key=\"d0\">\(Int.random(in: 1...9, using: &random)).5</data>" }
            if e % 7 == 0 { data += "<data key=\"d0\">-2</data>" }
            if e % 5 == 0 { data += "<data key=\"d2\">2019</data><data key=\"d3\">2021</data>" }
            if e % 4 == 0 { data += "<data key=\"d6\">local</data>" }
            let directed = e % 6 == 0 ? " directed=\"\(e % 12 == 0)\"" : ""
            if faults {
                switch e % 23 {
                case 3: data += "<data key=\"d2\">2022</data><data key=\"d3\">2020</data>"
                case 7: data += "<data key=\"d0\">lots</data>"
                case 11: data += "<data key=\"d6\">rumour</data>"
                case 13: data += "<data key=\"d9\">x</data>"
                default: break
                }
            }
            text += "<edge source=\"n\(u)\" target=\"n\(v)\"\(directed)>\(data)</edge>\n"
        }
        if faults { text += "<node id=\"n1\"/>\n" }
        for v in 0..<30 where v % 3 == 0 && v % 2 == 0 { text += "<node id=\"n\(v)\"/>\n" }
        text += "</graph>\n</graphml>\n"
        return Array(text.utf8)
    }

    @Test(arguments: ["directed", "undirected"])
    func sameGraphAsGraphMLReader(edgeDefault: String) throws {
        for seed in UInt64(1)...4 {
            let bytes = Self.randomGraphML(edges: 200, seed: seed, edgeDefault: edgeDefault, faults: false)
            let (network, warnings) = try GraphMLReader.readWithWarnings(bytes: bytes, file: "g.graphml")
            let table = try StreamingGraphML.read(bytes: bytes, file: "g.graphml")
            #expect(table.count == network.ties.count)
            #expect(table.ids == network.stakeholders.map(\.id))
            #expect(table.warnings == warnings)
            #expect(!warnings.isEmpty)
            for t in [0, 17, 99] { #expect(table.kind(of: t) == network.ties[t].kind) }
            let plain = try AnalysisGraph(network)
            #expect(StreamingEdgeListTests.sameGraph(table.graph(), plain))
            let weighted = try AnalysisGraph(network, selection: GraphSelection(weights: .distance(.weight, .identity)))
            #expect(StreamingEdgeListTests.sameGraph(table.graph(weighted: .distance), weighted))
            #expect(table.sparseColumns["note"]?.values.first == "none")   // the key's default
        }
    }

    @Test func sameErrorsAsGraphMLReader() throws {
        for seed in UInt64(1)...3 {
            let bytes = Self.randomGraphML(edges: 120, seed: seed, edgeDefault: "directed", faults: true)
            var expected: [Diagnostic] = [], found: [Diagnostic] = []
            do { _ = try GraphMLReader.read(bytes: bytes, file: "g.graphml") } catch let e as InvalidNetwork { expected = e.diagnostics }
            do { _ = try StreamingGraphML.read(bytes: bytes, file: "g.graphml") } catch let e as InvalidNetwork { found = e.diagnostics }
            #expect(!expected.isEmpty)
            #expect(found == expected)
            #expect(expected.contains { $0.message == "duplicate node id 'n1'" })
        }
        // Malformed XML and a document that is not GraphML.
        for text in ["<graphml><graph><node id=\"a\"></graph></graphml>", "<other/>", "<graphml><graph><edge source=\"a\"/></graph></graphml>"] {
            var expected = "", found = ""
            do { _ = try GraphMLReader.read(bytes: Array(text.utf8), file: "g.graphml") } catch { expected = "\(error)" }
            do { _ = try StreamingGraphML.read(bytes: Array(text.utf8), file: "g.graphml") } catch { found = "\(error)" }
            #expect(!expected.isEmpty)
            #expect(found == expected)
        }
    }
}
