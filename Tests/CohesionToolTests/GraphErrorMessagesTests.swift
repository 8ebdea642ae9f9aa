import Foundation
import Testing

/// Issue 20.6: an analysis error about a tie ("tie 2 has no amount") names the file, the
/// line and column of the tie, and the tie's ends, in every subcommand that builds a graph.
@Suite("Graph errors name the file and the tie's line")
struct GraphErrorMessagesTests {
    static let yaml = """
        stakeholders:
          - {id: caf59, kind: family-allowance-office}
          - {id: lille, kind: municipality}
        ties:
          - {source: caf59, target: lille, kind: funding, amount: 1000}
          - {source: lille, target: caf59, kind: funding}

        """

    @Test("a tie without an amount, under --weight-from amount", arguments: [
        ["centrality"], ["brokerage", "--partition", "sector"], ["coalitions"], ["profile"],
        ["cug", "--statistic", "density", "--reps", "2"], ["compare"], ["compare", "--null", "size", "--reps", "2"],
        ["evolution", "--from", "2020", "--to", "2021"],
    ])
    func missingAmountIsLocated(_ command: [String]) throws {
        let dir = try ToolRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("amounts.yaml")
        try Self.yaml.write(to: file, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(command + [file.path, "--weights", "strength", "--weight-from", "amount"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(file.path):6:5: error: tie 2 (lille → caf59, funding) has no amount, but weights were asked from amounts (select a layer whose ties all have amounts)\n",
                "\(command): \(result.stderr)")
    }

    @Test("the same tie in a CSV names the file, the tie's record and its ends")
    func missingAmountInCSVIsLocated() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("amounts.csv")
        try "source,target,kind,amount\ncaf59,lille,funding,1000\nlille,caf59,funding,\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["centrality", file.path, "--weights", "strength", "--weight-from", "amount"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(file.path):3:1: error: tie 2 (lille → caf59, funding) has no amount, but weights were asked from amounts (select a layer whose ties all have amounts)\n",
                "\(result.stderr)")
    }

    /// The second tie, without an amount, in each foreign format with lines, and the line it
    /// stands on.
    static let foreign: [(name: String, text: String, line: Int)] = [
        ("amounts.gml", """
            graph [
              directed 1
              node [ id 0 label "caf59" ]
              node [ id 1 label "lille" ]
              edge [ source 0 target 1 kind "funding" amount 1000 ]
              edge [ source 1 target 0 kind "funding" ]
            ]

            """, 6),
        ("amounts.graphml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="edge" attr.name="kind" attr.type="string"/>
              <key id="a" for="edge" attr.name="amount" attr.type="double"/>
              <graph edgedefault="directed">
                <node id="caf59"/><node id="lille"/>
                <edge source="caf59" target="lille"><data key="k">funding</data><data key="a">1000</data></edge>
                <edge source="lille" target="caf59"><data key="k">funding</data></edge>
              </graph>
            </graphml>

            """, 8),
    ]

    @Test("the same tie in a foreign format names the file and the tie's line", arguments: 0..<2)
    func missingAmountInForeignFormatsIsLocated(_ index: Int) throws {
        let (name, text, line) = Self.foreign[index]
        let dir = try ToolRunner.temporaryDirectory()
        let file = dir.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["centrality", file.path, "--weights", "strength", "--weight-from", "amount"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(file.path):\(line):"), "\(name): \(result.stderr)")
        #expect(result.stderr.contains("error: tie 2 (lille → caf59, funding) has no amount"), "\(name): \(result.stderr)")
    }
}
