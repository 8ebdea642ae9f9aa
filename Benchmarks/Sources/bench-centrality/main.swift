// Times Cohesion's centrality measures on an edge list written by `run.py`.
//
//     bench-centrality EDGEFILE betweenness|sampled-betweenness|closeness|pagerank [REPEATS [SAMPLES]] [inner=K]
//
// Prints `RESULT <label> <seconds>` lines (best of REPEATS, wall clock, graph already built):
// betweenness and closeness once on one core (`…-1core`, ComputationOptions.serial) and once on
// all cores (`…-allcores`); PageRank on all cores and on one. Weighted files are read as distances
// for path measures; PageRank ignores weights (unweighted, as the reference run).
import BenchSupport
@_spi(Benchmarks) import Cohesion
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: bench-centrality EDGEFILE betweenness|closeness|pagerank [REPEATS]\n".utf8))
    exit(2)
}
let file = try EdgeListFile(path: arguments[1])
let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1
// `inner=K`: run each measure K times per timing and report the time of one (small graphs).
let inner = arguments.compactMap { $0.hasPrefix("inner=") ? Int($0.dropFirst(6)) : nil }.first ?? 1
let cores = ProcessInfo.processInfo.activeProcessorCount
print("# \(file.nodeCount) nodes, \(file.edges.count) edges, \(file.isDirected ? "directed" : "undirected"), \(file.weights == nil ? "unweighted" : "weighted"), \(cores) cores")

/// `measure` over `inner` runs of the body, reported per run.
func timed(_ name: String, repeats: Int, _ body: () throws -> Void) throws -> Double {
    if inner == 1 { return try measure(name, repeats: repeats, body) }
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
        let start = Date()
        for _ in 0..<inner { try body() }
        best = min(best, Date().timeIntervalSince(start) / Double(inner))
    }
    print("RESULT \(name) \(best)")
    return best
}

func checksum(_ values: [Double]) -> String {
    String(format: "sum %.12g max %.12g", values.reduce(0, +), values.max() ?? 0)
}

switch arguments[2] {
case "betweenness":
    let graph = try file.graph(weightKind: .distance)
    var result: [Double] = []
    _ = try timed("betweenness-1core", repeats: repeats) { result = try graph.betweenness(normalized: false, options: .serial) }
    print("# \(checksum(result))")
    _ = try timed("betweenness-allcores", repeats: repeats) { result = try graph.betweenness(normalized: false) }
    print("# \(checksum(result))")
    if !graph.isWeighted, ProcessInfo.processInfo.environment["BENCH_ONE_SOURCE"] == "1" {
        // The one-source-at-a-time pass, for comparison with the multi-source one (raw sums:
        // twice the undirected values above).
        _ = try timed("betweenness-onesource-1core", repeats: repeats) { result = try graph.oneSourceBetweennessSums(options: .serial) }
        print("# one-source \(checksum(result))")
    }
case "sampled-betweenness":
    // Source sampling for graphs where exact betweenness is too slow; samples = 4th argument.
    let graph = try file.graph(weightKind: .distance)
    let samples = arguments.count > 4 ? Int(arguments[4]) ?? 1_000 : 1_000
    var estimate: ApproximateBetweenness?
    _ = try timed("sampled-betweenness-allcores", repeats: repeats) {
        estimate = try graph.approximateBetweenness(samples: samples, seed: 1, normalized: false)
    }
    if let estimate {
        print("# \(samples) sources, error bound (normalized, 95%) \(estimate.errorBound(confidence: 0.95) / estimate.scale)")
    }
case "closeness":
    let graph = try file.graph(weightKind: .distance)
    var result: [Double] = []
    _ = try timed("closeness-1core", repeats: repeats) { result = try graph.closeness(options: .serial) }
    print("# \(checksum(result))")
    _ = try timed("closeness-allcores", repeats: repeats) { result = try graph.closeness() }
    print("# \(checksum(result))")
case "pagerank":
    let graph = try file.graph().unweighted
    var result: [Double] = []
    // The library's default tolerance (L1 change below n · 1e-15, about 1e-9 here), at least as
    // tight as igraph's PRPACK (1e-10) and NetworKit's run here (1e-10).
    _ = try timed("pagerank-allcores", repeats: repeats) { result = try graph.pageRank() }
    print("# \(checksum(result))")
    _ = try timed("pagerank-1core", repeats: repeats) { result = try graph.pageRank(options: .serial) }
    print("# \(checksum(result))")
case "pagerank-tolerance":
    // `pagerank-tolerance REPEATS TOLERANCE OUTFILE`: PageRank at a given per-node tolerance,
    // the values written one per line (%.17g) so the accuracy run can measure their error
    // against igraph's PRPACK (spot-checks/pagerank_accuracy.py).
    guard arguments.count > 5, let tolerance = Double(arguments[4]) else {
        FileHandle.standardError.write(Data("usage: bench-centrality EDGEFILE pagerank-tolerance REPEATS TOLERANCE OUTFILE\n".utf8))
        exit(2)
    }
    let graph = try file.graph().unweighted
    var result: [Double] = []
    _ = try timed("pagerank-tolerance-\(arguments[4])", repeats: repeats) { result = try graph.pageRank(tolerance: tolerance) }
    var text = ""
    text.reserveCapacity(result.count * 24)
    for v in result { text += String(format: "%.17g\n", v) }
    try Data(text.utf8).write(to: URL(fileURLWithPath: arguments[5]))
    print("# \(checksum(result))")
default:
    FileHandle.standardError.write(Data("unknown measure \(arguments[2])\n".utf8))
    exit(2)
}
