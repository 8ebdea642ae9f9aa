import Foundation
import Testing

/// The library's errors speak of weight meanings; the tool alone names the flags
/// (`Sources/cohesion/Support/ToolError+Library.swift`).
@Suite("library errors reach the user with the tool's flags")
struct LibraryErrorMessageTests {
    @Test func weightMeaningNamesTheWeightsFlag() throws {
        let holes = try ToolRunner.run(["brokerage", "Networks/lille.yaml", "--partition", "kind", "--weights", "distance"])
        #expect(holes.status != 0)
        #expect(holes.stderr.contains("error: structural holes reads weights as strengths, but the graph's weights are distances; choose --weights strength (with a conversion such as 1/amount)"), "\(holes.stderr)")
        let pagerank = try ToolRunner.run(["centrality", "Networks/lille.yaml", "--measures", "pagerank", "--weights", "distance"])
        #expect(pagerank.status != 0)
        #expect(pagerank.stderr.contains("error: Networks/lille.yaml: PageRank reads weights as strengths, but the graph's weights are distances; choose --weights strength"), "\(pagerank.stderr)")
        #expect(!pagerank.stderr.contains("GraphSelection"))
    }

    @Test func nonBinaryOutcomeNamesTheWeightsFlag() throws {
        let logit = try ToolRunner.run(["netlogit", "Networks/lille.yaml", "--outcome", "funding", "--predictor", "contracting",
                                        "--weights", "strength"])
        #expect(logit.status != 0)
        #expect(logit.stderr.contains("error: Networks/lille.yaml: netlogit needs a binary outcome (0 or 1 in every cell); use --weights none"), "\(logit.stderr)")
    }

    @Test("an asymmetric matrix read with --undirected names the flag to drop, in every command that reads it")
    func asymmetricAdjacencyNamesTheUndirectedFlag() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("m.csv").path
        try ",a,b\na,0,1\nb,0,0\n".write(toFile: path, atomically: true, encoding: .utf8)
        let expected = "\(path):2:1: error: the matrix is not symmetric: a→b is 1 but b→a is 0 (read it without --undirected)"
        for arguments in [["validate", path], ["info", path], ["centrality", path]] {
            let run = try ToolRunner.run(arguments + ["--from", "adjacency", "--undirected"])
            #expect(run.status != 0)
            #expect(run.stderr.contains(expected), "\(arguments[0]): \(run.stderr)")
            #expect(!run.stderr.contains("read it as directed"), "\(arguments[0]): \(run.stderr)")
        }
        // Read as directed (without the flag), the same file is valid.
        #expect(try ToolRunner.run(["validate", path, "--from", "adjacency"]).status == 0)
    }

    @Test("sampled betweenness: the note names --sample-sources with the number that would bound the top node within 10%")
    func sampledBetweennessNoteNamesTheFlag() throws {
        let run = try ToolRunner.run(["centrality", "Networks/lille.yaml", "--measures", "betweenness", "--sample-sources", "3",
                                      "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stderr.split(separator: "\n").first { $0.contains("would bound the top node within 10%") },
                                "\(run.stderr)")
        let match = try #require(line.firstMatch(of: /about (\d+) sampled sources would bound the top node within 10% \(--sample-sources (\d+)\)$/),
                                 "\(line)")
        #expect(match.1 == match.2)
    }
}
