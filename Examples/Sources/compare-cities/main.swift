// Compares the childcare governance networks of Lille and Nantes: a table of counts and
// structural measures, and a side-by-side diagram (Graphviz DOT).
//
//   swift run compare-cities [YEAR] [OUTPUT-FOLDER]
//
// YEAR (default 2022) chooses the ties valid that year; the diagram is written to
// OUTPUT-FOLDER (default: a temporary folder) as lille-nantes.dot.
import Cohesion
import Foundation

/// The repository's `Networks/` folder, found from this file's path.
let networksFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Networks")

let arguments = CommandLine.arguments.dropFirst()
let year = arguments.first.flatMap { Int($0) } ?? 2022
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

func profile(of network: Network, in year: Int) throws -> Profile {
    var p = Profile()
    let snapshot = network.snapshot(in: year)
    p.add("stakeholders", "\(network.stakeholders.count)")
    p.add("ties (all years)", "\(network.ties.count)")
    p.add("ties valid in \(year)", "\(snapshot.ties.count)")
    func evidence(_ level: String) -> Int {
        snapshot.ties.filter { $0.attributes["evidence"] == .string(level) }.count
    }
    p.add("  documented locally", "\(evidence("local"))")
    p.add("  national rule applied locally", "\(evidence("general-rule"))")
    p.add("  illustrative", "\(evidence("illustrative"))")
    for kind in ["funding", "contracting", "authorisation", "coordination", "manages", "coalition", "conflict"] {
        p.add("  \(kind)", "\(snapshot.ties.filter { $0.kind.id == kind }.count)")
    }
    // Providers by sector: every stakeholder whose kind is a provider kind.
    let providers = network.stakeholders.filter {
        $0.kind.id == "provider" || network.stakeholderKind(id: $0.kind.id)?.broader == "provider"
    }
    p.add("provider nodes", "\(providers.count)")
    for sector in ["public", "associative", "parental", "private-for-profit"] {
        p.add("  \(sector)", "\(providers.filter { $0.sector?.rawValue == sector }.count)")
    }
    // Structure, on the undirected graph of the year's ties.
    let graph = try AnalysisGraph(network, selection: GraphSelection(year: year, direction: .undirected))
    let n = graph.nodeCount
    let degrees = (0..<n).map { graph.outDegree(of: $0) }
    let density = Double(graph.edgeCount) / Double(n * (n - 1) / 2)
    p.add("density", decimal(density))
    p.add("mean degree", String(format: "%.2f", Double(degrees.reduce(0, +)) / Double(n)))
    // Freeman degree centralization: sum of (max - d) over its maximum, (n-1)(n-2), reached by a star.
    let maxDegree = degrees.max() ?? 0
    let centralization = Double(degrees.map { maxDegree - $0 }.reduce(0, +)) / Double((n - 1) * (n - 2))
    p.add("degree centralization", decimal(centralization))
    let ranked = (0..<n).sorted { degrees[$0] > degrees[$1] || (degrees[$0] == degrees[$1] && $0 < $1) }
    for (rank, node) in ranked.prefix(3).enumerated() {
        p.add("degree #\(rank + 1)", "\(network.stakeholders[node].id) (\(degrees[node]))")
    }
    // The associative sector's share of the city's own provider ties (funding and management).
    let cityID = network.stakeholders.first { $0.kind == .municipality }?.id ?? ""
    let cityTies = snapshot.ties.filter { $0.source == cityID && ["funding", "manages", "contracting"].contains($0.kind.id) }
    let toAssociative = cityTies.filter { network.stakeholder(id: $0.target)?.sector == .associative }
    p.add("city's provider ties to associations", cityTies.isEmpty ? "-" : percent(Double(toAssociative.count) / Double(cityTies.count)))
    return p
}

let profiles = try cities.map { try profile(of: $0, in: year) }

// The table, in Markdown so it can be pasted into a report.
print("| measure (\(year)) | " + cities.map { $0.place ?? "?" }.joined(separator: " | ") + " |")
print("|---|" + cities.map { _ in "---:|" }.joined())
for (i, row) in profiles[0].rows.enumerated() {
    print("| \(row.0) | " + profiles.map { $0.rows[i].1 }.joined(separator: " | ") + " |")
}

// The side-by-side diagram: one cluster per city, colour by sector, shape by kind, line style
// by tie kind, illustrative ties dotted.
func dot(_ networks: [Network], year: Int) -> String {
    let colours = ["public": "#8ecae6", "associative": "#b7e4c7", "parental": "#ffe5a3",
                   "private-for-profit": "#f4a5a5", "business": "#d9c2f0", "households": "#eeeeee",
                   "private-individual": "#f8d0b0"]
    func shape(_ s: Stakeholder, _ network: Network) -> String {
        switch s.kind.id {
        case "family-allowance-office", "national-family-allowance-fund": "house"
        case "municipality", "inter-municipal-authority", "departmental-council", "state", "prefect": "box"
        case "committee": "hexagon"
        case "maternal-and-child-health-service": "octagon"
        default: network.stakeholderKind(id: s.kind.id)?.broader == "provider" || s.kind.id == "provider" ? "ellipse" : "diamond"
        }
    }
    func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
    var out = "digraph comparison {\n  rankdir=LR; compound=true; fontname=\"Helvetica\";\n"
    out += "  node [style=filled, fontname=\"Helvetica\", fontsize=9]; edge [arrowsize=0.5];\n"
    for (c, network) in networks.enumerated() {
        let prefix = "c\(c)_"
        out += "  subgraph cluster_\(c) {\n    label=\(quoted("\(network.place ?? "") \(year)")); fontsize=14;\n"
        for s in network.stakeholders {
            let colour = colours[s.sector?.rawValue ?? ""] ?? "#ffffff"
            out += "    \(quoted(prefix + s.id)) [label=\(quoted(s.id)), shape=\(shape(s, network)), fillcolor=\(quoted(colour))];\n"
        }
        for t in network.snapshot(in: year).ties {
            var attributes = ["color=\(quoted(t.kind.sign == .negative ? "#c0392b" : "#555555"))"]
            if !t.kind.isDirected { attributes.append("dir=none") }
            switch t.kind.id {
            case "funding": attributes.append("penwidth=1.6")
            case "coordination", "representation": attributes.append("style=dashed")
            case "coalition": attributes.append("color=\"#2e86c1\", penwidth=2")
            default: break
            }
            if t.isIllustrative { attributes.append("style=dotted") }
            out += "    \(quoted(prefix + t.source)) -> \(quoted(prefix + t.target)) [\(attributes.joined(separator: ", "))];\n"
        }
        out += "  }\n"
    }
    return out + "}\n"
}

try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
let dotFile = outputFolder.appendingPathComponent("lille-nantes.dot")
try dot(cities, year: year).write(to: dotFile, atomically: true, encoding: .utf8)
print("\nDiagram: \(dotFile.path)")
