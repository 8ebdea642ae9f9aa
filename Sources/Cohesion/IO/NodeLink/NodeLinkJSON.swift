/// NetworkX's node-link JSON (`networkx.node_link_data` / `node_link_graph`, `json_graph`),
/// read and written.
///
/// The document is an object with `directed`, `multigraph`, `graph` (graph attributes),
/// `nodes` (objects with `id` and attributes) and `edges` (NetworkX 3.4 and later) or `links`
/// (earlier), objects with `source`, `target`, an optional `key` and attributes. Values are
/// read as ``InteropFields`` names them; a list or object value is kept as its JSON text.
/// Numeric ids become their decimal text.
///
/// Writing keeps everything: stakeholder and tie fields and attributes as flat values, the
/// network's fields in `graph`, and what only Cohesion knows (declared kinds, sources) under
/// `graph.cohesion`, which NetworkX carries along untouched. `directed` is true when any tie
/// kind is directed; `multigraph` when two ties join the same pair.
///
/// ```swift
/// let (bytes, warnings) = NodeLinkJSON.write(network)
/// let back = try NodeLinkJSON.read(bytes: bytes, file: "lille.json")
/// ```
///
/// - Complexity: O(bytes).
public enum NodeLinkJSON {
    /// What the format holds of a network (the rest is listed by ``FormatLosses``).
    public static let keeps: FormatCapabilities = [.networkFields, .stakeholderNames, .stakeholderFields, .stakeholderAttributes, .tieKinds, .weights, .tieFields, .amounts, .years, .tieAttributes, .parallelTies, .mixedDirection, .isolates, .selfTies, .tieKindDeclarations, .sources, .kindDeclarations]

    /// Whether JSON bytes look like node-link data: a top-level object with `nodes` and
    /// `edges` or `links`, and no `stakeholders`. Scans the top level only, without building
    /// the document.
    public static func looksLikeNodeLink(_ bytes: [UInt8]) -> Bool {
        let keys = topLevelKeys(bytes)
        return keys.contains("nodes") && (keys.contains("edges") || keys.contains("links")) && !keys.contains("stakeholders")
    }

    /// Reads a network from node-link JSON.
    ///
    /// - Throws: ``InvalidNetwork`` with the line and column of a syntax error, a node
    ///   without `id`, an edge without `source` or `target`, or a duplicate id.
    public static func read(bytes: [UInt8], file: String?) throws -> Network {
        try readWithWarnings(bytes: bytes, file: file).network
    }

    /// Reads a network and the reader's warnings (a negative weight kept as an attribute).
    static func readWithWarnings(bytes: [UInt8], file: String?) throws -> (network: Network, warnings: [Diagnostic]) {
        let root = try PositionedJSON.parse(bytes, file: file)
        func fail(_ message: String, _ at: PositionedJSON) -> InvalidNetwork {
            InvalidNetwork([Diagnostic(.error, message, file: file, location: at.location)])
        }
        guard case .object = root.value else { throw fail("node-link JSON must be an object with 'nodes' and 'edges'", root) }
        var directed = false
        if let d = root["directed"] {
            guard case .bool(let b) = d.value else { throw fail("'directed' must be true or false", d) }
            directed = b
        }
        var builder = ForeignNetworkBuilder(file: file, defaultDirected: directed)
        builder.valueIsWeight = true
        if let graph = root["graph"], case .object(let members) = graph.value {
            var fields: [String: AttributeValue] = [:]
            for (k, v) in members { if let a = v.attributeValue { fields[k] = a } }
            builder.setNetworkFields(fields)
            if let cohesion = graph["cohesion"] { readCohesionExtras(cohesion, into: &builder) }
        }
        guard let nodes = root["nodes"], case .array(let nodeItems) = nodes.value else {
            throw fail("node-link JSON needs a 'nodes' array", root)
        }
        for node in nodeItems {
            guard case .object(let members) = node.value else { throw fail("a node must be an object", node) }
            guard let idValue = node["id"], let id = idText(idValue) else { throw fail("a node needs an 'id' (text or number)", node) }
            builder.addStakeholder(id: id, fields: fields(members, skipping: ["id"]), location: node.location)
        }
        guard let edges = root["edges"] ?? root["links"], case .array(let edgeItems) = edges.value else {
            throw fail("node-link JSON needs an 'edges' (or 'links') array", root)
        }
        for edge in edgeItems {
            guard case .object(let members) = edge.value else { throw fail("an edge must be an object", edge) }
            guard let s = edge["source"].flatMap(idText), let t = edge["target"].flatMap(idText) else {
                throw fail("an edge needs 'source' and 'target' (text or number)", edge)
            }
            builder.addTie(source: s, target: t, directed: directed, fields: fields(members, skipping: ["source", "target", "key"]),
                           location: edge.location)
        }
        return try builder.finishWithWarnings()
    }

