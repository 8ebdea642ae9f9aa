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
print("betw = normalized betweenness on the year's ties as stored; broker z = Gould–Fernandez")
print("total z-score with sectors as groups (how far the stakeholder brokers between sectors")
print("beyond a random network of the same density); coal. = Leiden coalitions and their")
print("modularity; NMI = how alike the coalitions are to the year before (1 = the same).")
print("")
// The library's evolution: one comparison profile per year, with coalition stability.
let evolution = try NetworkEvolution(network, years: first...last)
let header = "year  ties  local  density  coal.   mod.    NMI  betw(\(cityID))  betw(\(cafID))  broker z(\(cityID))  changes"
print(header)
for (k, year) in evolution.years.enumerated() {
    let profile = evolution.profiles[k]
    let snapshot = network.snapshot(in: year)
    let graph = try AnalysisGraph(network, selection: GraphSelection(year: year))
    let betweenness = try graph.betweenness()
    let sectors = try Partition(network, graph: graph, attribute: "sector")
    let brokerage = try GouldFernandezBrokerage(graph, partition: sectors)
    let local = snapshot.ties.filter { $0.evidence == .local }.count
    let started = network.ties.filter { $0.firstYear == year }
    let ended = network.ties.filter { $0.lastYear == year - 1 }
    var changes = started.map { "+ " + label($0) } + ended.map { "- " + label($0) }
    if changes.isEmpty { changes = [""] }
    let stability = k > 0 ? pad(evolution.coalitionStability[k - 1].normalizedMutualInformation, 6) : pad("", 6)
    let cells = [
        String(year), pad(profile.tieCount, 5), pad(local, 6), pad(profile.profile.density, 8),
        pad(profile.coalitions.count, 5), pad(profile.coalitions.modularity, 6), stability,
        pad(betweenness[cityNode], 6 + cityID.count), pad(betweenness[cafNode], 6 + cafID.count),
        pad(brokerage.zScores[cityNode].total, 11 + cityID.count),
    ]
    let row = cells.joined(separator: " ") + "  "
    print(row + changes[0])
    for change in changes.dropFirst() { print(String(repeating: " ", count: row.count) + change) }
}

/// A right-aligned cell: integers as they are, reals with three decimals.
func pad(_ value: Int, _ width: Int) -> String { pad(String(value), width) }
func pad(_ value: Double, _ width: Int) -> String { pad(value.isNaN ? "NaN" : String(format: "%.3f", value), width) }
func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
