// Compares the childcare governance networks of Lille and Nantes: a table of counts and
// structural measures, and a side-by-side diagram rendered to SVG through Graphviz.
//
//   swift run compare-cities [YEAR] [OUTPUT-FOLDER]
//
// YEAR (default 2024) chooses the ties valid that year; the diagram is written to
// OUTPUT-FOLDER (default: a temporary folder) as lille-nantes-YEAR.svg, with its DOT source.
import Cohesion
import CohesionGraphviz
import Foundation

/// The repository's `Networks/` folder, found from this file's path.
let networksFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Networks")

let arguments = CommandLine.arguments.dropFirst()
let year = arguments.first.flatMap { Int($0) } ?? 2024
let outputFolder = arguments.dropFirst().first.map { URL(fileURLWithPath: $0) }
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("cohesion-examples")

let cities = try ["lille", "nantes"].map { try NetworkFile.read(networksFolder.appendingPathComponent("\($0).yaml").path) }

// The library's comparison: each city's ties valid that year, profiled alike (layers, density,
// centralization, coalitions, E-I index by sector, brokerage by kind, top betweenness) and
// aligned by stakeholder kind, since the cities share kinds, not stakeholders.
var options = ComparisonOptions(selection: GraphSelection(year: year))
options.topCount = 3
let comparison = try NetworkComparison(cities, names: cities.map { $0.place ?? "?" }, options: options)

/// The rows of the table, in order; each row has one cell per city.
var rows: [(name: String, cells: [String])] = []
@MainActor func add(_ name: String, _ cell: (Int) -> String) {
    rows.append((name, cities.indices.map(cell)))
}
func decimal(_ x: Double) -> String { x.isNaN ? "NaN" : String(format: "%.3f", x) }

// What the files are made of: the evidence behind the ties (see Networks/README.md).
add("stakeholders") { "\(comparison.profiles[$0].stakeholderCount)" }
add("ties valid in \(year)") { "\(comparison.profiles[$0].tieCount)" }
for (level, label) in [("local", "documented locally"), ("general-rule", "national rule applied locally"),
                       ("illustrative", "illustrative")] {
    add("· \(label)") { c in
        "\(cities[c].snapshot(in: year).ties.filter { $0.evidence?.rawValue == level }.count)"
    }
}
// Ties per layer, every layer either city has.
for layer in comparison.layers {
    add("· \(layer)") { c in "\(comparison.profiles[c].tiesByLayer.first { $0.layer == layer }?.count ?? 0)" }
}
// Whole-network structure.
add("density") { decimal(comparison.profiles[$0].profile.density) }
add("weak components") { "\(comparison.profiles[$0].profile.weakComponentCount)" }
add("degree centralization") { decimal(comparison.profiles[$0].profile.degreeCentralization) }
add("betweenness centralization") { decimal(comparison.profiles[$0].profile.betweennessCentralization) }
add("coalitions (Leiden)") { "\(comparison.profiles[$0].coalitions.count)" }
add("modularity") { decimal(comparison.profiles[$0].coalitions.modularity) }
add("E-I index by sector") { decimal(comparison.profiles[$0].eiIndex.value) }
for sector in ["associative", "public"] {
    add("· E-I of the \(sector) sector") { c in
        comparison.profiles[c].eiIndex.groups.first { $0.label == sector }.map { decimal($0.value) } ?? "-"
    }
}
for rank in 0..<options.topCount {
    add("betweenness #\(rank + 1)") { c in
        let top = comparison.profiles[c].topBetweenness
        return rank < top.count ? "\(top[rank].id) (\(String(format: "%.2f", top[rank].betweenness)))" : "-"
    }
}
// Gould–Fernandez brokerage with sectors as groups, summed by kind and named by the roles summed:
// between sectors (itinerant+representative+gatekeeper+liaison) and, apart, the coordinator
// two-paths that stay inside one sector.
for kind in ["family-allowance-office", "municipality", "registration-desk", "departmental-council", "families"] {
    add("brokerage between sectors (\(BrokerageAggregate.betweenGroups.rolesLabel)): \(kind)") { c in
        comparison.profiles[c].brokerageByGroup[kind].map { String(Int($0.betweenGroups)) } ?? "-"
    }
    add("brokerage within one sector (coordinator): \(kind)") { c in
        comparison.profiles[c].brokerageByGroup[kind].map { String(Int($0.withinGroup)) } ?? "-"
    }
}
// Figures the sources give, kept as attributes in the files.
for (c, city) in cities.enumerated() {
    for s in city.stakeholders {
        for (key, value) in s.attributes.sorted(by: { $0.key < $1.key }) where key.hasPrefix("coverage") {
            rows.append(("\(key) (\(s.id))", cities.indices.map { $0 == c ? value.description : "-" }))
        }
    }
}

// The table, in Markdown so it can be pasted into a report.
print("| measure (\(year)) | " + comparison.profiles.map(\.name).joined(separator: " | ") + " |")
print("|---|" + cities.map { _ in "---:|" }.joined())
for row in rows { print("| \(row.name) | " + row.cells.joined(separator: " | ") + " |") }

// The side-by-side diagram, drawn by the library: one panel per city with the ties valid that
// year, shape by kind, colour by sector, size by betweenness, line style by tie kind, one
// shared legend; rendered to SVG through the Graphviz C library.
// Stakeholders are boxed by the coalitions the comparison found.
var panels: [NetworkDiagram.Panel] = []
for (network, profile) in zip(cities, comparison.profiles) {
    let snapshot = network.snapshot(in: year)
    let graph = try AnalysisGraph(snapshot)
    let betweenness = try graph.betweenness()
    let sizes = Dictionary(uniqueKeysWithValues: zip(snapshot.stakeholders.map(\.id), betweenness))
    let assignment = profile.coalitions.assignment
    var groups: [String: String] = [:]
    for (node, id) in profile.nodeIds.enumerated() where assignment.sizes[assignment.groups[node]] > 1 {
        groups[id] = "coalition \(assignment.labels[assignment.groups[node]])"
    }
    var titled = snapshot
    (titled.title, titled.firstYear, titled.lastYear) = (network.place, year, year)
    panels.append(NetworkDiagram.Panel(network: titled, sizes: sizes, groups: groups))
}
var diagram = NetworkDiagram(colorBy: "sector", sizeMeasure: "betweenness", clusters: .groups(name: "coalition"))
diagram.style.rankDirection = "LR"
diagram.title = "Childcare governance, \(year): Lille and Nantes"
let document = diagram.document(comparing: panels)
let svg = try await GraphvizRenderer().render(document, format: .svg)

try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
let dotFile = outputFolder.appendingPathComponent("lille-nantes-\(year).dot")
let svgFile = outputFolder.appendingPathComponent("lille-nantes-\(year).svg")
try DOTWriter().write(document).write(to: dotFile, atomically: true, encoding: .utf8)
try svg.data.write(to: svgFile)
print("\nDiagram (\(svg.engine), \(svg.nodeCount) nodes, \(svg.edgeCount) edges): \(svgFile.path)")