    /// Writes node-link JSON; nothing the network holds is lost, so there are no warnings
    /// beyond attributes named like a field.
    public static func write(_ network: Network, file: String? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        func json(_ v: AttributeValue) -> JSONValue {
            switch v {
            case .integer(let i): .integer(i)
            case .number(let d): .number(d)
            case .string(let s): .string(s)
            case .bool(let b): .bool(b)
            }
        }
        var seen = Set<FormatLosses.ParallelKey>()
        var multigraph = false
        for t in network.ties where !seen.insert(FormatLosses.ParallelKey(a: t.source, b: t.target, kind: "")).inserted {
            multigraph = true
            break
        }
        var graph: [(String, JSONValue)] = InteropFields.fields(of: network).map { ($0.0, json($0.1)) }
        if let extras = cohesionExtras(network) { graph.append(("cohesion", extras)) }
        // Written piece by piece rather than as one JSONValue tree: a million edges would
        // otherwise be built twice in memory.
        let directed = network.layers.isEmpty || network.layers.contains(where: \.isDirected)
        var out = ""
        out.reserveCapacity(96 * (network.stakeholders.count + network.ties.count) + 256)
        out += "{\"directed\":\(directed),\"multigraph\":\(multigraph),\"graph\":"
        out += JSONValue.object(graph).text()
        func append(_ members: [(String, AttributeValue)]) {
            for (k, v) in members {
                out += ","
                JSONValue.writeString(k, to: &out)
                out += ":"
                switch v {
                case .integer(let i): out += String(i)
                case .number(let d): out += JSONValue.numberText(d)
                case .string(let s): JSONValue.writeString(s, to: &out)
                case .bool(let b): out += b ? "true" : "false"
                }
            }
        }
        out += ",\"nodes\":["
        for (k, s) in network.stakeholders.enumerated() {
            out += k == 0 ? "{\"id\":" : ",\n{\"id\":"
            JSONValue.writeString(s.id, to: &out)
            append(InteropFields.fields(of: s))
            out += "}"
        }
        out += "],\"edges\":["
        var keys: [FormatLosses.ParallelKey: Int] = [:]
        for (k, t) in network.ties.enumerated() {
            out += k == 0 ? "{\"source\":" : ",\n{\"source\":"
            JSONValue.writeString(t.source, to: &out)
            out += ",\"target\":"
            JSONValue.writeString(t.target, to: &out)
            if multigraph {
                let pair = FormatLosses.ParallelKey(a: t.source, b: t.target, kind: "")
                let key = keys[pair, default: 0]
                keys[pair] = key + 1
                out += ",\"key\":\(key)"
            }
            append(InteropFields.fields(of: t))
            out += "}"
        }
        out += "]}\n"
        var extra: [String] = []
        if network.layers.contains(where: \.isDirected) && network.layers.contains(where: { !$0.isDirected }) {
            extra.append("NetworkX reads one direction per graph: it sees the undirected ties (\(network.layers.filter { !$0.isDirected }.map(\.id).joined(separator: ", "))) as arcs")
        }
        let keeps = Self.keeps
        return (Array(out.utf8), FormatLosses.warnings(network, keeps: keeps, format: "node-link JSON", file: file, extra: extra))
    }

