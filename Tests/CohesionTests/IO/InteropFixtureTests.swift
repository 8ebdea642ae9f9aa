import Foundation
import Testing
@testable import Cohesion

/// Files written by NetworkX and igraph (Scripts/fixtures/interop.py) read back with the
/// nodes, edges and attribute values those libraries hold.
@Suite("Files written by NetworkX and igraph")
struct InteropFixtureTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/interop")

    struct Expected {
        var directed: Bool
        var writer: String
        var nodes: [(id: String, attributes: [String: AttributeValue])]
        var edges: [(source: String, target: String, attributes: [String: AttributeValue])]
    }

    static func expected(_ name: String) throws -> Expected {
        let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent("\(name).expected.json")))
        let root = try PositionedJSON.parse(bytes, file: name)
        func attributes(_ v: PositionedJSON?) -> [String: AttributeValue] {
            guard let v, case .object(let members) = v.value else { return [:] }
            var out: [String: AttributeValue] = [:]
            for (k, x) in members { out[k] = x.attributeValue }
            return out
        }
        func string(_ v: PositionedJSON?) -> String {
            if let v, case .string(let s) = v.value { return s }
            return ""
        }
        guard case .array(let nodes)? = root["nodes"]?.value, case .array(let edges)? = root["edges"]?.value,
              case .bool(let directed)? = root["directed"]?.value else { throw InvalidNetwork([]) }
        return Expected(directed: directed, writer: string(root["writer"]),
                        nodes: nodes.map { (string($0["id"]), attributes($0["attributes"])) },
                        edges: edges.map { (string($0["source"]), string($0["target"]), attributes($0["attributes"])) })
    }

    static func read(_ file: String, format: NetworkFormat? = nil) throws -> Network {
        let path = directory.appendingPathComponent(file).path
        return try NetworkFile.read(path, options: NetworkReadOptions(format: format))
    }

    /// A stakeholder's values as the writing library named them: the name counts only when
    /// it differs from the id, the kind only when one was given.
    static func flat(_ s: Stakeholder) -> [String: AttributeValue] {
        var out = Dictionary(InteropFields.fields(of: s), uniquingKeysWith: { a, _ in a })
        if out["name"] == .string(s.id) { out["name"] = nil }
        if out["kind"] == .string("stakeholder") { out["kind"] = nil }
        return out
    }

    static func flat(_ t: Tie) -> [String: AttributeValue] {
        var out = Dictionary(InteropFields.fields(of: t), uniquingKeysWith: { a, _ in a })
        if out["kind"] == .string("tie") { out["kind"] = nil }
        return out
    }

    /// Equal values; igraph keeps every number as a real, so there numbers compare by value.
    static func same(_ a: [String: AttributeValue], _ b: [String: AttributeValue], numbersByValue: Bool) -> Bool {
        guard a.count == b.count else { return false }
        for (k, x) in a {
            guard let y = b[k] else { return false }
            if x == y { continue }
            if numbersByValue, let dx = x.doubleValue, let dy = y.doubleValue, dx == dy { continue }
            return false
        }
        return true
    }

    static func check(_ file: String, expected name: String, format: NetworkFormat? = nil, renameNodes: [String: String] = [:]) throws {
        let network = try read(file, format: format)
        let e = try expected(name)
        let byValue = e.writer.hasPrefix("igraph")
        #expect(network.stakeholders.count == e.nodes.count)
        #expect(network.ties.count == e.edges.count)
        let index = network.stakeholderIndex()
        var nodeMismatches = 0
        for node in e.nodes {
            guard let i = index[node.id] else { nodeMismatches += 1; continue }
            var attributes = node.attributes
            // Gephi's and NetworkX's `label` is read as the name when there is no `name`.
            if attributes["name"] == nil, let label = attributes.removeValue(forKey: "label") { attributes["name"] = label }
            if !same(flat(network.stakeholders[i]), attributes, numbersByValue: byValue) {
                nodeMismatches += 1
                Issue.record("\(file): node \(node.id): \(flat(network.stakeholders[i])) ≠ \(node.attributes)")
            }
        }
        #expect(nodeMismatches == 0)
        // Edges as a multiset keyed by ends and values; undirected ends in either order.
        func key(_ s: String, _ t: String, _ a: [String: AttributeValue]) -> String {
            let ends = e.directed ? [s, t] : [s, t].sorted()
            let values = a.keys.sorted().map { k in
                let v = a[k]!
                return "\(k)=\(byValue ? (v.doubleValue.map { String($0) } ?? v.description) : "\(v)")"
            }
            return ends.joined(separator: "→") + "|" + values.joined(separator: ",")
        }
        var remaining: [String: Int] = [:]
        for edge in e.edges { remaining[key(edge.source, edge.target, edge.attributes), default: 0] += 1 }
        for t in network.ties {
            #expect(t.kind.isDirected == e.directed || t.kind.id != "tie")
            remaining[key(t.source, t.target, flat(t)), default: 0] -= 1
        }
        let unmatched = remaining.filter { $0.value != 0 }
        #expect(unmatched.isEmpty, "\(file): edges differ: \(unmatched.prefix(5))")
    }

    @Test func networkxDirectedMultigraphGraphML() throws {
        try Self.check("nx_directed.graphml", expected: "nx_directed")
        let network = try Self.read("nx_directed.graphml")
        #expect(network.title == "Synthetic childcare network")
        #expect(network.firstYear == 2015)
        #expect(network.stakeholder(id: "s0")?.kind == .municipality)
        #expect(network.stakeholder(id: "s0")?.attributes["places"].map { if case .integer = $0 { true } else { false } } == true)
    }

    @Test func networkxUndirectedGraphML() throws {
        try Self.check("nx_undirected.graphml", expected: "nx_undirected")
        let network = try Self.read("nx_undirected.graphml")
        #expect(network.layers.map(\.isDirected) == [false])
    }

    @Test func networkxNodeLinkJSON() throws {
        try Self.check("nx_nodelink.json", expected: "nx_nodelink")
        try Self.check("nx_links.json", expected: "nx_links")
    }

    @Test func networkxPajek() throws {
        try Self.check("nx_directed.net", expected: "nx_directed_net")
    }

    @Test func igraphGraphML() throws {
        try Self.check("ig_directed.graphml", expected: "ig_directed")
    }

    @Test func igraphPajek() throws {
        try Self.check("ig_undirected.net", expected: "ig_undirected_net")
    }
}

/// A file as Gephi's GraphML export writes it (labels, colours, positions, modularity class).
@Suite("GraphML exported by Gephi")
struct GephiGraphMLTests {
    @Test func everyGephiFieldIsKept() throws {
        let network = try InteropFixtureTests.read("gephi_export.graphml")
        #expect(network.stakeholders.map(\.id) == ["0", "1"])
        #expect(network.stakeholders.map(\.name) == ["CAF du Nord", "Ville de Lille"])
        let caf = try #require(network.stakeholders.first)
        #expect(caf.attributes == ["Modularity Class": 1, "size": 10.0, "r": 153, "g": 255, "b": 255, "x": -32.5, "y": 12.25])
        let tie = try #require(network.ties.first)
        #expect(tie.kind.isDirected == false)
        #expect(tie.weight == 2)
        #expect(tie.attributes == ["Edge Label": "CTG"])
    }
}
