/// Writes a ``Network`` as GraphML that NetworkX, igraph, Gephi and yEd read.
///
/// Every stakeholder and tie field becomes a typed GraphML key named as ``InteropFields``
/// says (`name`, `kind`, `sector`…; `kind`, `instrument`, `amount`, `currency`, `amountYear`,
/// `weight`, `firstYear`, `lastYear`…), then each free attribute under its own name: whole
/// numbers as `long`, reals as `double`, text as `string`, flags as `boolean`. An attribute
/// holding whole numbers and reals is written as `double`; one mixing text with other types as
/// `string` (both reported). The network's title, place, period and description are graph
/// data. Ties of one direction set `edgedefault`; a network mixing directed and undirected
/// kinds is written directed, each undirected tie carrying `directed = false` as data rather
/// than GraphML's per-edge attribute, which NetworkX rejects. Parallel ties are separate edges.
/// Node ids are stakeholder ids. Declared kinds and sources, which only Cohesion reads, go in
/// one graph value `cohesion` holding JSON, so a GraphML round trip loses nothing.
///
/// ```swift
/// let (bytes, warnings) = GraphMLWriter.write(network)
/// ```
///
/// - Complexity: O(*n* + *m*) in the size of the output.
public enum GraphMLWriter {
    /// What the format holds of a network (the rest is listed by ``FormatLosses``).
    public static let keeps: FormatCapabilities = [.networkFields, .stakeholderNames, .stakeholderFields, .stakeholderAttributes, .tieKinds, .weights, .tieFields, .amounts, .years, .tieAttributes, .parallelTies, .mixedDirection, .isolates, .selfTies, .tieKindDeclarations, .sources, .kindDeclarations]

    /// The GraphML bytes and warnings naming what GraphML cannot hold (sources, kind names).
    public static func write(_ network: Network, file: String? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        let layers = network.layers
        let mixed = layers.contains(where: \.isDirected) && layers.contains(where: { !$0.isDirected })
        let directed = layers.isEmpty ? true : layers.contains(where: \.isDirected)

        var graphFields = InteropFields.fields(of: network)
        if let extras = NodeLinkJSON.cohesionExtras(network) { graphFields.append(("cohesion", .string(extras.text()))) }
        let nodeFields = network.stakeholders.map(InteropFields.fields(of:))
        var edgeFields = network.ties.map(InteropFields.fields(of:))
        if mixed {
            for (k, t) in network.ties.enumerated() where !t.kind.isDirected { edgeFields[k].append(("directed", .bool(false))) }
        }
        var extra: [String] = []
        let graphKeys = KeyTable(domain: "graph", prefix: "g", rows: [graphFields], notes: &extra)
        let nodeKeys = KeyTable(domain: "node", prefix: "n", rows: nodeFields, notes: &extra)
        let edgeKeys = KeyTable(domain: "edge", prefix: "e", rows: edgeFields, notes: &extra)

        var out: [UInt8] = []
        out.reserveCapacity(128 * (network.stakeholders.count + network.ties.count) + 1024)
        out.append(contentsOf: """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """.utf8)
        for table in [graphKeys, nodeKeys, edgeKeys] { table.writeDeclarations(to: &out) }
        out.append(contentsOf: "  <graph id=\"G\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n".utf8)
        graphKeys.writeData(graphFields, indent: "    ", to: &out)
        for (k, s) in network.stakeholders.enumerated() {
            XMLEscaping.appendTag("node", [("id", s.id)], indent: "    ", to: &out)
            nodeKeys.writeData(nodeFields[k], indent: "      ", to: &out)
            out.append(contentsOf: "    </node>\n".utf8)
        }
        for (k, t) in network.ties.enumerated() {
            XMLEscaping.appendTag("edge", [("source", t.source), ("target", t.target)], indent: "    ", to: &out)
            edgeKeys.writeData(edgeFields[k], indent: "      ", to: &out)
            out.append(contentsOf: "    </edge>\n".utf8)
        }
        out.append(contentsOf: "  </graph>\n</graphml>\n".utf8)

        if mixed {
            extra.append("NetworkX and igraph read one direction per graph: they see the undirected ties (\(layers.filter { !$0.isDirected }.map(\.id).joined(separator: ", "))) as arcs marked directed=false")
        }
        let keeps = Self.keeps
        return (out, FormatLosses.warnings(network, keeps: keeps, format: "GraphML", file: file, extra: extra))
    }

    /// The keys of one domain: for each attribute name, its id and GraphML type.
    struct KeyTable {
        let domain: String
        var order: [String] = []
        var ids: [String: String] = [:]
        var types: [String: String] = [:]

        init(domain: String, prefix: String, rows: [[(String, AttributeValue)]], notes: inout [String]) {
            self.domain = domain
            var kinds: [String: Set<String>] = [:]
            for row in rows {
                for (name, value) in row {
                    if kinds[name] == nil { order.append(name) }
                    kinds[name, default: []].insert(Self.type(of: value))
                }
            }
            for (k, name) in order.enumerated() {
                ids[name] = "\(prefix)\(k)"
                let seen = kinds[name] ?? []
                if seen.count == 1, let only = seen.first {
                    types[name] = only
                } else if seen == ["long", "double"] {
                    types[name] = "double"
                    notes.append("\(domain) attribute '\(name)' mixes whole numbers and reals: written as reals")
                } else {
                    types[name] = "string"
                    notes.append("\(domain) attribute '\(name)' mixes \(seen.sorted().joined(separator: ", ")) values: written as text")
                }
            }
        }

        static func type(of value: AttributeValue) -> String {
            switch value {
            case .integer: "long"
            case .number: "double"
            case .string: "string"
            case .bool: "boolean"
            }
        }

        func writeDeclarations(to out: inout [UInt8]) {
            for name in order {
                out.append(contentsOf: "  <key id=\"\(ids[name] ?? "")\" for=\"\(domain)\" attr.name=\"".utf8)
                XMLEscaping.append(name, to: &out)
                out.append(contentsOf: "\" attr.type=\"\(types[name] ?? "string")\"/>\n".utf8)
            }
        }

        func writeData(_ row: [(String, AttributeValue)], indent: String, to out: inout [UInt8]) {
            for (name, value) in row {
                guard let id = ids[name] else { continue }
                out.append(contentsOf: indent.utf8)
                out.append(contentsOf: "<data key=\"".utf8)
                out.append(contentsOf: id.utf8)
                out.append(contentsOf: "\">".utf8)
                switch (types[name], value) {
                case ("double", .integer(let i)): out.append(contentsOf: String(Double(i)).utf8)
                case (_, .integer(let i)): out.append(contentsOf: String(i).utf8)
                case (_, .number(let d)): out.append(contentsOf: GraphMLWriter.numberText(d).utf8)
                case (_, .bool(let b)): out.append(contentsOf: (b ? "true" : "false").utf8)
                case (_, .string(let s)): XMLEscaping.append(s, to: &out)
                }
                out.append(contentsOf: "</data>\n".utf8)
            }
        }
    }

    /// A real as Python's `float()` and Swift's `Double()` both read it back exactly.
    static func numberText(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "INF" : "-INF" }
        return String(d)
    }
}
