/// Writes a ``Network`` as GEXF 1.2 for Gephi, with tie years as time intervals so Gephi's
/// timeline can replay the network.
///
/// The graph is `mode="dynamic"` with `timeformat="date"` when any tie is dated: a tie held
/// from `firstYear` to `lastYear` (both inclusive) is an edge with `start="2020-01-01"` and
/// `end="2024-12-31"`, an open end left out (GEXF reads a missing bound as unbounded).
/// Stakeholders are nodes labelled by name, with kind, sector, level, place, citations, note
/// and free attributes as typed node attributes (`long`, `double`, `string`, `boolean`);
/// ties are edges labelled by kind, with the weight as GEXF's `weight` and the other fields
/// as edge attributes. A network mixing directed and undirected kinds is written directed,
/// each undirected tie carrying the boolean edge attribute `directed = false` (as the GraphML
/// writer does), because NetworkX's `read_gexf` refuses an undirected edge in a directed graph;
/// ``GEXFReader`` reads such ties back undirected. Parallel ties are separate edges (Gephi
/// merges them unless told not to). Stakeholder ``Network/series`` (places, coverage by year)
/// are dynamic node attributes (`double`, in an `<attributes class="node" mode="dynamic">`
/// block), one `attvalue` per point spanning its year (`start="2011-01-01" end="2011-12-31"`),
/// so Gephi's timeline shows them year by year.
///
/// With ``GEXFVisuals`` (a diagram's layout), each stakeholder also gets `viz:color`,
/// `viz:size` and `viz:position`, which Gephi draws at once and NetworkX reads as `viz`.
///
/// ```swift
/// let (bytes, warnings) = GEXFWriter.write(network)
/// ```
///
/// - Complexity: O(*n* + *m*) in the size of the output.
public enum GEXFWriter {
    /// What the format holds of a network (the rest is listed by ``FormatLosses``).
    public static let keeps: FormatCapabilities = [.series, .stakeholderNames, .stakeholderFields, .stakeholderAttributes, .tieKinds, .weights, .tieFields, .amounts, .years, .tieAttributes, .parallelTies, .mixedDirection, .isolates, .selfTies, .tieKindDeclarations]

