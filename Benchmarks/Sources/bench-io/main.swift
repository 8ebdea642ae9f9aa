// Reads a large CSV edge list, validates it and builds the analysis graph, reporting seconds
// and peak memory per tie. Usage: bench-io FILE stream|network|graphml
//   stream   StreamingEdgeList.read(path:) → TieTable.graph() (the large-file path, CSV)
//   network  NetworkFile.read → Network.validate() → AnalysisGraph(network) (the general path)
//   graphml  the same general path on a GraphML file (labels say graphml)
//   stream-graphml  StreamingGraphML.read(path:) → TieTable.graph() (the large-file path, GraphML)
// Peak memory is this process's own peak resident set, so run one mode per process.
import Cohesion
import Foundation

/// This process's peak resident set in bytes. On Linux it is `VmHWM` of /proc/self/status:
/// `ru_maxrss` there starts at the parent's resident set (the kernel keeps the larger of the
/// two across fork and exec), so a child of a large Python driver reported the driver's peak
/// and a difference of 0. Elsewhere `ru_maxrss` (bytes on Darwin).
func peakBytes() -> Int {
    #if os(Linux)
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
       let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
        return kib * 1024
    }
    #endif
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss)
    #endif
}

/// The peak line: bytes a tie above the start (the runtime's own), and the whole peak.
func printPeak(_ label: String, ties: Int, baseline: Int) {
    let peak = peakBytes()
    print("PEAK \(label) \(Double(peak - baseline) / Double(max(1, ties))) bytes/tie \(peak) bytes")
}

/// A streaming case: read the file into a table, then build the graph; the same lines for CSV
/// and GraphML under the format's labels.
func streamCase(_ format: String, baseline: Int, start t0: Date, read: () throws -> TieTable) rethrows {
    let table = try read()
    let t1 = Date()
    let graph = table.graph()
    let t2 = Date()
    print("# ties \(table.count) stakeholders \(table.ids.count) arcs \(graph.edgeCount) warnings \(table.warnings.count)")
    print("RESULT \(format)-read-validate-stream \(t1.timeIntervalSince(t0))")
    print("RESULT \(format)-build-graph-stream \(t2.timeIntervalSince(t1))")
    print("RESULT \(format)-total-stream \(t2.timeIntervalSince(t0))")
    printPeak("\(format)-total-stream", ties: table.count, baseline: baseline)
}

guard CommandLine.arguments.count > 2 else {
    print("usage: bench-io FILE stream|network|graphml|stream-graphml")
    exit(2)
}
let path = CommandLine.arguments[1]
let baseline = peakBytes()
let t0 = Date()
switch CommandLine.arguments[2] {
case "stream":
    try streamCase("csv", baseline: baseline, start: t0) { try StreamingEdgeList.read(path: path) }
case "stream-graphml":
    try streamCase("graphml", baseline: baseline, start: t0) { try StreamingGraphML.read(path: path) }
case "network", "graphml":
    let format = CommandLine.arguments[2] == "graphml" ? "graphml" : "csv"
    let network = try NetworkFile.read(path)
    let problems = network.validate()
    let t1 = Date()
    let graph = try AnalysisGraph(network)
    let t2 = Date()
    print("# ties \(network.ties.count) stakeholders \(network.stakeholders.count) arcs \(graph.edgeCount) problems \(problems.count)")
    print("RESULT \(format)-total-network \(t2.timeIntervalSince(t0))")
    printPeak("\(format)-total-network", ties: network.ties.count, baseline: baseline)
default:
    print("unknown mode")
    exit(2)
}
