/// Reads GML, as NetworkX's `write_gml` and igraph's `write_gml` write it, into a ``Network``.
///
/// The `graph [ … ]` list gives `directed 1` (GML's default is undirected) and the network's
/// `title`, `place`, `firstYear`, `lastYear`, `description` (NetworkX's graph `name` is read
/// as the title). Each `node [ … ]` has an `id`; the stakeholder id is its `label` when every
/// node has a distinct one (NetworkX's node names), else its `name` when distinct, else the
/// `id` — in a file whose `Creator` is igraph, `name` is tried first (igraph's vertex names);
/// the other of `label` and `name` is the stakeholder's name. Other keys fill
/// the fields ``InteropFields`` names or become attributes (whole numbers, reals, text); a
/// `graphics [ x … y … ]` list gives the attributes `x` and `y`, other nested lists are
/// skipped. Each `edge [ … ]` names its `source` and `target` by node `id`; `weight`, `kind`,
/// `firstYear`… fill the tie; NetworkX's multigraph `key` is dropped; a `directed 0` on an
/// edge of a directed graph makes the tie undirected (as Cohesion writes mixed networks).
///
/// ```swift
/// let network = try GMLReader.read(bytes: Array(data), file: "karate.gml")
/// ```
///
/// - Throws: ``InvalidNetwork`` naming the line and column of malformed GML, a file with no
///   `graph`, a node without `id` or with a repeated one, or an edge naming an unknown node.
/// - Complexity: O(bytes) plus O(*n* + *m*) dictionary look-ups.
public enum GMLReader {
    /// Reads a network from GML bytes; `file` names it in messages.
    public static func read(bytes: [UInt8], file: String?) throws -> Network {
        let top = try GMLTree.parse(bytes, file: file)
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, _ location: TextLocation) {
            diagnostics.append(Diagnostic(.error, message, file: file, location: location))
        }
        guard let graph = top.first(where: { $0.key.lowercased() == "graph" }), case .list(let entries) = graph.value else {
            throw InvalidNetwork([Diagnostic(.error, "not GML: no 'graph [ … ]' list", file: file, location: TextLocation(line: 1, column: 1))])
        }
        var directed = false
        var graphFields: [String: AttributeValue] = [:]
        struct Node { var gmlID: String; var fields: [String: AttributeValue]; var location: TextLocation }
        var nodes: [Node] = []
        var edges: [(source: String, target: String, fields: [String: AttributeValue], location: TextLocation)] = []
        for entry in entries {
            switch (entry.key, entry.value) {
            case ("directed", .integer(let d)): directed = d != 0
            case ("multigraph", _): break
            case ("node", .list(let list)):
                var id: String?
                var fields: [String: AttributeValue] = [:]
                for e in list {
                    if e.key == "id" {
                        switch e.value {
                        case .integer(let i): id = String(i)
                        case .string(let s): id = s
                        case .number(let d): id = d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
                        case .list: error("a node's id must be a number or a string", e.location)
                        }
                    } else if e.key == "graphics", case .list(let g) = e.value {
                        for p in g where p.key == "x" || p.key == "y" { if let v = scalar(p.value) { fields[p.key] = v } }
                    } else if let v = scalar(e.value) {
                        fields[e.key] = v
                    }
                }
                guard let id else { error("a node has no id", entry.location); continue }
                nodes.append(Node(gmlID: id, fields: fields, location: entry.location))
            case ("edge", .list(let list)):
                var source: String?, target: String?
                var fields: [String: AttributeValue] = [:]
                for e in list {
                    switch (e.key, e.value) {
                    case ("source", .integer(let i)): source = String(i)
                    case ("source", .string(let s)): source = s
                    case ("target", .integer(let i)): target = String(i)
                    case ("target", .string(let s)): target = s
                    case ("key", _): break
                    case ("directed", .integer(let d)): fields["directed"] = .bool(d != 0)
                    case ("graphics", _): break
                    default: if let v = scalar(e.value) { fields[e.key] = v }
                    }
                }
                guard let source, let target else { error("an edge needs a source and a target", entry.location); continue }
                edges.append((source, target, fields, entry.location))
            case ("name", .string(let s)): graphFields["title"] = graphFields["title"] ?? .string(s)
            default: if let v = scalar(entry.value) { graphFields[entry.key] = v }
            }
        }
        // The stakeholder id: distinct labels, else distinct names, else the GML ids.
        func distinct(_ key: String) -> Bool {
            let values = nodes.compactMap { $0.fields[key]?.description }
            return values.count == nodes.count && Set(values).count == values.count && !values.contains("")
        }
        // igraph names vertices by `name` and writes `label` only as a display attribute.
        let byIgraph = top.contains { e in
            if e.key == "Creator", case .string(let c) = e.value { return c.lowercased().hasPrefix("igraph") }
            return false
        }
        let order = byIgraph ? ["name", "label"] : ["label", "name"]
        let idKey = order.first(where: distinct)
        var byGMLID: [String: String] = [:]
        var builder = ForeignNetworkBuilder(file: file, defaultDirected: directed)
        for node in nodes {
            var fields = node.fields
            var id = node.gmlID
            if let idKey, let v = fields.removeValue(forKey: idKey) { id = v.description }
            if let label = fields.removeValue(forKey: "label"), fields["name"] == nil { fields["name"] = label }
            guard byGMLID[node.gmlID] == nil else { error("duplicate node id '\(node.gmlID)'", node.location); continue }
            byGMLID[node.gmlID] = id
            builder.addStakeholder(id: id, fields: fields, location: node.location)
        }
        for e in edges {
            guard let s = byGMLID[e.source], let t = byGMLID[e.target] else {
                error("an edge names node '\(byGMLID[e.source] == nil ? e.source : e.target)', which is not declared", e.location)
                continue
            }
            builder.addTie(source: s, target: t, directed: directed, fields: e.fields, location: e.location)
        }
        builder.setNetworkFields(graphFields)
        builder.diagnostics = diagnostics + builder.diagnostics
        return try builder.finish()
    }

    static func scalar(_ v: GMLTree.Value) -> AttributeValue? {
        switch v {
        case .integer(let i): .integer(i)
        case .number(let d): .number(d)
        case .string(let s): .string(s)
        case .list: nil
        }
    }
}
