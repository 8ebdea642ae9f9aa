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

/// One column of the comparison: the measures of one city.
struct Profile {
    var rows: [(String, String)] = []
    mutating func add(_ name: String, _ value: String) { rows.append((name, value)) }
}

func percent(_ x: Double) -> String { String(format: "%.0f %%", x * 100) }
func decimal(_ x: Double) -> String { String(format: "%.3f", x) }

/// Whether a stakeholder provides care: its kind is `provider` or refines it.
func isProvider(_ s: Stakeholder, _ network: Network) -> Bool {
    s.kind.id == "provider" || network.stakeholderKind(id: s.kind.id)?.broader == "provider"
}

func profile(of network: Network, in year: Int) throws -> Profile {
    var p = Profile()
    let snapshot = network.snapshot(in: year)
    p.add("stakeholders", "\(network.stakeholders.count)")
    p.add("ties (all years)", "\(network.ties.count)")
    p.add("ties valid in \(year)", "\(snapshot.ties.count)")
    func evidence(_ level: String) -> Int {
        snapshot.ties.filter { $0.attributes["evidence"] == .string(level) }.count
    }
    p.add("· documented locally", "\(evidence("local"))")
    p.add("· national rule applied locally", "\(evidence("general-rule"))")
    p.add("· illustrative", "\(evidence("illustrative"))")
    for kind in ["funding", "contracting", "authorisation", "coordination", "manages", "coalition", "conflict"] {
        p.add("· \(kind)", "\(snapshot.ties.filter { $0.kind.id == kind }.count)")
    }
    // Providers by sector: every stakeholder whose kind is a provider kind.
    let providers = network.stakeholders.filter { isProvider($0, network) }
    p.add("provider nodes (named or grouped)", "\(providers.count)")
    for sector in ["public", "associative", "parental", "private-for-profit"] {
        p.add("· \(sector)", "\(providers.filter { $0.sector?.rawValue == sector }.count)")
    }
    // Structure, on the graph of the year's ties as stored (funding, contracting and
    // authorisation directed; coordination and coalition both ways).
    let graph = try AnalysisGraph(network, selection: GraphSelection(year: year))
    let shape = try NetworkProfile(graph)
    p.add("density", decimal(shape.density))
    p.add("weak components", "\(shape.weakComponentCount)")
    p.add("degree centralization", decimal(shape.degreeCentralization))
    p.add("betweenness centralization", decimal(shape.betweennessCentralization))
    let ids = network.stakeholders.map(\.id)
    func top(_ scores: [Double], _ count: Int) -> [String] {
        scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
            .prefix(count).map { "\(ids[$0]) (\(String(format: "%.2f", scores[$0])))" }
    }
    let betweenness = try graph.betweenness()
    for (rank, entry) in top(betweenness, 3).enumerated() { p.add("betweenness #\(rank + 1)", entry) }
    // Brokerage between sectors (Gould–Fernandez, sector partition): the strongest broker by
    // z-score, and which sectors broker at all.
    let sectors = try Partition(network, graph: graph, attribute: "sector")
    let roles = try GouldFernandezBrokerage(graph, partition: sectors)
    let zTotal = roles.zScores.map { $0.total.isFinite ? $0.total : -.infinity }
    p.add("top broker between sectors (z)", top(zTotal, 1)[0])
    for sector in ["associative", "private-for-profit"] {
        if let g = sectors.labels.firstIndex(of: sector) {
            let t = roles.totalsByGroup[g]
            p.add("\(sector) brokerage (gatekeeper/liaison)", "\(Int(t.gatekeeper))/\(Int(t.liaison))")
        }
    }
    // How many distinct bodies deal with the associative providers.
    let associative = Set(network.stakeholders.filter { $0.sector == .associative && isProvider($0, network) }.map(\.id))
    let partners = Set(snapshot.ties.flatMap { t -> [String] in
        associative.contains(t.source) ? [t.target] : associative.contains(t.target) ? [t.source] : []
    }).subtracting(associative)
    p.add("partners of associative providers", "\(partners.count)")
    p.add("single registration desk", network.stakeholders.contains { $0.kind.id == "registration-desk" } ? "yes" : "no")
    // Figures the sources give, as attributes.
    for s in network.stakeholders {
        for (key, value) in s.attributes.sorted(by: { $0.key < $1.key }) where key.hasPrefix("coverage") {
            p.add("\(key) (\(s.id))", value.description)
        }
    }
    return p
}

let profiles = try cities.map { try profile(of: $0, in: year) }

// The table, in Markdown so it can be pasted into a report.
print("| measure (\(year)) | " + cities.map { $0.place ?? "?" }.joined(separator: " | ") + " |")
print("|---|" + cities.map { _ in "---:|" }.joined())
// Rows in order of first appearance; a measure one city lacks (a figure only its sources
// give) shows as "-".
var names: [String] = []
for profile in profiles { for (name, _) in profile.rows where !names.contains(name) { names.append(name) } }
for name in names {
    let values = profiles.map { p in p.rows.first { $0.0 == name }?.1 ?? "-" }
    print("| \(name) | " + values.joined(separator: " | ") + " |")
}

// The side-by-side diagram, drawn by the library: one panel per city with the ties valid that
// year, shape by kind, colour by sector, size by betweenness, line style by tie kind, one
// shared legend; rendered to SVG through the Graphviz C library.
var panels: [NetworkDiagram.Panel] = []
for network in cities {
    let snapshot = network.snapshot(in: year)
    let graph = try AnalysisGraph(snapshot)
    let betweenness = try graph.betweenness()
    let sizes = Dictionary(uniqueKeysWithValues: zip(snapshot.stakeholders.map(\.id), betweenness))
    var titled = snapshot
    (titled.title, titled.firstYear, titled.lastYear) = (network.place, year, year)
    panels.append(NetworkDiagram.Panel(network: titled, sizes: sizes))
}
var diagram = NetworkDiagram(colorBy: "sector", sizeMeasure: "betweenness")
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
