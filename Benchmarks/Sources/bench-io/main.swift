// Reads a large CSV edge list into a Network and builds the analysis graph, reporting
// seconds and memory per tie. Usage: bench-io FILE.csv
import Cohesion
import Foundation

func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

func peakBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
}

guard CommandLine.arguments.count > 1 else {
    print("usage: bench-io FILE.csv")
    exit(2)
}
let path = CommandLine.arguments[1]
let before = residentBytes()
let t0 = Date()
let network = try NetworkFile.read(path)
let t1 = Date()
let graph = try AnalysisGraph(network)
let t2 = Date()
let ties = network.ties.count
let after = residentBytes()
print("ties \(ties) stakeholders \(network.stakeholders.count) arcs \(graph.edgeCount)")
print("RESULT read-csv \(t1.timeIntervalSince(t0))")
print("RESULT build-graph \(t2.timeIntervalSince(t1))")
print("resident bytes per tie \(Double(after - before) / Double(ties))")
print("peak resident bytes per tie \(Double(peakBytes()) / Double(ties))")
