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
    /// Reads a network from GraphML bytes; `file` names it in messages.
    public static func read(bytes: [UInt8], file: String?) throws -> Network {
        try readWithWarnings(bytes: bytes, file: file).network
    }

    /// Reads a network and the reader's warnings (a negative weight kept as an attribute).
    static func readWithWarnings(bytes: [UInt8], file: String?) throws -> (network: Network, warnings: [Diagnostic]) {
        var events = GraphMLEvents(sink: NetworkSink(builder: ForeignNetworkBuilder(file: file, defaultDirected: false)), file: file)
        try events.read(bytes)
        events.finishGraphFields()
        events.sink.builder.setNetworkFields(events.graphFields)
        events.sink.builder.diagnostics = events.diagnostics + events.sink.builder.diagnostics
        return try events.sink.builder.finishWithWarnings()
    }

    /// Adds each node and edge to the network being built.
    struct NetworkSink: GraphMLSink {
        var builder: ForeignNetworkBuilder

        mutating func addNode(id: String, fields: [String: AttributeValue], location: TextLocation) {
            builder.addStakeholder(id: id, fields: fields, location: location)
        }

        mutating func addEdge(source: String, target: String, directed: Bool, fields: [String: AttributeValue],
                              location: TextLocation) {
            builder.addTie(source: source, target: target, directed: directed, fields: fields, location: location)
        }
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
