import Foundation
import Testing
@testable import Cohesion

/// One governance network written by each reader's real origin (Scripts/fixtures/formats.py:
/// NetworkX and igraph writers, a GEXF 1.3 laid out as Gephi exports it, openpyxl workbooks,
/// French Excel's CSV dialect) reads back to the network those writers were given.
@Suite("Fixtures from each format's origin")
struct FormatFixtureTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/formats")

    struct Expected {
        var nodes: [(id: String, name: String, kind: String)]
        var ties: [String]
    }

    /// A tie as text, with the fields a format keeps.
    static func key(_ s: String, _ t: String, kind: String?, weight: Double?, years: (Int?, Int?)?) -> String {
        var parts = [s, t]
        if let kind { parts.append(kind) }
        if let weight { parts.append(String(weight)) }
        if let years { parts.append("\(years.0.map(String.init) ?? "-")–\(years.1.map(String.init) ?? "-")") }
        return parts.joined(separator: " ")
    }

    static func expected(kinds: Bool = true, weights: Bool = true, years: Bool = true) throws -> Expected {
        let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent("expected.json")))
        let root = try PositionedJSON.parse(bytes, file: "expected.json")
        func string(_ v: PositionedJSON?) -> String { if let v, case .string(let s) = v.value { return s }; return "" }
        func int(_ v: PositionedJSON?) -> Int? { if let v, case .integer(let i) = v.value { return i }; return nil }
        func double(_ v: PositionedJSON?) -> Double? {
            switch v?.value { case .number(let d)?: d; case .integer(let i)?: Double(i); default: nil }
        }
        guard case .array(let nodes)? = root["nodes"]?.value, case .array(let edges)? = root["edges"]?.value else { throw InvalidNetwork([]) }
        return Expected(
            nodes: nodes.map { (string($0["id"]), string($0["name"]), string($0["kind"])) },
            ties: edges.map { e in
                key(string(e["source"]), string(e["target"]), kind: kinds ? string(e["kind"]) : nil, weight: weights ? double(e["weight"]) : nil,
                    years: years ? (int(e["firstYear"]), int(e["lastYear"])) : nil)
            }.sorted())
    }

    static func read(_ file: String, options: NetworkReadOptions = NetworkReadOptions()) throws -> Network {
        try NetworkFile.read(directory.appendingPathComponent(file).path, options: options)
    }

    static func ties(_ n: Network, kinds: Bool = true, weights: Bool = true, years: Bool = true) -> [String] {
        n.ties.map { t in
            key(t.source, t.target, kind: kinds ? t.kind.id : nil, weight: weights ? t.weight : nil, years: years ? (t.firstYear, t.lastYear) : nil)
        }.sorted()
    }

    /// Files that keep everything: ids, names, kinds, weights, years, direction.
    @Test("reads the whole network", arguments: ["nx.gml", "nx.gexf", "nx-dynamic.gexf", "igraph.gml", "gephi.gexf", "fieldwork.xlsx", "excel-style.xlsx"])
    func whole(_ file: String) throws {
        let network = try Self.read(file)
        let want = try Self.expected()
        #expect(network.stakeholders.map(\.id) == want.nodes.map(\.id))
        #expect(network.stakeholders.map(\.name) == want.nodes.map(\.name))
        #expect(network.stakeholders.map(\.kind.id) == want.nodes.map(\.kind))
        #expect(Self.ties(network) == want.ties)
        #expect(network.ties.allSatisfy(\.kind.isDirected) || network.ties.contains { $0.kind.id == "coordination" })
    }

    @Test("French Excel's CSV: semicolons, decimal commas, CRLF, BOM, nodes keyed by Id with Label and Type")
    func semicolonCSV() throws {
        var options = NetworkReadOptions()
        options.nodesPath = Self.directory.appendingPathComponent("semicolon-nodes.csv").path
        let network = try Self.read("semicolon.csv", options: options)
        let want = try Self.expected()
        #expect(network.stakeholders.map(\.id) == want.nodes.map(\.id))
        #expect(network.stakeholders.map(\.name) == want.nodes.map(\.name))
        #expect(network.stakeholders.map(\.kind.id) == want.nodes.map(\.kind))
        #expect(Self.ties(network) == want.ties)
    }

    @Test("Kumu's workbook: Elements keyed by Label, Connections From/To/Type")
    func kumu() throws {
        let network = try Self.read("kumu.xlsx")
        let want = try Self.expected()
        #expect(network.stakeholders.map(\.id) == want.nodes.map(\.id))
        #expect(network.stakeholders.map(\.kind.id) == want.nodes.map(\.kind))
        #expect(network.stakeholders.map { $0.attributes["Description"]?.description ?? "" } == want.nodes.map(\.name))
        #expect(Self.ties(network) == want.ties)
    }

    @Test("Excel's layout: shared strings, rich-text runs, leading spaces kept, cached formula results")
    func excelStyle() throws {
        let network = try Self.read("excel-style.xlsx")
        #expect(network.ties.allSatisfy { $0.note == "  two leading spaces" })
        #expect(network.ties.map(\.firstYear) == [2015, 2016, 2018, 2019, 2015, 2017, 2015, 2020, 2020])
    }

    @Test("the template in Networks/ reads and validates")
    func template() throws {
        let path = Self.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Networks/template.xlsx").path
        let diagnostics = NetworkFile.validate(path)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let network = try NetworkFile.read(path)
        #expect(network.stakeholders.count == 3 && network.ties.count == 2 && network.sources.count == 1)
    }

    @Test("the workbook's sources sheet is read and cited")
    func workbookSources() throws {
        let network = try Self.read("fieldwork.xlsx")
        #expect(network.sources.map(\.id) == ["s1"])
        #expect(network.sources.first?.publisher == "CAF du Nord")
        #expect(network.ties.allSatisfy { $0.citations == ["s1"] })
    }

    @Test("edge lists: ids and weights, isolates and names left out", arguments: ["nx.edgelist", "nx-weighted.edgelist", "igraph.ncol"])
    func edgeLists(_ file: String) throws {
        let network = try Self.read(file)
        let want = try Self.expected(kinds: false, years: false)
        let tied = Set(want.ties.flatMap { $0.split(separator: " ").prefix(2).map(String.init) })
        #expect(Set(network.stakeholders.map(\.id)) == tied)
        #expect(Self.ties(network, kinds: false, years: false) == want.ties)
    }

    @Test("Gephi's visual attributes and a dynamic node attribute become attributes and a series")
    func gephiVisuals() throws {
        let network = try Self.read("gephi.gexf")
        let lille = try #require(network.stakeholders.first { $0.id == "lille" })
        #expect(lille.attributes["size"] == .number(12))
        #expect(lille.attributes["x"] == .number(100))
        #expect(lille.attributes["y"] == .number(-50))
        #expect(lille.attributes["color"] == .string("#1e77b4"))
        // A numeric dynamic attribute is a series, as Cohesion writes series.
        let places = try #require(network.series.first { $0.stakeholder == "lille" && $0.attribute == "places" })
        #expect(places.points.map(\.year) == [2015, 2018])
        #expect(places.points.map(\.value) == [3100, 3295])
        #expect(lille.attributes["places"] == nil && lille.attributes["places@2015"] == nil)
    }
}
