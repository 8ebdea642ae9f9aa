import BenchSupport
import Cohesion
import Foundation

// Usage: bench-coalitions EDGEFILE louvain|leiden [seed] [leiden iterations]
// Times coalition detection (modularity, resolution 1) on the graph of the file, weights read
// as strengths, and prints `RESULT <method> <seconds>` (best of three) and
// `MODULARITY <method> <value>` (the seed fixes the result, so every run reaches it).
let arguments = CommandLine.arguments
guard arguments.count >= 3, let method = CoalitionMethod(rawValue: arguments[2]) else {
    FileHandle.standardError.write(Data("usage: bench-coalitions EDGEFILE louvain|leiden [seed] [iterations]\n".utf8))
    exit(2)
}
do {
    let file = try EdgeListFile(path: arguments[1])
    let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1
    let iterations = arguments.count > 4 ? Int(arguments[4]) : nil
    let graph = try file.graph(weightKind: .strength)
    var found: Coalitions?
    _ = try measure(method.rawValue) {
        switch method {
        case .louvain: found = try graph.louvain(seed: seed)
        case .leiden: found = try graph.leiden(seed: seed, iterations: iterations)
        }
    }
    if let found { print("MODULARITY \(method.rawValue) \(found.modularity) coalitions \(found.count)") }
} catch {
    FileHandle.standardError.write(Data("bench-coalitions: \(error)\n".utf8))
    exit(1)
}
