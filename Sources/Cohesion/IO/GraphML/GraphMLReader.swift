/// Reads GraphML, as NetworkX's `write_graphml`, igraph's `write_graphml`, Gephi and yEd write
/// it, into a ``Network``.
///
/// Each `<key>` with an `attr.name` declares a typed value (`boolean`, `int`, `long`, `float`,
/// `double`, `string`) and may give a `<default>`. A node's values become the stakeholder's
/// fields and attributes as ``InteropFields`` names them (`name`, or else `label`, becomes
/// the name; `kind`, `sector`… fill their fields; anything else is an attribute with its
/// declared type); an edge's values fill the tie the same way. The graph's `edgedefault` and
/// an edge's own `directed` give its direction; graph-level `title`, `place`, `firstYear`,
/// `lastYear` and `description` fill the network's. Parallel edges are kept. Nested graphs
/// are read flat; keys without `attr.name` (yEd's graphics) and ports are skipped; hyperedges
/// are an error.
///
/// ```swift
/// let network = try GraphMLReader.read(bytes: Array(data), file: "karate.graphml")
/// ```
///
/// - Throws: ``InvalidNetwork`` naming the file, line and column of malformed XML, a data
///   value that does not parse as its key's type, an undeclared key or a node without id.
/// - Complexity: O(bytes).
public enum GraphMLReader {
    struct Key {
        var name: String?
        var domain: String
        var type: String
        var defaultValue: AttributeValue?
    }

    enum Owner { case none, graph, node, edge }

    /// Reads a network from GraphML bytes; `file` names it in messages.
    public static func read(bytes: [UInt8], file: String?) throws -> Network {
        try readWithWarnings(bytes: bytes, file: file).network
    }