    /// The GEXF bytes and a warning naming what GEXF cannot hold (sources, kind declarations).
    ///
    /// - Parameters:
    ///   - network: the network to write.
    ///   - file: the file's name, for warnings.
    ///   - visuals: colours, sizes and positions by stakeholder id, from a diagram's layout.
    public static func write(_ network: Network, file: String? = nil,
                             visuals: GEXFVisuals? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        let layers = network.layers
        let directed = layers.isEmpty || layers.contains(where: \.isDirected)
        let dated = network.ties.contains { $0.firstYear != nil || $0.lastYear != nil } || !network.series.isEmpty
        let nodeRows = network.stakeholders.map { s in InteropFields.fields(of: s).filter { $0.0 != "name" } }
        var edgeRows = network.ties.map { t in
            InteropFields.fields(of: t).filter { $0.0 != "weight" && $0.0 != "firstYear" && $0.0 != "lastYear" && $0.0 != "directed" }
        }
        let mixed = directed && layers.contains { !$0.isDirected }
        if mixed {
            for (k, t) in network.ties.enumerated() where !t.kind.isDirected { edgeRows[k].append(("directed", .bool(false))) }
        }
        var notes: [String] = []
        let nodeKeys = GraphMLWriter.KeyTable(domain: "node", prefix: "n", rows: nodeRows, notes: &notes)
        let edgeKeys = GraphMLWriter.KeyTable(domain: "edge", prefix: "e", rows: edgeRows, notes: &notes)

        var out: [UInt8] = []
        out.reserveCapacity(160 * (network.stakeholders.count + network.ties.count) + 1024)
        out.append(contentsOf: """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xmlns:viz="http://www.gexf.net/1.2draft/viz" \
            xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
              <meta>
                <creator>Cohesion</creator>

            """.utf8)
        let description = [network.title, network.place, network.description].compactMap { $0 }.joined(separator: " — ")
        if !description.isEmpty {
            out.append(contentsOf: "    <description>".utf8)
            XMLEscaping.append(description, to: &out)
            out.append(contentsOf: "</description>\n".utf8)
        }
        out.append(contentsOf: "  </meta>\n".utf8)
        out.append(contentsOf: "  <graph defaultedgetype=\"\(directed ? "directed" : "undirected")\"".utf8)
        out.append(contentsOf: (dated ? " mode=\"dynamic\" timeformat=\"date\">\n" : " mode=\"static\">\n").utf8)
        for (cls, keys) in [("node", nodeKeys), ("edge", edgeKeys)] where !keys.order.isEmpty {
            out.append(contentsOf: "    <attributes class=\"\(cls)\" mode=\"static\">\n".utf8)
            for name in keys.order {
                out.append(contentsOf: "      <attribute id=\"\(keys.ids[name] ?? "")\" title=\"".utf8)
                XMLEscaping.append(name, to: &out)
                out.append(contentsOf: "\" type=\"\(keys.types[name] ?? "string")\"/>\n".utf8)
            }
            out.append(contentsOf: "    </attributes>\n".utf8)
        }
        let seriesKeys = appendSeriesDeclarations(network, to: &out)
        out.append(contentsOf: "    <nodes>\n".utf8)
        for (k, s) in network.stakeholders.enumerated() {
            XMLEscaping.appendTag("node", [("id", s.id), ("label", s.name)], indent: "      ", to: &out)
            writeValues(nodeRows[k], keys: nodeKeys, dynamic: seriesValues(network, stakeholder: s.id, keys: seriesKeys), to: &out)
            if let v = visuals?.nodes[s.id] { writeViz(v, to: &out) }
            out.append(contentsOf: "      </node>\n".utf8)
        }
        out.append(contentsOf: "    </nodes>\n    <edges>\n".utf8)
        for (k, t) in network.ties.enumerated() {
            XMLEscaping.appendTag("edge", [("id", String(k)), ("source", t.source), ("target", t.target), ("label", t.kind.id)],
                                  indent: "      ", end: "", to: &out)
            if let w = t.weight { out.append(contentsOf: " weight=\"\(GraphMLWriter.numberText(w))\"".utf8) }
            if let y = t.firstYear { out.append(contentsOf: " start=\"\(yearText(y))-01-01\"".utf8) }
            if let y = t.lastYear { out.append(contentsOf: " end=\"\(yearText(y))-12-31\"".utf8) }
            out.append(contentsOf: ">\n".utf8)
            writeValues(edgeRows[k], keys: edgeKeys, to: &out)
            out.append(contentsOf: "      </edge>\n".utf8)
        }
        out.append(contentsOf: "    </edges>\n  </graph>\n</gexf>\n".utf8)
        let keeps = Self.keeps
        var extra = notes
        if mixed {
            extra.append("one direction per GEXF graph for NetworkX: the undirected ties (\(layers.filter { !$0.isDirected }.map(\.id).joined(separator: ", "))) are arcs marked directed=false")
        }
        if network.firstYear != nil || network.lastYear != nil { extra.append("the network's period") }
        // Series travel as dynamic numbers: their units, notes and the points' citations and notes stay behind.
        let annotated = network.series.filter { $0.unit != nil || $0.note != nil || $0.points.contains { !$0.citations.isEmpty || $0.note != nil } }
        if !annotated.isEmpty { extra.append("units, notes and citations of stakeholder series (\(annotated.count))") }
        let base = FormatLosses.warnings(network, keeps: keeps.union(.networkFields), format: "GEXF", file: file, extra: extra)
        return (out, base)
    }

    static func yearText(_ y: Int) -> String {
        let digits = String(abs(y))
        return (y < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func writeViz(_ v: GEXFVisuals.Node, to out: inout [UInt8]) {
        if let c = v.color {
            out.append(contentsOf: "        <viz:color r=\"\(c.red)\" g=\"\(c.green)\" b=\"\(c.blue)\" a=\"1.0\"/>\n".utf8)
        }
        if let size = v.size, size.isFinite { out.append(contentsOf: "        <viz:size value=\"\(GraphMLWriter.numberText(size))\"/>\n".utf8) }
        if let p = v.position, p.x.isFinite, p.y.isFinite {
            out.append(contentsOf: "        <viz:position x=\"\(GraphMLWriter.numberText(p.x))\" y=\"\(GraphMLWriter.numberText(p.y))\" z=\"0.0\"/>\n".utf8)
        }
    }

    static func writeValues(_ row: [(String, AttributeValue)], keys: GraphMLWriter.KeyTable, dynamic: [UInt8] = [],
                            to out: inout [UInt8]) {
        guard !row.isEmpty || !dynamic.isEmpty else { return }
        out.append(contentsOf: "        <attvalues>\n".utf8)
        for (name, value) in row {
            guard let id = keys.ids[name] else { continue }
            out.append(contentsOf: "          <attvalue for=\"\(id)\" value=\"".utf8)
            switch (keys.types[name], value) {
            case ("double", .integer(let i)): out.append(contentsOf: String(Double(i)).utf8)
            case (_, .integer(let i)): out.append(contentsOf: String(i).utf8)
            case (_, .number(let d)): out.append(contentsOf: GraphMLWriter.numberText(d).utf8)
            case (_, .bool(let b)): out.append(contentsOf: (b ? "true" : "false").utf8)
            case (_, .string(let s)): XMLEscaping.append(s, to: &out)
            }
            out.append(contentsOf: "\"/>\n".utf8)
        }
        out.append(contentsOf: dynamic)
        out.append(contentsOf: "        </attvalues>\n".utf8)
    }
}
