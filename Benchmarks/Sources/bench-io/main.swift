// Reads a large CSV edge list, validates it and builds the analysis graph, reporting seconds
// and peak memory per tie. Usage: bench-io FILE stream|network|graphml
//   stream   StreamingEdgeList.read(path:) → TieTable.graph() (the large-file path, CSV)
//   network  NetworkFile.read → Network.validate() → AnalysisGraph(network) (the general path)
//   graphml  the same general path on a GraphML file (labels say graphml)
//   stream-graphml  StreamingGraphML.read(path:) → TieTable.graph() (the large-file path, GraphML)
// Peak memory is the process's peak resident set (ru_maxrss), so run one mode per process.
import Cohesion
import Foundation

func peakBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
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
    let table = try StreamingEdgeList.read(path: path)
    let t1 = Date()
    let graph = table.graph()
    let t2 = Date()
    print("# ties \(table.count) stakeholders \(table.ids.count) arcs \(graph.edgeCount) warnings \(table.warnings.count)")
    print("RESULT csv-read-validate-stream \(t1.timeIntervalSince(t0))")
    print("RESULT csv-build-graph-stream \(t2.timeIntervalSince(t1))")
    print("RESULT csv-total-stream \(t2.timeIntervalSince(t0))")
    print("PEAK csv-total-stream \(Double(peakBytes() - baseline) / Double(table.count)) bytes/tie \(peakBytes()) bytes")
case "stream-graphml":
    let table = try StreamingGraphML.read(path: path)
    let t1 = Date()
    let graph = table.graph()
    let t2 = Date()
    print("# ties \(table.count) stakeholders \(table.ids.count) arcs \(graph.edgeCount) warnings \(table.warnings.count)")
    print("RESULT graphml-read-validate-stream \(t1.timeIntervalSince(t0))")
    print("RESULT graphml-build-graph-stream \(t2.timeIntervalSince(t1))")
    print("RESULT graphml-total-stream \(t2.timeIntervalSince(t0))")
    print("PEAK graphml-total-stream \(Double(peakBytes() - baseline) / Double(table.count)) bytes/tie \(peakBytes()) bytes")
case "network", "graphml":
    let format = CommandLine.arguments[2] == "graphml" ? "graphml" : "csv"
    let network = try NetworkFile.read(path)
    let problems = network.validate()
    let t1 = Date()
    let graph = try AnalysisGraph(network)
    let t2 = Date()
    print("# ties \(network.ties.count) stakeholders \(network.stakeholders.count) arcs \(graph.edgeCount) problems \(problems.count)")
    print("RESULT \(format)-total-network \(t2.timeIntervalSince(t0))")
    print("PEAK \(format)-total-network \(Double(peakBytes() - baseline) / Double(network.ties.count)) bytes/tie \(peakBytes()) bytes")
default:
    print("unknown mode")
    exit(2)
}
