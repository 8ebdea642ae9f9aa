import Cohesion
import Foundation

/// An integer edge list as the benchmark driver writes it: a first line `n directed|undirected
/// weighted|unweighted`, then one `u v [w]` line per edge.
public struct EdgeListFile: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    /// Whether the edges are arcs.
    public let isDirected: Bool
    /// The edges.
    public let edges: [(Int, Int)]
    /// One weight per edge, or nil.
    public let weights: [Double]?

    /// Reads an edge list file.
    public init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
        guard let header = lines.next() else { throw BenchError.malformed(path, "empty file") }
        let fields = header.split(separator: " ")
        guard fields.count == 3, let n = Int(fields[0]) else { throw BenchError.malformed(path, "bad header") }
        nodeCount = n
        isDirected = fields[1] == "directed"
        let weighted = fields[2] == "weighted"
        var edges: [(Int, Int)] = []
        var weights: [Double] = []
        while let line = lines.next() {
            let parts = line.split(separator: " ")
            guard parts.count >= 2, let u = Int(parts[0]), let v = Int(parts[1]) else {
                throw BenchError.malformed(path, "bad edge line '\(line)'")
            }
            edges.append((u, v))
            if weighted {
                guard parts.count >= 3, let w = Double(parts[2]) else { throw BenchError.malformed(path, "missing weight") }
                weights.append(w)
            }
        }
        self.edges = edges
        self.weights = weighted ? weights : nil
    }

    /// The analysis graph of the file, weights read as distances unless told otherwise.
    public func graph(weightKind: WeightKind = .distance) throws -> AnalysisGraph {
        try AnalysisGraph(nodeCount: nodeCount, edges: edges, weights: weights, isDirected: isDirected,
                          weightKind: weightKind)
    }
}

/// A malformed benchmark input.
public enum BenchError: Error, CustomStringConvertible {
    case malformed(String, String)
    public var description: String {
        switch self { case .malformed(let path, let why): "\(path): \(why)" }
    }
}

/// Runs a body `repeats` times and returns the best wall-clock seconds, printing a
/// `RESULT <name> <seconds>` line the driver reads.
public func measure(_ name: String, repeats: Int = 3, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity, bestCPU = Double.infinity
    for _ in 0..<max(1, repeats) {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpu = processCPUSeconds()
        try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
        bestCPU = min(bestCPU, processCPUSeconds() - cpu)
    }
    print("RESULT \(name) \(best)")
    print("# cpu \(name) \(String(format: "%.3f", bestCPU)) s (user+system, all threads)")
    return best
}

/// User plus system CPU seconds of this process so far, all threads.
public func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}
