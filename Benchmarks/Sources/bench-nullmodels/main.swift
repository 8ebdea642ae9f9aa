import BenchSupport
import Cohesion
import Foundation

// bench-nullmodels EDGEFILE: times netlm with three predictors under Dekker's semi-partialling
// (2,000 permutations per term) and a CUG test of betweenness centralization conditioned on
// the number of ties (1,000 draws), on the graph of EDGEFILE. The predictors are those
// cases/nullmodels.py gives R sna: the transposed outcome (reciprocity), same group (node % 4)
// and the absolute difference of node % 17.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: bench-nullmodels EDGEFILE\n".utf8))
    exit(2)
}
do {
    let file = try EdgeListFile(path: arguments[1])
    let graph = try file.graph(weightKind: .none)
    let n = graph.nodeCount
    var y = [Double](repeating: 0, count: n * n)
    for u in 0..<n { for v in graph.successors(of: u) { y[u * n + Int(v)] = 1 } }
    var transposed = y, same = y, difference = y
    for i in 0..<n {
        for j in 0..<n {
            transposed[i * n + j] = y[j * n + i]
            same[i * n + j] = i != j && i % 4 == j % 4 ? 1 : 0
            difference[i * n + j] = i == j ? 0 : Double(abs(i % 17 - j % 17))
        }
    }
    let design = try DyadicDesign(nodeCount: n, isDirected: graph.isDirected, outcome: y,
                                  predictors: [transposed, same, difference])
    var checksum = 0.0
    _ = try measure("netlm-qapspp-2000", repeats: 1) {
        let fit = try NetworkRegression(design, null: .qapspp, permutations: 2000, seed: 1)
        checksum += fit.terms.reduce(0) { $0 + $1.p }
    }
    _ = try measure("cug-betweenness-1000", repeats: 1) {
        let test = try CUGTest(graph, statistic: .betweennessCentralization, condition: .edges, draws: 1000, seed: 1)
        checksum += test.nullMean
    }
    print("# checksum \(checksum)")
} catch {
    FileHandle.standardError.write(Data("bench-nullmodels: \(error)\n".utf8))
    exit(1)
}
