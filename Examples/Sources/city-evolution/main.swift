// Follows one city's childcare governance network year by year: how many ties hold, which
// instruments begin and end, and how central the city and its CAF are.
//
//   swift run city-evolution [CITY] [FIRST-YEAR] [LAST-YEAR]
//
// CITY is a file name in Networks/ without extension (default lille); the years default to
// the network's own period.
import Cohesion
import Foundation

let networksFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Networks")

let arguments = Array(CommandLine.arguments.dropFirst())
let city = arguments.first ?? "lille"
let network = try NetworkFile.read(networksFolder.appendingPathComponent("\(city).yaml").path)
let first = arguments.count > 1 ? Int(arguments[1]) ?? 2010 : network.firstYear ?? 2010
let last = arguments.count > 2 ? Int(arguments[2]) ?? 2025 : network.lastYear ?? 2025

// The two stakeholders whose positions we follow: the city and the family allowance office.
guard let cityNode = network.stakeholders.firstIndex(where: { $0.kind == .municipality }),
      let cafNode = network.stakeholders.firstIndex(where: { $0.kind == .familyAllowanceOffice }) else {
    print("\(city).yaml has no municipality or no family allowance office")
    exit(1)
}
let cityID = network.stakeholders[cityNode].id, cafID = network.stakeholders[cafNode].id

func label(_ tie: Tie) -> String {
    "\(tie.source) -> \(tie.target) \(tie.kind.id)" + (tie.instrument.map { " (\($0))" } ?? "")
}

print("\(network.title ?? city), \(first)-\(last)")
print("")
print("year  ties  active  density  deg(\(cityID))  deg(\(cafID))  changes")
for year in first...last {
    let snapshot = network.snapshot(in: year)
    // Undirected view: who is tied to whom, whatever the direction.
    let graph = try AnalysisGraph(network, selection: GraphSelection(year: year, direction: .undirected))
    let n = graph.nodeCount
    let active = (0..<n).filter { graph.outDegree(of: $0) > 0 }.count
    let density = Double(graph.edgeCount) / Double(active * (active - 1) / 2)
    let started = network.ties.filter { $0.firstYear == year }
    let ended = network.ties.filter { $0.lastYear == year - 1 }
    var changes = started.map { "+ " + label($0) } + ended.map { "- " + label($0) }
    if changes.isEmpty { changes = [""] }
    let row = String(format: "%d  %4d  %6d  %7.3f  %*d  %*d  ", year, snapshot.ties.count, active, density,
                     5 + cityID.count, graph.outDegree(of: cityNode), 5 + cafID.count, graph.outDegree(of: cafNode))
    print(row + changes[0])
    for change in changes.dropFirst() {
        print(String(repeating: " ", count: row.count) + change)
    }
}
