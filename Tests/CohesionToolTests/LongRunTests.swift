import Cohesion
import Foundation
import Testing
@testable import cohesion

/// Long runs announce themselves (issue 17.7): a warning before a default measure that will take
/// minutes, naming the faster option, and a progress line on a terminal with the step, the share
/// done, the work units and, once a few seconds have passed, the time left.
@Suite("Long runs: warning and progress")
struct LongRunTests {
    /// A ring with chords: `n` nodes, `2n` undirected ties, no weights.
    static func ring(_ n: Int, weighted: Bool = false) throws -> AnalysisGraph {
        var edges: [(Int, Int)] = []
        edges.reserveCapacity(2 * n)
        for i in 0..<n {
            edges.append((i, (i + 1) % n))
            edges.append((i, (i + 7) % n))
        }
        return try AnalysisGraph(nodeCount: n, edges: edges, weights: weighted ? Array(repeating: 2, count: edges.count) : nil,
                                 isDirected: false)
    }

    @Test("the estimate is n · arcs over the measure's rate, divided by the cores")
    func estimate() throws {
        let graph = try Self.ring(10_000)
        // 10,000 sources × 40,000 arcs at 10⁸ a second on 2 cores.
        #expect(LongRunWarning.estimatedSeconds(.betweenness, graph: graph, cores: 2) == 2)
        #expect(LongRunWarning.estimatedSeconds(.closeness, graph: graph, cores: 2) == 0.2)
        #expect(LongRunWarning.estimatedSeconds(.betweenness, graph: graph, sources: 1_000, cores: 2) == 0.2)
        let weighted = try Self.ring(10_000, weighted: true)
        #expect(LongRunWarning.estimatedSeconds(.closeness, graph: weighted, cores: 4) == 5)
    }

    @Test("a default measure that will take minutes is announced with the faster option")
    func warning() throws {
        let graph = try Self.ring(60_000)
        // 60,000 × 240,000 / 10⁸ / 2 = 72 s for betweenness; closeness, 7.2 s, stays quiet.
        let text = try #require(LongRunWarning.warning(.betweenness, graph: graph, samples: nil, cores: 2))
        #expect(text == "warning: exact betweenness on 60,000 nodes and 120,000 ties will take about 1 min 12 s; "
                + "--sample-sources 1000 estimates it in about 1 s, with a per-node error bound")
        #expect(LongRunWarning.warning(.closeness, graph: graph, samples: nil, cores: 2) == nil)
        // Sampled betweenness is the faster option already: no warning.
        #expect(LongRunWarning.warning(.betweenness, graph: graph, samples: 1_000, cores: 2) == nil)
        // A measure that does not search from every node never warns.
        #expect(LongRunWarning.warning(.pageRank, graph: graph, samples: nil, cores: 1) == nil)
        let weighted = try Self.ring(60_000, weighted: true)
        let closeness = try #require(LongRunWarning.warning(.closeness, graph: weighted, samples: nil, cores: 2))
        #expect(closeness.hasPrefix("warning: exact closeness on 60,000 nodes"))
        #expect(closeness.hasSuffix("leave it out with --measures (for example --measures degree,pageRank)"))
    }

    @Test("the progress line names the step, the share, the units and the time left")
    func progressLine() {
        #expect(TerminalProgress.line("[2/5] betweenness", fraction: 0.37, elapsed: 1, units: (10_000, "sources"))
                == "[2/5] betweenness: 37% (3,700 of 10,000 sources)")
        // After two seconds, the time left from the elapsed time and the share done.
        #expect(TerminalProgress.line("[1/1] closeness", fraction: 0.25, elapsed: 60, units: nil)
                == "[1/1] closeness: 25%, about 3 min 0 s left")
        #expect(TerminalProgress.duration(7_500) == "2 h 5 min")
        #expect(TerminalProgress.grouped(1_234_567) == "1,234,567")
    }

    @Test("on a terminal, centrality draws a progress line that moves for PageRank and betweenness")
    func terminalProgress() throws {
        // `script` gives the tool a pseudo-terminal, so it draws progress as a user would see it.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), let tool = ToolRunner.executable else { return }
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var csv = "source,target\n"
        for i in 1..<3_000 { for step in [1, 2, 5] where i >= step { csv += "n\(i),n\(i - step)\n" } }
        csv += "n0,n2999\n"
        let input = dir.appendingPathComponent("g.csv")
        try csv.write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(tool.path) centrality \(input.path) --measures pageRank,betweenness -o \(output.path)", "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == "\r" || $0 == "\n" })
            .map { $0.replacingOccurrences(of: "\u{1B}[K", with: "") }
        let pageRank = lines.filter { $0.hasPrefix("[1/2] pageRank: ") }
        let betweenness = lines.filter { $0.hasPrefix("[2/2] betweenness: ") }
        #expect(pageRank.contains { !$0.hasPrefix("[1/2] pageRank: 0%") }, "PageRank's progress moves past 0 %")
        #expect(betweenness.contains { $0.contains(" of 3,000 sources)") && !$0.contains(": 0%") })
        #expect(FileManager.default.fileExists(atPath: output.path))
    }
}
