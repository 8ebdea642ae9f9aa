/// Writes a ``Network`` as GML that NetworkX's `read_gml` and igraph's `Read_GML` read.
///
/// Nodes are numbered from 0 as GML's `id`; the stakeholder id is the `label` (NetworkX names
/// nodes by it; igraph keeps it as the vertex attribute `label`), the name is `name`. Fields and attributes follow as ``InteropFields``
/// names them; keys that are not GML identifiers (letters, digits, `_`, starting with a
/// letter) have other characters replaced by `_` and are reported. Strings are ASCII with XML
/// character references for anything else, `"` and `&`, since NetworkX reads GML as ASCII
/// (igraph 1.0 keeps numeric references such as `&#233;` as written).
/// Whole numbers beyond 32 bits are written as text (GML's integers are 32-bit); reals
/// always carry a decimal point; booleans are 1 and 0. The graph is `directed 1` when any
/// kind is directed, with `directed 0` on each undirected tie of a mixed network, and
/// `multigraph 1` so parallel ties stay apart.
///
/// ```swift
/// let (bytes, warnings) = GMLWriter.write(network, file: "lille.gml")
/// ```
///
/// - Complexity: O(*n* + *m*) in the size of the output.
public enum GMLWriter {
    /// What GML holds of a network.
    public static let keeps: FormatCapabilities = [.networkFields, .stakeholderNames, .stakeholderFields, .stakeholderAttributes, .tieKinds,
                                                   .weights, .tieFields, .amounts, .years, .tieAttributes, .parallelTies, .mixedDirection,
                                                   .isolates, .selfTies, .tieKindDeclarations]

    /// The GML bytes and a warning naming what GML cannot hold.
    public static func write(_ network: Network, file: String? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        let layers = network.layers
        let directed = layers.isEmpty || layers.contains(where: \.isDirected)
        let mixed = directed && layers.contains { !$0.isDirected }
        var renamed = Set<String>()
        var out = "graph [\n"
        if directed { out += "  directed 1\n" }
        out += "  multigraph 1\n"
        for (k, v) in InteropFields.fields(of: network) { out += "  " + entry(k, v, &renamed) + "\n" }
        var number: [String: Int] = [:]
        for (k, s) in network.stakeholders.enumerated() {
            if number[s.id] == nil { number[s.id] = k }
            out += "  node [\n    id \(k)\n    label \(quoted(s.id))\n"
            for (key, v) in InteropFields.fields(of: s) where key != "label" && key != "id" {
                out += "    " + entry(key, v, &renamed) + "\n"
            }
            out += "  ]\n"
        }
        for t in network.ties {
            guard let a = number[t.source], let b = number[t.target] else { continue }
            out += "  edge [\n    source \(a)\n    target \(b)\n"
            for (key, v) in InteropFields.fields(of: t) where !["source", "target", "key", "directed"].contains(key) {
                out += "    " + entry(key, v, &renamed) + "\n"
            }
            if mixed && !t.kind.isDirected { out += "    directed 0\n" }
            out += "  ]\n"
        }
        out += "]\n"
        var extra: [String] = []
        if !renamed.isEmpty { extra.append("keys that are not GML identifiers (written with _: \(renamed.sorted().joined(separator: ", ")))") }
        if mixed { extra.append("one direction per graph for NetworkX and igraph: undirected ties are arcs marked directed 0") }
        if network.stakeholders.contains(where: { $0.attributes.values.contains { if case .bool = $0 { true } else { false } } })
            || network.ties.contains(where: { $0.attributes.values.contains { if case .bool = $0 { true } else { false } } }) {
            extra.append("the boolean type of attributes (written as 1 and 0)")
        }
        return (Array(out.utf8), FormatLosses.warnings(network, keeps: keeps, format: "GML", file: file, extra: extra))
    }

    static func entry(_ key: String, _ value: AttributeValue, _ renamed: inout Set<String>) -> String {
        var k = String(key.unicodeScalars.map { $0.isASCII && (Character($0).isLetter || Character($0).isNumber || $0 == "_") ? Character($0) : "_" })
        if let f = k.first, !(f.isASCII && f.isLetter) { k = "a" + k }
        if k != key { renamed.insert(key) }
        return k + " " + text(value)
    }

    static func text(_ value: AttributeValue) -> String {
        switch value {
        case .integer(let i): return i >= -(1 << 31) && i < (1 << 31) ? String(i) : quoted(String(i))
        case .number(let d): return real(d)
        case .bool(let b): return b ? "1" : "0"
        case .string(let s): return quoted(s)
        }
    }

    /// A real as GML wants it: a decimal point always, `INF`, `-INF`, `NAN`.
    static func real(_ d: Double) -> String {
        if d.isNaN { return "NAN" }
        if d.isInfinite { return d > 0 ? "+INF" : "-INF" }
        var t = "\(d)".uppercased()
        if let e = t.firstIndex(of: "E"), !t[..<e].contains(".") { t.insert(contentsOf: ".0", at: e) }
        else if !t.contains(".") && !t.contains("E") { t += ".0" }
        return t
    }

    /// A double-quoted ASCII string, with character references for `"`, `&` and non-ASCII.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            if u.value >= 0x20 && u.value < 0x7F && u != "\"" && u != "&" { out.unicodeScalars.append(u) }
            else { out += "&#\(u.value);" }
        }
        return out + "\""
    }
}
