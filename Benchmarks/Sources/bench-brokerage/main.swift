import BenchSupport
import Cohesion
import Foundation

// bench-brokerage EDGEFILE: times Burt's structural holes (constraint, local constraint,
// effective size, efficiency, hierarchy in one pass) and Gould–Fernandez brokerage on a
// partition of four groups by node % 4 (full counts with z-scores, then partial credit).
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: bench-brokerage EDGEFILE\n".utf8))
    exit(2)
}
do {
    let file = try EdgeListFile(path: arguments[1])
    let graph = try file.graph(weightKind: .strength)
    let partition = try Partition(groups: (0..<graph.nodeCount).map { $0 % 4 }, labels: ["g0", "g1", "g2", "g3"])
    var checksum = 0.0
    _ = measure("constraint") {
        let holes = try! StructuralHoles(graph)
        checksum += holes.constraint.reduce(0) { $1.isNaN ? $0 : $0 + $1 }
    }
    _ = measure("brokerage") {
        let brokerage = try! GouldFernandezBrokerage(graph, partition: partition)
        checksum += brokerage.networkCounts.total
    }
    _ = measure("brokerage-partial", repeats: 1) {
        let brokerage = try! GouldFernandezBrokerage(graph, partition: partition, partialCredit: true)
        checksum += brokerage.totalsByGroup[0].total
    }
    print("# checksum \(checksum)")
} catch {
    FileHandle.standardError.write(Data("bench-brokerage: \(error)\n".utf8))
    exit(1)
}