    /// Reads a network and the reader's warnings (a negative weight kept as an attribute).
    static func readWithWarnings(bytes: [UInt8], file: String?) throws -> (network: Network, warnings: [Diagnostic]) {
        var builder = ForeignNetworkBuilder(file: file, defaultDirected: false)
        var keys: [String: Key] = [:]
        var diagnostics: [Diagnostic] = []
        var sawGraphML = false
        var graphDepth = 0
        var graphDirected: [Bool] = []
        var graphFields: [String: AttributeValue] = [:]
        var appliedExtras = false
        func applyExtras() {
            appliedExtras = true
            if case .string(let json)? = graphFields["cohesion"],
               let extras = try? PositionedJSON.parse(Array(json.utf8), file: file) {
                NodeLinkJSON.readCohesionExtras(extras, into: &builder)
            }
        }

        var owner = Owner.none
        var elementID = ""
        var edgeSource = "", edgeTarget = ""
        var edgeDirected: Bool?
        var elementLocation = TextLocation(line: 1, column: 1)
        var fields: [String: AttributeValue] = [:]

        var collecting = false
        var text = ""
        var dataKey: String?
        var dataLocation = TextLocation(line: 1, column: 1)
        var defaultKey: String?
        var currentKeyID: String?
        var nestedInData = 0

        func error(_ message: String, _ location: TextLocation?) {
            diagnostics.append(Diagnostic(.error, message, file: file, location: location))
        }

        var hasDefaults = false
        func applyDefaults(_ domain: String, to fields: inout [String: AttributeValue]) {
            guard hasDefaults else { return }
            for key in keys.values where key.domain == domain || key.domain == "all" {
                if let name = key.name, let d = key.defaultValue, fields[name] == nil { fields[name] = d }
            }
        }

        try XMLScanner(bytes: bytes, file: file).scan(wantsText: { collecting }) { event in
            switch event {
            case .start(let name, let attributes, let location):
                func attribute(_ key: String) -> String? { attributes.first { $0.0 == key }?.1 }
                if dataKey != nil || defaultKey != nil { nestedInData += 1; return }
                switch name {
                case "graphml": sawGraphML = true
                case "key":
                    guard let id = attribute("id") else { error("<key> has no 'id'", location); return }
                    let type = (attribute("attr.type") ?? "string").lowercased()
                    if !["boolean", "int", "long", "float", "double", "string"].contains(type) {
                        error("key '\(id)' has unknown attr.type '\(type)' (boolean, int, long, float, double or string)", location)
                    }
                    keys[id] = Key(name: attribute("attr.name"), domain: attribute("for") ?? "all", type: type)
                    currentKeyID = id
                case "default":
                    guard let k = currentKeyID else { return }
                    defaultKey = k
                    dataLocation = location
                    collecting = true
                    text = ""
                case "graph":
                    graphDepth += 1
                    let d = attribute("edgedefault")
                    if let d, d != "directed" && d != "undirected" {
                        error("edgedefault must be 'directed' or 'undirected', found '\(d)'", location)
                    }
                    let directed = d.map { $0 == "directed" } ?? (graphDirected.last ?? false)
                    if graphDepth == 1 {
                        builder.defaultDirected = directed
                        owner = .graph
                    }
                    graphDirected.append(directed)
                case "node":
                    guard let id = attribute("id") else { error("<node> has no 'id'", location); return }
                    // Cohesion's own declarations (kind names, sources) come before the first
                    // stakeholder uses a kind, so they are not taken for undeclared kinds.
                    if !appliedExtras { applyExtras() }
                    owner = .node
                    elementID = id
                    elementLocation = location
                    fields.removeAll(keepingCapacity: true)
                case "edge":
                    guard let s = attribute("source"), let t = attribute("target") else {
                        error("<edge> needs 'source' and 'target'", location)
                        return
                    }
                    owner = .edge
                    edgeSource = s
                    edgeTarget = t
                    elementLocation = location
                    edgeDirected = nil
                    if let d = attribute("directed") {
                        switch d.lowercased() {
                        case "true", "1": edgeDirected = true
                        case "false", "0": edgeDirected = false
                        default: error("an edge's 'directed' must be true or false, found '\(d)'", location)
                        }
                    }
                    fields.removeAll(keepingCapacity: true)
                case "data":
                    guard let k = attribute("key") else { error("<data> has no 'key'", location); return }
                    guard keys[k] != nil else { error("<data> refers to undeclared key '\(k)'", location); return }
                    dataKey = k
                    dataLocation = location
                    collecting = true
                    text = ""
                case "hyperedge":
                    error("hyperedges cannot be read: a tie joins two stakeholders", location)
                default: break
                }
            case .text(let t):
                if nestedInData == 0 { if text.isEmpty { text = t } else { text += t } }
            case .end(let name):
                if nestedInData > 0 { nestedInData -= 1; return }
                switch name {
                case "key": currentKeyID = nil
                case "default":
                    if let k = defaultKey, let key = keys[k] {
                        if let v = parse(text, type: key.type) { keys[k]?.defaultValue = v; hasDefaults = true }
                        else { error("default '\(text)' of key '\(k)' is not a \(key.type)", dataLocation) }
                    }
                    defaultKey = nil
                    collecting = false
                case "data":
                    collecting = false
                    guard let k = dataKey, let key = keys[k] else { return }
                    dataKey = nil
                    guard let attributeName = key.name else { return }
                    guard let v = parse(text, type: key.type) else {
                        error("value '\(text)' of '\(attributeName)' is not a \(key.type)", dataLocation)
                        return
                    }
                    switch owner {
                    case .node, .edge: fields[attributeName] = v
                    case .graph: graphFields[attributeName] = v
                    case .none: break
                    }
                case "node":
                    applyDefaults("node", to: &fields)
                    builder.addStakeholder(id: elementID, fields: fields, location: elementLocation)
                    owner = graphDepth == 1 ? .graph : .none
                case "edge":
                    applyDefaults("edge", to: &fields)
                    builder.addTie(source: edgeSource, target: edgeTarget, directed: edgeDirected ?? graphDirected.last ?? false,
                                   fields: fields, location: elementLocation)
                    owner = graphDepth == 1 ? .graph : .none
                case "graph":
                    graphDepth -= 1
                    graphDirected.removeLast()
                    owner = .none
                default: break
                }
            }
        }
        if !sawGraphML {
            diagnostics.insert(Diagnostic(.error, "not GraphML: no <graphml> element", file: file, location: TextLocation(line: 1, column: 1)), at: 0)
        }
        applyDefaults("graph", to: &graphFields)
        if !appliedExtras { applyExtras() }
        builder.setNetworkFields(graphFields)
        builder.diagnostics = diagnostics + builder.diagnostics
        return try builder.finishWithWarnings()
    }

    /// A data value as its key's type declares.
    static func parse(_ text: String, type: String) -> AttributeValue? {
        // Most values carry no surrounding space: skip the Unicode-aware trimming for them.
        func trimmed() -> Substring {
            if let f = text.utf8.first, let l = text.utf8.last, f > 0x20, l > 0x20 { return text[...] }
            return text.trimmingSpaces()
        }
        switch type {
        case "boolean":
            switch trimmed().lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return nil
            }
        case "int", "long":
            if let i = Int(trimmed()) { return .integer(i) }
            return nil
        case "float", "double":
            if let d = Double(trimmed()) { return .number(d) }
            return nil
        default:
            return .string(text)
        }
    }
}
