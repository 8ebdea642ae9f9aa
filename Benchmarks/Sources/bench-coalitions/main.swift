import BenchSupport
import Cohesion
import Foundation

// Usage: bench-coalitions EDGEFILE [seed]
// Times Louvain and Leiden (modularity, resolution 1) on the undirected graph of the file and
// prints `RESULT <label> <seconds>` (best of three) and `MODULARITY <label> <value>` (of the
// first run; the seed fixes it).
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write("usage: bench-coalitions EDGEFILE [seed]\n".data(using: .utf8)!)
    exit(2)
}
do {
    let file = try EdgeListFile(path: arguments[1])
    let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : 1
    let graph = try file.graph(weightKind: .strength)
    var louvain: Coalitions?
    _ = try measure("louvain") { louvain = try graph.louvain(seed: seed) }
    var leiden: Coalitions?
    // LEIDEN_ITERATIONS caps Leiden's iterations (default: until modularity stops rising).
    let iterations = ProcessInfo.processInfo.environment["LEIDEN_ITERATIONS"].flatMap { Int($0) }
    _ = try measure("leiden") { leiden = try graph.leiden(seed: seed, iterations: iterations) }
    if let louvain { print("MODULARITY louvain \(louvain.modularity)") }
    if let leiden { print("MODULARITY leiden \(leiden.modularity)") }
} catch {
    FileHandle.standardError.write("bench-coalitions: \(error)\n".data(using: .utf8)!)
    exit(1)
}