    /// Declared kinds and sources in the native schema's form, or nil when there are none.
    static func cohesionExtras(_ network: Network) -> JSONValue? {
        var extras: [(String, JSONValue)] = []
        if case .object(let members) = network.nativeDocument {
            for (k, v) in members where k == "kinds" || k == "sources" { extras.append((k, v)) }
        }
        return extras.isEmpty ? nil : .object(extras)
    }

    static func idText(_ v: PositionedJSON) -> String? {
        switch v.value {
        case .string(let s): s
        case .integer(let i): String(i)
        case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        default: nil
        }
    }

    static func fields(_ members: [(String, PositionedJSON)], skipping: Set<String>) -> [String: AttributeValue] {
        var out: [String: AttributeValue] = [:]
        for (k, v) in members where !skipping.contains(k) {
            if let a = v.attributeValue { out[k] = a } else if case .null = v.value { continue } else { out[k] = .string(jsonText(v)) }
        }
        return out
    }

    /// Compact JSON text of a value, for list and object attributes.
    static func jsonText(_ v: PositionedJSON) -> String {
        func convert(_ v: PositionedJSON) -> JSONValue {
            switch v.value {
            case .null: .null
            case .bool(let b): .bool(b)
            case .integer(let i): .integer(i)
            case .number(let d): .number(d)
            case .string(let s): .string(s)
            case .array(let items): .array(items.map(convert))
            case .object(let members): .object(members.map { ($0.0, convert($0.1)) })
            }
        }
        return convert(v).text()
    }

    /// Declared kinds and sources that Cohesion wrote under `graph.cohesion`.
    static func readCohesionExtras(_ extras: PositionedJSON, into builder: inout ForeignNetworkBuilder) {
        func string(_ v: PositionedJSON?, _ key: String) -> String? {
            if let v = v?[key], case .string(let s) = v.value { return s }
            return nil
        }
        func bool(_ v: PositionedJSON?, _ key: String) -> Bool? {
            if let v = v?[key], case .bool(let b) = v.value { return b }
            return nil
        }
        if let kinds = extras["kinds"] {
            if let list = kinds["stakeholders"], case .array(let items) = list.value {
                for item in items {
                    guard let id = string(item, "id") else { continue }
                    builder.declare(StakeholderKind(id: id, name: string(item, "name"), broader: string(item, "broader")))
                }
            }
            if let list = kinds["ties"], case .array(let items) = list.value {
                for item in items {
                    guard let id = string(item, "id") else { continue }
                    builder.declare(TieKind(id: id, isDirected: bool(item, "directed") ?? true,
                                            sign: string(item, "sign") == "negative" ? .negative : .positive))
                }
            }
        }
        if let list = extras["sources"], case .array(let items) = list.value {
            for item in items {
                guard let id = string(item, "id") else { continue }
                builder.network.sources.append(Source(id: id, title: string(item, "title"), publisher: string(item, "publisher"),
                                                      url: string(item, "url"), date: string(item, "date"),
                                                      isPartisan: bool(item, "partisan") ?? false, note: string(item, "note")))
            }
        }
    }

    /// The keys of a top-level JSON object, found by a scan that skips nested values.
    static func topLevelKeys(_ bytes: [UInt8]) -> Set<String> {
        var keys = Set<String>()
        var depth = 0
        var i = 0
        var expectKey = false
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectKey = depth == 1 && c == UInt8(ascii: "{")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return keys }
            case UInt8(ascii: ","):
                if depth == 1 { expectKey = true }
            case UInt8(ascii: "\""):
                let start = i + 1
                i += 1
                while i < n, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                if depth == 1 && expectKey, i <= n {
                    keys.insert(String(decoding: bytes[start..<min(i, n)], as: UTF8.self))
                    expectKey = false
                }
            default: break
            }
            i += 1
        }
        return keys
    }
}
