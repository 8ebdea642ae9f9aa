/// Writes a ``Network`` as DOT for conversion (not for drawing: diagrams come from
/// `CohesionGraphviz`'s `NetworkDiagram`), through ``DOTWriter``, with the fields that
/// `CohesionGraphviz`'s `DOTImport` reads back.
///
/// The graph is a `digraph` when any tie kind is directed, and an undirected tie in it carries
/// `dir=none`; the graph's `label` is the title. Each stakeholder is a node whose id is the
/// stakeholder id, with `label` (the name), `kind`, `sector`, `level` and `place`; each tie an
/// edge with `kind`, `instrument`, `amount` (the value) and `weight`. Other fields
/// (`currency`, `amountYear`, `firstYear`, `lastYear`, `citations`, `illustrative`, `note`) and
/// free attributes are written as attributes of their own name, which DOT import reads back
/// as free attributes; an attribute named like a Graphviz drawing attribute (`color`,
/// `shape`…) is left out. The warning lists the rest.
///
/// ```swift
/// let (bytes, warnings) = DOTNetworkWriter.write(network)
/// ```
///
/// - Complexity: O(*n* + *m*) in the size of the output.
public enum DOTNetworkWriter {
    /// What the format holds of a network (the rest is listed by ``FormatLosses``).
    public static let keeps: FormatCapabilities = [.stakeholderNames, .stakeholderAttributes, .tieKinds, .weights, .tieAttributes, .parallelTies, .mixedDirection, .isolates, .selfTies, .amounts, .tieFields, .years]

    /// Attribute names Graphviz gives a drawing meaning, which DOT import does not read as data.
    static let drawingNames: Set<String> = [
        "pos", "width", "height", "shape", "style", "color", "fillcolor", "fontcolor", "fontname", "fontsize",
        "penwidth", "tooltip", "xlabel", "labelloc", "labeljust", "margin", "fixedsize", "peripheries", "sides",
        "orientation", "regular", "distortion", "skew", "image", "imagescale", "group", "rects", "lp", "xlp",
        "URL", "href", "target", "id", "class", "comment", "gradientangle", "layer", "nojustify", "ordering",
        "pin", "root", "samplepoints", "showboxes", "sortv", "vertices", "z", "area", "label", "name",
        "dir", "arrowhead", "arrowtail", "arrowsize", "constraint", "minlen", "headport", "tailport",
        "headlabel", "taillabel", "labelangle", "labeldistance", "labelfloat", "len", "weight",
    ]

    /// The DOT bytes and a warning naming what DOT import cannot read back.
    public static func write(_ network: Network, file: String? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        let layers = network.layers
        let directed = layers.isEmpty || layers.contains(where: \.isDirected)
        var document = DOTDocument(isDirected: directed)
        if let title = network.title { document.graphAttributes["label"] = .text(title) }
        var dropped = Set<String>()
        // Numbers as Swift writes them, not DOTWriter's six decimals, so they read back exactly.
        func value(_ v: AttributeValue) -> DOTValue {
            switch v {
            case .integer(let i): .string(String(i))
            case .number(let d): .string(String(d))
            case .string(let s): .string(s)
            case .bool(let b): .bool(b)
            }
        }
        // `place` and `instrument` are read back as escaped strings, like labels.
        func text(_ name: String, _ v: AttributeValue) -> DOTValue {
            if name == "place" || name == "instrument", case .string(let s) = v { return .text(s) }
            return value(v)
        }
        for s in network.stakeholders {
            var attributes = DOTAttributes()
            attributes["label"] = .text(s.name)
            for (name, v) in InteropFields.fields(of: s) where name != "name" {
                if drawingNames.contains(name) { dropped.insert(name); continue }
                attributes[name] = text(name, v)
            }
            document.append(node: s.id, attributes)
        }
        for t in network.ties {
            var attributes = DOTAttributes()
            for (name, v) in InteropFields.fields(of: t) {
                if name == "weight" { attributes[name] = value(v); continue }
                if drawingNames.contains(name) { dropped.insert(name); continue }
                attributes[name] = text(name, v)
            }
            if directed && !t.kind.isDirected { attributes["dir"] = "none" }
            document.append(edge: t.source, t.target, attributes)
        }
        var extra: [String] = []
        if !dropped.isEmpty { extra.append("attributes named like Graphviz drawing attributes (\(dropped.sorted().joined(separator: ", ")))") }
        if network.ties.contains(where: { $0.firstYear != nil || $0.lastYear != nil || !$0.citations.isEmpty || $0.note != nil || $0.isIllustrative }) {
            extra.append("tie years, citations, notes and illustrative flags as fields (read back as attributes)")
        }
        if network.ties.contains(where: { $0.amount.map { $0.currency != "EUR" || $0.year != nil } ?? false }) {
            extra.append("amount currencies and years as fields (read back as attributes)")
        }
        let keeps = Self.keeps
        var warnings = FormatLosses.warnings(network, keeps: keeps.union([.stakeholderFields]), format: "DOT", file: file, extra: extra)
        if network.stakeholders.contains(where: { !$0.citations.isEmpty || $0.note != nil }) {
            warnings = FormatLosses.warnings(network, keeps: keeps.union([.stakeholderFields]), format: "DOT", file: file,
                                             extra: extra + ["stakeholder citations and notes as fields (read back as attributes)"])
        }
        return (Array(DOTWriter().write(document).utf8), warnings)
    }
}
