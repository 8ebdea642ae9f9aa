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
}
