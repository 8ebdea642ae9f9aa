// One-mode congruence networks (DNA's definition, DiscourseNetwork) over a CSV statement list:
// the whole range, then every window of a moving time window. Prints JSON timings and, per
// network, the sum of its matrix, which discourse_bench.py compares with NumPy's.
//
//   bench-discourse STATEMENTS.csv ACTORS CONCEPTS WINDOW   (WINDOW as `cohesion discourse --window`, e.g. 3y)
import Cohesion
import Foundation

let args = CommandLine.arguments
guard args.count == 5, let actors = Int(args[2]), let concepts = Int(args[3]), let window = DiscourseWindow(args[4]) else {
    FileHandle.standardError.write(Data("usage: bench-discourse STATEMENTS.csv ACTORS CONCEPTS WINDOW\n".utf8))
    exit(2)
}
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

let t0 = now()
let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: args[1])))
var network = Network(stakeholders: (0..<actors).map { Stakeholder(id: "a\($0)", kind: .state) },
                      concepts: (0..<concepts).map { Concept(id: "c\($0)") })
network.statements = try StatementCSV.read(bytes: bytes, file: args[1])
let t1 = now()

let options = DiscourseOptions(networkType: .oneMode, aggregation: .congruence)
let full = try DiscourseNetwork(network, options: options)
let t2 = now()

var windowed = options
windowed.window = window
var sums: [Double] = []
try DiscourseNetwork.forEachWindow(of: network, options: windowed) { sums.append($0.sum) }
let t3 = now()

let out: [String: Any] = [
    "statements": network.statements.count, "read_seconds": t1 - t0,
    "full_seconds": t2 - t1, "full_sum": full.sum,
    "windows": sums.count, "windows_seconds": t3 - t2, "window_sums": sums,
]
print(String(decoding: try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]), as: UTF8.self))
