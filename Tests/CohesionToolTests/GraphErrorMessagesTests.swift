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
        ["cug", "--statistic", "density", "--reps", "2"],
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

    @Test("the same tie in a CSV names the file and the tie's ends")
    func missingAmountInCSVNamesTheFile() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("amounts.csv")
        try "source,target,kind,amount\ncaf59,lille,funding,1000\nlille,caf59,funding,\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(["centrality", file.path, "--weights", "strength", "--weight-from", "amount"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(file.path): error: tie 2 (lille → caf59, funding) has no amount"), "\(result.stderr)")
    }
}
