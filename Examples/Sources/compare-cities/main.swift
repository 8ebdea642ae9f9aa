// Compares the childcare governance networks of Lille and Nantes: a table of counts and
// structural measures, and a side-by-side diagram (Graphviz DOT).
//
//   swift run compare-cities [YEAR] [OUTPUT-FOLDER]
//
// YEAR (default 2024) chooses the ties valid that year; the diagram is written to
// OUTPUT-FOLDER (default: a temporary folder) as lille-nantes.dot.
import Cohesion
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
    // Side by side: the sinks of one city (stakeholders that receive ties but send none, drawn
    // rightmost) precede the first stakeholder of the next city by invisible edges, so the
    // layout puts the clusters next to each other instead of one above the other.
    for c in networks.indices.dropFirst() {
        guard let anchor = networks[c].stakeholders.first?.id else { continue }
        let ties = networks[c - 1].snapshot(in: year).ties
        let senders = Set(ties.map(\.source)), receivers = Set(ties.map(\.target))
        for sink in receivers.subtracting(senders).sorted() {
            out += "  \(quoted("c\(c - 1)_" + sink)) -> \(quoted("c\(c)_" + anchor)) [style=invis];\n"
        }
    }
    // The legend, one table-shaped node: sector colours, kind shapes, line styles.
    var legend = "<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
    legend += "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
    for (sector, colour) in colours.sorted(by: { $0.key < $1.key }) {
        legend += "<TR><TD BGCOLOR=\"\(colour)\"> </TD><TD ALIGN=\"LEFT\">\(sector)</TD></TR>"
    }
    let keys = [("house", "CNAF, CAF"), ("box", "State, council, city"), ("hexagon", "committee"), ("octagon", "PMI"),
                ("ellipse", "provider"), ("diamond", "families, employers, unions…"),
                ("thick", "funding"), ("dashed", "coordination, representation"), ("blue", "coalition"),
                ("red", "conflict"), ("dotted", "illustrative tie")]
    for (key, meaning) in keys {
        legend += "<TR><TD>\(key)</TD><TD ALIGN=\"LEFT\">\(meaning)</TD></TR>"
    }
    legend += "</TABLE>>"
    out += "  legend [shape=plaintext, style=\"\", fontsize=9, label=\(legend)];\n"
    return out + "}\n"
}

try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
let dotFile = outputFolder.appendingPathComponent("lille-nantes.dot")
try dot(cities, year: year).write(to: dotFile, atomically: true, encoding: .utf8)
print("\nDiagram: \(dotFile.path)")
